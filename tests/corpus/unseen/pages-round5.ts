// Unseen pages, round 5: web components and shadow DOM, written without reading the reader (src/). Custom elements with
// open roots that paint the label (from an attribute or a property) over a value slotted from light DOM: default and
// named slots, hosts nested two and three deep, slots re-projected through an inner host, slot fallback shown (nothing
// assigned) or replaced; closed roots; values sent to slots the root lacks or kept in light DOM no slot shows; a
// design-system card component with copy-button components; decoys of the values' shapes inside shadow trees (store
// switcher, order table, help text, buyer chat); components hidden by `hidden`, display:none, opacity 0, a display:none
// wrapper or a closed <details> in the root, or the root's own stylesheet; the real value and a decoy in one component,
// two equal components; label and value on either side of a component boundary; and a few plain pages of hiding and
// painting the earlier rounds lack (font-size 0, text-indent, scale(0), canvas fallback, aria-hidden text, ::before
// labels, SVG text, print-only blocks, a closed <dialog>). Same contract as rounds 1-4, per field: a value,
// 'ambiguous' or null. Shadow roots are attached in `setup` (outer hosts before the hosts their roots hold).

import type { Answer, UnseenPage } from './pages';

// Values of this round, fresh so that no earlier page holds them.
export const S7 = '6a3e91c0d2b4f5876e1d0c9b'; // the store of the page
export const S8 = '5e8c2a4b6d0f1e3a5c7b9d2f'; // another store of the seller
export const S9 = '6b0d1c2e3f4a5b6c7d8e9f10'; // a third store
export const C7 = 'a7f3e2d1c0b9a886'; // the application's Client ID
export const C8 = '2e9d4c7b1a0f8365'; // another application's Client ID
export const K7 = '8c1f4e7a2d5b0c9e3f6a1d4b7e0c2f58'; // the application's Secret Key
export const K8 = 'f06e1d2c3b4a59687766554433221100'; // another application's / a demo Secret Key
export const ORD5 = '6b7c8d9e0fa1b2c3d4e5f607'; // an order id
export const SKU5 = '67d0e1f2a3b4c5d6e7f8091a'; // a product SKU of 24 hex
export const EXS = '60c0ffee0ddba11cafe00123'; // an example store id in help text
export const BUY = '64e5d4c3b2a1908f7e6d5c4b'; // an id a buyer typed in a chat
export const EXC = '1d3c5b7a9f8e6d4c'; // an example client id in help text
export const EXK = '4a4b4c4d5e5f60616263646566676869'; // an example secret in help text
export const WHK5 = '9b8a7c6d5e4f30211203f4e5d6c7b8a9'; // a webhook signing secret
export const USR5 = '65f0a1b2c3d4e5f6a7b8c9d0'; // a user id
export const MER5 = '6c1e2d3f4a5b6c7d8e9fa0b1'; // a merchant (seller) id

const store = (storeId: Answer) => ({ storeId, clientId: null, secret: null });
const app = (clientId: Answer, secret: Answer, storeId: Answer = null) => ({ storeId, clientId, secret });
const none = { storeId: null, clientId: null, secret: null };
const DOTS = '••••••••••••••••••••••••••••••••';
const CLOSED_NOTE = 'the seller sees it; a page script cannot enter a closed root (an extension can, with its own API)';

// ───────── the shell: a light-DOM top bar around the components ─────────
type Lang = 'tr' | 'en';
const NAV: Record<Lang, string[]> = {
  tr: ['Ana Sayfa', 'Ürünler', 'Siparişler', 'Mağazalar', 'API Uygulamaları'],
  en: ['Home', 'Products', 'Orders', 'Stores', 'API applications'],
};
const shell = (main: string, lang: Lang = 'tr') =>
  `<div class="jm-app" lang="${lang}"><header class="jm-top"><a class="jm-logo" href="/panel">Joom Merchant</a><nav class="jm-nav">${NAV[lang]
    .map((item) => `<a href="#">${item}</a>`)
    .join('')}</nav><button type="button" class="jm-account">Selin Kaya ▾</button></header><main class="jm-main">${main}</main></div>`;
const storePage = (body: string, lang: Lang = 'tr', name = 'Marmara Seramik') =>
  shell(`<nav class="jm-crumbs">${NAV[lang][3]} / ${name}</nav><h1>${name}</h1>${body}`, lang);
const appPage = (body: string, lang: Lang = 'tr') => shell(`<nav class="jm-crumbs">${NAV[lang][4]} / ShopiVerse</nav><h1>ShopiVerse</h1>${body}`, lang);
const plainRow = (label: string, value: string) => `<div class="kv"><span class="kv-label">${label}</span> <span class="kv-value">${value}</span></div>`;
const genel = (id: string, name = 'Marmara Seramik') =>
  `<section class="card"><h2>Genel Bilgi</h2>${plainRow('Mağaza Adı', name)}${plainRow('Kimlik No', `<code>${id}</code>`)}${plainRow('Ülke', 'Türkiye')}</section>`;
const creds = (clientId: string, secret: string) =>
  `<section class="card"><h2>Kimlik Bilgileri</h2>${plainRow('Müşteri Kimlik Numarası', `<code>${clientId}</code>`)}${plainRow('Gizli Anahtar', `<code>${secret}</code>`)}</section>`;
const icon = (name: string) =>
  `<svg class="icon icon-${name}" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d="M2 2h12v12H2z"></path></svg>`;

