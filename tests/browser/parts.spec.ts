import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchBundle } from '../../bench/bundle';
import { BROWSER } from './drivers';
import { decideCredentials, decideWithOffers, misreadPages, type OfflinePage, openOfflinePage } from './drivers/offline';

// Another part of the page beside the store's fields (pages-s45 M1): a "Webhooks" heading, a section of recent
// orders, a webhook card below them or an aside before them. Its words ("Sipariş No", "Tutar", "Webhook") name its own
// object, not the store's: on 83ddf85 a Turkish page whose fields' box is the page itself refused the Store ID and the
// Secret Key (their labels, "Kimlik No" and "Gizli Anahtar", do not say whose they are). Generated: layouts × languages
// × parts × field orders, each page's decision as three letters (S, C, K the right value, - refused). The control
// pages keep the rule the words serve: a generic "ID" among a product's or an order's own fields is that object's.

const S = '5ac428108b2c3703c514adae';
const C = '7d1f04b2e9a36c58';
const K = '3e9a0c7f51b24d86a1f09e3c7b5d2a48';
const W = '9e0f1a2b3c4d5e6f70819203';
const K2 = 'f0e1d2c3b4a5968778695a4b3c2d1e0f';
const O = '65f2e1d0c9b8a79685746352';
const letter = (value: string | null) => (value === null ? '-' : value === S ? 'S' : value === C ? 'C' : value === K ? 'K' : `?(${value})`);

type Lang = 'tr' | 'en';
type Field = 'storeId' | 'clientId' | 'secret';
const WORDS = {
  tr: {
    storeId: 'Kimlik No',
    clientId: 'Müşteri Kimlik Numarası',
    secret: 'Gizli Anahtar',
    title: 'API Erişimi',
    orders: 'Son siparişler',
    order: 'Sipariş No',
    amount: 'Tutar',
    hook: 'Webhook ID',
    hookSecret: 'İmza Anahtarı',
  },
  en: {
    storeId: 'Store ID',
    clientId: 'Client ID',
    secret: 'Client secret',
    title: 'API credentials',
    orders: 'Recent orders',
    order: 'Order number',
    amount: 'Amount',
    hook: 'Webhook ID',
    hookSecret: 'Signing secret',
  },
};
const VALUES: Record<Field, string> = { storeId: S, clientId: C, secret: K };
const ORDERS: Field[][] = [
  ['storeId', 'clientId', 'secret'],
  ['secret', 'clientId', 'storeId'],
  ['clientId', 'storeId', 'secret'],
];

/** The store's three fields, laid out the ways a panel does, each right in the page's main box (no list around them). */
const LAYOUTS: Record<string, (fields: Field[], l: Lang) => string> = {
  cssGrid: (fields, l) =>
    `<h2>${WORDS[l].title}</h2><div style="display:grid;grid-template-columns:220px 1fr;gap:8px">${fields.map((f) => `<div style="color:#666">${WORDS[l][f]}</div><div><span>${VALUES[f]}</span></div>`).join('')}</div>`,
  outlinedInputs: (fields, l) =>
    `<h2>${WORDS[l].title}</h2>${fields.map((f) => `<div style="position:relative;display:block;margin:24px 0;width:400px"><span style="position:absolute;top:-10px;left:10px;font-size:12px;background:#fff">${WORDS[l][f]}</span><input style="width:380px;padding:12px" readonly value="${VALUES[f]}"></div>`).join('')}`,
  settingsRows: (fields, l) =>
    `<h2>${WORDS[l].title}</h2>${fields.map((f) => `<div style="display:flex;justify-content:space-between;padding:8px;border-top:1px solid #ddd"><div>${WORDS[l][f]}</div><div><code>${VALUES[f]}</code> <button>${l === 'tr' ? 'Kopyala' : 'Copy'}</button></div></div>`).join('')}`,
  dialog: (fields, l) =>
    `<div role="dialog" aria-modal="true" style="position:absolute;top:80px;left:300px;width:560px;background:#fff;border:1px solid #999;padding:16px"><h3>${l === 'tr' ? 'Uygulama oluşturuldu' : 'Application created'}</h3>${fields.map((f) => `<p><strong>${WORDS[l][f]}</strong></p><pre style="margin:0">${VALUES[f]}</pre>`).join('')}</div>`,
  colonRows: (fields, l) => `<h2>${WORDS[l].title}</h2>${fields.map((f) => `<p>${WORDS[l][f]}: <b>${VALUES[f]}</b></p>`).join('')}`,
};

