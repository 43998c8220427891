// Unseen pages: hand-written Joom merchant-panel pages the reader's author did not build the reader against.
// Each page says what a careful seller would take from it, per field: a value, 'ambiguous' (two candidates a human
// could not tell apart), or null (take nothing). `debatable` marks answers a reasonable reviewer might set otherwise.

export type Answer = string | 'ambiguous' | null;
export interface UnseenPage {
  name: string;
  html: string;
  expected: { storeId: Answer; clientId: Answer; secret: Answer };
  /** Builds what markup cannot (shadow roots), after the html is in the document. */
  setup?: (body: HTMLElement) => void;
  debatable?: string;
  /**
   * A wrong value the reader still takes, and why no general rule stops it yet. The test fails if a page not
   * listed here is read wrongly, and if a listed one is read rightly (then the note is out of date).
   */
  knownGap?: string;
  /**
   * Hidden only by what a real browser computes (size, position, clipping, content-visibility, slots, pseudo-element
   * content): judged in real browsers only, since happy-dom lays nothing out.
   */
  needsLayout?: true;
}

// Values. Store IDs and other Mongo-like IDs are 24 lowercase hex; Client ID 16 hex; secret 32 hex.
export const S = '64b7f0c2a91d3e5f80a19f8e'; // the store of the page
export const S2 = '5ac428108b2c3703c514adae'; // another store of the seller / the public sample
export const H = 'ffee00112233445566778899'; // a store ID that only hidden markup holds
export const P1 = '65a1b2c3d4e5f60718293a4b'; // products, variants, orders, warehouses
export const P2 = '65a1b2c3d4e5f60718293a4c';
export const P3 = '65a1b2c3d4e5f60718293a4d';
export const W = '6011aa22bb33cc44dd55ee66';
export const M = '5f0c1b2a3d4e5f6071829304'; // merchant (seller) id
export const C = '3f9a1c7e5b2d8046';
export const C2 = '7d2e9b4a6c1f0358';
export const K = '9e107d9d372bb6826bd81d3542a419d6';
export const K2 = 'e4d909c290d0fb1ca068ffaddf22cbd0';
export const T = 'a1b2c3d4e5f60718293a4b5c6d7e8f90'; // access token
export const R = '0f9e8d7c6b5a49382716a5b4c3d2e1f0'; // refresh token
export const APP = '6123456789abcdef01234567'; // an internal application object id

const short = (v: string) => `${v.slice(0, 6)}…${v.slice(-4)}`;
const REDIRECT = 'https://app.shopiverse.tech/tr/settings/store/joomcallbackcode';
const store = (storeId: Answer) => ({ storeId, clientId: null, secret: null });
const app = (clientId: Answer, secret: Answer, storeId: Answer = null) => ({ storeId, clientId, secret });
const none = { storeId: null, clientId: null, secret: null };

const header = `<header class="topbar"><a href="/panel">Joom Merchant</a><nav><a href="/panel/products">Ürünler</a><a href="/panel/orders">Siparişler</a></nav><div class="account"><button>Ayşe Yılmaz ▾</button></div></header>`;
const dl = (rows: [string, string][]) => `<dl>${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>`;
const storeSection = (inner: string, title = 'Genel Bilgi') => `${header}<main><h1>Anadolu Halı</h1><section><h2>${title}</h2>${inner}</section></main>`;
const storeBasic = (id: string) =>
  storeSection(
    dl([
      ['Mağaza Adı', 'Anadolu Halı'],
      ['Kimlik No', id],
      ['Ülke', 'Türkiye'],
    ]),
  );
const appPage = (inner: string) =>
  `${header}<main><nav class="breadcrumb"><a>API Uygulamaları</a> / <span>ShopiVerse</span></nav><h1>ShopiVerse</h1>${inner}</main>`;

function shadowStore(body: HTMLElement): void {
  const host = body.querySelector('joom-store-info');
  if (!host) return;
  const root = host.attachShadow({ mode: 'open' });
  const h2 = document.createElement('h2');
  h2.textContent = 'Genel Bilgi';
  const label = document.createElement('span');
  label.className = 'label';
  label.textContent = 'Kimlik No';
  const value = document.createElement('span');
  value.className = 'value';
  value.textContent = S;
  const row = document.createElement('div');
  row.append(label, value);
  root.append(h2, row);
}