// ───────── shadow roots ─────────
type Paint = string | ((host: HTMLElement) => string);
/** Attaches a shadow root to `host` and paints it (markup only: no script runs in it). */
function attach(host: Element, paint: Paint, mode: 'open' | 'closed' = 'open'): ShadowRoot {
  const root = host.attachShadow({ mode });
  const markup = typeof paint === 'string' ? paint : paint(host as HTMLElement);
  const parsed = new DOMParser().parseFromString(`<body>${markup}</body>`, 'text/html');
  root.append(...[...parsed.body.childNodes].map((node) => host.ownerDocument.importNode(node, true)));
  return root;
}
/** Every host matching `selector` (in document order, so outer hosts first) gets a root painted by `paint`. */
function shadow(selector: string, paint: Paint, mode: 'open' | 'closed' = 'open') {
  return (body: HTMLElement): void => {
    for (const host of body.querySelectorAll(selector)) attach(host, paint, mode);
  };
}
const steps =
  (...all: ((body: HTMLElement) => void)[]) =>
  (body: HTMLElement): void => {
    for (const step of all) step(body);
  };
const attr = (host: HTMLElement, name: string) => host.getAttribute(name) ?? '';
/** A row component: the label from its `label` attribute, the value in its default slot. */
const rowRoot = (host: HTMLElement) =>
  `<style>.row{display:grid;grid-template-columns:14rem 1fr;padding:4px 0}.label{color:#555}</style><div class="row"><span class="label">${attr(host, 'label')}</span><span class="value"><slot></slot></span></div>`;
/** A copy button component: only an icon shows; the value it copies is its host's `value` attribute. */
const copyRoot = `<button type="button" part="button" aria-label="Kopyala">${icon('copy')}</button>`;