/** Another part of the page, with where it stands (the dialog layout is placed apart, so its parts go below it). */
const PARTS: Record<string, { before?: (l: Lang) => string; after?: (l: Lang) => string }> = {
  webhooksHeading: { after: () => '<h2>Webhooks</h2>' },
  ordersSection: {
    after: (l) =>
      `<section><h2>${WORDS[l].orders}</h2><table><tr><th>${WORDS[l].order}</th><th>${WORDS[l].amount}</th></tr><tr><td>${O}</td><td>12,40 €</td></tr></table></section>`,
  },
  webhookCard: {
    after: (l) =>
      `<section><h2>Webhooks</h2><div style="display:grid;grid-template-columns:220px 1fr"><div>${WORDS[l].hook}</div><div>${W}</div><div>${WORDS[l].hookSecret}</div><div>${K2}</div></div></section>`,
  },
  ordersHeadingThenRows: { after: (l) => `<h3>${WORDS[l].orders}</h3><p>${WORDS[l].order}: ${O}</p><p>${WORDS[l].amount}: 12,40 €</p>` },
  ordersAside: {
    before: (l) => `<aside><h3>${WORDS[l].orders}</h3><p>${WORDS[l].order}: ${O}</p></aside>`,
  },
  regionAfter: {
    after: (l) => `<div role="region" aria-label="Webhooks"><p>Webhook URL: https://hooks.example.com/joom</p><p>${WORDS[l].hook}: ${W}</p></div>`,
  },
};

function page(layout: string, l: Lang, order: Field[], part: string): string {
  const { before, after } = PARTS[part] ?? {};
  const fields = LAYOUTS[layout]?.(order, l) ?? '';
  return `<main><h1>${l === 'tr' ? 'Entegrasyon' : 'Integration'}</h1>${before?.(l) ?? ''}${fields}${after?.(l) ?? ''}</main>`;
}

const GENERATED: [string, string][] = [];
for (const layout of Object.keys(LAYOUTS))
  for (const l of ['tr', 'en'] as const)
    for (const part of Object.keys(PARTS))
      for (const order of ORDERS) GENERATED.push([`${layout} ${l} ${part} ${order.map((f) => f[0]).join('')}`, page(layout, l, order, part)]);

/** The rule the words serve: a generic label among another object's own fields, in its own part, is that object's. */
const CONTROLS: [string, string, string][] = [
  [
    'product grid, its name after its ID, a heading below',
    '---',
    `<main><h1>Ürün</h1><div style="display:grid;grid-template-columns:200px 1fr"><div>ID</div><div>${S}</div><div>Ürün adı</div><div>Halı</div></div><h2>Yorumlar</h2></main>`,
  ],
  [
    'order rows, "Sipariş No" before an ID, a section below',
    '---',
    `<main><h1>Detay</h1><p>Sipariş No: 12345</p><p>Kimlik No: ${S}</p><p>Tutar: 12,40 €</p><section><h2>Kargo</h2><p>Yolda</p></section></main>`,
  ],
  [
    'webhook rows under their own heading, the store fields in a section before',
    'SCK',
    `<main><h1>API</h1><section><p>Kimlik No: ${S}</p><p>Müşteri Kimlik Numarası: ${C}</p><p>Gizli Anahtar: ${K}</p></section><h2>Webhook</h2><p>Webhook ID: ${W}</p><p>Gizli Anahtar: ${K2}</p></main>`,
  ],
];

