import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchBundle } from '../../bench/bundle';
import { BROWSER } from './drivers';
import { decideCredentials, type OfflinePage, openOfflinePage } from './drivers/offline';

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

describe(`another part of the page beside the store's fields (${BROWSER})`, () => {
  let offline: OfflinePage | undefined;
  beforeAll(async () => {
    offline = await openOfflinePage(BROWSER, 'https://merchant.joom.com/panel/parts', await benchBundle(), { width: 1280, height: 900 });
  });
  afterAll(async () => {
    await offline?.close();
  });

  it(`does not take the store's fields for its object's (${GENERATED.length} generated pages)`, async () => {
    const wrong: string[] = [];
    for (const [what, html] of GENERATED) {
      const decided = await decideCredentials(offline as OfflinePage, html);
      const read = `${letter(decided.storeId)}${letter(decided.clientId)}${letter(decided.secret)}`;
      if (read !== 'SCK') wrong.push(`${what}: ${read}`);
    }
    expect(wrong.join('\n')).toBe('');
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
});