// ───────── open roots painting the label, value slotted from light DOM ─────────
const slotted: UnseenPage[] = [
  {
    name: 'r5 slot: <jm-field> paints its label from a JS property (no attribute), the value sits in its default slot',
    expected: store(S7),
    html: storePage(
      `<section class="card"><h2>Genel Bilgi</h2><jm-field data-key="name">Marmara Seramik</jm-field><jm-field data-key="id">${S7}</jm-field><jm-field data-key="country">Türkiye</jm-field></section>`,
    ),
    setup: (body) => {
      const doc = body.ownerDocument;
      const labels: Record<string, string> = { name: 'Mağaza Adı', id: 'Kimlik No', country: 'Ülke' };
      for (const host of body.querySelectorAll<HTMLElement>('jm-field')) {
        const field = host as HTMLElement & { label?: string };
        field.label = labels[host.dataset.key ?? ''] ?? '';
        const root = host.attachShadow({ mode: 'open' });
        const row = doc.createElement('div');
        row.className = 'row';
        const label = doc.createElement('span');
        label.className = 'label';
        label.textContent = field.label;
        const value = doc.createElement('span');
        value.className = 'value';
        value.append(doc.createElement('slot'));
        row.append(label, doc.createTextNode(' '), value);
        root.append(row);
      }
    },
  },
  {
    name: 'r5 slot: English <ds-kv label="…"> with the value in a named "value" slot and a hint in a "hint" slot',
    expected: app(C7, K7),
    html: appPage(
      `<section class="card"><h2>Credentials</h2><ds-kv label="Client ID"><code slot="value">${C7}</code><span slot="hint">Public, safe to share.</span></ds-kv><ds-kv label="Client secret"><code slot="value">${K7}</code><span slot="hint">Keep it private.</span></ds-kv></section>`,
      'en',
    ),
    setup: shadow(
      'ds-kv',
      (host) =>
        `<div class="kv"><div class="kv-label" part="label">${attr(host, 'label')}</div><div class="kv-body"><slot name="value"></slot><small class="kv-hint"><slot name="hint"></slot></small></div></div>`,
    ),
  },
  {
    name: 'r5 slot: three nested hosts (page, section titled from an attribute, row labelled from an attribute), value in the innermost default slot',
    expected: store(S7),
    html: storePage(
      `<jm-page><jm-section heading="Genel Bilgi"><jm-row label="Mağaza Adı">Marmara Seramik</jm-row><jm-row label="Kimlik No">${S7}</jm-row><jm-row label="Ülke">Türkiye</jm-row></jm-section></jm-page>`,
    ),
    setup: steps(
      shadow('jm-page', '<div class="page"><slot></slot></div>'),
      shadow('jm-section', (host) => `<section class="card"><h2>${attr(host, 'heading')}</h2><slot></slot></section>`),
      shadow('jm-row', rowRoot),
    ),
  },
  {
    name: 'r5 slot: re-projection, credentials slotted into <jm-creds>, whose root slots them on into its own <jm-row> hosts',
    expected: app(C7, K7),
    html: appPage(`<jm-creds><code slot="cid">${C7}</code><code slot="secret">${K7}</code></jm-creds>`),
    setup: (body) => {
      const host = body.querySelector('jm-creds');
      if (!host) return;
      const root = attach(
        host,
        '<section class="card"><h2>Kimlik Bilgileri</h2><jm-row label="Müşteri Kimlik Numarası"><slot name="cid"></slot></jm-row><jm-row label="Gizli Anahtar"><slot name="secret"></slot></jm-row></section>',
      );
      for (const row of root.querySelectorAll('jm-row')) attach(row, rowRoot);
    },
  },
  {
    name: 'r5 slot: re-projection through a named slot that itself carries slot="value", English labels painted by the inner host',
    expected: app(C7, K7),
    html: appPage(`<jm-app-keys><span slot="cid">${C7}</span><span slot="secret">${K7}</span></jm-app-keys>`, 'en'),
    setup: (body) => {
      const host = body.querySelector('jm-app-keys');
      if (!host) return;
      const root = attach(
        host,
        '<section class="card"><h2>Credentials</h2><jm-kv label="Client ID"><slot name="cid" slot="value"></slot></jm-kv><jm-kv label="Secret key"><slot name="secret" slot="value"></slot></jm-kv></section>',
      );
      for (const kv of root.querySelectorAll('jm-kv'))
        attach(kv, (inner) => `<div class="kv"><span class="kv-label">${attr(inner, 'label')}</span>: <code><slot name="value">—</slot></code></div>`);
    },
  },
  {
    name: 'r5 slot: nothing assigned to the value slot (empty host), so its fallback <code> with the store id is shown',
    expected: store(S7),
    html: storePage(
      `<section class="card"><h2>Genel Bilgi</h2><jm-id-field label="Mağaza Adı" value="Marmara Seramik"></jm-id-field><jm-id-field label="Kimlik No" value="${S7}"></jm-id-field></section>`,
    ),
    setup: shadow(
      'jm-id-field',
      (host) => `<div class="row"><span class="label">${attr(host, 'label')}</span> <slot name="value"><code>${attr(host, 'value')}</code></slot></div>`,
    ),
  },
  {
    name: 'r5 slot: client id host empty (fallback from its value attribute shown), secret host assigns its value (fallback "—" not shown)',
    expected: app(C7, K7),
    html: appPage(
      `<section class="card"><h2>Kimlik Bilgileri</h2><jm-cred value="${C7}"><span slot="label">Müşteri Kimlik Numarası</span></jm-cred><jm-cred><span slot="label">Gizli Anahtar</span><code>${K7}</code></jm-cred></section>`,
    ),
    setup: shadow(
      'jm-cred',
      (host) =>
        `<div class="row"><span class="label"><slot name="label"></slot></span> <span class="value"><slot>${attr(host, 'value') || '—'}</slot></span></div>`,
    ),
  },
  {
    name: 'r5 slot: the value slot\'s fallback (a demo secret) is replaced by the assigned mask "••••" and a Göster button',
    needsLayout: true,
    expected: app(C7, null),
    html: appPage(
      `<section class="card"><h2>Kimlik Bilgileri</h2>${plainRow('Müşteri Kimlik Numarası', `<code>${C7}</code>`)}<jm-secret><span slot="value">${DOTS}</span><button type="button" slot="action">Göster</button></jm-secret></section>`,
    ),
    setup: shadow(
      'jm-secret',
      `<div class="row"><span class="label">Gizli Anahtar</span> <code><slot name="value">${K8}</slot></code> <slot name="action"></slot></div>`,
    ),
  },
  {
    name: 'r5 slot: the credentials slot sits in an open <details> of the root, its summary "Kimlik Bilgileri"',
    expected: app(C7, K7),
    html: appPage(
      `<jm-disclosure>${plainRow('Müşteri Kimlik Numarası', `<code>${C7}</code>`)}${plainRow('Gizli Anahtar', `<code>${K7}</code>`)}</jm-disclosure>`,
    ),
    setup: shadow('jm-disclosure', '<details open class="card"><summary>Kimlik Bilgileri</summary><slot></slot></details>'),
  },
];

// ───────── closed roots ─────────
const closed: UnseenPage[] = [
  {
    name: 'r5 closed: English store page, "Store ID" and the value painted inside a closed root',
    expected: store(S7),
    html: storePage('<jm-store-general></jm-store-general>', 'en'),
    setup: shadow(
      'jm-store-general',
      `<section class="card"><h2>General information</h2><div class="row"><span>Store name</span> <span>Marmara Seramik</span></div><div class="row"><span>Store ID</span> <code>${S7}</code></div><div class="row"><span>Country</span> <span>Türkiye</span></div></section>`,
      'closed',
    ),
    debatable: CLOSED_NOTE,
  },
  {
    name: 'r5 closed: a closed root paints the labels from attributes, the values are slotted from light DOM',
    expected: app(C7, K7),
    html: appPage(
      `<section class="card"><h2>Kimlik Bilgileri</h2><jm-secure-row label="Müşteri Kimlik Numarası"><code>${C7}</code></jm-secure-row><jm-secure-row label="Gizli Anahtar"><code>${K7}</code></jm-secure-row></section>`,
    ),
    setup: shadow('jm-secure-row', rowRoot, 'closed'),
    debatable: 'the labels are only in closed roots; the seller sees them beside the values',
  },
  {
    name: 'r5 closed: a closed root nested inside an open root holds the Genel Bilgi rows',
    expected: store(S7),
    html: storePage('<jm-layout></jm-layout>'),
    setup: (body) => {
      const host = body.querySelector('jm-layout');
      if (!host) return;
      const root = attach(host, '<div class="layout"><aside>Mağaza menüsü</aside><div class="content"><jm-store-info></jm-store-info></div></div>');
      const inner = root.querySelector('jm-store-info');
      if (inner)
        attach(
          inner,
          `<section class="card"><h2>Genel Bilgi</h2><div class="row"><span>Mağaza Adı</span> <span>Marmara Seramik</span></div><div class="row"><span>Kimlik No</span> <code>${S7}</code></div></section>`,
          'closed',
        );
    },
    debatable: CLOSED_NOTE,
  },
];