// The attack review of edb775a (reviews/review-s46.md): product, order and webhook pages whose words stand after a
// heading or in a section beside the ID (A), markup parting one object's fields with an empty or hidden boundary (B),
// nested parts and shadow roots (C), the store's pages with such a product or webhook beside them (D, E). On edb775a
// 24 pages read another object's value and 2 offered it; none may be decided or offered now.
const P = '64a1b2c3d4e5f60718293a4b';
const FOREIGN: Record<string, string> = { [P]: 'a product’s ID', [O]: 'an order’s ID', [W]: 'a webhook’s ID', [K2]: 'a webhook’s secret' };
const grid = (rows: [string, string][]) =>
  `<div style="display:grid;grid-template-columns:220px 1fr;gap:8px">${rows.map(([l, v]) => `<div style="color:#666">${l}</div><div>${v}</div>`).join('')}</div>`;
const colon = (rows: [string, string][]) => rows.map(([l, v]) => `<p>${l}: <b>${v}</b></p>`).join('');
const PRODUCT_INFO = colon([
  ['Ürün Adı', 'Halı 200x300 yün el dokuma'],
  ['Fiyat', '1.240,00 ₺'],
  ['Barkod', '8690000000017'],
]);

const REVIEW_S46: [string, string][] = [
  // --- realistic product / order / webhook detail pages: the object-naming words after a heading or in a section
  [
    'A1 product page: ID grid, then h2 "Ürün Bilgileri" with name/price',
    `<main><h1>Ürün</h1>${grid([
      ['Kimlik No', P],
      ['Durum', 'Aktif'],
    ])}<h2>Ürün Bilgileri</h2>${grid([
      ['Ürün Adı', 'Halı'],
      ['Fiyat', '12,40 €'],
    ])}</main>`,
  ],
  [
    'A2 product card: h4 sub-labels after the ID line',
    `<main><h1>Katalog</h1><div class="card"><h3>Halı 200x300</h3><p>Kimlik No: ${P}</p><h4>Fiyat</h4><p>1.240,00 ₺</p><h4>Varyantlar</h4><p>Kırmızı, Mavi</p></div></main>`,
  ],
  [
    'A3 order page: ID rows, then h2 Alıcı / h2 Tutar',
    `<main><h1>Sipariş</h1>${colon([
      ['Kimlik No', O],
      ['Durum', 'Gönderildi'],
    ])}<h2>Alıcı</h2><p>Ayşe Yılmaz, İstanbul</p><h2>Tutar</h2><p>12,40 €</p></main>`,
  ],
  [
    'A4 order page en: ID, then section with "Order number"/"Amount"',
    `<main><h1>Order</h1><p>ID: ${O}</p><section><h2>Summary</h2><p>Order number: 1234567</p><p>Amount: 12.40 €</p></section></main>`,
  ],
  [
    'A5 webhook page tr: Gizli Anahtar, then h2 "Webhook olayları"',
    `<main><h1>Bildirimler</h1>${colon([
      ['URL', 'https://hooks.example.com/joom'],
      ['Gizli Anahtar', K2],
    ])}<h2>Webhook olayları</h2><ul><li>order.created</li></ul></main>`,
  ],
  [
    'A6 webhook page en: Secret, then h2 "Webhook deliveries"',
    `<main><h1>Notifications</h1>${colon([
      ['Endpoint', 'https://hooks.example.com/joom'],
      ['Secret', K2],
    ])}<h2>Webhook deliveries</h2><p>200 OK</p></main>`,
  ],
  [
    'A7 product info in a <section> before, ID line after it',
    `<main><h1>Ürün</h1><section class="card"><h2>Ürün Bilgileri</h2>${PRODUCT_INFO}<p>Açıklama: el dokuması yün halı, 200x300 cm</p></section><p>Kimlik No: <b>${P}</b></p></main>`,
  ],
  [
    'A8 product info in an <aside> before, ID grid after',
    `<main><h1>Ürün</h1><aside>${PRODUCT_INFO}</aside>${grid([
      ['Kimlik No', P],
      ['Oluşturuldu', '2024-03-01'],
    ])}</main>`,
  ],
  ['A9 ID chip above the product title h2', `<main><p>Kimlik No: <b>${P}</b></p><h2>Ürün Detayı</h2>${PRODUCT_INFO}</main>`],
  [
    'A10 product page, settings rows, role=heading after',
    `<main><h1>Halı 200x300</h1><div style="display:flex;justify-content:space-between"><div>Kimlik No</div><div><code>${P}</code></div></div><div role="heading" aria-level="2">Fiyat ve stok</div>${grid(
      [
        ['Fiyat', '12,40 €'],
        ['Depo', 'İstanbul'],
      ],
    )}</main>`,
  ],
  [
    'A11 product page en, "ID" weak (control: weak needs own section)',
    `<main><h1>Product</h1><p>ID: ${P}</p><h2>Pricing</h2><p>Price: 12 €</p><p>SKU: ABC-1</p></main>`,
  ],
  [
    'A12 product page under "Genel Bilgi" (shared section title), details after h3',
    `<main><h1>Ürün</h1><h2>Genel Bilgi</h2>${grid([
      ['Kimlik No', P],
      ['Durum', 'Aktif'],
    ])}<h3>Fiyat</h3><p>12,40 €</p><h3>Barkod</h3><p>8690000000017</p></main>`,
  ],
  [
    'A13 product page, "ID" under Genel Bilgi, details after h3',
    `<main><h1>Ürün</h1><h2>Genel Bilgi</h2>${grid([
      ['ID', P],
      ['Durum', 'Aktif'],
    ])}<h3>Fiyat</h3><p>12,40 €</p></main>`,
  ],
  [
    'A5b webhook page tr, neutral title: Gizli Anahtar, then h2 "Webhook olayları"',
    `<main><h1>Entegrasyon</h1>${colon([
      ['URL', 'https://hooks.example.com/joom'],
      ['Gizli Anahtar', K2],
    ])}<h2>Webhook olayları</h2><ul><li>order.created</li></ul></main>`,
  ],
  [
    'A6b webhook page en, neutral title: Secret, then h2 "Webhook deliveries"',
    `<main><h1>Integrations</h1>${grid([
      ['Endpoint', 'https://hooks.example.com/joom'],
      ['Secret', K2],
    ])}<h2>Webhook deliveries</h2><p>200 OK</p></main>`,
  ],
  [
    'A6c webhook edit dialog: Gizli Anahtar, then webhook words after a section',
    `<div role="dialog" aria-modal="true" style="position:absolute;top:80px;left:300px;width:560px;background:#fff;border:1px solid #999;padding:16px"><h3>Düzenle</h3><p><strong>Gizli Anahtar</strong></p><pre>${K2}</pre><section><p>Webhook URL: https://x.example</p></section></div>`,
  ],
  [
    'A14 order page, "Sipariş No" is the h2 after the ID',
    `<main><h1>Detay</h1>${grid([
      ['Kimlik No', O],
      ['Durum', 'Kargoda'],
    ])}<h2>Sipariş No: 1234567</h2><p>Tutar: 12,40 €</p></main>`,
  ],
  [
    'A15 product page: ID and "Mağaza" (its store name) rows, then h2 "Ürün Bilgileri"',
    `<main><h1>Ürün</h1>${grid([
      ['Kimlik No', P],
      ['Mağaza', 'Halıcım'],
    ])}<h2>Ürün Bilgileri</h2>${PRODUCT_INFO}</main>`,
  ],
  // --- injected markup splitting one object's fields
  ['B1 injected empty <section> between ID and product name', `<main><h1>Detay</h1><p>Kimlik No: ${P}</p><section></section>${PRODUCT_INFO}</main>`],
  ['B2 injected hidden <h2> between', `<main><h1>Detay</h1><p>Kimlik No: ${P}</p><h2 style="display:none"></h2>${PRODUCT_INFO}</main>`],
  ['B3 injected empty role=region between', `<main><h1>Detay</h1><p>Kimlik No: ${P}</p><div role="region"></div>${PRODUCT_INFO}</main>`],
  [
    'B4 injected <nav hidden> between (grid split into two grids)',
    `<main><h1>Detay</h1>${grid([['Kimlik No', P]])}<nav hidden></nav>${grid([
      ['Ürün Adı', 'Halı'],
      ['Fiyat', '12,40 €'],
    ])}</main>`,
  ],
  [
    'B5 injected empty <footer> between, webhook secret',
    `<main><h1>Ayarlar</h1><p>Gizli Anahtar: ${K2}</p><footer></footer><p>Webhook URL: https://x.example</p></main>`,
  ],
  ['B6 order rows, empty <h6> injected', `<main><h1>Detay</h1><p>Kimlik No: ${O}</p><h6></h6><p>Sipariş No: 12345</p><p>Tutar: 12,40 €</p></main>`],
  [
    'B7 section wraps the object words before (injected <article> around name)',
    `<main><h1>Detay</h1><article><p>Sipariş No: 12345</p><p>Alıcı: Ayşe</p></article><p>Kimlik No: ${O}</p><p>Kargo: Yolda</p></main>`,
  ],
  [
    'B8 the control page of parts.spec with an empty <h2> after the ID',
    `<main><h1>Ürün</h1><div style="display:grid;grid-template-columns:200px 1fr"><div>ID</div><div>${P}</div><h2></h2><div>Ürün adı</div><div>Halı</div></div></main>`,
  ],
  [
    'B9 control 2 of parts.spec with a hidden heading after the ID',
    `<main><h1>Detay</h1><p>Sipariş No: 12345</p><p>Kimlik No: ${O}</p><h2 hidden></h2><p>Tutar: 12,40 €</p></main>`,
  ],
  [
    'B10 label itself is a heading, ID in it, object heading after',
    `<main><h1>Detay</h1><h3>Kimlik No: ${P}</h3><h3>Ürün Adı: Halı</h3><h3>Fiyat: 12 €</h3></main>`,
  ],
  [
    'B11 heading label with value below, then object words in a heading',
    `<main><h1>Detay</h1><div><h5>Kimlik No</h5><p>${P}</p></div><h5>Ürün Adı</h5><p>Halı</p></main>`,
  ],
  // --- nested parts / shadow
  [
    'C1 nested: section inside row parent, words after in nested part',
    `<main><h1>Detay</h1><div><p>Kimlik No: ${P}</p><section><p>Ürün Adı: Halı</p></section></div></main>`,
  ],
  [
    'C2 shadow host: fields in a shadow root, product words after an h2 inside it',
    `<main><h1>Detay</h1><div><template shadowrootmode="open"><p>Kimlik No: ${P}</p><h2>Ayrıntılar</h2><p>Ürün Adı: Halı</p></template></div></main>`,
  ],
  [
    'C3 slotted row, product words after a heading in light DOM',
    `<main><h1>Detay</h1><div><template shadowrootmode="open"><div><slot></slot></div></template><p>Kimlik No: ${P}</p><h2>Ayrıntılar</h2><p>Ürün Adı: Halı</p></div></main>`,
  ],
  [
    'E0 sanity: parts.spec cssGrid tr webhooksHeading (expect HEAD SCK, old -C-)',
    `<main><h1>Entegrasyon</h1><h2>API Erişimi</h2>${grid([
      ['Kimlik No', S],
      ['Müşteri Kimlik Numarası', C],
      ['Gizli Anahtar', K],
    ])}<h2>Webhooks</h2></main>`,
  ],
  [
    'E1 store page + a product widget below (choice offered?)',
    `<main><h1>Mağaza</h1>${grid([
      ['Kimlik No', S],
      ['Müşteri Kimlik Numarası', C],
      ['Gizli Anahtar', K],
    ])}<section><h2>Son eklenen</h2><p>Kimlik No: <b>${P}</b></p><h3>Fiyat</h3><p>12 €</p></section></main>`,
  ],
  [
    'E2 store page + webhook card with its secret, webhook words after a heading',
    `<main><h1>Entegrasyon</h1>${grid([
      ['Kimlik No', S],
      ['Müşteri Kimlik Numarası', C],
      ['Gizli Anahtar', K],
    ])}<section><h2>Bildirim adresi</h2><p>Gizli Anahtar: <b>${K2}</b></p><h3>Webhook olayları</h3><p>order.created</p></section></main>`,
  ],
  [
    'E3 store page + product card w/ Kimlik No, section splits name (en page)',
    `<main><h1>Dashboard</h1>${grid([
      ['Store ID', S],
      ['Client ID', C],
      ['Client secret', K],
    ])}<section><h2>Top item</h2><div><span>Kimlik No</span> <code>${P}</code></div><h3>Price</h3><p>12 €</p></section></main>`,
  ],
  [
    'C4 pre-existing: parts.spec control 1 rows at a shadow root top level',
    `<main><h1>Ürün</h1><div><template shadowrootmode="open"><div>Kimlik No: ${P}</div><div>Ürün adı: Halı</div><div>Fiyat: 12 €</div></template></div></main>`,
  ],
  [
    'C5 control: same rows wrapped in one div inside the shadow root',
    `<main><h1>Ürün</h1><div><template shadowrootmode="open"><div><div>Kimlik No: ${P}</div><div>Ürün adı: Halı</div><div>Fiyat: 12 €</div></div></template></div></main>`,
  ],
  // --- store pages: should read S C K (medium if refused)
  [
    'D1 store page in a <form>, webhooks section below',
    `<main><form><h2>API Erişimi</h2><p>Kimlik No: ${S}</p><p>Müşteri Kimlik Numarası: ${C}</p><p>Gizli Anahtar: ${K}</p><section><h2>Webhook</h2><p>Webhook URL: https://x.example</p></section></form></main>`,
  ],
  [
    'D2 store page, orders in a div card (no section/heading sibling)',
    `<main><h1>Entegrasyon</h1>${colon([
      ['Kimlik No', S],
      ['Müşteri Kimlik Numarası', C],
      ['Gizli Anahtar', K],
    ])}<div class="card"><h2>Son siparişler</h2><p>Sipariş No: 123</p><p>Tutar: 12 €</p></div></main>`,
  ],
  [
    'D3 store page, webhooks heading nested in a wrapper div',
    `<main><h1>Entegrasyon</h1>${colon([
      ['Kimlik No', S],
      ['Müşteri Kimlik Numarası', C],
      ['Gizli Anahtar', K],
    ])}<div><h2>Webhooks</h2></div><p>Webhook URL: https://x.example</p></main>`,
  ],
  [
    'D4 store page: store secret K and a webhook secret K2 under a heading, "Webhook" word after',
    `<main><h1>API</h1>${colon([
      ['Kimlik No', S],
      ['Müşteri Kimlik Numarası', C],
      ['Gizli Anahtar', K],
    ])}<h2>Bildirimler</h2><p>Gizli Anahtar: ${K2}</p><h3>Webhook adresi</h3><p>https://x.example</p></main>`,
  ],
  [
    "D5 store page: webhook K2 first, under a heading before the store's",
    `<main><h1>API</h1><h2>Bildirimler</h2><p>Gizli Anahtar: ${K2}</p><h3>Webhook adresi</h3><p>https://x.example</p><h2>Uygulama</h2>${colon([
      ['Kimlik No', S],
      ['Müşteri Kimlik Numarası', C],
      ['Gizli Anahtar', K],
    ])}</main>`,
  ],
  [
    'D6 store page: store fields in a <dl>, webhooks after',
    `<main><h1>Entegrasyon</h1><dl><dt>Kimlik No</dt><dd>${S}</dd><dt>Müşteri Kimlik Numarası</dt><dd>${C}</dd><dt>Gizli Anahtar</dt><dd>${K}</dd></dl><section><h2>Webhooks</h2><p>Webhook ID: ${W}</p></section></main>`,
  ],
  [
    'D7 store page whose main is a <ul> of cards, orders card last',
    `<main><h1>Entegrasyon</h1><ul><li><p>Kimlik No: ${S}</p></li><li><p>Müşteri Kimlik Numarası: ${C}</p></li><li><p>Gizli Anahtar: ${K}</p></li><li><h2>Son siparişler</h2><p>Sipariş No: 1</p></li></ul></main>`,
  ],
];
// The second attack review of s46 (reviews/review2-s46.md, F1): a product's or an order's fields after a sidebar of
// links inside the same box. The group's first hundred texts were the sidebar's line breaks and links, its words
// never reached, and the product's ID was read as the Store ID (on 83ddf85 too).
const sidebar = (links: number, tag = 'aside') =>
  `<${tag} style="float:left;width:180px">\n${Array.from({ length: links }, (_, index) => `  <a href="#m${index}">\n    Menü ${index}\n  </a><br>\n`).join('')}</${tag}>`;