const handWritten: UnseenPage[] = [
  // ───────── store page layouts ─────────
  {
    name: 'store: MUI card, caption above body text, deep wrappers',
    expected: store(S),
    html: `${header}<div class="MuiBox-root"><div class="MuiPaper-root MuiCard-root"><div class="MuiCardHeader-root"><div class="MuiCardHeader-content"><span class="MuiTypography-root MuiTypography-h6">Genel Bilgi</span></div></div><div class="MuiCardContent-root"><div class="MuiGrid-root MuiGrid-container"><div class="MuiGrid-root MuiGrid-item"><div class="MuiStack-root"><p class="MuiTypography-root MuiTypography-caption">Mağaza Adı</p><p class="MuiTypography-root MuiTypography-body1">Anadolu Halı</p></div></div><div class="MuiGrid-root MuiGrid-item"><div class="MuiStack-root"><p class="MuiTypography-root MuiTypography-caption">Kimlik No</p><div class="css-1k3x8v3"><div class="css-0"><p class="MuiTypography-root MuiTypography-body1">${S}</p></div></div></div></div></div></div></div></div>`,
  },
  {
    name: 'store: Ant descriptions bordered, two items per row (th td th td)',
    expected: store(S),
    html: `${header}<div class="ant-descriptions ant-descriptions-bordered"><div class="ant-descriptions-header"><div class="ant-descriptions-title">Genel Bilgi</div></div><div class="ant-descriptions-view"><table><tbody><tr class="ant-descriptions-row"><th class="ant-descriptions-item-label" colspan="1"><span>Mağaza Adı</span></th><td class="ant-descriptions-item-content" colspan="1"><span>Anadolu Halı</span></td><th class="ant-descriptions-item-label" colspan="1"><span>Kimlik No</span></th><td class="ant-descriptions-item-content" colspan="1"><span>${S}</span></td></tr><tr class="ant-descriptions-row"><th class="ant-descriptions-item-label">Ülke</th><td class="ant-descriptions-item-content">Türkiye</td><th class="ant-descriptions-item-label">Durum</th><td class="ant-descriptions-item-content">Aktif</td></tr></tbody></table></div></div>`,
  },
  {
    name: 'store: Ant descriptions vertical (labels row, values row below)',
    expected: store(S),
    html: `${header}<div class="ant-descriptions"><div class="ant-descriptions-title">Genel Bilgi</div><table><tbody><tr class="ant-descriptions-row"><th class="ant-descriptions-item-label">Mağaza Adı</th><th class="ant-descriptions-item-label">Kimlik No</th><th class="ant-descriptions-item-label">Durum</th></tr><tr class="ant-descriptions-row"><td class="ant-descriptions-item-content">Anadolu Halı</td><td class="ant-descriptions-item-content">${S}</td><td class="ant-descriptions-item-content">Aktif</td></tr></tbody></table></div>`,
  },
  {
    name: 'store: Ant descriptions non-bordered (label span + content span in a container)',
    expected: store(S),
    html: `${header}<div class="ant-descriptions"><div class="ant-descriptions-header"><div class="ant-descriptions-title">Genel Bilgi</div></div><table><tbody><tr class="ant-descriptions-row"><td class="ant-descriptions-item" colspan="1"><div class="ant-descriptions-item-container"><span class="ant-descriptions-item-label ant-descriptions-item-colon">Mağaza Adı</span><span class="ant-descriptions-item-content">Anadolu Halı</span></div></td><td class="ant-descriptions-item" colspan="1"><div class="ant-descriptions-item-container"><span class="ant-descriptions-item-label ant-descriptions-item-colon">Kimlik No</span><span class="ant-descriptions-item-content">${S}</span></div></td></tr></tbody></table></div>`,
  },
  {
    name: 'store: dl with each pair wrapped in a div',
    expected: store(S),
    html: storeSection(
      `<dl class="kv"><div class="kv-row"><dt>Mağaza Adı</dt><dd>Anadolu Halı</dd></div><div class="kv-row"><dt>Kimlik No</dt><dd>${S}</dd></div><div class="kv-row"><dt>Oluşturulma</dt><dd>12.03.2024</dd></div></dl>`,
    ),
  },
  {
    name: 'store: key-value table with th scope=row',
    expected: store(S),
    html: storeSection(
      `<table class="kv"><tbody><tr><th scope="row">Mağaza Adı</th><td>Anadolu Halı</td></tr><tr><th scope="row">Kimlik No</th><td>${S}</td></tr><tr><th scope="row">Ülke</th><td>Türkiye</td></tr></tbody></table>`,
    ),
  },
  {
    name: 'store: stat cards, value above its caption',
    expected: store(S),
    html: `${header}<main><h1>Anadolu Halı</h1><div class="stats"><div class="stat-card"><div class="stat-value">1.204</div><div class="stat-caption">Ürün</div></div><div class="stat-card"><div class="stat-value">${S}</div><div class="stat-caption">Kimlik No</div></div><div class="stat-card"><div class="stat-value">4,8</div><div class="stat-caption">Puan</div></div></div></main>`,
  },
  {
    name: 'store: inline "Kimlik No: value" in a paragraph under the title',
    expected: store(S),
    html: storeSection(`<p class="meta">Kimlik No: ${S}</p><p class="meta">Ülke: Türkiye</p>`),
  },
  {
    name: 'store: bold label with colon, value as the following text node',
    expected: store(S),
    html: storeSection(`<p><strong>Kimlik No:</strong> ${S}</p><p><strong>Mağaza Adı:</strong> Anadolu Halı</p>`),
  },
  {
    name: 'store: label with trailing colon in its own span',
    expected: store(S),
    html: storeSection(
      `<div class="field"><span class="field-label">Kimlik No</span><span class="field-colon">:</span> <span class="field-value">${S}</span></div>`,
    ),
  },
  {
    name: 'store: read-only input named by label[for]',
    expected: store(S),
    html: storeSection(`<div class="form-row"><label for="store-id">Kimlik No</label><input id="store-id" type="text" readonly value="${S}"></div>`),
  },
  {
    name: 'store: MUI outlined TextField, disabled, label without for',
    expected: store(S),
    html: storeSection(
      `<div class="MuiFormControl-root MuiTextField-root"><label class="MuiInputLabel-root MuiInputLabel-shrink" data-shrink="true">Kimlik No</label><div class="MuiInputBase-root MuiOutlinedInput-root Mui-disabled"><input class="MuiInputBase-input" disabled type="text" value="${S}"><fieldset class="MuiOutlinedInput-notchedOutline"><legend><span>Kimlik No</span></legend></fieldset></div></div>`,
    ),
  },
  {
    name: 'store: input named by aria-labelledby',
    expected: store(S),
    html: storeSection(
      `<div class="row"><div id="lbl-sid" class="caption">Kimlik No</div><div class="control"><input aria-labelledby="lbl-sid" readonly value="${S}"></div></div>`,
    ),
  },
  {
    name: 'store: value in <code> with a copy button (data-clipboard-text)',
    expected: store(S),
    html: storeSection(
      `<div class="row"><span class="label">Kimlik No</span><code class="mono">${S}</code><button class="copy" data-clipboard-text="${S}" aria-label="Kopyala"><svg viewBox="0 0 16 16"><path d="M0 0h8v8H0z"></path></svg></button></div>`,
    ),
  },
  {
    name: 'store: value in <kbd>',
    expected: store(S),
    html: storeSection(`<p><span>Kimlik No</span> <kbd>${S}</kbd></p>`),
  },
  {
    name: 'store: value is a chip button that copies itself',
    expected: store(S),
    html: storeSection(
      `<div class="row"><span class="label">Kimlik No</span><button class="chip" type="button" data-clipboard-text="${S}">${S}<svg viewBox="0 0 16 16"></svg></button></div>`,
    ),
  },
  {
    name: 'store: value as a link to the store page',
    expected: store(S),
    html: storeSection(dl([['Kimlik No', `<a href="/panel/stores/${S}">${S}</a>`]])),
  },
  {
    name: 'store: shortened value, full value only in the copy button aria-label "Copy …"',
    expected: store(S),
    html: storeSection(
      `<div class="row"><span class="label">Kimlik No</span><span class="mono">${short(S)}</span><button class="icon-btn" aria-label="Copy ${S}"><svg></svg></button></div>`,
    ),
  },
  {
    name: 'store: shortened value with title attribute',
    expected: store(S),
    html: storeSection(dl([['Kimlik No', `<span class="truncate" title="${S}">${short(S)}</span>`]])),
  },
  {
    name: 'store: shortened value, full value in a tooltip data attribute on an icon elsewhere in the row',
    expected: store(S),
    html: storeSection(
      `<table><tbody><tr><td>Kimlik No</td><td><span class="mono">${short(S)}</span></td><td><span class="info" data-tooltip="${S}">ⓘ</span></td></tr></tbody></table>`,
    ),
  },
  {
    name: 'store: shortened value, full value nowhere',
    expected: store(null),
    html: storeSection(
      dl([
        ['Mağaza Adı', 'Anadolu Halı'],
        ['Kimlik No', `<span class="mono">${short(S)}</span>`],
      ]),
    ),
  },
  {
    name: 'store: shortened value whose title is the store name, not the id',
    expected: store(null),
    html: storeSection(dl([['Kimlik No', `<span title="Anadolu Halı mağaza kimliği">${short(S)}</span>`]])),
  },
  {
    name: 'store: label with an info icon and tooltip text inside the label element',
    expected: store(S),
    html: storeSection(
      `<div class="row"><span class="label">Kimlik No <span class="help-icon" role="img" aria-label="Bilgi">(?)</span></span><span class="value">${S}</span></div>`,
    ),
  },
  {
    name: 'store: label with an asterisk in <sup> and an svg icon',
    expected: store(S),
    html: storeSection(
      `<div class="row"><label class="lbl">Kimlik No<sup>*</sup> <svg class="icon"><title>Mağazanızın benzersiz kimliği</title></svg></label><div class="val">${S}</div></div>`,
    ),
  },
  {
    name: 'store: ALL CAPS Turkish label KİMLİK NO and section GENEL BİLGİ',
    expected: store(S),
    html: `${header}<main><h2>GENEL BİLGİ</h2><div class="row"><span class="cap">KİMLİK NO</span><span>${S}</span></div></main>`,
  },
  {
    name: 'store: ASCII caps label KIMLIK NO (panel uppercased with a non-Turkish locale)',
    expected: store(S),
    html: storeSection(`<table><tr><td>MAĞAZA ADI</td><td>Anadolu Halı</td></tr><tr><td>KIMLIK NO</td><td>${S}</td></tr></table>`),
  },
  {
    name: 'store: lowercase label "kimlik no" styled uppercase by CSS',
    expected: store(S),
    html: storeSection(`<div class="row"><span style="text-transform:uppercase">kimlik no</span><span style="text-transform:uppercase">${S}</span></div>`),
  },
  {
    name: 'store: label with non-breaking space "Kimlik&nbsp;No"',
    expected: store(S),
    html: storeSection(`<div class="row"><span>Kimlik&nbsp;No</span><span>${S}</span></div>`),
  },
  {
    name: 'store: value split by zero-width spaces for wrapping',
    expected: store(S),
    html: storeSection(dl([['Kimlik No', `${S.slice(0, 8)}\u200B${S.slice(8, 16)}\u200B${S.slice(16)}`]])),
  },
  {
    name: 'store: value wrapped with <wbr>',
    expected: store(S),
    html: storeSection(dl([['Kimlik No', `<span class="mono">${S.slice(0, 12)}<wbr>${S.slice(12)}</span>`]])),
  },
  {
    name: 'store: value split into two spans (hex grouping)',
    expected: store(S),
    html: storeSection(dl([['Kimlik No', `<span class="mono"><span>${S.slice(0, 12)}</span><span>${S.slice(12)}</span></span>`]])),
    debatable: 'a human copying selects the whole text; the reader may treat the two spans as two texts',
  },
  {
    name: 'store: value followed by a status badge in the same cell',
    expected: store(S),
    html: storeSection(dl([['Kimlik No', `<span>${S}</span> <span class="badge">Doğrulandı</span>`]])),
  },
  {
    name: 'store: English, "Store ID" in a two-column CSS grid',
    expected: store(S),
    html: `${header}<main><h2>General information</h2><div class="grid" style="display:grid;grid-template-columns:200px 1fr"><div>Store name</div><div>Anatolian Rugs</div><div>Store ID</div><div>${S}</div><div>Country</div><div>Turkey</div></div></main>`,
  },
  {
    name: 'store: English caps "STORE ID" with a copy button labelled "Copy"',
    expected: store(S),
    html: `${header}<main><h2>General info</h2><div class="row"><span class="overline">STORE ID</span><div class="val"><span>${S}</span><button>Copy</button></div></div></main>`,
  },
  {
    name: 'store: bare "ID" under "Kimlik Bilgileri" (old section name)',
    expected: store(S),
    html: storeSection(
      dl([
        ['Mağaza Adı', 'Anadolu Halı'],
        ['ID', S],
      ]),
      'Kimlik Bilgileri',
    ),
  },
  {
    name: 'store: bare "ID" under a section title that is a styled div, not a heading',
    expected: store(S),
    html: `${header}<main><div class="panel"><div class="panel__title">Genel Bilgi</div><div class="panel__body"><div class="kv"><div class="kv__k">ID</div><div class="kv__v">${S}</div></div></div></div></main>`,
  },
  {
    name: 'store: "ID: …" subtitle under the store name in the page header (no section)',
    expected: store(S),
    html: `${header}<main><div class="page-header"><h1>Anadolu Halı</h1><div class="subtitle">ID: ${S}</div></div><section><h2>Ürünler</h2><p>1.204 ürün</p></section></main>`,
    debatable: 'a weak label outside the general section; a human would take it, the design says a weak label counts only in its section',
  },
  {
    name: 'store: Russian, "ID магазина" under "Основная информация"',
    expected: store(S),
    html: `${header}<main><h2>Основная информация</h2>${dl([
      ['Название магазина', 'Anadolu Halı'],
      ['ID магазина', S],
    ])}</main>`,
  },
  {
    name: 'store: Russian, bare "ID" under "Основная информация"',
    expected: store(S),
    html: `${header}<main><h2>Основная информация</h2><table><tr><td>ID</td><td>${S}</td></tr><tr><td>Страна</td><td>Турция</td></tr></table></main>`,
  },
  {
    name: 'store: panel built from web components (open shadow root)',
    expected: store(S),
    html: `${header}<main><h1>Anadolu Halı</h1><joom-store-info></joom-store-info></main>`,
    setup: shadowStore,
    debatable: 'only if Joom moved to web components; the seller sees the value',
  },
  {
    name: 'store: one store in the stores list as a card with "Kimlik No"',
    expected: store(S),
    html: `${header}<main><h1>Mağazalar</h1><button>Yeni Mağaza Aç</button><div class="store-cards"><div class="store-card"><h3>Anadolu Halı</h3><div>Kimlik No: ${S}</div><div>Durum: Aktif</div></div></div></main>`,
    debatable: 'the guide reads it on the detail page; a seller with one store would take it from the list too',
  },
  {
    name: 'store: two stores in the stores list, each a card with "Kimlik No"',
    expected: store('ambiguous'),
    html: `${header}<main><h1>Mağazalar</h1><button>Yeni Mağaza Aç</button><div class="store-cards"><div class="store-card"><h3>Anadolu Halı</h3><div>Kimlik No: ${S}</div></div><div class="store-card"><h3>Ege Tekstil</h3><div>Kimlik No: ${S2}</div></div></div></main>`,
    debatable: 'ambiguous (seller chooses) vs null (a list, read on the detail page)',
  },

  // ───────── application pages ─────────
  {
    name: 'app: dl with revealed secret and redirect URL',
    expected: app(C, K),
    html: appPage(
      dl([
        ['Unvan', 'ShopiVerse'],
        ['Mağaza', 'Anadolu Halı'],
        ['Müşteri Kimlik Numarası', C],
        ['Gizli Anahtar', K],
        ["Yeniden Yönlendirme URL'si", REDIRECT],
      ]),
    ),
  },
  {
    name: 'app: secret masked "••••" with a Göster button',
    expected: app(C, null),
    html: appPage(
      `<div class="kv"><div class="row"><span class="k">Müşteri Kimlik Numarası</span><code>${C}</code><button data-clipboard-text="${C}">Kopyala</button></div><div class="row"><span class="k">Gizli Anahtar</span><span class="v">••••••••••••••••••••••••••••••••</span><button>Göster</button></div></div>`,
    ),
  },
  {
    name: 'app: secret revealed, with Gizle and Kopyala buttons',
    expected: app(C, K),
    html: appPage(
      `<div class="kv"><div class="row"><span class="k">Müşteri Kimlik Numarası</span><code>${C}</code></div><div class="row"><span class="k">Gizli Anahtar</span><code>${K}</code><button>Gizle</button><button data-clipboard-text="${K}">Kopyala</button></div></div>`,
    ),
  },
  {
    name: 'app: masked secret whose copy button carries the full secret',
    expected: app(C, null),
    html: appPage(
      dl([
        ['Müşteri Kimlik Numarası', C],
        ['Gizli Anahtar', `<span>••••••••••••</span> <button data-clipboard-text="${K}" aria-label="Kopyala">⧉</button>`],
      ]),
    ),
    debatable: 'the seller can copy it without seeing it; the brief says only what the seller can see counts',
  },
  {
    name: 'app: masked secret with the revealed text already in the DOM but display:none',
    expected: app(C, null),
    html: appPage(
      dl([
        ['Müşteri Kimlik Numarası', C],
        ['Gizli Anahtar', `<span class="masked">••••••••</span><span class="revealed" style="display:none">${K}</span><button>Göster</button>`],
      ]),
    ),
  },
  {
    name: 'app: secret in a password input (dots on screen) with an eye toggle',
    expected: app(C, null),
    html: appPage(
      `<div class="form-row"><label for="cid">Müşteri Kimlik Numarası</label><input id="cid" readonly value="${C}"></div><div class="form-row"><label for="sec">Gizli Anahtar</label><input id="sec" type="password" readonly value="${K}"><button aria-label="Göster">👁</button></div>`,
    ),
    debatable: 'the value is in the input, the seller sees dots',
  },
  {
    name: 'app: secret in a text input after the eye toggle',
    expected: app(C, K),
    html: appPage(
      `<div class="form-row"><label for="cid">Müşteri Kimlik Numarası</label><input id="cid" readonly value="${C}"></div><div class="form-row"><label for="sec">Gizli Anahtar</label><input id="sec" type="text" readonly value="${K}"><button aria-label="Gizle">👁</button></div>`,
    ),
  },
  {
    name: 'app: partially masked secret "9e10••••…19d6"',
    expected: app(C, null),
    html: appPage(
      dl([
        ['Müşteri Kimlik Numarası', C],
        ['Gizli Anahtar', `${K.slice(0, 4)}••••••••••••••••••••••••${K.slice(-4)}`],
      ]),
    ),
  },
  {
    name: 'app: English, Client ID and Client secret in a bordered table',
    expected: app(C, K),
    html: `${header}<main><h1>ShopiVerse</h1><table class="bordered"><tr><th>Title</th><td>ShopiVerse</td></tr><tr><th>Client ID</th><td>${C}</td></tr><tr><th>Client secret</th><td>${K}</td></tr><tr><th>Redirect URI</th><td>${REDIRECT}</td></tr></table></main>`,
  },
  {
    name: 'app: ALL CAPS Turkish labels MÜŞTERİ KİMLİK NUMARASI / GİZLİ ANAHTAR',
    expected: app(C, K),
    html: appPage(
      `<div class="row"><div class="cap">MÜŞTERİ KİMLİK NUMARASI</div><div>${C}</div></div><div class="row"><div class="cap">GİZLİ ANAHTAR</div><div>${K}</div></div>`,
    ),
  },
  {
    name: 'app: bilingual labels "Müşteri Kimlik Numarası (Client ID)"',
    expected: app(C, K),
    html: appPage(
      dl([
        ['Müşteri Kimlik Numarası (Client ID)', C],
        ['Gizli Anahtar (Client Secret)', K],
      ]),
    ),
  },
  {
    name: 'app: ASCII-folded labels "Musteri Kimlik Numarasi" / "Gizli Anahtar"',
    expected: app(C, K),
    html: appPage(
      dl([
        ['Musteri Kimlik Numarasi', C],
        ['Gizli Anahtar', K],
      ]),
    ),
    debatable: 'an ASCII-folded label is not in the table; a human reads it at once',
  },
  {
    name: 'app: labels with info (?) icons and colons in separate spans, values in <code>',
    expected: app(C, K),
    html: appPage(
      `<div class="row"><span class="k">Müşteri Kimlik Numarası<span class="colon">:</span> <span class="q" title="OAuth client_id">(?)</span></span><code>${C}</code></div><div class="row"><span class="k">Gizli Anahtar<span class="colon">:</span> <span class="q" title="OAuth client_secret">(?)</span></span><code>${K}</code></div>`,
    ),
  },
  {
    name: 'app: secret wrapped with <wbr> every 8 characters (English)',
    expected: app(C, K),
    html: `${header}<main><h1>ShopiVerse</h1>${dl([
      ['Client ID', C],
      ['Secret key', `<code>${K.match(/.{8}/g)?.join('<wbr>')}</code>`],
    ])}</main>`,
  },
  {
    name: 'app: Russian labels "ID клиента" / "Секретный ключ"',
    expected: app(C, K),
    html: `${header}<main><h1>ShopiVerse</h1>${dl([
      ['Название', 'ShopiVerse'],
      ['ID клиента', C],
      ['Секретный ключ', K],
    ])}</main>`,
  },
  {
    name: 'app: shows its store with "Mağaza Kimlik No" on the application page',
    expected: app(C, K, S),
    html: appPage(
      dl([
        ['Mağaza', 'Anadolu Halı'],
        ['Mağaza Kimlik No', S],
        ['Müşteri Kimlik Numarası', C],
        ['Gizli Anahtar', K],
      ]),
    ),
  },
  {
    name: 'app: English page showing an internal "App ID" (24 hex) besides "Client ID"',
    expected: app(C, K),
    html: `${header}<main><h1>ShopiVerse</h1>${dl([
      ['App ID', APP],
      ['Client ID', C],
      ['Client secret', K],
    ])}</main>`,
    debatable: '"App ID" is in the label table as a Client ID guess; a human reading both takes Client ID',
  },
  {
    name: 'app: access and refresh tokens beside the secret',
    expected: app(C, K),
    html: `${header}<main><h1>ShopiVerse</h1>${dl([
      ['Client ID', C],
      ['Client secret', K],
      ['Access token', T],
      ['Refresh token', R],
    ])}</main>`,
  },
  {
    name: 'app: redirect URL carrying a 32-hex state parameter',
    expected: app(C, K),
    html: appPage(
      dl([
        ['Müşteri Kimlik Numarası', C],
        ['Gizli Anahtar', K],
        ["Yeniden Yönlendirme URL'si", `${REDIRECT}?state=${K2}`],
      ]),
    ),
  },
  {
    name: 'app: new secret shown once in a dialog after "Yeniden oluştur"',
    expected: app(C, K),
    html: appPage(
      `${dl([
        ['Müşteri Kimlik Numarası', C],
        ['Gizli Anahtar', '••••••••••••'],
      ])}<div role="dialog" aria-modal="true" class="modal"><h2>Yeni gizli anahtar</h2><p>Bu anahtar yalnızca bir kez gösterilir. Güvenli bir yere kaydedin.</p><code>${K}</code><button data-clipboard-text="${K}">Kopyala</button><button>Tamam</button></div>`,
    ),
    debatable: 'the dialog names the value by its heading, not a field label',
  },
  {
    name: 'app: two applications as identical cards (both ShopiVerse)',
    expected: app('ambiguous', 'ambiguous'),
    html: `${header}<main><h1>API Uygulamaları</h1><div class="apps"><div class="app-card"><h3>ShopiVerse</h3>${dl([
      ['Müşteri Kimlik Numarası', C],
      ['Gizli Anahtar', K],
    ])}</div><div class="app-card"><h3>ShopiVerse</h3>${dl([
      ['Müşteri Kimlik Numarası', C2],
      ['Gizli Anahtar', K2],
    ])}</div></div></main>`,
  },
  {
    name: 'app: applications list table (two apps, Client ID column, no secrets)',
    expected: none,
    html: `${header}<main><h1>API Uygulamaları</h1><button>Yeni Uygulama Oluştur</button><table><thead><tr><th>Unvan</th><th>Müşteri Kimlik Numarası</th><th>Oluşturulma</th></tr></thead><tbody><tr><td><a>ShopiVerse</a></td><td>${C}</td><td>12.03.2024</td></tr><tr><td><a>Test</a></td><td>${C2}</td><td>01.02.2024</td></tr></tbody></table></main>`,
    debatable: 'could be "ambiguous"; null because the guide reads it on the application page',
  },
  {
    name: 'app: create-application form (select of stores with store IDs as option values, redirect placeholder)',
    expected: none,
    html: `${header}<main><h1>Yeni Uygulama Oluştur</h1><form><label for="t">Unvan</label><input id="t" value=""><label for="s">Mağaza</label><select id="s"><option value="">Seçiniz</option><option value="${S}">Anadolu Halı</option><option value="${S2}">Ege Tekstil</option></select><label for="r">Yeniden Yönlendirme URL’si</label><input id="r" placeholder="https://example.com/callback"><button>Kaydet</button></form></main>`,
  },
  {
    name: 'app: main app plus "Diğer uygulamalar" sidebar quoting another app with labels',
    expected: app(C, K),
    html: `${appPage(
      `<section><h2>Kimlik Bilgileri</h2>${dl([
        ['Müşteri Kimlik Numarası', C],
        ['Gizli Anahtar', K],
      ])}</section>`,
    )}<aside class="sidebar"><h3>Diğer uygulamalar</h3><div class="mini-card"><b>Test</b><div>Müşteri Kimlik Numarası: ${C2}</div></div></aside>`,
    debatable: 'a human tells the sidebar apart; two strong labels at equal distance could fairly be "ambiguous"',
  },
  {
    name: 'app: documentation <pre> with an example request (other values) under the real ones',
    expected: app(C, K),
    html: appPage(
      `${dl([
        ['Müşteri Kimlik Numarası', C],
        ['Gizli Anahtar', K],
      ])}<h3>Örnek istek</h3><pre>POST /api/v2/oauth/access_token\nclient_id: ${C2}\nclient_secret: ${K2}\ngrant_type: authorization_code</pre>`,
    ),
  },
  {
    name: 'app: JSON state in a <script> with the real-looking keys, page shows masked secret',
    expected: app(C, null),
    html: `${appPage(
      dl([
        ['Müşteri Kimlik Numarası', C],
        ['Gizli Anahtar', '••••••••'],
      ]),
    )}<script type="application/json" id="__NEXT_DATA__">{"app":{"client_id":"${C}","Gizli Anahtar":"${K}","secret":"${K}"}}</script>`,
  },

  // ───────── decoys ─────────
  {
    name: 'decoy: product table with an ID column and 24-hex product IDs',
    expected: store(S),
    html: `${storeBasic(S)}<section><h2>Son Ürünler</h2><table><thead><tr><th>ID</th><th>Ürün</th><th>Fiyat</th></tr></thead><tbody><tr><td>${P1}</td><td>Halı 160x230</td><td>1.299 ₺</td></tr><tr><td>${P2}</td><td>Kilim</td><td>899 ₺</td></tr></tbody></table></section>`,
  },
  {
    name: 'decoy: product table only (no store id on the page)',
    expected: store(null),
    html: `${header}<main><h1>Ürünler</h1><table><thead><tr><th>ID</th><th>Ürün</th></tr></thead><tbody><tr><td>${P1}</td><td>Halı</td></tr><tr><td>${P2}</td><td>Kilim</td></tr><tr><td>${P3}</td><td>Yastık</td></tr></tbody></table></main>`,
  },
  {
    name: 'decoy: single product detail page under "Genel Bilgi" with bare "ID"',
    expected: store(null),
    html: `${header}<main><nav class="breadcrumb">Ürünler / Halı 160x230</nav><h1>Halı 160x230</h1><section><h2>Genel Bilgi</h2>${dl([
      ['ID', P1],
      ['Ürün Adı', 'Halı 160x230'],
      ['Durum', 'Yayında'],
    ])}</section></main>`,
    debatable: 'the product page reuses the store page section name; only the breadcrumb and the title tell',
  },
  {
    name: 'decoy: variants with "Varyant ID" and orders with "Sipariş No"',
    expected: store(S),
    html: `${storeBasic(S)}<section><h2>Varyantlar</h2><ul><li>Varyant ID: ${P1}</li><li>Varyant ID: ${P2}</li></ul></section><section><h2>Siparişler</h2><table><tr><th>Sipariş No</th><th>Tutar</th></tr><tr><td>${P3}</td><td>120 ₺</td></tr></table></section>`,
  },
  {
    name: 'decoy: "Depo Kimlik No" (warehouse) beside the store "Kimlik No"',
    expected: store(S),
    html: storeSection(
      `${dl([
        ['Mağaza Adı', 'Anadolu Halı'],
        ['Kimlik No', S],
      ])}<h3>Depo</h3>${dl([
        ['Depo Adı', 'İstanbul Depo'],
        ['Depo Kimlik No', W],
      ])}`,
    ),
  },
  {
    name: 'decoy: only "Depo Kimlik No" (warehouse page)',
    expected: store(null),
    html: `${header}<main><h1>Depolar</h1><section><h2>Genel Bilgi</h2>${dl([
      ['Depo Adı', 'İstanbul Depo'],
      ['Depo Kimlik No', W],
    ])}</section></main>`,
  },
  {
    name: 'decoy: warehouse sub-card with bare "ID" inside the general section',
    expected: store(S),
    html: storeSection(
      `${dl([['Kimlik No', S]])}<div class="sub-card"><h4>Varsayılan Depo</h4>${dl([
        ['ID', W],
        ['Adres', 'İstanbul'],
      ])}</div>`,
    ),
  },
  {
    name: 'decoy: "Satıcı Kimlik No" (merchant id) beside the store id',
    expected: store(S),
    html: storeSection(
      dl([
        ['Satıcı Kimlik No', M],
        ['Kimlik No', S],
        ['Vergi Kimlik No', '1234567890'],
      ]),
    ),
  },
  {
    name: 'decoy: breadcrumb and URL text containing the store id, no label',
    expected: store(null),
    html: `${header}<main><nav class="breadcrumb"><a href="/panel/stores">Mağazalar</a> › <a href="/panel/stores/${S}">${S}</a></nav><p class="url">merchant.joom.com/panel/stores/${S}</p><h1>Anadolu Halı</h1></main>`,
    debatable: 'the id is visible in the breadcrumb; a human who knows the URL shape might take it',
  },
  {
    name: 'decoy: "Son görüntülenen mağazalar" sidebar with ids, main page has the real one',
    expected: store(S),
    html: `${storeBasic(S)}<aside class="sidebar"><h3>Son görüntülenen mağazalar</h3><ul><li><a>Ege Tekstil</a><small>Kimlik No: ${S2}</small></li><li><a>Marmara Ev</a><small>Kimlik No: ${P1}</small></li></ul></aside>`,
  },
  {
    name: 'decoy: "Son görüntülenen mağazalar" with one entry, on a page with no store id',
    expected: store(null),
    html: `${header}<main><h1>Ürünler</h1><p>Henüz ürün yok.</p></main><aside class="sidebar"><h3>Son görüntülenen mağazalar</h3><div class="recent"><a>Ege Tekstil</a><div class="kv"><span>Kimlik No</span><span>${S2}</span></div></div></aside>`,
    debatable: "one recently-viewed store is not this page's store; a hurried human might take it",
  },
  {
    name: 'decoy: help sentence quoting the label and an example id',
    expected: store(null),
    html: `${header}<main><h1>Mağazalar</h1></main><aside class="help"><h3>Yardım</h3><p>Kimlik No, mağazanızın 24 karakterlik kimliğidir, örneğin ${S2}. Bu değeri ShopiVerse'e yapıştırın.</p></aside>`,
  },
  {
    name: 'decoy: FAQ glossary dt "Kimlik No" / dd sentence with an example',
    expected: store(null),
    html: `${header}<main><h1>Sıkça Sorulan Sorular</h1><dl class="faq"><dt>Kimlik No</dt><dd>Mağazanızın benzersiz kimliği. Örnek: ${S2}</dd><dt>Gizli Anahtar</dt><dd>Uygulamanızın parolası. Örnek: ${K2}</dd></dl></main>`,
  },
  {
    name: 'decoy: help drawer with a code sample "Kimlik No: <example>"',
    expected: store(null),
    html: `${header}<main><h1>Ürünler</h1></main><aside class="help-drawer"><h3>Nasıl bağlanır?</h3><p>Mağaza sayfasında şu satırı bulun:</p><pre><code>Kimlik No: ${S2}</code></pre></aside>`,
    debatable: 'hard: the same words as a real field, only "example" context tells',
  },
  {
    name: 'decoy: help with example id on a store page that also shows the real one',
    expected: store(S),
    html: `${storeBasic(S)}<aside class="help"><h3>Yardım</h3><p>Örnek:</p><p>Kimlik No: ${S2}</p></aside>`,
  },
  {
    name: 'decoy: buyer chat message "Kimlik No: …" in a messages widget, no store id',
    expected: store(null),
    html: `${header}<main><h1>Mesajlar</h1><div class="chat"><div class="bubble buyer"><b>Alıcı</b><p>Kimlik No: ${S2}</p></div><div class="bubble buyer"><p>Gizli Anahtar: ${K2}</p></div></div></main>`,
  },
  {
    name: 'decoy: buyer chat message planting labels on the application page',
    expected: app(C, K),
    html: `${appPage(
      dl([
        ['Müşteri Kimlik Numarası', C],
        ['Gizli Anahtar', K],
      ]),
    )}<div class="notifications"><h4>Bildirimler</h4><div class="note">Müşteri Kimlik Numarası: ${C2}</div><div class="note">Gizli Anahtar: ${K2}</div></div>`,
    debatable: 'both are strong labels beside values; a careful human sees the notification panel',
  },
  {
    name: 'decoy: product named "Kimlik No: <hex>" in a recent products list',
    expected: store(S),
    html: `${storeBasic(S)}<section><h2>Son Ürünler</h2><ul class="products"><li class="product"><span class="title">Kimlik No: ${P1}</span><span class="price">99 ₺</span></li></ul></section>`,
  },
  {
    name: 'decoy: tooltip element (role=tooltip) with an example inside the label',
    expected: store(S),
    html: storeSection(
      `<div class="row"><span class="label">Kimlik No<span class="tooltip" role="tooltip">Örnek: ${S2}</span></span><span class="value">${S}</span></div>`,
    ),
  },
  {
    name: 'decoy: tooltip portal at the end of body repeating the label with another id',
    expected: store(S),
    html: `${storeBasic(S)}<div class="MuiPopper-root" role="tooltip"><div class="MuiTooltip-tooltip">Kimlik No: ${S2}</div></div>`,
    debatable: 'a shown tooltip is visible; a human reads the table value as the field',
  },
  {
    name: 'decoy: store switcher <select> (option values are store IDs), no store id shown',
    expected: store(null),
    html: `${header}<main><label for="sw">Mağaza</label><select id="sw" aria-label="Mağaza seç"><option value="${S}" selected>Anadolu Halı</option><option value="${S2}">Ege Tekstil</option></select><h1>Panel</h1></main>`,
  },
  {
    name: 'decoy: <select> labelled "Kimlik No" whose options are store IDs by value and names by text',
    expected: store(null),
    html: `${header}<main><h2>Genel Bilgi</h2><label for="k">Kimlik No</label><select id="k"><option value="${S}">Anadolu Halı</option><option value="${S2}">Ege Tekstil</option></select></main>`,
    debatable: 'a form that asks for the store, not a shown value',
  },
  {
    name: 'decoy: JSON blob in <script> and a visible <pre> example, no labelled value',
    expected: none,
    html: `${header}<main><h1>Geliştirici</h1><h3>Örnek yanıt</h3><pre>{"store_id": "${S2}", "client_id": "${C2}", "client_secret": "${K2}"}</pre></main><script>window.__STATE__={"storeId":"${S}","Kimlik No":"${S}"}</script>`,
  },
  {
    name: 'decoy: input placeholder with an example id, empty value',
    expected: store(null),
    html: `${header}<main><h2>Genel Bilgi</h2><label for="x">Kimlik No</label><input id="x" placeholder="örn. ${S2}" value=""></main>`,
  },
  {
    name: 'decoy: store pending, value "—" beside the label, product ids nearby',
    expected: store(null),
    html: `${storeSection(
      dl([
        ['Kimlik No', '—'],
        ['Durum', 'İnceleniyor'],
      ]),
    )}<table><tr><th>ID</th><th>Ürün</th></tr><tr><td>${P1}</td><td>Halı</td></tr></table>`,
  },
  {
    name: 'decoy: responsive duplicate of the section, one hidden by a stylesheet class',
    expected: store(S),
    html: `<style>.mobile-only{display:none}</style>${storeBasic(S)}<div class="mobile-only"><h2>Genel Bilgi</h2>${dl([['Kimlik No', S]])}</div>`,
  },
  {
    name: 'decoy: hidden by a stylesheet class holding another id, visible real one',
    expected: store(S),
    html: `<style>.is-hidden{display:none}</style>${storeBasic(S)}<div class="is-hidden"><h2>Genel Bilgi</h2>${dl([['Kimlik No', H]])}</div>`,
  },
  {
    name: 'decoy: visibility:visible child inside a visibility:hidden parent is shown',
    expected: store(S),
    html: `${header}<main><h2>Genel Bilgi</h2><div style="visibility:hidden"><div style="visibility:visible">${dl([['Kimlik No', S]])}</div></div></main>`,
    debatable: 'CSS rule: the child is painted; a reader that climbs ancestors for visibility:hidden drops it',
  },
  // ───────── more redesigns and decoys ─────────
  {
    name: 'store: copy button copies the store URL, not the id',
    expected: store(S),
    html: storeSection(
      dl([['Kimlik No', `<code>${S}</code> <button data-clipboard-text="https://merchant.joom.com/panel/stores/${S}">Bağlantıyı kopyala</button>`]]),
    ),
  },
  {
    name: 'store: shortened value whose copy button carries a different id',
    expected: store(null),
    html: storeSection(dl([['Kimlik No', `<span>${short(S)}</span><button data-clipboard-text="${S2}">Kopyala</button>`]])),
  },
  {
    name: 'store: hidden input beside a dash (store pending)',
    expected: store(null),
    html: storeSection(dl([['Kimlik No', `<input type="hidden" name="storeId" value="${H}"><span>—</span>`]])),
  },
  {
    name: 'store: inline text with Fluent isolation marks around the value',
    expected: store(S),
    html: storeSection(`<p>Kimlik No: \u2068${S}\u2069</p>`),
  },
  {
    name: 'store: inline text with a non-breaking space after the colon',
    expected: store(S),
    html: storeSection(`<p>Kimlik No:&nbsp;${S}</p>`),
  },
  {
    name: 'store: label "Kimlik No." with an abbreviation period',
    expected: store(S),
    html: storeSection(dl([['Kimlik No.', S]])),
    debatable: 'a label spelling not in the table',
  },
  {
    name: 'store: label "Kimlik Numarası" (full word)',
    expected: store(S),
    html: storeSection(
      dl([
        ['Mağaza Adı', 'Anadolu Halı'],
        ['Kimlik Numarası', S],
      ]),
    ),
    debatable: 'a label spelling not in the table',
  },
  {
    name: 'store: label "Mağaza ID’si" with a curly apostrophe',
    expected: store(S),
    html: storeSection(dl([['Mağaza ID’si', S]])),
    debatable: 'a label spelling not in the table',
  },
  {
    name: 'app: possessive label "Uygulama Gizli Anahtarı"',
    expected: app(C, K),
    html: appPage(
      dl([
        ['Müşteri Kimlik Numarası', C],
        ['Uygulama Gizli Anahtarı', K],
      ]),
    ),
    debatable: 'a label spelling not in the table',
  },
  {
    name: 'app: secret in a read-only textarea',
    expected: app(C, K),
    html: appPage(
      `<div class="row"><label for="c">Müşteri Kimlik Numarası</label><input id="c" readonly value="${C}"></div><div class="row"><label for="k">Gizli Anahtar</label><textarea id="k" readonly rows="2">${K}</textarea></div>`,
    ),
  },
  {
    name: 'app: client id as a UUID with dashes',
    expected: app('1f0c2e3d-4b5a-6978-8a9b-0c1d2e3f4a5b', K),
    html: appPage(
      dl([
        ['Müşteri Kimlik Numarası', '1f0c2e3d-4b5a-6978-8a9b-0c1d2e3f4a5b'],
        ['Gizli Anahtar', K],
      ]),
    ),
  },
  {
    name: 'app: visible value with a hidden fragment inside it',
    expected: app(C, null),
    html: appPage(
      dl([
        ['Müşteri Kimlik Numarası', C],
        ['Gizli Anahtar', `<span>${K.slice(0, 16)}</span><span style="display:none">${K.slice(16)}</span><span>••••••••</span>`],
      ]),
    ),
  },
  {
    name: 'store: Ant non-bordered descriptions in English with "ID"',
    expected: store(S),
    html: `${header}<div class="ant-descriptions"><div class="ant-descriptions-header"><div class="ant-descriptions-title">General information</div></div><table><tbody><tr class="ant-descriptions-row"><td class="ant-descriptions-item"><div class="ant-descriptions-item-container"><span class="ant-descriptions-item-label">ID</span><span class="ant-descriptions-item-content">${S}</span></div></td></tr></tbody></table></div>`,
  },
  {
    name: 'store: labels column and values column side by side (rows aligned by layout only)',
    expected: store(S),
    html: storeSection(
      `<div class="kv-cols" style="display:flex"><div class="labels"><div>Mağaza Adı</div><div>Kimlik No</div><div>Ülke</div></div><div class="values"><div>Anadolu Halı</div><div>${S}</div><div>Türkiye</div></div></div>`,
    ),
  },
  {
    name: 'app: secret cell with a warning hint under the value',
    expected: app(C, K),
    html: appPage(
      dl([
        ['Müşteri Kimlik Numarası', C],
        ['Gizli Anahtar', `<code>${K}</code><p class="hint">Gizli anahtarınızı kimseyle paylaşmayın.</p><button>Yeniden Oluştur</button>`],
      ]),
    ),
  },
  {
    name: 'store: stores list as a table with one store and a "Kimlik No" column',
    expected: store(S),
    html: `${header}<main><h1>Mağazalar</h1><button>Yeni Mağaza Aç</button><table><thead><tr><th>Mağaza</th><th>Kimlik No</th><th>Durum</th></tr></thead><tbody><tr><td><a>Anadolu Halı</a></td><td>${S}</td><td>Aktif</td></tr></tbody></table></main>`,
    debatable: 'the guide reads it on the detail page; one store leaves no doubt',
  },
  {
    name: 'app: role=row/cell grid of divs',
    expected: app(C, K),
    html: appPage(
      `<div role="table"><div role="row"><div role="rowheader">Müşteri Kimlik Numarası</div><div role="cell">${C}</div></div><div role="row"><div role="rowheader">Gizli Anahtar</div><div role="cell">${K}</div></div></div>`,
    ),
  },
];