// ───────── light DOM that no slot shows ─────────
const unslotted: UnseenPage[] = [
  {
    name: 'r5 unslotted: the value has no slot attribute and the root has only named slots (no default slot)',
    needsLayout: true,
    expected: store(null),
    html: storePage(`<section class="card"><h2>Genel Bilgi</h2><jm-field2><span slot="label">Kimlik No</span><code>${S7}</code></jm-field2></section>`),
    setup: shadow(
      'jm-field2',
      '<div class="row"><span class="label"><slot name="label"></slot></span> <span class="value"><slot name="value">—</slot></span></div>',
    ),
  },
  {
    name: 'r5 unslotted: the root paints this store itself; the host keeps a stale server-rendered other store that no slot shows',
    needsLayout: true,
    expected: store(S7),
    html: storePage(`<jm-hydrated-info><h2>Genel Bilgi</h2><div>Kimlik No ${S8}</div></jm-hydrated-info>`),
    setup: shadow('jm-hydrated-info', `<section class="card"><h2>Genel Bilgi</h2><div class="row"><span>Kimlik No</span> <code>${S7}</code></div></section>`),
  },
  {
    name: 'r5 unslotted: the revealed secret sits in slot="plain", the root only has the slot "masked" (holding dots)',
    needsLayout: true,
    expected: app(C7, null),
    html: appPage(
      `<section class="card"><h2>Kimlik Bilgileri</h2>${plainRow('Müşteri Kimlik Numarası', `<code>${C7}</code>`)}<jm-masked label="Gizli Anahtar"><span slot="masked">${DOTS}</span><code slot="plain">${K7}</code></jm-masked></section>`,
    ),
    setup: shadow('jm-masked', (host) => `<div class="row"><span class="label">${attr(host, 'label')}</span> <slot name="masked"></slot></div>`),
  },
  {
    name: 'r5 unslotted: a closed root without slots paints "Yükleniyor…" over light DOM holding the only store id',
    needsLayout: true,
    expected: store(null),
    html: storePage(`<jm-lazy-general><div>Kimlik No</div><div>${S7}</div></jm-lazy-general>`),
    setup: shadow(
      'jm-lazy-general',
      '<section class="card"><h2>Genel Bilgi</h2><div class="row"><span>Kimlik No</span> <span class="skeleton">Yükleniyor…</span></div></section>',
      'closed',
    ),
  },
];

// ───────── a design-system card component ─────────
const dsCardRoot =
  '<style>.card{border:1px solid #ddd;border-radius:8px;margin:8px 0}.head{display:flex;gap:6px;padding:8px 12px;border-bottom:1px solid #eee}.body{padding:8px 12px;display:flex;gap:6px}</style><div class="card"><div class="head"><slot name="header"></slot></div><div class="body"><slot></slot></div></div>';
const tipButton = (text: string) => `<button type="button" class="tip" aria-label="${text}">${icon('info')}</button>`;
const designSystem: UnseenPage[] = [
  {
    name: 'r5 ds: <ds-card> with the label and a tooltip button in its "header" slot, a read-only input and a <ds-copy-button value> in the body',
    expected: store(S7),
    html: storePage(
      `<ds-card><span slot="header">Mağaza Adı</span><input readonly value="Marmara Seramik"></ds-card><ds-card><span slot="header">Kimlik No</span><span slot="header">${tipButton('Mağazanızın benzersiz kimliği')}</span><input readonly value="${S7}"><ds-copy-button value="${S7}"></ds-copy-button></ds-card>`,
    ),
    setup: steps(shadow('ds-card', dsCardRoot), shadow('ds-copy-button', copyRoot)),
  },
  {
    name: 'r5 ds: English credential <ds-card>s with <code> bodies and copy-button components that show only an icon',
    expected: app(C7, K7),
    html: appPage(
      `<ds-card><span slot="header">Client ID</span><code>${C7}</code><ds-copy-button value="${C7}"></ds-copy-button></ds-card><ds-card><span slot="header">Client secret</span><code>${K7}</code><ds-copy-button value="${K7}"></ds-copy-button></ds-card>`,
      'en',
    ),
    setup: steps(shadow('ds-card', dsCardRoot), shadow('ds-copy-button', copyRoot)),
  },
  {
    name: 'r5 ds: card header slotted from light DOM ("Kimlik No"), the read-only input lives in the card\'s root, filled from a property',
    expected: store(S7),
    html: storePage('<ds-value-card><span slot="header">Kimlik No</span></ds-value-card>'),
    setup: (body) => {
      const doc = body.ownerDocument;
      for (const host of body.querySelectorAll('ds-value-card')) {
        const card = host as HTMLElement & { value?: string };
        card.value = S7;
        const root = attach(host, '<div class="card"><div class="head"><slot name="header"></slot></div><div class="body"></div></div>');
        const input = doc.createElement('input');
        input.readOnly = true;
        input.value = card.value;
        root.querySelector('.body')?.append(input);
      }
    },
  },
  {
    name: "r5 ds: the secret card's body is a <ds-secret> whose root shows dots; its value attribute and the copy button hold the secret",
    expected: app(C7, null),
    html: appPage(
      `<ds-card><span slot="header">Müşteri Kimlik Numarası</span><code>${C7}</code><ds-copy-button value="${C7}"></ds-copy-button></ds-card><ds-card><span slot="header">Gizli Anahtar</span><ds-secret value="${K7}"></ds-secret><ds-copy-button value="${K7}"></ds-copy-button></ds-card>`,
    ),
    setup: steps(
      shadow('ds-card', dsCardRoot),
      shadow('ds-copy-button', copyRoot),
      shadow('ds-secret', `<code class="mask">${DOTS}</code> <button type="button">Göster</button>`),
    ),
  },
];