const flexRow = (label: string, value: string) =>
  `<div style="display:flex;gap:12px"><div style="width:220px">${label}</div><div><span>${value}</span></div></div>`;
const PRODUCT_ROWS = `<h1>Anadolu Halı 120x180</h1>${flexRow('Ürün adı', 'Anadolu Halı')}${flexRow('Fiyat', '1.240 TL')}${flexRow('Kimlik No', P)}`;
const AFTER_SIDEBARS: [string, string][] = [
  ['a product after an aside of 60 links', `<div>${sidebar(60)}${PRODUCT_ROWS}<h2>Varyantlar</h2><p>Kırmızı, Mavi</p></div>`],
  ['a product after a nav of 60 links', `<div>${sidebar(60, 'nav')}${PRODUCT_ROWS}<h2>Varyantlar</h2><p>Kırmızı, Mavi</p></div>`],
  ['a product after an aside of 60 links, nothing after it', `<div>${sidebar(60)}${PRODUCT_ROWS}</div>`],
  [
    'a product in colon lines after an aside of 60 links',
    `<div>${sidebar(60)}<h1>Anadolu Halı</h1><p>Ürün adı: Anadolu Halı</p><p>Fiyat: 1.240 TL</p><p>Kimlik No: <b>${P}</b></p><h2>Varyantlar</h2></div>`,
  ],
  [
    'an order after an aside of 60 links',
    `<div>${sidebar(60)}<h1>#10293</h1>${flexRow('Alıcı', 'Ayşe Y.')}${flexRow('Tutar', '12,40 €')}${flexRow('Kimlik No', O)}<h2>Ürünler</h2><p>Halı</p></div>`,
  ],
  ['a product after an aside of 150 links', `<div>${sidebar(150)}${PRODUCT_ROWS}<h2>Varyantlar</h2></div>`],
];

