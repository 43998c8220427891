// Unseen pages, round 4: classes rounds 1-3 do not hold, written without reading the reader (src/): design-system cards
// whose label sits in the card header beside an icon, a tooltip trigger or a badge while the value is in a read-only or
// disabled input or textarea with a copy addon; values in <output>, <code>, <samp>, <kbd>; drawers and steppers;
// virtualized lists; same-origin iframes (srcdoc, and one written by script); slots and templates; mixed-direction text;
// the same panel in English and in Russian; decoys of the values' shapes; hiding by opacity 0.01, clip-path, white on
// white, an overlay or off-screen; shortened values with copy attributes. Same contract as rounds 1-3, per field: a
// value, 'ambiguous' or null. Label wordings outside PANELS.md's tables and candidates say so in `debatable`
// ("label language/wording: …"): the reader cannot be expected to know them.

import type { Answer, UnseenPage } from './pages';

// Values of this round, fresh so that no earlier page holds them.
export const S4 = '6720b3e9c1d4a5f60e7b8c21'; // the store of the page
export const S5 = '5d9f1e2a3b4c6d7e8f901a2b'; // another store of the seller
export const S6 = '6631c0de9a8b7f6e5d4c3b2a'; // a third store
export const C4 = 'b81e4f0a2c6d9357'; // the application's Client ID
export const C5 = '4c0d8e2f6a1b9375'; // another application's Client ID
export const K4 = '5f3c9a0e7d214b86a9c0e1f2d3b4a596'; // the application's Secret Key
export const K5 = '2b7e151628aed2a6abf7158809cf4f3c'; // another application's / an old Secret Key
export const WHK = 'd4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9'; // a webhook signing secret
export const SKU = '6710aa0bb1cc2dd3ee4ff5a6'; // a product SKU of 24 hex
export const ORD = '671f0e0d0c0b0a0908070605'; // an order id
export const USR = '66aa55bb44cc33dd22ee11ff'; // a user / merchant id
export const ZERO24 = '000000000000000000000000'; // a template placeholder

const store = (storeId: Answer) => ({ storeId, clientId: null, secret: null });
const app = (clientId: Answer, secret: Answer, storeId: Answer = null) => ({ storeId, clientId, secret });
const none = { storeId: null, clientId: null, secret: null };
const short = (v: string) => `${v.slice(0, 6)}…${v.slice(-4)}`;
const REDIRECT = 'https://app.shopiverse.tech/tr/settings/store/joomcallbackcode';
const DOTS = '••••••••••••••••••••••••••••••••';

// ───────── the shell: a utility-class (Tailwind-like) single-page app, in three languages ─────────
type Lang = 'tr' | 'en' | 'ru';
const NAV: Record<Lang, string[]> = {
  tr: ['Gösterge Paneli', 'Ürünler', 'Siparişler', 'Mağazalar', 'API Uygulamaları'],
  en: ['Dashboard', 'Products', 'Orders', 'Stores', 'API applications'],
  ru: ['Панель', 'Товары', 'Заказы', 'Магазины', 'API-приложения'],
};
const shell = (main: string, lang: Lang = 'tr', switcher = 'Anadolu Halı') =>
  `<div id="__next" lang="${lang}"><div class="flex min-h-screen bg-gray-50"><aside class="w-60 shrink-0 border-r bg-white"><div class="px-4 py-3 text-lg font-semibold">Joom <span class="text-orange-500">Merchant</span></div><nav class="flex flex-col gap-1 px-2">${NAV[
    lang
  ]
    .map((item) => `<a class="rounded px-3 py-2 text-sm text-gray-700 hover:bg-gray-100" href="#">${item}</a>`)
    .join(
      '',
    )}</nav></aside><div class="flex-1"><header class="flex h-14 items-center justify-between border-b bg-white px-6"><button type="button" data-testid="store-switcher" class="flex items-center gap-2 rounded border px-3 py-1 text-sm">${switcher}<svg class="h-4 w-4" viewBox="0 0 16 16" aria-hidden="true"><path d="M4 6l4 4 4-4"></path></svg></button><button type="button" data-testid="user-menu" class="text-sm">Ayşe Yılmaz</button></header><main class="p-6">${main}</main></div></div></div>`;
const h1 = (text: string) => `<h1 class="mb-4 text-2xl font-semibold text-gray-900">${text}</h1>`;
const crumbs = (items: string[]) =>
  `<nav aria-label="breadcrumb" class="mb-2 text-sm text-gray-500"><ol class="flex gap-2">${items.map((i) => `<li>${i}</li>`).join('<li>/</li>')}</ol></nav>`;

// ───────── a design system's pieces ─────────
const icon = (name: string) =>
  `<svg class="ds-icon ds-icon--${name} h-4 w-4" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M4 4h16v16H4z"></path></svg>`;
const tip = (text: string) =>
  `<button type="button" class="ds-tooltip-trigger inline-flex text-gray-400" aria-label="${text}" data-state="closed">${icon('info')}</button>`;
const badge = (text: string, tone = 'neutral') => `<span class="ds-badge ds-badge--${tone} rounded-full px-2 text-xs">${text}</span>`;
const copyAddon = (value: string, attr = 'data-clipboard-text') =>
  `<button type="button" class="ds-input-group__addon border-l px-2" aria-label="Kopyala" ${attr}="${value}">${icon('copy')}</button>`;
const roInput = (value: string, state: 'readonly' | 'disabled' | 'readonly disabled' = 'readonly', type = 'text') =>
  `<div class="ds-input-group flex rounded border"><input class="ds-input flex-1 bg-gray-100 px-3 py-2 font-mono text-sm" type="${type}" ${state} value="${value}">${copyAddon(value)}</div>`;
const roTextarea = (value: string, state: 'readonly' | 'disabled' = 'readonly') =>
  `<div class="ds-input-group flex rounded border"><textarea class="ds-textarea flex-1 bg-gray-100 px-3 py-2 font-mono text-sm" rows="2" ${state}>${value}</textarea>${copyAddon(value)}</div>`;
/** A card per field: the label is the card's title, beside an icon and whatever `extra` adds; the body holds the control. */
const dsCard = (label: string, control: string, extra = '', hint = '') =>
  `<div class="ds-card mb-3 rounded-lg border bg-white shadow-sm"><div class="ds-card__header flex items-center gap-2 border-b px-4 py-2">${icon('key')}<span class="ds-card__title text-sm font-medium">${label}</span>${extra}</div><div class="ds-card__body px-4 py-3">${control}${hint ? `<p class="ds-hint mt-1 text-xs text-gray-500">${hint}</p>` : ''}</div></div>`;
/** A section card whose title is the section (Genel Bilgi, Kimlik Bilgileri) holding rows of its own. */
const section = (title: string, body: string, lang: Lang = 'tr') =>
  `<section class="ds-section mb-4 rounded-lg border bg-white" lang="${lang}"><h2 class="ds-section__title border-b px-4 py-3 text-base font-semibold">${title}</h2><div class="ds-section__body p-4">${body}</div></section>`;
const row = (label: string, value: string) =>
  `<div class="ds-row grid grid-cols-3 gap-4 py-2"><div class="ds-row__label text-sm text-gray-500">${label}</div><div class="ds-row__value col-span-2 text-sm text-gray-900">${value}</div></div>`;
const mono = (value: string) => `<span class="font-mono">${value}</span>`;
const storeDetail = (body: string, lang: Lang = 'tr', name = 'Anadolu Halı') => shell(crumbs(['Mağazalar', name]) + h1(name) + body, lang);
const appDetail = (body: string, lang: Lang = 'tr') => shell(crumbs([NAV[lang][4] ?? 'API', 'ShopiVerse']) + h1('ShopiVerse') + body, lang);
const genel = (id: string) => section('Genel Bilgi', row('Mağaza Adı', 'Anadolu Halı') + row('Kimlik No', mono(id)) + row('Ülke', 'Türkiye'));
const credentials = (clientId: string, secret: string) =>
  section('Kimlik Bilgileri', row('Müşteri Kimlik Numarası', mono(clientId)) + row('Gizli Anahtar', mono(secret)));
const escapeAttr = (html: string) => html.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
const frame = (inner: string, title: string, style = 'width:100%;height:360px;border:0') =>
  `<iframe title="${title}" style="${style}" srcdoc="${escapeAttr(`<!doctype html><html lang="tr"><body style="font-family:sans-serif;margin:0">${inner}</body></html>`)}"></iframe>`;