// ───────── decoys inside shadow trees ─────────
const switcherRoot = (stores: [string, string][]) =>
  `<div class="switcher" role="listbox" aria-label="Mağaza değiştir">${stores
    .map(([name, id]) => `<div role="option" class="opt"><b>${name}</b><div class="sub">Kimlik No: ${id}</div></div>`)
    .join('')}</div>`;
const ordersRoot = `<table class="orders"><thead><tr><th>Sipariş Kimlik No</th><th>SKU</th><th>Tutar</th></tr></thead><tbody><tr><td>${ORD5}</td><td>${SKU5}</td><td>₺420,00</td></tr></tbody></table>`;
const chatRoot = (text: string) =>
  `<div class="chat"><header>Mesajlar</header><div class="msg buyer"><b>Alıcı: Mehmet D.</b><p>${text}</p></div><footer><input placeholder="Yanıt yazın"></footer></div>`;
const decoys: UnseenPage[] = [
  {
    name: 'r5 decoy: an open store switcher painted in a shadow root lists two other stores with "Kimlik No", the page shows its own in light DOM',
    expected: store(S7),
    html: `${storePage(genel(S7))}<jm-store-switcher open></jm-store-switcher>`,
    setup: shadow(
      'jm-store-switcher',
      switcherRoot([
        ['Kapadokya Kilim', S8],
        ['Ege Zeytin', S9],
      ]),
    ),
  },
  {
    name: 'r5 decoy: an open shadow-root store switcher with two stores on the orders page, no store section',
    expected: none,
    html: `${shell('<h1>Siparişler</h1><p>Bugün 12 yeni sipariş.</p>')}<jm-store-switcher open></jm-store-switcher>`,
    setup: shadow(
      'jm-store-switcher',
      switcherRoot([
        ['Kapadokya Kilim', S8],
        ['Ege Zeytin', S9],
      ]),
    ),
    debatable: "a list of the seller's stores, none marked as the current one: nothing to take (or ambiguous)",
  },
  {
    name: "r5 decoy: <jm-orders-table> paints an order id and a 24-hex SKU in its root, under this store's Genel Bilgi",
    expected: store(S7),
    html: storePage(`${genel(S7)}<section class="card"><h2>Son Siparişler</h2><jm-orders-table></jm-orders-table></section>`),
    setup: shadow('jm-orders-table', ordersRoot),
  },
  {
    name: 'r5 decoy: <jm-orders-table> alone on the orders page ("Sipariş Kimlik No" and "SKU" columns)',
    expected: none,
    html: shell('<h1>Siparişler</h1><jm-orders-table></jm-orders-table>'),
    setup: shadow('jm-orders-table', ordersRoot),
  },
  {
    name: 'r5 decoy: <jm-help> quotes an example "Kimlik No" in its root, beside this store\'s value in light DOM',
    expected: store(S7),
    html: storePage(`${genel(S7)}<jm-help topic="store-id"></jm-help>`),
    setup: shadow(
      'jm-help',
      `<aside class="help"><h3>Kimlik No nedir?</h3><p>Her mağazanın 24 karakterlik bir kimliği vardır. Örnek:</p><p>Kimlik No: <code>${EXS}</code></p></aside>`,
    ),
  },
  {
    name: 'r5 decoy: <jm-help> quotes example credentials on the app page, where the secret is masked',
    expected: app(C7, null),
    html: appPage(`${creds(C7, DOTS)}<jm-help topic="credentials"></jm-help>`),
    setup: shadow(
      'jm-help',
      `<aside class="help"><h3>Örnek</h3><dl><dt>Müşteri Kimlik Numarası</dt><dd><code>${EXC}</code></dd><dt>Gizli Anahtar</dt><dd><code>${EXK}</code></dd></dl><p>Bu değerler örnektir; kendi değerlerinizi kullanın.</p></aside>`,
    ),
  },
  {
    name: 'r5 decoy: a chat widget component shows a buyer\'s message "Kimlik No: <24 hex>" on the dashboard',
    expected: none,
    html: `${shell('<h1>Ana Sayfa</h1><p>Hoş geldiniz, Selin.</p>')}<jm-chat></jm-chat>`,
    setup: shadow('jm-chat', chatRoot(`Merhaba, siparişim gelmedi. Kimlik No: ${BUY}`)),
  },
  {
    name: 'r5 decoy: a chat widget component with a buyer quoting "Müşteri Kimlik Numarası" and "Gizli Anahtar" over the application page',
    expected: app(C7, K7),
    html: `${appPage(creds(C7, K7))}<jm-chat></jm-chat>`,
    setup: shadow('jm-chat', chatRoot(`Müşteri Kimlik Numarası: ${EXC} Gizli Anahtar: ${EXK} bunlar ne işe yarar?`)),
  },
  {
    name: 'r5 decoy: a closed-root account menu (open) shows the user id and merchant id (24 hex) over the store page',
    expected: store(S7),
    html: `${storePage(genel(S7))}<jm-account-menu></jm-account-menu>`,
    setup: shadow(
      'jm-account-menu',
      `<div role="menu" class="menu"><div class="who">Selin Kaya</div><div>Kullanıcı Kimlik No: ${USR5}</div><div>Satıcı Kimlik No: ${MER5}</div><a role="menuitem">API Uygulamaları</a><a role="menuitem">Çıkış</a></div>`,
      'closed',
    ),
  },
];