/**
 * Product, order and warehouse pages whose first section bears the store page's title, "Genel Bilgi" or "Kimlik
 * Bilgileri" (the attack review of s47, F2): a part titled by the label's own section, counted as its own, cut their
 * object's words away below it, and their ID was read as the Store ID (4f60c14, reverted). The words of the page's
 * other parts still name the object.
 */
const SHARED_TITLES: [string, string][] = [
  [
    'a product page, its name as the title, then its price and variants',
    `<main><h1>Anadolu Halı 160x230</h1><h2>Genel Bilgi</h2>${grid([
      ['Kimlik No', P],
      ['Durum', 'Aktif'],
    ])}<h2>Fiyat ve Stok</h2><p>Fiyat: 120 TL</p><p>Stok: 4</p><h2>Varyantlar</h2><p>Renk: Kırmızı</p></main>`,
  ],
  [
    'an order page, then its buyer and its products with amounts',
    `<main><h1>Detaylar</h1><h2>Genel Bilgi</h2>${grid([
      ['Kimlik No', O],
      ['Tarih', '12.03.2026'],
    ])}<h2>Alıcı</h2><p>Ad: Ayşe</p><h2>Ürünler</h2><table><tr><th>Ürün</th><th>Tutar</th></tr><tr><td>Halı</td><td>12,40 €</td></tr></table></main>`,
  ],
  [
    'a product page, "Genel Bilgi" an h3 under "Ürün", then "Fiyat"',
    `<main><h1>Halı</h1><h2>Ürün</h2><h3>Genel Bilgi</h3>${grid([['Kimlik No', P]])}<h3>Fiyat</h3><p>Fiyat: 120 TL</p></main>`,
  ],
  [
    'a product page titled "Kimlik Bilgileri", then its variants',
    `<main><h1>Halı</h1><h2>Kimlik Bilgileri</h2>${grid([['Kimlik No', P]])}<h2>Varyantlar</h2>${grid([
      ['Varyant', 'Kırmızı'],
      ['Fiyat', '120 TL'],
    ])}</main>`,
  ],
  [
    'an English product page, "General information", then price and variants',
    `<main><h1>Wool rug 160x230</h1><h2>General information</h2>${grid([
      ['ID', P],
      ['Status', 'Active'],
    ])}<h2>Price and stock</h2><p>Price: 12 EUR</p><h2>Variants</h2></main>`,
  ],
];