/** Hosts with an open shadow root painting `template` (with slots) over their light DOM. */
function shadowFrom(selector: string, template: string, mode: 'open' | 'closed' = 'open') {
  return (body: HTMLElement): void => {
    for (const host of body.querySelectorAll(selector)) {
      const root = host.attachShadow({ mode });
      const parsed = new DOMParser().parseFromString(`<body>${template}</body>`, 'text/html');
      root.append(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
    }
  };
}

/** Stamps each <template data-stamp> into its target as a framework would, filling `{value}` slots from data-value. */
function stampTemplates(body: HTMLElement): void {
  for (const target of body.querySelectorAll<HTMLElement>('[data-stamp-from]')) {
    const template = body.querySelector<HTMLTemplateElement>(`template#${target.dataset.stampFrom}`);
    if (!template) continue;
    const clone = template.content.cloneNode(true) as DocumentFragment;
    for (const slot of clone.querySelectorAll<HTMLElement>('[data-field]')) slot.textContent = target.dataset[slot.dataset.field ?? ''] ?? '';
    target.append(clone);
  }
}

/** An iframe without src (about:blank, same origin) whose document the panel writes through the DOM. */
function scriptedFrame(fill: (doc: Document) => void) {
  return (body: HTMLElement): void => {
    const iframe = body.querySelector<HTMLIFrameElement>('iframe[data-scripted]');
    const doc = iframe?.contentDocument;
    if (!doc) return;
    if (!doc.body) doc.documentElement.append(doc.createElement('body'));
    fill(doc);
  };
}

function el(doc: Document, tag: string, text = '', attrs: Record<string, string> = {}): HTMLElement {
  const node = doc.createElement(tag);
  node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

// ───────── design-system cards with read-only inputs ─────────
const designSystem: UnseenPage[] = [
  {
    name: 'r4 ds: store fields as cards, "Kimlik No" in the card header beside a key icon, read-only input with a copy addon',
    expected: store(S4),
    html: storeDetail(dsCard('Mağaza Adı', roInput('Anadolu Halı')) + dsCard('Kimlik No', roInput(S4)) + dsCard('Ülke', roInput('Türkiye'))),
  },
  {
    name: 'r4 ds: card header "Kimlik No" with a tooltip trigger, disabled input with a copy addon',
    expected: store(S4),
    html: storeDetail(
      dsCard('Mağaza Adı', roInput('Anadolu Halı', 'disabled')) + dsCard('Kimlik No', roInput(S4, 'disabled'), tip('Mağazanızın benzersiz kimliği')),
    ),
  },
  {
    name: 'r4 ds: card header "Kimlik No" with a "Salt okunur" badge, input both readonly and disabled',
    expected: store(S4),
    html: storeDetail(dsCard('Kimlik No', roInput(S4, 'readonly disabled'), badge('Salt okunur'))),
  },
  {
    name: 'r4 ds: card header holds icon, label, badge and tooltip trigger; hint under the input',
    expected: store(S4),
    html: storeDetail(
      dsCard('Mağaza Adı', roInput('Anadolu Halı')) +
        dsCard(
          'Kimlik No',
          roInput(S4),
          badge('Değiştirilemez', 'info') + tip('Bu kimliği entegrasyonlarda kullanın'),
          'ShopiVerse gibi uygulamalara bu değeri girin.',
        ),
    ),
  },
  {
    name: 'r4 ds: the Genel Bilgi card, each row a read-only input whose label is an input-group prepend addon',
    expected: store(S4),
    html: storeDetail(
      section(
        'Genel Bilgi',
        ['Mağaza Adı', 'Kimlik No', 'Ülke']
          .map(
            (label, i) =>
              `<div class="input-group mb-2"><span class="input-group-text">${label}</span><input class="form-control" readonly value="${['Anadolu Halı', S4, 'Türkiye'][i]}">${i === 1 ? `<button class="btn btn-outline-secondary" type="button" data-clipboard-text="${S4}">Kopyala</button>` : ''}</div>`,
          )
          .join(''),
      ),
    ),
  },
  {
    name: 'r4 ds: Ant input with addonBefore "Kimlik No" and a copy suffix icon, disabled',
    expected: store(S4),
    html: storeDetail(
      section(
        'Genel Bilgi',
        `<span class="ant-input-group-wrapper ant-input-group-wrapper-disabled"><span class="ant-input-wrapper ant-input-group"><span class="ant-input-group-addon">Kimlik No</span><span class="ant-input-affix-wrapper ant-input-affix-wrapper-disabled"><input class="ant-input ant-input-disabled" disabled type="text" value="${S4}"><span class="ant-input-suffix"><span role="img" aria-label="copy" class="anticon anticon-copy" data-copy="${S4}">${icon('copy')}</span></span></span></span></span>`,
      ),
    ),
  },
  {
    name: 'r4 ds: Chakra-like InputGroup, label is a FormLabel without for, input readonly, right addon "Kopyala"',
    expected: store(S4),
    html: storeDetail(
      section(
        'Genel Bilgi',
        `<div role="group" class="chakra-form-control"><label class="chakra-form__label">Mağaza Adı</label><div class="chakra-input__group"><input class="chakra-input" readonly value="Anadolu Halı"></div></div><div role="group" class="chakra-form-control"><label class="chakra-form__label">Kimlik No<span role="presentation" aria-hidden="true" class="chakra-form__required-indicator"> </span></label><div class="chakra-input__group"><input class="chakra-input" readonly value="${S4}"><div class="chakra-input__right-addon"><button type="button" class="chakra-button" data-copy-value="${S4}">Kopyala</button></div></div></div>`,
      ),
    ),
  },
  {
    name: 'r4 ds: Mantine-like TextInput, label element id-linked by aria-labelledby from the wrapper, not the input',
    expected: store(S4),
    html: storeDetail(
      section(
        'Genel Bilgi',
        `<div class="mantine-InputWrapper-root" role="group" aria-labelledby="sid-label"><label class="mantine-InputWrapper-label" id="sid-label">Kimlik No</label><div class="mantine-Input-wrapper"><input class="mantine-Input-input" data-disabled="true" disabled value="${S4}"><div class="mantine-Input-section" data-position="right"><button class="mantine-ActionIcon-root" aria-label="Kopyala" data-clipboard-text="${S4}">${icon('copy')}</button></div></div></div>`,
      ),
    ),
  },
  {
    name: 'r4 ds: application credentials as two cards, read-only inputs with copy addons, labels in the card headers',
    expected: app(C4, K4),
    html: appDetail(dsCard('Müşteri Kimlik Numarası', roInput(C4), tip('OAuth client_id')) + dsCard('Gizli Anahtar', roInput(K4), tip('OAuth client_secret'))),
  },
  {
    name: 'r4 ds: secret in a disabled textarea under a card header with a "Gizli" badge',
    expected: app(C4, K4),
    html: appDetail(
      dsCard('Müşteri Kimlik Numarası', roInput(C4, 'disabled')) + dsCard('Gizli Anahtar', roTextarea(K4, 'disabled'), badge('Gizli', 'warning')),
    ),
  },
  {
    name: 'r4 ds: secret in a password-type read-only input under its card header, copy addon carries it',
    expected: app(C4, null),
    html: appDetail(
      dsCard('Müşteri Kimlik Numarası', roInput(C4)) +
        dsCard(
          'Gizli Anahtar',
          `<div class="ds-input-group flex rounded border"><input class="ds-input" type="password" readonly value="${K4}"><button type="button" class="ds-input-group__addon" aria-label="Göster">${icon('eye')}</button>${copyAddon(K4)}</div>`,
        ),
    ),
    debatable: 'the seller sees dots; a copy addon would hand the secret over unseen (round 1 took nothing there)',
  },
  {
    name: 'r4 ds: card header "Kimlik Bilgileri", each input labelled only by its placeholder-like floating label inside the control',
    expected: app(C4, K4),
    html: appDetail(
      section(
        'Kimlik Bilgileri',
        `<div class="ds-float"><input id="f1" class="ds-float__input" readonly value="${C4}" placeholder=" "><label for="f1" class="ds-float__label">Müşteri Kimlik Numarası</label>${copyAddon(C4)}</div><div class="ds-float"><input id="f2" class="ds-float__input" readonly value="${K4}" placeholder=" "><label for="f2" class="ds-float__label">Gizli Anahtar</label>${copyAddon(K4)}</div>`,
      ),
    ),
  },
  {
    name: 'r4 ds: the store card on the app page, header "Mağaza Kimlik No" with an icon, read-only input, plus credential cards',
    expected: app(C4, K4, S4),
    html: appDetail(dsCard('Mağaza Kimlik No', roInput(S4)) + dsCard('Müşteri Kimlik Numarası', roInput(C4)) + dsCard('Gizli Anahtar', roInput(K4))),
  },
  {
    name: 'r4 ds: card header label and input value separated by a card-level toolbar (Yenile, Kopyala buttons)',
    expected: app(C4, K4),
    html: appDetail(
      dsCard('Müşteri Kimlik Numarası', `<div class="ds-toolbar"><button>Kopyala</button></div>${roInput(C4)}`) +
        dsCard(
          'Gizli Anahtar',
          `<div class="ds-toolbar"><button>Yeniden Oluştur</button><button>Kopyala</button></div>${roInput(K4)}`,
          badge('Aktif', 'success'),
        ),
    ),
  },
  {
    name: 'r4 ds: empty disabled input with placeholder in the secret card (not generated yet), client id shown',
    expected: app(C4, null),
    html: appDetail(
      dsCard('Müşteri Kimlik Numarası', roInput(C4)) +
        dsCard(
          'Gizli Anahtar',
          `<div class="ds-input-group flex rounded border"><input class="ds-input" disabled value="" placeholder="${'0'.repeat(32)}"><button type="button">Oluştur</button></div>`,
        ),
    ),
  },
  {
    name: 'r4 ds: read-only input whose value differs from its stale value attribute (the panel set .value after render)',
    expected: store(S4),
    html: storeDetail(dsCard('Kimlik No', `<div class="ds-input-group"><input class="ds-input" id="sid" readonly value="${ZERO24}">${copyAddon(S4)}</div>`)),
    setup: (body) => {
      const input = body.querySelector<HTMLInputElement>('#sid');
      if (input) input.value = S4;
    },
    debatable: 'the attribute holds the placeholder the page rendered first; the seller sees the property',
  },
];

// ───────── values in <output>, <code>, <samp>, <kbd> ─────────
const carriers: UnseenPage[] = [
  {
    name: 'r4 output: <output> under the card header "Kimlik No", no for or aria link',
    expected: store(S4),
    html: storeDetail(dsCard('Kimlik No', `<output class="ds-output font-mono">${S4}</output>${copyAddon(S4)}`)),
  },
  {
    name: 'r4 output: <output aria-label="Kimlik No"> standing alone in the Genel Bilgi section',
    expected: store(S4),
    html: storeDetail(section('Genel Bilgi', `<p>Mağaza Adı: Anadolu Halı</p><output aria-label="Kimlik No" class="font-mono">${S4}</output>`)),
  },
  {
    name: 'r4 output: <output> whose value is set by script after render (textContent empty in the markup)',
    expected: app(C4, K4),
    html: appDetail(
      section('Kimlik Bilgileri', row('Müşteri Kimlik Numarası', '<output id="o-cid"></output>') + row('Gizli Anahtar', '<output id="o-sec"></output>')),
    ),
    setup: (body) => {
      const cid = body.querySelector<HTMLOutputElement>('#o-cid');
      const sec = body.querySelector<HTMLOutputElement>('#o-sec');
      if (cid) cid.value = C4;
      if (sec) sec.value = K4;
    },
  },
  {
    name: 'r4 output: <output name="secret"> in a form, labelled by a <label for> pointing at the output',
    expected: app(C4, K4),
    html: appDetail(
      `<form class="ds-form"><label for="cid-out">Müşteri Kimlik Numarası</label><output id="cid-out" name="clientId">${C4}</output><label for="sec-out">Gizli Anahtar</label><output id="sec-out" name="secret">${K4}</output></form>`,
    ),
  },
  {
    name: 'r4 code: <pre><code> block under the card header "Kimlik No"',
    expected: store(S4),
    html: storeDetail(dsCard('Kimlik No', `<pre class="rounded bg-gray-100 p-2"><code>${S4}</code></pre>`)),
  },
  {
    name: 'r4 code: value in <code> split by a syntax highlighter into digit and letter tokens',
    expected: store(S4),
    html: storeDetail(
      section(
        'Genel Bilgi',
        row(
          'Kimlik No',
          `<code class="hljs">${(S4.match(/[0-9]+|[a-f]+/g) ?? []).map((t) => `<span class="hljs-${/^[0-9]/.test(t) ? 'number' : 'variable'}">${t}</span>`).join('')}</code>`,
        ),
      ),
    ),
  },
  {
    name: 'r4 code: values in <samp> inside a <figure> whose <figcaption> is the label',
    expected: app(C4, K4),
    html: appDetail(
      `<figure class="ds-figure"><figcaption>Müşteri Kimlik Numarası</figcaption><samp>${C4}</samp></figure><figure class="ds-figure"><figcaption>Gizli Anahtar</figcaption><samp>${K4}</samp></figure>`,
    ),
    debatable: "round 1 treats figures as illustrations; here the figure is the panel's own value display",
  },
  {
    name: 'r4 code: secret shown as nested <kbd><kbd> keys (one per group of four)',
    expected: app(C4, K4),
    html: appDetail(
      section(
        'Kimlik Bilgileri',
        row('Müşteri Kimlik Numarası', `<kbd>${C4}</kbd>`) +
          row('Gizli Anahtar', `<kbd>${(K4.match(/.{4}/g) ?? []).map((g) => `<kbd>${g}</kbd>`).join('')}</kbd>`),
      ),
    ),
  },
  {
    name: 'r4 code: client id in <code> and secret in <samp> inside a <dl> with definition terms wrapped in <dfn>',
    expected: app(C4, K4),
    html: appDetail(
      `<dl class="ds-dl"><dt><dfn>Müşteri Kimlik Numarası</dfn></dt><dd><code>${C4}</code></dd><dt><dfn>Gizli Anahtar</dfn></dt><dd><samp>${K4}</samp></dd></dl>`,
    ),
  },
  {
    name: 'r4 code: inline <code> in a sentence "Mağazanızın Kimlik No değeri <code>…</code>" on the store page',
    expected: store(S4),
    html: storeDetail(section('Genel Bilgi', `<p>Mağazanızın Kimlik No değeri <code>${S4}</code> olarak kayıtlıdır.</p>`)),
    debatable: "prose, but prose that states this store's own value; a human takes it",
  },
];

// ───────── drawers and steppers ─────────
const storesList = (withIds: boolean) =>
  `<table class="ds-table w-full"><thead><tr><th>Mağaza</th>${withIds ? '<th>Kimlik No</th>' : ''}<th>Durum</th></tr></thead><tbody><tr class="is-selected"><td><a href="#">Anadolu Halı</a></td>${withIds ? `<td>${mono(S4)}</td>` : ''}<td>Aktif</td></tr><tr><td><a href="#">Ege Tekstil</a></td>${withIds ? `<td>${mono(S5)}</td>` : ''}<td>Aktif</td></tr></tbody></table>`;
const drawer = (title: string, body: string, open = true) =>
  `<div class="ds-drawer-root"${open ? '' : ' data-state="closed"'}>${open ? '<div class="ds-drawer__backdrop" style="position:fixed;inset:0;background:rgba(0,0,0,.3)"></div>' : ''}<div role="dialog" aria-modal="${open}" aria-label="${title}" class="ds-drawer" style="position:fixed;top:0;right:0;bottom:0;width:420px;background:#fff;${open ? 'transform:none' : 'transform:translateX(100%)'}"><div class="ds-drawer__header"><h2>${title}</h2><button aria-label="Kapat">×</button></div><div class="ds-drawer__body">${body}</div></div></div>`;
const step = (n: number, label: string, state: 'done' | 'current' | 'todo', content = '') =>
  `<li class="ds-step ds-step--${state}" ${state === 'current' ? 'aria-current="step"' : ''}><div class="ds-step__head"><span class="ds-step__index">${state === 'done' ? '✓' : n}</span><span class="ds-step__label">${label}</span></div>${content ? `<div class="ds-step__content"${state === 'current' ? '' : ' hidden'}>${content}</div>` : ''}</li>`;
const stepper = (steps: string) => `<ol class="ds-stepper" aria-label="Adımlar">${steps}</ol>`;

const drawersAndSteppers: UnseenPage[] = [
  {
    name: 'r4 drawer: store detail drawer open over the stores list (names only), Genel Bilgi with a read-only input',
    expected: store(S4),
    html: shell(
      h1('Mağazalar') + storesList(false) + drawer('Anadolu Halı', section('Genel Bilgi', row('Mağaza Adı', 'Anadolu Halı') + row('Kimlik No', roInput(S4)))),
    ),
  },
  {
    name: 'r4 drawer: store drawer open over a stores list whose "Kimlik No" column lists two stores',
    expected: store(S4),
    html: shell(h1('Mağazalar') + storesList(true) + drawer('Anadolu Halı', section('Genel Bilgi', row('Kimlik No', mono(S4))))),
    debatable: 'the drawer is the detail the guide reads; the list behind also shows both ids (ambiguous if only the list counted)',
  },
  {
    name: 'r4 drawer: closed drawer parked off-screen by transform (no inert, no aria-hidden) holds another store, page shows its own',
    needsLayout: true,
    expected: store(S4),
    html: storeDetail(genel(S4)) + drawer('Ege Tekstil', section('Genel Bilgi', row('Kimlik No', mono(S5))), false),
  },
  {
    name: 'r4 drawer: closed drawer parked off-screen by transform holds the only store id, list shows names',
    needsLayout: true,
    expected: store(null),
    html: shell(h1('Mağazalar') + storesList(false)) + drawer('Anadolu Halı', section('Genel Bilgi', row('Kimlik No', mono(S4))), false),
  },
  {
    name: 'r4 drawer: application drawer open over the API applications list, credentials in read-only inputs',
    expected: app(C4, K4),
    html:
      shell(
        h1('API Uygulamaları') +
          `<button>Yeni Uygulama Oluştur</button><ul class="ds-list"><li><a href="#">ShopiVerse</a></li><li><a href="#">Muhasebe</a></li></ul>`,
      ) +
      drawer(
        'ShopiVerse',
        section(
          'Kimlik Bilgileri',
          `<label class="ds-label">Müşteri Kimlik Numarası</label>${roInput(C4)}<label class="ds-label">Gizli Anahtar</label>${roInput(K4)}<label class="ds-label">Yeniden Yönlendirme URL'si</label>${roInput(REDIRECT)}`,
        ),
      ),
  },
  {
    name: 'r4 drawer: left navigation drawer open listing "Mağazalarım" with ids, over an application page',
    expected: app(C4, K4),
    html:
      appDetail(credentials(C4, K4)) +
      `<div role="dialog" aria-label="Menü" class="ds-nav-drawer" style="position:fixed;top:0;left:0;bottom:0;width:280px;background:#fff"><h3>Mağazalarım</h3><ul><li>Anadolu Halı <small>Kimlik No: ${S4}</small></li><li>Ege Tekstil <small>Kimlik No: ${S5}</small></li></ul></div>`,
    debatable: "a menu of stores, not this page's store: the app page names no store",
  },
  {
    name: 'r4 stepper: create-app wizard on step 3 "Kimlik Bilgileri" shows both values; steps 1-2 done',
    expected: app(C4, K4),
    html: shell(
      h1('Yeni Uygulama Oluştur') +
        stepper(
          step(1, 'Uygulama Bilgileri', 'done', row('Unvan', 'ShopiVerse')) +
            step(2, 'Mağaza', 'done', row('Mağaza', 'Anadolu Halı')) +
            step(3, 'Kimlik Bilgileri', 'current', row('Müşteri Kimlik Numarası', roInput(C4)) + row('Gizli Anahtar', roInput(K4))),
        ),
    ),
  },
  {
    name: 'r4 stepper: wizard on step 2 (the form); step 3 content already rendered but hidden holds the values',
    expected: none,
    html: shell(
      h1('Yeni Uygulama Oluştur') +
        stepper(
          step(1, 'Uygulama Bilgileri', 'done') +
            step(
              2,
              'Mağaza',
              'current',
              `<label for="st">Mağaza</label><select id="st"><option value="${S4}">Anadolu Halı</option><option value="${S5}">Ege Tekstil</option></select>`,
            ) +
            step(3, 'Kimlik Bilgileri', 'todo', row('Müşteri Kimlik Numarası', mono(C4)) + row('Gizli Anahtar', mono(K4))),
        ),
    ),
  },
  {
    name: 'r4 stepper: vertical stepper, done step 2 shows a summary "Anadolu Halı · Mağaza Kimlik No …", step 3 shows credentials',
    expected: app(C4, K4, S4),
    html: shell(
      h1('Yeni Uygulama Oluştur') +
        `<div class="MuiStepper-root MuiStepper-vertical">${[
          ['Uygulama Bilgileri', 'Unvan: ShopiVerse'],
          ['Mağaza', `Anadolu Halı · Mağaza Kimlik No: ${S4}`],
        ]
          .map(
            ([label, summary]) =>
              `<div class="MuiStep-root MuiStep-vertical Mui-completed"><span class="MuiStepLabel-root"><span class="MuiStepLabel-label Mui-completed">${label}</span><span class="MuiTypography-caption">${summary}</span></span></div>`,
          )
          .join(
            '',
          )}<div class="MuiStep-root MuiStep-vertical"><span class="MuiStepLabel-root"><span class="MuiStepLabel-label Mui-active">Kimlik Bilgileri</span></span><div class="MuiStepContent-root"><div class="MuiCollapse-root MuiCollapse-entered">${row('Müşteri Kimlik Numarası', mono(C4))}${row('Gizli Anahtar', mono(K4))}</div></div></div></div>`,
    ),
    debatable: "the store id is a summary caption of a done step; a human reads it as the chosen store's id",
  },
  {
    name: 'r4 stepper: onboarding stepper whose step texts quote an example store id and secret',
    expected: none,
    html: shell(
      h1('Başlarken') +
        stepper(
          step(1, 'Mağaza Kimlik No’nuzu bulun', 'current', `<p>Mağaza sayfasında “Kimlik No” satırını arayın, ör. <code>${S5}</code>.</p>`) +
            step(2, 'Uygulama oluşturun', 'todo') +
            step(3, 'Gizli Anahtarı kopyalayın', 'todo'),
        ) +
        `<p class="text-sm">Gizli Anahtar örneği: <code>${K5}</code></p>`,
    ),
  },
  {
    name: 'r4 stepper: final "Tamamlandı" step with the secret in a read-only input and a once-only warning',
    expected: app(C4, K4),
    html: shell(
      h1('Yeni Uygulama Oluştur') +
        stepper(
          step(1, 'Uygulama Bilgileri', 'done') +
            step(2, 'Mağaza', 'done') +
            step(
              3,
              'Tamamlandı',
              'current',
              `<div class="ds-alert ds-alert--warning">Gizli anahtar yalnızca bir kez gösterilir.</div>${dsCard('Müşteri Kimlik Numarası', roInput(C4))}${dsCard('Gizli Anahtar', roInput(K4))}`,
            ),
        ),
    ),
  },
  {
    name: 'r4 stepper: horizontal stepper, current step panel shows store, future panel (aria-hidden, display:none) another app',
    expected: store(S4),
    html: shell(
      h1('Entegrasyon Sihirbazı') +
        `<div class="ds-hsteps"><div class="ds-hsteps__bar"><span aria-current="step">1 Mağaza</span><span>2 Uygulama</span></div><div class="ds-hsteps__panel">${section('Genel Bilgi', row('Kimlik No', mono(S4)))}</div><div class="ds-hsteps__panel" aria-hidden="true" style="display:none">${credentials(C5, K5)}</div></div>`,
    ),
  },
];

// ───────── virtualized lists ─────────
const vrow = (y: number, inner: string, extra = '') =>
  `<div role="row" class="ReactVirtualized__row" style="position:absolute;left:0;right:0;height:40px;transform:translateY(${y}px)${extra}">${inner}</div>`;
const vlist = (rows: string, height = 400, total = 1600) =>
  `<div class="ReactVirtualized__List" role="grid" style="position:relative;height:${height}px;overflow:auto"><div class="ReactVirtualized__inner" style="position:relative;height:${total}px">${rows}</div></div>`;
const vcells = (label: string, value: string) => `<div role="rowheader" class="v-label">${label}</div><div role="gridcell" class="v-value">${value}</div>`;

const virtualized: UnseenPage[] = [
  {
    name: 'r4 virtual: settings rendered as a virtualized key-value list, "Kimlik No" row in view',
    expected: store(S4),
    html: storeDetail(
      section(
        'Genel Bilgi',
        vlist(vrow(0, vcells('Mağaza Adı', 'Anadolu Halı')) + vrow(40, vcells('Kimlik No', mono(S4))) + vrow(80, vcells('Ülke', 'Türkiye')), 200, 2000),
      ),
    ),
  },
  {
    name: 'r4 virtual: rows in DOM order unlike screen order (recycled nodes), each row holds its own label and value',
    expected: app(C4, K4),
    html: appDetail(
      section(
        'Kimlik Bilgileri',
        vlist(
          vrow(80, vcells('Gizli Anahtar', mono(K4))) + vrow(0, vcells('Unvan', 'ShopiVerse')) + vrow(40, vcells('Müşteri Kimlik Numarası', mono(C4))),
          200,
          200,
        ),
      ),
    ),
  },
  {
    name: 'r4 virtual: label item and value item are separate absolutely positioned rows (label row above value row)',
    expected: store(S4),
    html: storeDetail(
      section(
        'Genel Bilgi',
        vlist(
          vrow(40, `<div class="v-value">${mono(S4)}</div>`) +
            vrow(0, '<div class="v-caption text-xs text-gray-500">Kimlik No</div>') +
            vrow(80, '<div class="v-caption">Ülke</div>') +
            vrow(120, '<div class="v-value">Türkiye</div>'),
          200,
          400,
        ),
      ),
    ),
    debatable: 'label and value are linked only by position on screen',
  },
  {
    name: 'r4 virtual: recycled pool row with a stale other store parked at top:-9999px, the visible row holds this store',
    needsLayout: true,
    expected: store(S4),
    html: storeDetail(section('Genel Bilgi', vlist(vrow(0, vcells('Kimlik No', mono(S4))) + vrow(0, vcells('Kimlik No', mono(S5)), ';top:-9999px'), 200, 400))),
  },
  {
    name: 'r4 virtual: virtualized products list with 24-hex "Ürün Kimlik No" and SKU cells, no store id',
    expected: none,
    html: shell(
      h1('Ürünler') +
        `<div role="row" class="v-head"><div role="columnheader">Ürün</div><div role="columnheader">Ürün Kimlik No</div><div role="columnheader">SKU</div></div>` +
        vlist(
          vrow(
            0,
            `<div role="gridcell">Yün Halı 160×230</div><div role="gridcell">${mono(ORD.replace('671f', '6720'))}</div><div role="gridcell">${mono(SKU)}</div>`,
          ) + vrow(40, `<div role="gridcell">Kilim 80×150</div><div role="gridcell">${mono(S6)}</div><div role="gridcell">KLM-80150</div>`),
          400,
          8000,
        ),
    ),
  },
  {
    name: 'r4 virtual: virtualized stores grid, one store rendered, a sticky header row "Kimlik No"',
    expected: store(S4),
    html: shell(
      h1('Mağazalar') +
        `<div role="grid" aria-rowcount="2"><div role="row" style="position:sticky;top:0" class="v-head"><div role="columnheader">Mağaza</div><div role="columnheader">Kimlik No</div></div>${vlist(vrow(0, `<div role="gridcell">Anadolu Halı</div><div role="gridcell">${mono(S4)}</div>`), 80, 40)}</div>`,
    ),
    debatable: 'one store in the list; rounds 1 and 3 take a single-store list',
  },
  {
    name: 'r4 virtual: virtualized audit log, each entry quoting "Kimlik No: <other store>", page has no store section',
    expected: none,
    html: shell(
      h1('Etkinlik Günlüğü') +
        vlist(
          vrow(0, `<div class="log">12:01 Ayşe Yılmaz mağazayı güncelledi — Kimlik No: ${S5}</div>`) +
            vrow(40, `<div class="log">11:40 Mehmet K. uygulama oluşturdu — Müşteri Kimlik Numarası: ${C5}</div>`),
        ),
    ),
  },
];

// ───────── same-origin iframes ─────────
const frameGenel = (id: string) =>
  `<section><h2>Genel Bilgi</h2><dl><dt>Mağaza Adı</dt><dd>Anadolu Halı</dd><dt>Kimlik No</dt><dd><code>${id}</code></dd></dl></section>`;
const frames: UnseenPage[] = [
  {
    name: 'r4 iframe: the store detail rendered in a same-origin srcdoc iframe inside the shell',
    expected: store(S4),
    html: shell(h1('Anadolu Halı') + frame(frameGenel(S4), 'Mağaza ayrıntıları')),
    debatable: 'the harness reads the top document; a reader that does not enter frames (or relies on a per-frame script) misses it',
  },
  {
    name: 'r4 iframe: application credentials in a srcdoc iframe (legacy page embedded in the new shell)',
    expected: app(C4, K4),
    html: shell(
      crumbs(['API Uygulamaları', 'ShopiVerse']) +
        frame(`<table><tr><th>Müşteri Kimlik Numarası</th><td>${C4}</td></tr><tr><th>Gizli Anahtar</th><td>${K4}</td></tr></table>`, 'Uygulama'),
    ),
    debatable: 'as above: the value lives in a frame document',
  },
  {
    name: 'r4 iframe: a display:none srcdoc iframe holds another store, the page shows its own',
    expected: store(S4),
    html: storeDetail(genel(S4) + frame(frameGenel(S5), 'önbellek', 'display:none')),
  },
  {
    name: 'r4 iframe: help widget iframe quoting an example "Kimlik No" and "Gizli Anahtar", page has none',
    expected: none,
    html: shell(
      h1('Siparişler') +
        '<p>Henüz sipariş yok.</p>' +
        frame(
          `<div class="help"><h3>Yardım</h3><p>Mağaza sayfasında şunu görürsünüz:</p><p>Kimlik No: ${S5}</p><p>Gizli Anahtar: ${K5}</p></div>`,
          'Yardım',
          'position:fixed;right:16px;bottom:16px;width:320px;height:280px;border:1px solid #ddd',
        ),
    ),
  },
  {
    name: 'r4 iframe: a zero-size srcdoc iframe (0×0, no border) holds the only store id',
    needsLayout: true,
    expected: store(null),
    html: shell(h1('Anadolu Halı') + section('Genel Bilgi', row('Mağaza Adı', 'Anadolu Halı')) + frame(frameGenel(S4), 'izleme', 'width:0;height:0;border:0')),
  },
  {
    name: 'r4 iframe: about:blank iframe whose document the panel writes by script (credentials table)',
    expected: app(C4, K4),
    html: shell(
      crumbs(['API Uygulamaları', 'ShopiVerse']) +
        h1('ShopiVerse') +
        '<iframe data-scripted title="Kimlik Bilgileri" style="width:100%;height:240px;border:0"></iframe>',
    ),
    setup: scriptedFrame((doc) => {
      const table = el(doc, 'table');
      for (const [k, v] of [
        ['Müşteri Kimlik Numarası', C4],
        ['Gizli Anahtar', K4],
      ]) {
        const tr = el(doc, 'tr');
        tr.append(el(doc, 'th', k), el(doc, 'td', v));
        table.append(tr);
      }
      doc.body.append(el(doc, 'h2', 'Kimlik Bilgileri'), table);
    }),
    debatable: 'as the srcdoc pages: the value lives in a frame document',
  },
  {
    name: 'r4 iframe: label in the parent card header, value alone inside an embedded srcdoc widget',
    expected: store(S4),
    html: storeDetail(dsCard('Kimlik No', frame(`<code style="font-size:14px">${S4}</code>`, 'Kimlik No', 'width:100%;height:40px;border:0'))),
    debatable: 'label and value are in two documents; the seller sees them as one card',
  },
];

// ───────── slots and templates ─────────
const slots: UnseenPage[] = [
  {
    name: 'r4 slot/template: <jm-card> with named slots "title" and "value" painted by its shadow root',
    expected: store(S4),
    html: storeDetail(
      `<jm-card><span slot="title">Mağaza Adı</span><span slot="value">Anadolu Halı</span></jm-card><jm-card><span slot="title">Kimlik No</span><code slot="value">${S4}</code></jm-card>`,
    ),
    setup: shadowFrom('jm-card', '<div class="card"><header><slot name="title"></slot></header><div class="body"><slot name="value"></slot></div></div>'),
  },
  {
    name: 'r4 slot/template: value sent to a slot name the shadow root does not have (never painted), label painted',
    needsLayout: true,
    expected: store(null),
    html: storeDetail(`<jm-card><span slot="title">Kimlik No</span><code slot="content">${S4}</code></jm-card>`),
    setup: shadowFrom('jm-card', '<div class="card"><header><slot name="title"></slot></header><div class="body"><slot name="value">—</slot></div></div>'),
  },
  {
    name: 'r4 slot/template: slot fallback holds another id, replaced by the slotted value of this store',
    needsLayout: true,
    expected: store(S4),
    html: storeDetail(`<jm-card><span slot="title">Kimlik No</span><code slot="value">${S4}</code></jm-card>`),
    setup: shadowFrom('jm-card', `<div class="card"><header><slot name="title"></slot></header><div class="body"><slot name="value">${S5}</slot></div></div>`),
  },
  {
    name: 'r4 slot/template: label painted by the shadow root, value in the default slot, nested inside a second shadow host',
    expected: app(C4, K4),
    html: appDetail(`<jm-section><jm-cred label="Müşteri Kimlik Numarası">${C4}</jm-cred><jm-cred label="Gizli Anahtar">${K4}</jm-cred></jm-section>`),
    setup: (body) => {
      shadowFrom('jm-section', '<section><h2>Kimlik Bilgileri</h2><slot></slot></section>')(body);
      for (const host of body.querySelectorAll('jm-cred')) {
        const root = host.attachShadow({ mode: 'open' });
        const label = document.createElement('div');
        label.className = 'label';
        label.textContent = host.getAttribute('label') ?? '';
        const value = document.createElement('code');
        value.append(document.createElement('slot'));
        root.append(label, value);
      }
    },
  },
  {
    name: 'r4 slot/template: a closed shadow root paints the store fields (label and value inside it)',
    expected: store(S4),
    html: storeDetail('<jm-store-info></jm-store-info>'),
    setup: shadowFrom(
      'jm-store-info',
      `<h2>Genel Bilgi</h2><div><span>Mağaza Adı</span> <span>Anadolu Halı</span></div><div><span>Kimlik No</span> <code>${S4}</code></div>`,
      'closed',
    ),
    debatable: 'the seller sees it; a page script cannot enter a closed root (an extension can, with its own API)',
  },
  {
    name: 'r4 slot/template: a row stamped from a <template> whose inert content keeps a zero placeholder',
    expected: store(S4),
    html: storeDetail(
      `<template id="tpl-row"><div class="ds-row"><div class="ds-row__label" data-field="label"></div><div class="ds-row__value font-mono" data-field="value">${ZERO24}</div></div></template>${section(
        'Genel Bilgi',
        `<div data-stamp-from="tpl-row" data-label="Mağaza Adı" data-value="Anadolu Halı"></div><div data-stamp-from="tpl-row" data-label="Kimlik No" data-value="${S4}"></div>`,
      )}`,
    ),
    setup: stampTemplates,
  },
  {
    name: "r4 slot/template: an un-stamped <template> holds another store's Genel Bilgi, the page shows none",
    expected: store(null),
    html: shell(`${h1('Anadolu Halı') + section('Genel Bilgi', row('Mağaza Adı', 'Anadolu Halı'))}<template id="cached-store">${genel(S5)}</template>`),
  },
  {
    name: 'r4 slot/template: credentials stamped from templates, an un-stamped sandbox template holds others',
    expected: app(C4, K4),
    html: appDetail(
      `<template id="tpl-cred"><div class="ds-row"><span data-field="label"></span> <code data-field="value"></code></div></template><template id="tpl-sandbox">${credentials(C5, K5)}</template>${section(
        'Kimlik Bilgileri',
        `<div data-stamp-from="tpl-cred" data-label="Müşteri Kimlik Numarası" data-value="${C4}"></div><div data-stamp-from="tpl-cred" data-label="Gizli Anahtar" data-value="${K4}"></div>`,
      )}`,
    ),
    setup: stampTemplates,
  },
];

// ───────── mixed-direction text ─────────
const LRM = '\u200E';
const RLM = '\u200F';
const bidi: UnseenPage[] = [
  {
    name: 'r4 bidi: the Genel Bilgi section inside a dir="rtl" wrapper (a mis-set locale), Turkish labels',
    expected: store(S4),
    html: storeDetail(`<div dir="rtl">${genel(S4)}</div>`),
  },
  {
    name: 'r4 bidi: value wrapped in <bdi>',
    expected: store(S4),
    html: storeDetail(section('Genel Bilgi', row('Kimlik No', `<bdi>${S4}</bdi>`))),
  },
  {
    name: 'r4 bidi: value wrapped in LRM marks, label followed by an RLM',
    expected: store(S4),
    html: storeDetail(section('Genel Bilgi', row(`Kimlik No${RLM}`, `${LRM}${S4}${LRM}`))),
  },
  {
    name: 'r4 bidi: credentials wrapped in LRI…PDI isolates and LRE…PDF embeddings',
    expected: app(C4, K4),
    html: appDetail(credentials(`\u2066${C4}\u2069`, `\u202A${K4}\u202C`)),
  },
  {
    name: 'r4 bidi: inline "Kimlik No: ‎<id>‎" with the value in a span dir="ltr" inside an RTL paragraph',
    expected: store(S4),
    html: storeDetail(section('Genel Bilgi', `<p dir="rtl">Kimlik No: <span dir="ltr">${S4}</span></p>`)),
  },
  {
    name: 'r4 bidi: Arabic panel (dir="rtl"), label "معرّف المتجر", value in a <bdi>',
    expected: store(S4),
    html: `<div dir="rtl" lang="ar">${shell(h1('أناضول هالي') + section('المعلومات العامة', row('اسم المتجر', 'Anadolu Halı') + row('معرّف المتجر', `<bdi>${S4}</bdi>`), 'tr'))}</div>`,
    debatable: "label language: Arabic is not among PANELS.md's languages; the reader cannot be expected to know it",
  },
  {
    name: 'r4 bidi: value inside <bdo dir="rtl"> (painted reversed), Turkish label',
    expected: store(S4),
    html: storeDetail(section('Genel Bilgi', row('Kimlik No', `<bdo dir="rtl">${S4}</bdo>`))),
    debatable: 'the seller sees the characters reversed; copying yields the DOM order, which is the id',
  },
  {
    name: 'r4 bidi: RTL row layout (label on the right), app credentials with LTR values',
    expected: app(C4, K4),
    html: appDetail(
      `<div dir="rtl" class="ds-rtl">${section('Kimlik Bilgileri', row('Müşteri Kimlik Numarası', `<span dir="ltr">${C4}</span>`) + row('Gizli Anahtar', `<span dir="ltr">${K4}</span>`))}</div>`,
    ),
  },
];

// ───────── the same panel in English and in Russian ─────────
const languages: UnseenPage[] = [
  {
    name: 'r4 en: store page, "General information" card, "Store ID" in a read-only input with a copy addon',
    expected: store(S4),
    html: storeDetail(
      section(
        'General information',
        `<label class="ds-label">Store name</label>${roInput('Anadolu Halı')}<label class="ds-label">Store ID</label>${roInput(S4)}`,
        'en',
      ),
      'en',
    ),
  },
  {
    name: 'r4 en: store page, bare "ID" row under "General information"',
    expected: store(S4),
    html: storeDetail(section('General information', row('Name', 'Anadolu Halı') + row('ID', mono(S4)) + row('Country', 'Turkey'), 'en'), 'en'),
  },
  {
    name: 'r4 en: store page, card header "Store ID" with a tooltip trigger and a "Read-only" badge',
    expected: store(S4),
    html: storeDetail(dsCard('Store ID', roInput(S4), badge('Read-only') + tip("Your store's unique identifier")), 'en'),
  },
  {
    name: 'r4 en: application page "Credentials", "Client ID" and "Secret key" in read-only inputs',
    expected: app(C4, K4),
    html: appDetail(
      section('Credentials', `<label class="ds-label">Client ID</label>${roInput(C4)}<label class="ds-label">Secret key</label>${roInput(K4)}`, 'en'),
      'en',
    ),
  },
  {
    name: 'r4 en: application page, "Client secret" masked with a "Show" button',
    expected: app(C4, null),
    html: appDetail(section('Credentials', row('Client ID', mono(C4)) + row('Client secret', `${DOTS} <button>Show</button>`), 'en'), 'en'),
  },
  {
    name: 'r4 en: application page, "Application secret" and "Application ID" (16 hex)',
    expected: app(C4, K4),
    html: appDetail(section('Credentials', row('Application ID', mono(C4)) + row('Application secret', mono(K4)), 'en'), 'en'),
    debatable: 'label wording: "Application ID/secret" is a guess beyond PANELS.md\'s candidates',
  },
  {
    name: 'r4 en: application page with "Store ID" of its store, "Client ID" and "Client secret"',
    expected: app(C4, K4, S4),
    html: appDetail(
      section(
        'Details',
        row('Title', 'ShopiVerse') +
          row('Store', 'Anadolu Halı') +
          row('Store ID', mono(S4)) +
          row('Client ID', mono(C4)) +
          row('Client secret', mono(K4)) +
          row('Redirect URL', REDIRECT),
        'en',
      ),
      'en',
    ),
  },
  {
    name: 'r4 en: webhook page, "Signing secret" and "Webhook ID", no app credentials',
    expected: none,
    html: shell(
      h1('Webhooks') +
        section('Endpoint', row('Webhook ID', mono(S6)) + row('URL', 'https://app.shopiverse.tech/hooks/joom') + row('Signing secret', mono(WHK)), 'en'),
      'en',
    ),
  },
  {
    name: 'r4 ru: store page "Основная информация", "ID магазина" in a read-only input',
    expected: store(S4),
    html: storeDetail(
      section(
        'Основная информация',
        `<label class="ds-label">Название магазина</label>${roInput('Anadolu Halı')}<label class="ds-label">ID магазина</label>${roInput(S4)}`,
        'ru',
      ),
      'ru',
    ),
  },
  {
    name: 'r4 ru: store page "Общая информация", "Идентификатор магазина"',
    expected: store(S4),
    html: storeDetail(
      section('Общая информация', row('Название', 'Anadolu Halı') + row('Идентификатор магазина', mono(S4)) + row('Страна', 'Турция'), 'ru'),
      'ru',
    ),
    debatable: 'label wording: "Идентификатор магазина" is a guess at the Russian panel',
  },
  {
    name: 'r4 ru: store page, card header "ID магазина" with an icon and a "Только чтение" badge',
    expected: store(S4),
    html: storeDetail(dsCard('ID магазина', roInput(S4), badge('Только чтение')), 'ru'),
  },
  {
    name: 'r4 ru: application page "Учетные данные", "ID клиента" and "Секретный ключ" in read-only inputs',
    expected: app(C4, K4),
    html: appDetail(
      section('Учетные данные', `<label class="ds-label">ID клиента</label>${roInput(C4)}<label class="ds-label">Секретный ключ</label>${roInput(K4)}`, 'ru'),
      'ru',
    ),
  },
  {
    name: 'r4 ru: application page, "Идентификатор клиента" and "Секрет клиента"',
    expected: app(C4, K4),
    html: appDetail(section('Учетные данные', row('Идентификатор клиента', mono(C4)) + row('Секрет клиента', mono(K4)), 'ru'), 'ru'),
    debatable: 'label wording: both Russian labels are guesses',
  },
  {
    name: 'r4 ru: application page, "Секретный ключ" masked with "Показать"',
    expected: app(C4, null),
    html: appDetail(section('Учетные данные', row('Client ID', mono(C4)) + row('Секретный ключ', `${DOTS} <button>Показать</button>`), 'ru'), 'ru'),
  },
  {
    name: 'r4 ru: application page with "ID магазина" of its store beside the credentials',
    expected: app(C4, K4, S4),
    html: appDetail(
      section('Приложение', row('Название', 'ShopiVerse') + row('ID магазина', mono(S4)) + row('ID клиента', mono(C4)) + row('Секретный ключ', mono(K4)), 'ru'),
      'ru',
    ),
  },
  {
    name: 'r4 ru: order page, "ID заказа" and "ID товара" under "Основная информация", no store id',
    expected: none,
    html: shell(
      h1('Заказ') + section('Основная информация', row('ID заказа', mono(ORD)) + row('ID товара', mono(SKU)) + row('Статус', 'Отправлен'), 'ru'),
      'ru',
    ),
  },
  {
    name: 'r4 zh: Chinese panel, "店铺 ID" and "客户端 ID" / "密钥"',
    expected: app(C4, K4, S4),
    html: shell(
      `${h1('ShopiVerse')}<section lang="zh"><h2>基本信息</h2>${row('店铺 ID', mono(S4))}${row('客户端 ID', mono(C4))}${row('密钥', mono(K4))}</section>`,
      'en',
    ),
    debatable: 'label language: Chinese is named "likely" in PANELS.md but no wording is known; "店铺 ID"/"客户端 ID" carry the Latin "ID"',
  },
];

// ───────── decoys of the same shapes ─────────
const decoys: UnseenPage[] = [
  {
    name: "r4 decoy: store switcher shows another store's name and shortened id; the page is that switcher's products page",
    expected: none,
    html: shell(`${h1('Ürünler')}<p>1.204 ürün</p>`, 'tr', `Ege Tekstil <span class="font-mono text-xs">${short(S5)}</span>`),
  },
  {
    name: 'r4 decoy: store switcher popover open listing three stores with full "Kimlik No"s, over this store\'s Genel Bilgi',
    expected: store(S4),
    html:
      storeDetail(genel(S4)) +
      `<div role="listbox" aria-label="Mağaza seç" class="ds-popover" style="position:absolute;top:56px;left:260px;background:#fff">${[
        ['Anadolu Halı', S4],
        ['Ege Tekstil', S5],
        ['Marmara Ev', S6],
      ]
        .map(([n, id], i) => `<div role="option" aria-selected="${i === 0}"><b>${n}</b><small>Kimlik No: ${id}</small></div>`)
        .join('')}</div>`,
  },
  {
    name: 'r4 decoy: order detail as design-system cards, header "Sipariş Kimlik No", read-only input',
    expected: none,
    html: shell(crumbs(['Siparişler', ORD]) + h1('Sipariş') + dsCard('Sipariş Kimlik No', roInput(ORD)) + dsCard('Ürün', roInput('Yün Halı 160×230'))),
  },
  {
    name: 'r4 decoy: order detail with bare "Kimlik No" under "Sipariş Bilgileri"',
    expected: none,
    html: shell(
      crumbs(['Siparişler', 'Sipariş']) +
        h1('Sipariş #10452') +
        section('Sipariş Bilgileri', row('Kimlik No', mono(ORD)) + row('Durum', 'Kargoda') + row('Tutar', '1.250 ₺')),
    ),
    debatable: 'the plain "Kimlik No" is the order\'s; only the section and page say so',
  },
  {
    name: 'r4 decoy: store page with a recent-orders card listing 24-hex order ids',
    expected: store(S4),
    html: storeDetail(
      genel(S4) +
        section(
          'Son Siparişler',
          `<table><thead><tr><th>Sipariş Kimlik No</th><th>Tutar</th></tr></thead><tbody><tr><td>${mono(ORD)}</td><td>1.250 ₺</td></tr></tbody></table>`,
        ),
    ),
  },
  {
    name: 'r4 decoy: app page with a webhook card "Webhook Gizli Anahtarı" (read-only input) beside the credential cards',
    expected: app(C4, K4),
    html: appDetail(
      dsCard('Müşteri Kimlik Numarası', roInput(C4)) +
        dsCard('Gizli Anahtar', roInput(K4)) +
        dsCard('Webhook Gizli Anahtarı', roInput(WHK), tip('İmzaları doğrulamak için')),
    ),
  },
  {
    name: 'r4 decoy: app page with the secret masked and a webhook card whose header reads "Gizli Anahtar"',
    expected: app(C4, null),
    html: appDetail(
      dsCard('Müşteri Kimlik Numarası', roInput(C4)) +
        dsCard('Gizli Anahtar', `${DOTS}<button>Göster</button>`) +
        section('Webhook', dsCard('URL', roInput('https://app.shopiverse.tech/hooks/joom')) + dsCard('Gizli Anahtar', roInput(WHK))),
    ),
  },
  {
    name: 'r4 decoy: product page with a 24-hex "SKU" card and "Ürün Kimlik No", no store',
    expected: none,
    html: shell(crumbs(['Ürünler', 'Yün Halı']) + h1('Yün Halı 160×230') + dsCard('SKU', roInput(SKU)) + dsCard('Ürün Kimlik No', roInput(S6))),
  },
  {
    name: 'r4 decoy: store page with a product table whose "Stok Kodu (SKU)" column is 24 hex',
    expected: store(S4),
    html: storeDetail(
      genel(S4) +
        section(
          'Ürünler',
          `<table><thead><tr><th>Ürün</th><th>Stok Kodu (SKU)</th></tr></thead><tbody><tr><td>Yün Halı</td><td>${mono(SKU)}</td></tr></tbody></table>`,
        ),
    ),
  },
  {
    name: 'r4 decoy: "Kullanıcı Kimlik No" and "Satıcı Kimlik No" cards on the account page, no store id',
    expected: none,
    html: shell(
      h1('Hesap') + dsCard('Kullanıcı Kimlik No', roInput(USR)) + dsCard('Satıcı Kimlik No', roInput(S6)) + dsCard('E-posta', roInput('ayse@example.com')),
    ),
  },
  {
    name: 'r4 decoy: app page with a "Bağlı uygulamalar" list showing other apps\' client ids',
    expected: app(C4, K4),
    html: appDetail(credentials(C4, K4) + section('Diğer Uygulamalar', `<ul><li>Muhasebe — Müşteri Kimlik Numarası: ${C5}</li></ul>`)),
    debatable: 'a strong label beside another app\'s value, under a section that says "other applications"',
  },
  {
    name: 'r4 decoy: app page, the old (revoked) secret in a read-only input under "Önceki Gizli Anahtar"',
    expected: app(C4, K4),
    html: appDetail(
      dsCard('Müşteri Kimlik Numarası', roInput(C4)) +
        dsCard('Gizli Anahtar', roInput(K4), badge('Aktif', 'success')) +
        dsCard('Önceki Gizli Anahtar', roInput(K5, 'disabled'), badge('İptal edildi', 'danger')),
    ),
  },
  {
    name: 'r4 decoy: authorization code (32 hex) and state on the callback-result page',
    expected: none,
    html: shell(h1('Yetkilendirme tamamlandı') + section('Sonuç', row('Yetki Kodu', mono(WHK)) + row('Durum', 'Başarılı') + row('Yönlendirme', REDIRECT))),
  },
  {
    name: 'r4 decoy: command palette open with search results "Kimlik No: …" of three stores, over the dashboard',
    expected: none,
    html:
      shell(`${h1('Gösterge Paneli')}<p>Bugün 12 sipariş</p>`) +
      `<div role="dialog" aria-label="Komut paleti" class="ds-cmdk" style="position:fixed;top:80px;left:30%;width:40%;background:#fff"><input aria-label="Ara" value="mağaza"><ul role="listbox">${[
        ['Anadolu Halı', S4],
        ['Ege Tekstil', S5],
        ['Marmara Ev', S6],
      ]
        .map(([n, id]) => `<li role="option">${n} · Kimlik No: ${id}</li>`)
        .join('')}</ul></div>`,
    debatable: 'search results list several stores; a seller would open the store rather than copy from the palette',
  },
];

// ───────── hiding techniques ─────────
const HIDINGS: [string, (inner: string) => string][] = [
  ['opacity 0.01', (i) => `<div style="opacity:0.01">${i}</div>`],
  ['clip-path inset(50%)', (i) => `<div style="clip-path:inset(50%)">${i}</div>`],
  ['white on white', (i) => `<div style="background:#fff;color:#fff">${i}</div>`],
  [
    'covered by an overlay',
    (i) => `<div style="position:relative"><div>${i}</div><div style="position:absolute;inset:0;background:#fff;z-index:2"></div></div>`,
  ],
  ['off-screen (fixed, left -5000px)', (i) => `<div style="position:fixed;left:-5000px;top:0;width:600px">${i}</div>`],
  ['off-screen (transform -300vw)', (i) => `<div style="transform:translateX(-300vw)">${i}</div>`],
  ['font-size 0', (i) => `<div style="font-size:0">${i}</div>`],
  ['scale(0)', (i) => `<div style="transform:scale(0)">${i}</div>`],
  ['text-indent -9999px in a clipping box', (i) => `<div style="text-indent:-9999px;overflow:hidden;white-space:nowrap">${i}</div>`],
  ['filter opacity(0)', (i) => `<div style="filter:opacity(0)">${i}</div>`],
  [
    'stylesheet class, transparent text via a CSS variable',
    (i) => `<style>.x-ghost{--ink:transparent;color:var(--ink)}</style><div class="x-ghost">${i}</div>`,
  ],
];

const hiddenPages: UnseenPage[] = HIDINGS.flatMap(([how, wrap]): UnseenPage[] => [
  {
    name: `r4 hidden (${how}): another store's Genel Bilgi hidden, this store's visible`,
    needsLayout: true,
    expected: store(S4),
    html: storeDetail(genel(S4) + wrap(section('Genel Bilgi', row('Kimlik No', mono(S5))))),
  },
  {
    name: `r4 hidden (${how}): the only Kimlik No and credentials hidden`,
    needsLayout: true,
    expected: none,
    html: storeDetail(
      section('Genel Bilgi', row('Mağaza Adı', 'Anadolu Halı')) + wrap(section('Geliştirici', row('Kimlik No', mono(S4)) + credentials(C4, K4))),
    ),
  },
]);

const hiddenMore: UnseenPage[] = [
  {
    name: 'r4 hidden (white on white): only the secret value painted white in a white card, its label visible',
    needsLayout: true,
    expected: app(C4, null),
    html: appDetail(section('Kimlik Bilgileri', row('Müşteri Kimlik Numarası', mono(C4)) + row('Gizli Anahtar', `<span style="color:#ffffff">${K4}</span>`))),
  },
  {
    name: 'r4 hidden (overlay): a "Göster" veil covers the revealed secret (blurred backdrop over the value)',
    needsLayout: true,
    expected: app(C4, null),
    html: appDetail(
      section(
        'Kimlik Bilgileri',
        row('Müşteri Kimlik Numarası', mono(C4)) +
          row(
            'Gizli Anahtar',
            `<div style="position:relative;display:inline-block"><span class="font-mono">${K4}</span><div style="position:absolute;inset:-4px;background:#f3f4f6;display:flex;align-items:center;justify-content:center"><button>Göster</button></div></div>`,
          ),
      ),
    ),
  },
  {
    name: 'r4 hidden (opacity 0.01): read-only input holding the only store id, its card header visible',
    needsLayout: true,
    expected: store(null),
    html: storeDetail(dsCard('Kimlik No', `<div style="opacity:0.01">${roInput(S4)}</div>`)),
  },
];

// ───────── shortened values with copy attributes ─────────
const shortened: UnseenPage[] = [
  {
    name: 'r4 short: "6720b3…8c21" with a copy button carrying the full id in data-copy-text',
    expected: store(S4),
    html: storeDetail(
      section('Genel Bilgi', row('Kimlik No', `${mono(short(S4))}<button type="button" aria-label="Kopyala" data-copy-text="${S4}">${icon('copy')}</button>`)),
    ),
  },
  {
    name: 'r4 short: shortened id in a chip whose own data-value holds the full id',
    expected: store(S4),
    html: storeDetail(section('Genel Bilgi', row('Kimlik No', `<span class="ds-chip" role="button" tabindex="0" data-value="${S4}">${short(S4)}</span>`))),
  },
  {
    name: "r4 short: middle-ellipsis made of two spans, full id in the copy button's data-clipboard",
    expected: store(S4),
    html: storeDetail(
      section(
        'Genel Bilgi',
        row(
          'Kimlik No',
          `<span class="truncate-start">${S4.slice(0, 8)}</span>…<span class="truncate-end">${S4.slice(-6)}</span><button data-clipboard="${S4}" aria-label="Kopyala">${icon('copy')}</button>`,
        ),
      ),
    ),
  },
  {
    name: 'r4 short: shortened id whose copy button copies from a hidden input (data-clipboard-target)',
    expected: store(S4),
    html: storeDetail(
      section(
        'Genel Bilgi',
        row(
          'Kimlik No',
          `${mono(short(S4))}<input type="hidden" id="sid-full" value="${S4}"><button data-clipboard-target="#sid-full" aria-label="Kopyala">${icon('copy')}</button>`,
        ),
      ),
    ),
    debatable: 'the full value is only in a hidden input the button points at',
  },
  {
    name: "r4 short: shortened client id with the full id in the cell's title, secret shortened with copy attribute",
    expected: app(C4, K4),
    html: appDetail(
      section(
        'Kimlik Bilgileri',
        row('Müşteri Kimlik Numarası', `<span title="${C4}">${C4.slice(0, 4)}…${C4.slice(-4)}</span>`) +
          row('Gizli Anahtar', `<span>${short(K4)}</span><button data-clipboard-text="${K4}">Kopyala</button>`),
      ),
    ),
    debatable: 'a shortened secret is not a masked one (the ends are real); round 1 took nothing from a masked secret with a copy button',
  },
  {
    name: "r4 short: shortened id whose copy attribute holds another store's id",
    expected: store(null),
    html: storeDetail(
      section('Genel Bilgi', row('Kimlik No', `${mono(short(S4))}<button data-copy-text="${S5}" aria-label="Kopyala">${icon('copy')}</button>`)),
    ),
  },
  {
    name: 'r4 short: shortened id in a read-only input (the input shows "6720b3…8c21"), copy addon carries the full id',
    expected: store(S4),
    html: storeDetail(dsCard('Kimlik No', `<div class="ds-input-group"><input class="ds-input" readonly value="${short(S4)}">${copyAddon(S4)}</div>`)),
  },
  {
    name: 'r4 short: shortened ids of two stores in the switcher menu with copy attributes, no store page',
    expected: none,
    html:
      shell(h1('Siparişler')) +
      `<div role="menu" class="ds-menu">${[['Anadolu Halı', S4] as const, ['Ege Tekstil', S5] as const]
        .map(
          ([n, id]) =>
            `<div role="menuitem">${n} <span class="font-mono">${short(id)}</span><button data-clipboard-text="${id}" aria-label="Kimlik No kopyala">${icon('copy')}</button></div>`,
        )
        .join('')}</div>`,
  },
];

export const ROUND4_PAGES: UnseenPage[] = [
  ...designSystem,
  ...carriers,
  ...drawersAndSteppers,
  ...virtualized,
  ...frames,
  ...slots,
  ...bidi,
  ...languages,
  ...decoys,
  ...hiddenPages,
  ...hiddenMore,
  ...shortened,
];