// ───────── hidden components ─────────
const genelRoot = (id: string, name = 'Marmara Seramik') =>
  `<section class="card"><h2>Genel Bilgi</h2><div class="row"><span>Mağaza Adı</span> <span>${name}</span></div><div class="row"><span>Kimlik No</span> <code>${id}</code></div></section>`;
const hidden: UnseenPage[] = [
  {
    name: 'r5 hidden: the only store component carries the hidden attribute',
    expected: store(null),
    html: storePage('<jm-store-info hidden></jm-store-info><p>Mağaza bilgileri yükleniyor…</p>'),
    setup: shadow('jm-store-info', genelRoot(S7)),
  },
  {
    name: 'r5 hidden: a display:none host (inline style) holds another store, a shown component holds this one',
    expected: store(S7),
    html: storePage('<jm-store-info data-store="prev" style="display:none"></jm-store-info><jm-store-info data-store="this"></jm-store-info>'),
    setup: shadow('jm-store-info', (host) => genelRoot(host.dataset.store === 'prev' ? S8 : S7)),
  },
  {
    name: 'r5 hidden (opacity 0): the host holding the only store id is fully transparent',
    needsLayout: true,
    expected: store(null),
    html: storePage('<jm-store-info style="opacity:0"></jm-store-info>'),
    setup: shadow('jm-store-info', genelRoot(S7)),
  },
  {
    name: 'r5 hidden: the value slot sits in a display:none wrapper inside the root (collapsed row), label shown',
    needsLayout: true,
    expected: store(null),
    html: storePage(`<section class="card"><h2>Genel Bilgi</h2><jm-collapsible label="Kimlik No"><code>${S7}</code></jm-collapsible></section>`),
    setup: shadow(
      'jm-collapsible',
      (host) =>
        `<div class="row"><span class="label">${attr(host, 'label')}</span> <button type="button" aria-expanded="false">Göster</button><div class="body" style="display:none"><slot></slot></div></div>`,
    ),
  },
  {
    name: 'r5 hidden: the credentials slot sits in a closed <details> of the root, its summary "Kimlik Bilgileri"',
    needsLayout: true,
    expected: none,
    html: appPage(
      `<jm-disclosure>${plainRow('Müşteri Kimlik Numarası', `<code>${C7}</code>`)}${plainRow('Gizli Anahtar', `<code>${K7}</code>`)}</jm-disclosure>`,
    ),
    setup: shadow('jm-disclosure', '<details class="card"><summary>Kimlik Bilgileri</summary><slot></slot></details>'),
  },
  {
    name: "r5 hidden: the root's own stylesheet sets :host{display:none} on the only store component",
    needsLayout: true,
    expected: store(null),
    html: storePage('<jm-store-info></jm-store-info>'),
    setup: shadow('jm-store-info', `<style>:host{display:none}</style>${genelRoot(S7)}`),
  },
  {
    name: "r5 hidden: a root stylesheet hides one component's value (visibility:hidden) holding another store, a sibling shows this one",
    needsLayout: true,
    expected: store(S7),
    html: storePage('<jm-store-info></jm-store-info><jm-legacy-id></jm-legacy-id>'),
    setup: steps(
      shadow('jm-store-info', genelRoot(S7)),
      shadow('jm-legacy-id', `<style>.v{visibility:hidden}</style><div class="row"><span>Kimlik No</span> <code class="v">${S8}</code></div>`),
    ),
  },
];