describe(`another part of the page beside the store's fields (${BROWSER})`, () => {
  let offline: OfflinePage | undefined;
  beforeAll(async () => {
    offline = await openOfflinePage(BROWSER, 'https://merchant.joom.com/panel/parts', await benchBundle(), { width: 1280, height: 900 });
  });
  afterAll(async () => {
    await offline?.close();
  });

  it(`does not take the store's fields for its object's (${GENERATED.length} generated pages)`, async () => {
    expect((await misreadPages(offline as OfflinePage, GENERATED, letter)).join('\n')).toBe('');
  }, 300_000);

  it("still gives a generic ID among another object's fields to that object", async () => {
    const wrong: string[] = [];
    for (const [what, expected, html] of CONTROLS) {
      const decided = await decideCredentials(offline as OfflinePage, html);
      const read = `${letter(decided.storeId)}${letter(decided.clientId)}${letter(decided.secret)}`;
      if (read !== expected) wrong.push(`${what}: ${read}, expected ${expected}`);
    }
    expect(wrong.join('\n')).toBe('');
  }, 60_000);
  it(`never decides or offers another object's value (${REVIEW_S46.length} pages of the review of s46, ${AFTER_SIDEBARS.length} of its second, ${SHARED_TITLES.length} of s47's)`, async () => {
    const wrong: string[] = [];
    for (const [what, html] of [...REVIEW_S46, ...AFTER_SIDEBARS, ...SHARED_TITLES]) {
      const decided = await decideWithOffers(offline as OfflinePage, html);
      for (const [field, { value, offered }] of Object.entries(decided))
        for (const foreign of new Set([value, ...offered]))
          if (foreign && FOREIGN[foreign]) wrong.push(`${what}: ${field} ${value === foreign ? 'read' : 'offered'} ${FOREIGN[foreign]}`);
    }
    expect(wrong.join('\n')).toBe('');
  }, 120_000);
});