// ───────── hidden decoys, generated: each hiding twice (with a visible real value, and alone) ─────────
const HIDINGS: [string, (inner: string) => string, string?][] = [
  ['display:none', (i) => `<div style="display:none">${i}</div>`],
  ['hidden attribute', (i) => `<div hidden>${i}</div>`],
  ['visibility:hidden', (i) => `<div style="visibility: hidden">${i}</div>`],
  ['aria-hidden', (i) => `<div aria-hidden="true">${i}</div>`, 'aria-hidden content is still painted; treated as hidden per the brief'],
  ['<template>', (i) => `<template>${i}</template>`],
  ['<noscript>', (i) => `<noscript>${i}</noscript>`],
  ['opacity:0', (i) => `<div style="opacity:0">${i}</div>`],
  ['closed <details>', (i) => `<details><summary>Gelişmiş</summary>${i}</details>`],
  ['closed <dialog>', (i) => `<dialog>${i}</dialog>`],
  ['hidden="until-found"', (i) => `<div hidden="until-found">${i}</div>`],
];

const hidden: UnseenPage[] = HIDINGS.flatMap(([how, wrap, debatable]) => [
  {
    name: `hidden (${how}): hidden "Kimlik No" with another id, plus the visible real one`,
    expected: store(S),
    html: `${storeBasic(S)}${wrap(`<h2>Genel Bilgi</h2>${dl([['Kimlik No', H]])}`)}`,
    ...(debatable ? { debatable } : {}),
  },
  {
    name: `hidden (${how}): only a hidden "Kimlik No", and hidden app fields`,
    expected: none,
    html: `${header}<main><h1>Anadolu Halı</h1><section><h2>Genel Bilgi</h2>${dl([['Mağaza Adı', 'Anadolu Halı']])}</section>${wrap(
      `${dl([
        ['Kimlik No', H],
        ['Müşteri Kimlik Numarası', C2],
        ['Gizli Anahtar', K2],
      ])}`,
    )}</main>`,
    ...(debatable ? { debatable } : {}),
  },
]);

export const UNSEEN_PAGES: UnseenPage[] = [...handWritten, ...hidden];