// ───────── the real value and a decoy in one component; two equal components ─────────
const mixed: UnseenPage[] = [
  {
    name: 'r5 mixed: one component root holds this store\'s "Kimlik No" and a recent-orders list with order ids',
    expected: store(S7),
    html: storePage('<jm-store-overview></jm-store-overview>'),
    setup: shadow(
      'jm-store-overview',
      `${genelRoot(S7)}<section class="card"><h2>Son Siparişler</h2><ul><li>Sipariş ${ORD5} · ₺420,00</li><li>SKU ${SKU5} · 3 adet</li></ul></section>`,
    ),
  },
  {
    name: 'r5 mixed: one credentials component holds the client secret and a "Webhook Gizli Anahtarı"',
    expected: app(C7, K7),
    html: appPage('<jm-app-credentials></jm-app-credentials>'),
    setup: shadow(
      'jm-app-credentials',
      `<section class="card"><h2>Kimlik Bilgileri</h2><div class="row"><span>Müşteri Kimlik Numarası</span> <code>${C7}</code></div><div class="row"><span>Gizli Anahtar</span> <code>${K7}</code></div></section><section class="card"><h2>Webhook</h2><div class="row"><span>Webhook Gizli Anahtarı</span> <code>${WHK5}</code></div></section>`,
    ),
  },
  {
    name: 'r5 mixed: one English component holds "Store ID" and a help line with an example id',
    expected: store(S7),
    html: storePage('<jm-store-general></jm-store-general>', 'en'),
    setup: shadow(
      'jm-store-general',
      `<section class="card"><h2>General information</h2><div class="row"><span>Store ID</span> <code>${S7}</code></div><p class="hint">Store IDs are 24 characters long, e.g. <code>${EXS}</code>.</p></section>`,
    ),
  },
  {
    name: 'r5 mixed: two <jm-store-card> components side by side (comparison view), each with "Kimlik No"',
    expected: store('ambiguous'),
    html: shell(
      '<h1>Mağazaları Karşılaştır</h1><div class="compare"><jm-store-card data-i="0"></jm-store-card><jm-store-card data-i="1"></jm-store-card></div>',
    ),
    setup: shadow('jm-store-card', (host) =>
      host.dataset.i === '0'
        ? `<section class="card"><h2>Marmara Seramik</h2><div class="row"><span>Kimlik No</span> <code>${S7}</code></div><div class="row"><span>Ürün</span> <span>312</span></div></section>`
        : `<section class="card"><h2>Kapadokya Kilim</h2><div class="row"><span>Kimlik No</span> <code>${S8}</code></div><div class="row"><span>Ürün</span> <span>87</span></div></section>`,
    ),
    debatable: 'ambiguous (the seller chooses) vs null (a comparison, not a store page)',
  },
  {
    name: 'r5 mixed: two credential components for two ShopiVerse applications, both revealed',
    expected: app('ambiguous', 'ambiguous'),
    html: shell(
      '<h1>API Uygulamaları</h1><jm-app-card title="ShopiVerse (Marmara Seramik)" data-i="0"></jm-app-card><jm-app-card title="ShopiVerse (Kapadokya Kilim)" data-i="1"></jm-app-card>',
    ),
    setup: shadow('jm-app-card', (host) => {
      const [cid, key] = host.dataset.i === '0' ? [C7, K7] : [C8, K8];
      return `<section class="card"><h2>${attr(host, 'title')}</h2><div class="row"><span>Müşteri Kimlik Numarası</span> <code>${cid}</code></div><div class="row"><span>Gizli Anahtar</span> <code>${key}</code></div></section>`;
    }),
  },
  {
    name: "r5 mixed: split view, one store's Genel Bilgi in light DOM and another store's in a component root beside it",
    expected: store('ambiguous'),
    html: shell(`<h1>Mağazalar</h1><div class="split"><div class="pane">${genel(S7)}</div><div class="pane"><jm-store-pane></jm-store-pane></div></div>`),
    setup: shadow('jm-store-pane', genelRoot(S8, 'Kapadokya Kilim')),
    debatable: 'two store panes of equal standing: ambiguous vs null (no single store page)',
  },
];

// ───────── label and value across a component boundary ─────────
const boundary: UnseenPage[] = [
  {
    name: 'r5 boundary: label in a light-DOM <dt>, the value painted by a <jm-copy-text value> root in the <dd>',
    expected: store(S7),
    html: storePage(
      `<section class="card"><h2>Genel Bilgi</h2><dl><dt>Mağaza Adı</dt><dd>Marmara Seramik</dd><dt>Kimlik No</dt><dd><jm-copy-text value="${S7}"></jm-copy-text></dd></dl></section>`,
    ),
    setup: shadow('jm-copy-text', (host) => `<code>${attr(host, 'value')}</code> <button type="button" aria-label="Kopyala">${icon('copy')}</button>`),
  },
  {
    name: 'r5 boundary: labels painted by <jm-label> roots, values are light-DOM <code> siblings of the hosts (not slotted)',
    expected: app(C7, K7),
    html: appPage(
      `<section class="card"><h2>Kimlik Bilgileri</h2><div class="row"><jm-label text="Müşteri Kimlik Numarası"></jm-label> <code>${C7}</code></div><div class="row"><jm-label text="Gizli Anahtar"></jm-label> <code>${K7}</code></div></section>`,
    ),
    setup: shadow('jm-label', (host) => `<span class="label">${attr(host, 'text')}</span>`),
  },
  {
    name: 'r5 boundary: English "Store ID" in a light-DOM <th>, the value in a closed-root <x-mono> in the <td>',
    expected: store(S7),
    html: storePage(
      `<section class="card"><h2>General information</h2><table><tbody><tr><th scope="row">Store name</th><td>Marmara Seramik</td></tr><tr><th scope="row">Store ID</th><td><x-mono data-v="${S7}"></x-mono></td></tr></tbody></table></section>`,
      'en',
    ),
    setup: shadow('x-mono', (host) => `<span style="font-family:monospace">${host.dataset.v ?? ''}</span>`, 'closed'),
    debatable: CLOSED_NOTE,
  },
  {
    name: "r5 boundary: each label in one host's root, each value in the next sibling host's root",
    expected: app(C7, K7),
    html: appPage(
      `<section class="card"><h2>Kimlik Bilgileri</h2><div class="grid"><jm-term data-t="Müşteri Kimlik Numarası"></jm-term><jm-def data-v="${C7}"></jm-def><jm-term data-t="Gizli Anahtar"></jm-term><jm-def data-v="${K7}"></jm-def></div></section>`,
    ),
    setup: steps(
      shadow('jm-term', (host) => `<div class="term">${host.dataset.t ?? ''}</div>`),
      shadow('jm-def', (host) => `<div class="def"><code>${host.dataset.v ?? ''}</code></div>`),
    ),
  },
  {
    name: 'r5 boundary: the section title "Kimlik Bilgileri" in light DOM, labels and values in one component root below it',
    expected: app(C7, K7),
    html: appPage('<section class="card"><h2>Kimlik Bilgileri</h2><jm-cred-list></jm-cred-list></section>'),
    setup: shadow(
      'jm-cred-list',
      `<ul class="list"><li><small>Müşteri Kimlik Numarası</small><br><code>${C7}</code></li><li><small>Gizli Anahtar</small><br><code>${K7}</code></li></ul>`,
    ),
  },
];

// ───────── plain pages: hiding and painting the earlier rounds lack ─────────
const plain: UnseenPage[] = [
  {
    name: 'r5 plain (font-size 0): the only store id in a font-size:0 span, its label visible',
    needsLayout: true,
    expected: store(null),
    html: storePage(
      `<section class="card"><h2>Genel Bilgi</h2>${plainRow('Mağaza Adı', 'Marmara Seramik')}${plainRow('Kimlik No', `<span style="font-size:0">${S7}</span>—`)}</section>`,
    ),
  },
  {
    name: 'r5 plain (text-indent): another store pushed out of its box by text-indent:-9999px, this store shown',
    needsLayout: true,
    expected: store(S7),
    html: storePage(`${genel(S7)}<div style="text-indent:-9999px;overflow:hidden;white-space:nowrap;width:200px">Kimlik No ${S8}</div>`),
  },
  {
    name: 'r5 plain (scale 0): the revealed secret in a transform:scale(0) popover, the row masked',
    needsLayout: true,
    expected: app(C7, null),
    html: appPage(
      `${creds(C7, DOTS)}<div role="tooltip" class="popover" style="transform:scale(0);transform-origin:top left;position:absolute">Gizli Anahtar: <code>${K7}</code></div>`,
    ),
  },
  {
    name: 'r5 plain: the only store id as <canvas> fallback content (not drawn where canvas is supported)',
    needsLayout: true,
    expected: store(null),
    html: storePage(
      `<section class="card"><h2>Genel Bilgi</h2><canvas width="320" height="40">Kimlik No: ${S7}</canvas>${plainRow('Ülke', 'Türkiye')}</section>`,
    ),
  },
  {
    name: 'r5 plain: the value painted inside an aria-hidden="true" span (a screen-reader twin beside it says something else)',
    expected: store(S7),
    html: storePage(
      `<section class="card"><h2>Genel Bilgi</h2>${plainRow('Mağaza Adı', 'Marmara Seramik')}${plainRow('Kimlik No', `<span aria-hidden="true" class="mono">${S7}</span><span class="sr-only" style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)">Mağaza kimliği, kopyalamak için düğmeye basın</span>`)}</section>`,
    ),
    debatable: 'aria-hidden only hides from assistive technology; the text is painted and the seller sees it',
  },
  {
    name: 'r5 plain: the label drawn by CSS ::before from a data attribute, the value as text',
    needsLayout: true,
    expected: store(S7),
    html: storePage(
      `<style>.lbl::before{content:attr(data-label);color:#555;margin-right:8px}</style><section class="card"><h2>Genel Bilgi</h2><div class="lbl" data-label="Mağaza Adı">Marmara Seramik</div><div class="lbl" data-label="Kimlik No"><code>${S7}</code></div></section>`,
    ),
    debatable: 'the label exists only as generated content; a reader of DOM text alone sees a bare value under Genel Bilgi',
  },
  {
    name: 'r5 plain: the store card drawn in an inline <svg>, label and value as <text>',
    expected: store(S7),
    html: storePage(
      `<section class="card"><h2>Genel Bilgi</h2><svg width="480" height="64" viewBox="0 0 480 64" role="img" aria-label="Mağaza kartı"><text x="0" y="20" font-size="14">Kimlik No</text><text x="0" y="48" font-size="16" font-family="monospace">${S7}</text></svg></section>`,
    ),
    debatable: 'SVG text is painted like any other; a reader might skip SVG',
  },
  {
    name: 'r5 plain (print-only): a print-only block (@media screen display:none) holds another store, the screen shows this one',
    needsLayout: true,
    expected: store(S7),
    html: storePage(
      `<style>@media screen{.print-only{display:none}}</style>${genel(S7)}<div class="print-only"><h2>Genel Bilgi (yazdırma)</h2>${plainRow('Kimlik No', S8)}</div>`,
    ),
  },
  {
    name: 'r5 plain: a <dialog> without the open attribute (closed) holds the only credentials',
    needsLayout: true,
    expected: none,
    html: appPage(
      `<p>Kimlik bilgilerini görmek için "Göster"e basın.</p><button type="button">Göster</button><dialog><h2>Kimlik Bilgileri</h2>${plainRow('Müşteri Kimlik Numarası', `<code>${C7}</code>`)}${plainRow('Gizli Anahtar', `<code>${K7}</code>`)}</dialog>`,
    ),
  },
];

export const ROUND5_PAGES: UnseenPage[] = [...slotted, ...closed, ...unslotted, ...designSystem, ...decoys, ...hidden, ...mixed, ...boundary, ...plain];
