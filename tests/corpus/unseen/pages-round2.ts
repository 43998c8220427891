// Unseen pages, round 2: layouts and situations the first set (pages.ts) does not hold, written without looking at
// the reader. Same contract: per field a value, 'ambiguous' (two candidates a human could not tell apart) or null.
// Where an answer depends on real layout (happy-dom lays nothing out) or on a judgement call, `debatable` says so.

import { type Answer, C, C2, H, K, K2, M, P1, P2, R, S, S2, T, type UnseenPage, W } from './pages';

export const S3 = '6502f1e3d4c5b6a798877665'; // a third store of the seller
export const C3 = '0a1b2c3d4e5f6789'; // a third application's Client ID
export const K3 = 'c0ffee00deadbeef0123456789abcdef'; // a webhook signing secret / an authorization code
export const X = '9f8e7d6c5b4a39281706f5e4'; // a support / request id of the store ID's shape

const REDIRECT = 'https://app.shopiverse.tech/tr/settings/store/joomcallbackcode';
const store = (storeId: Answer) => ({ storeId, clientId: null, secret: null });
const app = (clientId: Answer, secret: Answer, storeId: Answer = null) => ({ storeId, clientId, secret });
const none = { storeId: null, clientId: null, secret: null };

// A Vue / Element-Plus style shell (round 1 used a plain header).
const shell = (main: string, active = 'Mağazalar') =>
  `<div id="app" class="layout"><aside class="el-aside sidebar"><ul class="el-menu" role="menubar">${['Panel', 'Ürünler', 'Siparişler', 'Mağazalar']
    .map((item) => `<li class="el-menu-item${item === active ? ' is-active' : ''}" role="menuitem">${item}</li>`)
    .join(
      '',
    )}</ul></aside><section class="el-container is-vertical"><header class="el-header"><div class="el-dropdown user-menu"><span class="el-dropdown-link">Ayşe Yılmaz <i class="el-icon el-icon--right">▾</i></span></div></header><main class="el-main">${main}</main></section></div>`;
const card = (title: string, body: string) =>
  `<div class="el-card is-always-shadow"><div class="el-card__header"><span class="card-title">${title}</span></div><div class="el-card__body">${body}</div></div>`;
const storePage = (body: string, title = 'Genel Bilgi') => shell(`<h1 class="page-title">Anadolu Halı</h1>${card(title, body)}`);
const appPage = (body: string) =>
  shell(
    `<nav class="el-breadcrumb" aria-label="Breadcrumb"><span class="el-breadcrumb__item"><a href="/panel/api-apps">API Uygulamaları</a><span class="el-breadcrumb__separator">/</span></span><span class="el-breadcrumb__item" aria-current="page">ShopiVerse</span></nav><h1 class="page-title">ShopiVerse</h1>${body}`,
    'API Uygulamaları',
  );
const infoRow = (label: string, value: string) =>
  `<div class="info-row"><div class="info-row__label">${label}</div><div class="info-row__value">${value}</div></div>`;
const rowTable = (rows: [string, string][]) =>
  `<table class="kv-table"><tbody>${rows.map(([k, v]) => `<tr><th scope="row">${k}</th><td>${v}</td></tr>`).join('')}</tbody></table>`;
const copyBtn = (value: string, label = 'Kopyala') =>
  `<button type="button" class="el-button is-text copy-btn" aria-label="${label}" data-clipboard-text="${value}"><i class="el-icon"><svg viewBox="0 0 1024 1024"><path d="M768 832a128 128 0 0 1-128 128H192"></path></svg></i></button>`;
const readonlyInput = (id: string, value: string, label: string) =>
  `<div class="el-form-item"><label class="el-form-item__label" for="${id}">${label}</label><div class="el-form-item__content"><div class="el-input is-disabled"><div class="el-input__wrapper"><input class="el-input__inner" id="${id}" type="text" readonly value="${value}"></div></div>${copyBtn(value)}</div></div>`;
const credentials = (clientId: string, secret: string) =>
  card('Kimlik Bilgileri', infoRow('Müşteri Kimlik Numarası', clientId) + infoRow('Gizli Anahtar', secret));
const groups = (value: string, size: number, tag = 'span') =>
  (value.match(new RegExp(`.{${size}}`, 'g')) ?? []).map((part) => `<${tag} class="group">${part}</${tag}>`).join('');

/** A custom element whose shadow root shows dots and has no slot: its light-DOM secret is never painted. */
function unslottedSecret(body: HTMLElement): void {
  const host = body.querySelector('joom-secret-field');
  if (!host) return;
  const root = host.attachShadow({ mode: 'open' });
  const dots = document.createElement('span');
  dots.className = 'dots';
  dots.textContent = '••••••••••••••••';
  const button = document.createElement('button');
  button.textContent = 'Göster';
  root.append(dots, button);
}

/** A custom element whose shadow root slots its light-DOM children between a label and a copy button. */
function slottedSecret(body: HTMLElement): void {
  const host = body.querySelector('joom-copy-field');
  if (!host) return;
  const root = host.attachShadow({ mode: 'open' });
  const label = document.createElement('span');
  label.className = 'label';
  label.textContent = 'Gizli Anahtar';
  const value = document.createElement('code');
  value.append(document.createElement('slot'));
  const button = document.createElement('button');
  button.setAttribute('aria-label', 'Kopyala');
  root.append(label, value, button);
}

const storeLayouts: UnseenPage[] = [
  {
    name: 'r2 store: th scope=row table, value cell holds a readonly input and a copy icon',
    expected: store(S),
    html: storePage(
      rowTable([
        ['Mağaza Adı', 'Anadolu Halı'],
        ['Kimlik No', `<div class="el-input is-disabled"><input class="el-input__inner" readonly value="${S}"></div>${copyBtn(S)}`],
        ['Ülke', 'Türkiye'],
      ]),
    ),
  },
  {
    name: 'r2 store: Ant table with sorter markup in column headers, one row (this store) on its detail page',
    expected: store(S),
    html: storePage(
      `<div class="ant-table-wrapper"><div class="ant-table"><div class="ant-table-container"><table style="table-layout:auto"><thead class="ant-table-thead"><tr><th class="ant-table-cell ant-table-column-has-sorters"><div class="ant-table-column-sorters"><span class="ant-table-column-title">Mağaza Adı</span><span class="ant-table-column-sorter"><span class="ant-table-column-sorter-inner"><span role="img" aria-label="caret-up" class="anticon"></span></span></span></div></th><th class="ant-table-cell ant-table-column-has-sorters"><div class="ant-table-column-sorters"><span class="ant-table-column-title">Kimlik No</span><span class="ant-table-column-sorter"></span></div></th><th class="ant-table-cell">Durum</th></tr></thead><tbody class="ant-table-tbody"><tr class="ant-table-row ant-table-row-level-0" data-row-key="${S}"><td class="ant-table-cell">Anadolu Halı</td><td class="ant-table-cell"><span class="ant-typography">${S}</span></td><td class="ant-table-cell"><span class="ant-tag ant-tag-green">Aktif</span></td></tr></tbody></table></div></div></div>`,
    ),
  },
  {
    name: 'r2 store: column-header table of all stores on a store page, this store\'s row badged "Bu mağaza"',
    expected: store(S),
    html: shell(
      `<h1 class="page-title">Anadolu Halı</h1>${card(
        'Mağazalarım',
        `<table class="el-table__body"><thead><tr><th>Mağaza</th><th>Kimlik No</th><th>Durum</th></tr></thead><tbody><tr class="el-table__row current-row"><td>Anadolu Halı <span class="el-tag el-tag--success">Bu mağaza</span></td><td>${S}</td><td>Aktif</td></tr><tr class="el-table__row"><td>Ege Tekstil</td><td>${S2}</td><td>Aktif</td></tr></tbody></table>`,
      )}`,
    ),
    debatable: 'a human matches the row by the badge and the page title; "ambiguous" (two rows under the same column) is also defensible',
  },
  {
    name: 'r2 store: values linked to labels in a separate column by aria-labelledby',
    expected: store(S),
    html: storePage(
      `<div class="split" style="display:flex;gap:24px"><div class="split__labels"><div id="lbl-name">Mağaza Adı</div><div id="lbl-country">Ülke</div><div id="lbl-id">Kimlik No</div></div><div class="split__values"><div aria-labelledby="lbl-name">Anadolu Halı</div><div aria-labelledby="lbl-country">Türkiye</div><div aria-labelledby="lbl-id">${S}</div></div></div>`,
    ),
    debatable: 'the visual rows line up by layout only; the aria links make the pairing exact',
  },
  {
    name: 'r2 store: read-only role=textbox with aria-labelledby and an aria-describedby hint quoting an example id',
    expected: store(S),
    html: storePage(
      `<div class="field"><span id="sid-label" class="field__label">Kimlik No</span><div role="textbox" aria-readonly="true" aria-labelledby="sid-label" aria-describedby="sid-hint" class="field__box" tabindex="0">${S}</div><p id="sid-hint" class="field__hint">24 karakterden oluşur, örneğin ${S2}.</p></div>`,
    ),
  },
  {
    name: 'r2 store: MUI DataGrid (role=grid) on the stores list with a single store row',
    expected: store(S),
    html: shell(
      `<h1 class="page-title">Mağazalar</h1><button class="el-button el-button--primary">Yeni Mağaza Aç</button><div class="MuiDataGrid-root" role="grid" aria-colcount="3" aria-rowcount="2"><div class="MuiDataGrid-columnHeaders" role="rowgroup"><div role="row" aria-rowindex="1" class="MuiDataGrid-row--header"><div role="columnheader" aria-colindex="1" class="MuiDataGrid-columnHeader"><div class="MuiDataGrid-columnHeaderTitle">Mağaza</div></div><div role="columnheader" aria-colindex="2" class="MuiDataGrid-columnHeader"><div class="MuiDataGrid-columnHeaderTitle">Kimlik No</div></div><div role="columnheader" aria-colindex="3" class="MuiDataGrid-columnHeader"><div class="MuiDataGrid-columnHeaderTitle">Durum</div></div></div></div><div class="MuiDataGrid-virtualScroller" role="rowgroup"><div role="row" aria-rowindex="2" data-id="${S}" class="MuiDataGrid-row"><div role="gridcell" aria-colindex="1" class="MuiDataGrid-cell">Anadolu Halı</div><div role="gridcell" aria-colindex="2" class="MuiDataGrid-cell">${S}</div><div role="gridcell" aria-colindex="3" class="MuiDataGrid-cell">Aktif</div></div></div></div>`,
    ),
    debatable: 'the guide reads it on the detail page; with one store there is no doubt',
  },
  {
    name: 'r2 store: CSS grid of four columns (label value label value), Turkish',
    expected: store(S),
    html: storePage(
      `<div class="info-grid" style="display:grid;grid-template-columns:140px 1fr 140px 1fr;gap:8px 16px"><div class="k">Mağaza Adı</div><div class="v">Anadolu Halı</div><div class="k">Ülke</div><div class="v">Türkiye</div><div class="k">Kimlik No</div><div class="v">${S}</div><div class="k">Oluşturulma</div><div class="v">12.03.2024</div></div>`,
    ),
  },
  {
    name: 'r2 store: <output> named by <label for>',
    expected: store(S),
    html: storePage(`<div class="form-row"><label for="sid-out">Kimlik No</label><output id="sid-out" class="mono">${S}</output></div>`),
  },
  {
    name: 'r2 store: fieldset whose legend is the label, readonly input inside',
    expected: store(S),
    html: storePage(
      `<fieldset class="readonly-field"><legend>Kimlik No</legend><input type="text" readonly value="${S}" class="mono"><button type="button" aria-label="Kopyala">⧉</button></fieldset>`,
    ),
  },
  {
    name: 'r2 store: value in <samp> with a visible "Kopyalandı" tooltip after a copy',
    expected: store(S),
    html: storePage(
      `${infoRow('Kimlik No', `<samp>${S}</samp>${copyBtn(S)}`)}<div class="el-popper is-dark" role="tooltip" style="position:absolute;top:120px;left:420px">Kopyalandı!</div>`,
    ),
  },
  {
    name: 'r2 store: Ant Typography copyable (copy icon button inside the value span)',
    expected: store(S),
    html: storePage(
      `<div class="ant-row"><div class="ant-col ant-col-6"><span class="ant-typography ant-typography-secondary">Kimlik No</span></div><div class="ant-col ant-col-18"><span class="ant-typography"><code>${S}</code><div role="button" tabindex="0" class="ant-typography-copy" aria-label="Copy"><span role="img" aria-label="copy" class="anticon anticon-copy"><svg viewBox="64 64 896 896"></svg></span></div></span></div></div>`,
    ),
  },
  {
    name: 'r2 store: label wrapped in <abbr title>',
    expected: store(S),
    html: storePage(infoRow('<abbr title="Kimlik Numarası">Kimlik No</abbr>', S)),
  },
  {
    name: 'r2 store: uppercase KİMLİK NO with asterisk, (?) and colon each in its own span',
    expected: store(S),
    html: storePage(
      `<div class="info-row"><div class="info-row__label"><span class="txt">KİMLİK NO</span><span class="req" aria-hidden="true">*</span> <span class="help" tabindex="0" aria-label="Yardım">(?)</span><span class="colon">:</span></div><div class="info-row__value">${S}</div></div>`,
    ),
  },
  {
    name: 'r2 store: English label "Store ID" inside the Turkish section "Genel Bilgi"',
    expected: store(S),
    html: storePage(`${infoRow('Mağaza Adı', 'Anadolu Halı')}${infoRow('Store ID', S)}${infoRow('Ülke', 'Türkiye')}`),
    debatable: 'a half-translated panel; a human reads either language',
  },
  {
    name: 'r2 store: Turkish "Kimlik No" inside an English page, section "General information"',
    expected: store(S),
    html: shell(
      `<h1 class="page-title">Anadolu Halı</h1>${card('General information', `${infoRow('Store name', 'Anadolu Halı')}${infoRow('Kimlik No', S)}${infoRow('Country', 'Turkey')}`)}`,
      'Stores',
    ),
  },
  {
    name: 'r2 store: lowercase English "store id" shown in caps by CSS only',
    expected: store(S),
    html: shell(
      `<h1 class="page-title">Anadolu Halı</h1>${card('General information', `<div class="info-row"><div class="info-row__label" style="text-transform:uppercase;letter-spacing:.08em">store id</div><div class="info-row__value">${S}</div></div>`)}`,
      'Stores',
    ),
  },
  {
    name: 'r2 store: value with newlines and indentation around it (pretty-printed template)',
    expected: store(S),
    html: storePage(
      `<div class="info-row">\n  <div class="info-row__label">\n    Kimlik No\n  </div>\n  <div class="info-row__value">\n\n      ${S}\n\n  </div>\n</div>`,
    ),
  },
  {
    name: 'r2 store: value in six monospace spans of four, gaps made by CSS margin only',
    expected: store(S),
    html: storePage(
      infoRow(
        'Kimlik No',
        `<span class="mono-groups" style="font-family:monospace">${groups(S, 4).replaceAll('class="group"', 'class="group" style="margin-right:4px"')}</span>`,
      ),
    ),
    debatable: 'a human copying gets the 24 characters without spaces; a reader may see six short texts',
  },
  {
    name: 'r2 store: value grouped with real spaces "64b7 f0c2 …"',
    expected: store(S),
    html: storePage(infoRow('Kimlik No', `<span class="mono">${S.match(/.{4}/g)?.join(' ')}</span>`)),
    debatable: 'the shown text has spaces; a careful human removes them, a strict reader may refuse the shape',
  },
  {
    name: 'r2 store: full-width colon "Kimlik No：" inline (CJK-style punctuation)',
    expected: store(S),
    html: storePage(`<p class="meta">Mağaza Adı：Anadolu Halı</p><p class="meta">Kimlik No：${S}</p>`),
  },
  {
    name: 'r2 store: label carries a BOM and bidi marks from the translation file',
    expected: store(S),
    html: storePage(infoRow('\uFEFF\u200EKimlik No\u200E', S)),
  },
  {
    name: 'r2 store: value broken with soft hyphens every 8 characters',
    expected: store(S),
    html: storePage(infoRow('Kimlik No', `<span class="mono">${S.match(/.{8}/g)?.join('&shy;')}</span>`)),
    debatable: 'soft hyphens are invisible unless the line breaks there',
  },
  {
    name: 'r2 store: bilingual label "Kimlik No" with an English subtitle "Store ID" in <small>',
    expected: store(S),
    html: storePage(
      `<dl class="bi"><dt>Kimlik No <small class="en">Store ID</small></dt><dd>${S}</dd><dt>Mağaza Adı <small class="en">Store name</small></dt><dd>Anadolu Halı</dd></dl>`,
    ),
  },
  {
    name: 'r2 store: dt followed by two dd (value, then a hint)',
    expected: store(S),
    html: storePage(
      `<dl><dt>Kimlik No</dt><dd><code>${S}</code></dd><dd class="hint">Bu değeri ShopiVerse'teki "Store Id" alanına yapıştırın.</dd><dt>Ülke</dt><dd>Türkiye</dd></dl>`,
    ),
  },
  {
    name: 'r2 store: id shown twice, as a header chip and under Genel Bilgi, same value',
    expected: store(S),
    html: shell(
      `<div class="page-header"><h1 class="page-title">Anadolu Halı</h1><span class="el-tag">ID: ${S}</span></div>${card('Genel Bilgi', infoRow('Kimlik No', S))}`,
    ),
  },
  {
    name: 'r2 store: "Ana Mağaza Kimlik No" (parent store) beside this store\'s "Kimlik No"',
    expected: store(S),
    html: storePage(`${infoRow('Kimlik No', S)}${infoRow('Ana Mağaza Kimlik No', S2)}${infoRow('Mağaza Tipi', 'Alt mağaza')}`),
  },
  {
    name: 'r2 store: store comparison page, two columns each with a "Kimlik No"',
    expected: store('ambiguous'),
    html: shell(
      `<h1 class="page-title">Mağaza Karşılaştırma</h1><table class="compare"><thead><tr><th></th><th>Anadolu Halı</th><th>Ege Tekstil</th></tr></thead><tbody><tr><th scope="row">Kimlik No</th><td>${S}</td><td>${S2}</td></tr><tr><th scope="row">Ürün</th><td>1.204</td><td>87</td></tr></tbody></table>`,
    ),
    debatable: 'two stores side by side; null (not a store page) is also defensible',
  },
  {
    name: 'r2 store: open <details> "Teknik Bilgiler" holding the id',
    expected: store(S),
    html: storePage(`${infoRow('Mağaza Adı', 'Anadolu Halı')}<details open><summary>Teknik Bilgiler</summary>${infoRow('Kimlik No', S)}</details>`),
  },
];

const switchersAndOverlays: UnseenPage[] = [
  {
    name: 'r2 overlay: store switcher open (role=listbox) listing three stores with IDs, store page shows its own',
    expected: store(S),
    html: `${storePage(`${infoRow('Mağaza Adı', 'Anadolu Halı')}${infoRow('Kimlik No', S)}`)}<div class="el-select-dropdown el-popper" role="listbox" style="position:absolute;top:56px;right:16px"><ul class="el-select-dropdown__list"><li role="option" aria-selected="true" class="el-select-dropdown__item selected"><b>Anadolu Halı</b><small>Kimlik No: ${S}</small></li><li role="option" aria-selected="false" class="el-select-dropdown__item"><b>Ege Tekstil</b><small>Kimlik No: ${S2}</small></li><li role="option" aria-selected="false" class="el-select-dropdown__item"><b>Marmara Ev</b><small>Kimlik No: ${S3}</small></li></ul></div>`,
  },
  {
    name: 'r2 overlay: store switcher open on the products page, current store marked aria-selected, no store section',
    expected: store(null),
    html: `${shell('<h1 class="page-title">Ürünler</h1><p>1.204 ürün</p>', 'Ürünler')}<div class="el-select-dropdown el-popper" role="listbox"><ul><li role="option" aria-selected="true" class="selected"><b>Anadolu Halı</b><small>ID: ${S}</small></li><li role="option" aria-selected="false"><b>Ege Tekstil</b><small>ID: ${S2}</small></li></ul></div>`,
    debatable: 'the selected option is this store; a seller might take it, but a list of stores is not where the guide reads it',
  },
  {
    name: 'r2 overlay: toast about another store on the orders page',
    expected: store(null),
    html: `${shell('<h1 class="page-title">Siparişler</h1><p>Yeni sipariş yok.</p>', 'Siparişler')}<div class="el-notification right" role="alert" style="top:16px;z-index:2001"><div class="el-notification__group"><h2 class="el-notification__title">Mağaza onaylandı</h2><div class="el-notification__content"><p>Kimlik No: ${S2} olan "Ege Tekstil" mağazanız onaylandı.</p></div></div></div>`,
  },
  {
    name: "r2 overlay: notifications drawer open on the store page, one note quoting another store's id",
    expected: store(S),
    html: `${storePage(infoRow('Kimlik No', S))}<div class="el-drawer rtl open" role="dialog" aria-label="Bildirimler"><header class="el-drawer__header">Bildirimler</header><section class="el-drawer__body"><div class="note">Ege Tekstil (Kimlik No: ${S2}) için ödeme hesabı güncellendi.</div><div class="note">3 yeni sipariş</div></section></div>`,
  },
  {
    name: 'r2 overlay: open <dialog> quick view of a store over the stores list (names only behind)',
    expected: store(S),
    html: `${shell('<h1 class="page-title">Mağazalar</h1><ul class="stores"><li><a>Anadolu Halı</a></li><li><a>Ege Tekstil</a></li></ul>')}<dialog open class="quick-view" aria-labelledby="qv-title"><h2 id="qv-title">Anadolu Halı</h2><h3>Genel Bilgi</h3>${infoRow('Kimlik No', S)}${infoRow('Durum', 'Aktif')}<button>Kapat</button></dialog>`,
  },
  {
    name: "r2 overlay: closed Ant modal (wrap display:none) with another store's Genel Bilgi, page shows none",
    expected: store(null),
    html: `${shell('<h1 class="page-title">Mağazalar</h1><ul class="stores"><li><a>Anadolu Halı</a></li><li><a>Ege Tekstil</a></li></ul>')}<div class="ant-modal-root"><div class="ant-modal-mask ant-modal-mask-hidden"></div><div tabindex="-1" class="ant-modal-wrap" role="dialog" style="display:none"><div role="document" class="ant-modal"><div class="ant-modal-content"><div class="ant-modal-header"><div class="ant-modal-title">Ege Tekstil</div></div><div class="ant-modal-body"><h3>Genel Bilgi</h3>${infoRow('Kimlik No', S2)}</div></div></div></div></div>`,
  },
  {
    name: 'r2 overlay: open confirm dialog; the page behind is inert but still painted with the real id',
    expected: store(S),
    html: `<div inert>${storePage(infoRow('Kimlik No', S))}</div><div class="el-overlay"><div class="el-message-box" role="dialog" aria-modal="true"><div class="el-message-box__title">Mağazayı kapat</div><div class="el-message-box__content">Bu mağazayı kapatmak istediğinize emin misiniz?</div><button>İptal</button><button>Kapat</button></div></div>`,
    debatable: 'inert does not hide: the seller sees the id behind the dimmed overlay; a reader treating inert as hidden says null',
  },
  {
    name: 'r2 overlay: closed side drawer (inert, aria-hidden, translated off-screen) with another store, page shows the real id',
    expected: store(S),
    html: `${storePage(infoRow('Kimlik No', S))}<aside class="drawer" inert aria-hidden="true" style="position:fixed;right:0;top:0;transform:translateX(100%)"><h3>Son görüntülenen</h3>${infoRow('Kimlik No', S2)}</aside>`,
  },
  {
    name: 'r2 overlay: closed side drawer (inert only, translated off-screen) holding the only id',
    expected: store(null),
    html: `${shell('<h1 class="page-title">Panel</h1><p>Hoş geldiniz.</p>', 'Panel')}<aside class="drawer" inert style="position:fixed;right:0;top:0;transform:translateX(100%)"><h3>Genel Bilgi</h3>${infoRow('Kimlik No', S2)}</aside>`,
    debatable: 'hidden only by a transform: depends on real layout; inert alone would not hide it',
  },
  {
    name: 'r2 chrome: page footer with a 24-hex "Destek Kimliği" and "İstek No"',
    expected: store(null),
    html: `${shell('<h1 class="page-title">Panel</h1><p>Hoş geldiniz.</p>', 'Panel')}<footer class="app-footer"><span>© 2024 Joom</span> · <span>Destek Kimliği: ${X}</span> · <span>İstek No: ${P2}</span></footer>`,
  },
  {
    name: 'r2 chrome: store page with a footer support id of the same shape',
    expected: store(S),
    html: `${storePage(infoRow('Kimlik No', S))}<footer class="app-footer"><span>Destek Kimliği: ${X}</span></footer>`,
  },
  {
    name: 'r2 chrome: breadcrumb "Mağazalar / Anadolu Halı (ID …)" and a Genel Bilgi without the id',
    expected: store(null),
    html: shell(
      `<nav class="el-breadcrumb" aria-label="Breadcrumb"><span class="el-breadcrumb__item"><a>Mağazalar</a> / </span><span class="el-breadcrumb__item">Anadolu Halı (ID ${S})</span></nav><h1 class="page-title">Anadolu Halı</h1>${card('Genel Bilgi', infoRow('Mağaza Adı', 'Anadolu Halı'))}`,
    ),
    debatable: 'the breadcrumb literally says ID; a human might take it, the guide points at the Genel Bilgi field',
  },
  {
    name: 'r2 hint: onboarding coach mark "örnek: 5ac4…" beside the real value',
    expected: store(S),
    html: `${storePage(infoRow('Kimlik No', S))}<div class="coach-mark" role="dialog" aria-label="İpucu"><p>Adım 1/3: Kimlik No değerini kopyalayın (örnek: ${S2}).</p><button>Sonraki</button></div>`,
  },
  {
    name: 'r2 hint: onboarding stepper with a mock screenshot built from HTML ("Kimlik No" + sample id), no real value',
    expected: store(null),
    html: shell(
      `<h1 class="page-title">ShopiVerse'e bağlanın</h1><ol class="el-steps"><li class="el-step is-process"><div class="el-step__title">Adım 1</div><div class="el-step__description">Mağaza sayfasında Kimlik No'yu bulun.</div></li></ol><figure class="mock-screenshot"><div class="mock-card"><div class="mock-title">Genel Bilgi</div>${infoRow('Kimlik No', S2)}</div><figcaption>Örnek ekran</figcaption></figure>`,
      'Panel',
    ),
    debatable: 'hard: the mock is a real label/value pair; only the figure/caption says it is an illustration',
  },
  {
    name: 'r2 dev: store JSON response shown in a <pre> on a developer page',
    expected: store(null),
    html: shell(
      `<h1 class="page-title">Geliştirici Araçları</h1><h3>GET /api/v3/stores — yanıt</h3><pre class="json">{\n  "id": "${S}",\n  "name": "Anadolu Halı",\n  "merchantId": "${M}"\n}</pre>`,
      'Panel',
    ),
    debatable: "it is this store's id, but a JSON key is not the field the guide names",
  },
  {
    name: "r2 log: audit log of store changes quoting other stores' ids",
    expected: store(null),
    html: shell(
      `<h1 class="page-title">Hesap Etkinliği</h1><table class="audit"><thead><tr><th>Tarih</th><th>Kullanıcı</th><th>Olay</th></tr></thead><tbody><tr><td>12.03.2024 10:12</td><td>Ayşe Yılmaz</td><td>Mağaza oluşturuldu (Kimlik No: ${S2})</td></tr><tr><td>14.03.2024 09:40</td><td>Ayşe Yılmaz</td><td>Mağaza kapatıldı (Kimlik No: ${S3})</td></tr></tbody></table>`,
      'Panel',
    ),
  },
  {
    name: 'r2 decoy: seller profile where "Kimlik No" is the person\'s national id and "Satıcı ID" is 24 hex',
    expected: store(null),
    html: shell(
      `<h1 class="page-title">Satıcı Profili</h1>${card('Kişisel Bilgiler', `${infoRow('Ad Soyad', 'Ayşe Yılmaz')}${infoRow('T.C. Kimlik No', '12345678950')}${infoRow('Satıcı ID', M)}`)}`,
      'Panel',
    ),
  },
  {
    name: 'r2 decoy: order detail under "Genel Bilgi" with "Sipariş Kimlik No"',
    expected: store(null),
    html: shell(
      `<nav class="el-breadcrumb"><a>Siparişler</a> / <span>#${P1.slice(-6)}</span></nav><h1 class="page-title">Sipariş</h1>${card('Genel Bilgi', `${infoRow('Sipariş Kimlik No', P1)}${infoRow('Tutar', '1.299 ₺')}${infoRow('Depo Kimlik No', W)}`)}`,
      'Siparişler',
    ),
  },
  {
    name: 'r2 decoy: product import preview table with a "store_id" column',
    expected: store(null),
    html: shell(
      `<h1 class="page-title">Toplu Ürün Yükleme</h1><p>Dosya önizlemesi (ilk 2 satır):</p><table class="csv"><thead><tr><th>store_id</th><th>sku</th><th>name</th></tr></thead><tbody><tr><td>${S2}</td><td>HALI-160</td><td>Halı</td></tr><tr><td>${S2}</td><td>KLM-01</td><td>Kilim</td></tr></tbody></table>`,
      'Ürünler',
    ),
  },
  {
    name: 'r2 decoy: support form where the seller typed another secret into a textarea',
    expected: none,
    html: shell(
      `<h1 class="page-title">Destek Talebi</h1><form><label for="subj">Konu</label><input id="subj" value="API bağlantısı"><label for="msg">Mesajınız</label><textarea id="msg">Merhaba, Gizli Anahtar: ${K2} ve Müşteri Kimlik Numarası: ${C2} ile bağlanamıyorum.</textarea><button>Gönder</button></form>`,
      'Panel',
    ),
  },
];

const hiddenRound2: UnseenPage[] = [
  {
    name: 'r2 hidden: id only in an inactive tab panel (hidden attribute)',
    expected: store(null),
    html: shell(
      `<h1 class="page-title">Anadolu Halı</h1><div class="el-tabs"><div role="tablist"><div role="tab" id="t-1" aria-selected="true" aria-controls="p-1">Ürünler</div><div role="tab" id="t-2" aria-selected="false" aria-controls="p-2">Genel Bilgi</div></div><div role="tabpanel" id="p-1" aria-labelledby="t-1">1.204 ürün</div><div role="tabpanel" id="p-2" aria-labelledby="t-2" hidden>${infoRow('Kimlik No', S)}</div></div>`,
    ),
    debatable: 'the seller is one click away from it; the brief says hidden text is never read',
  },
  {
    name: 'r2 hidden: active tab shows the id; an inactive tab (display:none) shows another',
    expected: store(S),
    html: shell(
      `<h1 class="page-title">Anadolu Halı</h1><div class="ant-tabs"><div role="tablist"><div role="tab" aria-selected="true">Genel Bilgi</div><div role="tab" aria-selected="false">Alt Mağaza</div></div><div class="ant-tabs-content"><div role="tabpanel" class="ant-tabs-tabpane ant-tabs-tabpane-active">${infoRow('Kimlik No', S)}</div><div role="tabpanel" aria-hidden="true" class="ant-tabs-tabpane" style="display:none">${infoRow('Kimlik No', S2)}</div></div></div>`,
    ),
  },
  {
    name: 'r2 hidden: collapsed accordion (height:0; overflow:hidden) holding the only id',
    needsLayout: true,
    expected: store(null),
    html: storePage(
      `${infoRow('Mağaza Adı', 'Anadolu Halı')}<div class="el-collapse-item"><button class="el-collapse-item__header" aria-expanded="false">Teknik Bilgiler</button><div class="el-collapse-item__wrap" role="region" style="height:0;overflow:hidden"><div class="el-collapse-item__content">${infoRow('Kimlik No', H)}</div></div></div>`,
    ),
    debatable: 'hidden by zero height and overflow: depends on real layout',
  },
  {
    name: 'r2 hidden: visually-hidden (clip) label for a visible bare id chip',
    needsLayout: true,
    expected: store(null),
    html: shell(
      `<div class="page-header"><h1 class="page-title">Anadolu Halı</h1><span class="chip"><span style="position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap">Kimlik No</span>${S}</span></div>${card('Genel Bilgi', infoRow('Ülke', 'Türkiye'))}`,
    ),
    debatable: 'the value is visible but its only label is for screen readers; a human sees a bare hex string (layout-dependent)',
  },
  {
    name: 'r2 hidden: off-screen clipboard helper textarea (left:-9999px) with another id, real one visible',
    expected: store(S),
    html: `${storePage(infoRow('Kimlik No', S))}<textarea aria-hidden="true" tabindex="-1" readonly style="position:absolute;left:-9999px;top:0">Kimlik No: ${H}</textarea>`,
  },
  {
    name: 'r2 hidden: off-screen absolute block (left:-10000px) holding the only id',
    needsLayout: true,
    expected: store(null),
    html: storePage(`${infoRow('Mağaza Adı', 'Anadolu Halı')}<div style="position:absolute;left:-10000px;top:auto;width:1px">${infoRow('Kimlik No', H)}</div>`),
    debatable: 'off-screen by position: depends on real layout',
  },
  {
    name: 'r2 hidden: zero-size wrapper (width:0;height:0;overflow:hidden) holding the only id',
    needsLayout: true,
    expected: store(null),
    html: storePage(`${infoRow('Mağaza Adı', 'Anadolu Halı')}<div style="width:0;height:0;overflow:hidden">${infoRow('Kimlik No', H)}</div>`),
    debatable: 'zero size: depends on real layout',
  },
  {
    name: 'r2 hidden: display none written with odd spacing, case and !important ("display : NONE !important")',
    expected: store(null),
    html: storePage(`${infoRow('Mağaza Adı', 'Anadolu Halı')}<div style="color:#333; display : NONE !important ;">${infoRow('Kimlik No', H)}</div>`),
  },
  {
    name: 'r2 hidden: stylesheet id rule hides the only id (#legacy-info{visibility:hidden})',
    expected: store(null),
    html: `<style>#legacy-info { visibility: hidden; }</style>${storePage(`${infoRow('Mağaza Adı', 'Anadolu Halı')}<div id="legacy-info">${infoRow('Kimlik No', H)}</div>`)}`,
  },
  {
    name: 'r2 hidden: content-visibility:hidden block holding the only id',
    needsLayout: true,
    expected: store(null),
    html: storePage(`${infoRow('Mağaza Adı', 'Anadolu Halı')}<div style="content-visibility:hidden">${infoRow('Kimlik No', H)}</div>`),
    debatable: 'newer CSS; a reader checking only display/visibility misses it',
  },
  {
    name: 'r2 hidden: collapsed table row (visibility:collapse) with another client id, visible row with the real one',
    expected: app(C, K),
    html: appPage(
      `<table class="kv-table"><tbody><tr style="visibility:collapse"><th scope="row">Müşteri Kimlik Numarası</th><td>${C2}</td></tr><tr><th scope="row">Müşteri Kimlik Numarası</th><td>${C}</td></tr><tr><th scope="row">Gizli Anahtar</th><td>${K}</td></tr></tbody></table>`,
    ),
  },
  {
    name: 'r2 hidden: secret in a light-DOM child that the shadow root never slots (shows dots)',
    needsLayout: true,
    expected: app(C, null),
    html: appPage(
      `${infoRow('Müşteri Kimlik Numarası', C)}<div class="info-row"><div class="info-row__label">Gizli Anahtar</div><joom-secret-field><span>${K}</span></joom-secret-field></div>`,
    ),
    setup: unslottedSecret,
    debatable: 'unslotted light DOM is not rendered; a reader walking light DOM sees the secret',
  },
  {
    name: 'r2 hidden: revealed secret only in an off-screen clipboard textarea, page shows it masked',
    expected: app(C, null),
    html: `${appPage(credentials(C, '••••••••••••••••'))}<textarea readonly tabindex="-1" style="position:fixed;top:0;left:-9999px;opacity:0">${K}</textarea>`,
  },
  {
    name: 'r2 hidden: masked text shown, real secret in a screen-reader-only span',
    expected: app(C, null),
    html: appPage(
      credentials(
        C,
        `<span aria-hidden="true">••••••••••••</span><span class="sr-only" style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)">${K}</span>`,
      ),
    ),
    debatable: 'the clip hides it from sight; layout-dependent if the rule were in a stylesheet',
  },
];

const appPages: UnseenPage[] = [
  {
    name: 'r2 app: th scope=row table with readonly inputs and Kopyala buttons',
    expected: app(C, K),
    html: appPage(
      rowTable([
        ['Unvan', 'ShopiVerse'],
        ['Müşteri Kimlik Numarası', `<input class="el-input__inner" readonly value="${C}">${copyBtn(C)}`],
        ['Gizli Anahtar', `<input class="el-input__inner" readonly value="${K}">${copyBtn(K)}`],
        ["Yeniden Yönlendirme URL'si", REDIRECT],
      ]),
    ),
  },
  {
    name: 'r2 app: column-header table "Kimlik Bilgileri" with a single row (Client ID | Secret | Durum)',
    expected: app(C, K),
    html: appPage(
      card(
        'Kimlik Bilgileri',
        `<table><thead><tr><th>Müşteri Kimlik Numarası</th><th>Gizli Anahtar</th><th>Durum</th></tr></thead><tbody><tr><td><code>${C}</code></td><td><code>${K}</code></td><td>Aktif</td></tr></tbody></table>`,
      ),
    ),
  },
  {
    name: 'r2 app: keys table with label in the first td, columns Tür / Değer / Oluşturulma',
    expected: app(C, K),
    html: appPage(
      `<table class="keys"><thead><tr><th>Tür</th><th>Değer</th><th>Oluşturulma</th></tr></thead><tbody><tr><td>Müşteri Kimlik Numarası</td><td>${C}</td><td>12.03.2024</td></tr><tr><td>Gizli Anahtar</td><td>${K}</td><td>12.03.2024</td></tr></tbody></table>`,
    ),
  },
  {
    name: 'r2 app: secrets history, one active and one revoked secret in a column-header table',
    expected: app(C, K),
    html: appPage(
      `${card('Kimlik Bilgileri', infoRow('Müşteri Kimlik Numarası', C))}${card(
        'Gizli Anahtarlar',
        `<table><thead><tr><th>Gizli Anahtar</th><th>Durum</th><th>Oluşturulma</th></tr></thead><tbody><tr><td><code>${K}</code></td><td><span class="el-tag el-tag--success">Aktif</span></td><td>20.05.2024</td></tr><tr class="revoked"><td><del><code>${K2}</code></del></td><td><span class="el-tag el-tag--info">İptal edildi</span></td><td>12.03.2024</td></tr></tbody></table>`,
      )}`,
    ),
    debatable: 'a human takes the active one; "ambiguous" (two values under one column) is a safe second',
  },
  {
    name: 'r2 app: values in <output> elements named by aria-labelledby, labels in a separate column',
    expected: app(C, K),
    html: appPage(
      `<div class="creds" style="display:grid;grid-template-columns:auto 1fr"><div class="labels"><div id="l-cid">Müşteri Kimlik Numarası</div><div id="l-sec">Gizli Anahtar</div></div><div class="values"><output aria-labelledby="l-cid">${C}</output><output aria-labelledby="l-sec">${K}</output></div></div>`,
    ),
    debatable: 'labels and values line up by layout only; the aria links make the pairing exact',
  },
  {
    name: 'r2 app: applications list as role=grid with one application (Client ID column, no secret)',
    expected: app(C, null),
    html: shell(
      `<h1 class="page-title">API Uygulamaları</h1><button class="el-button el-button--primary">Yeni Uygulama Oluştur</button><div role="grid" class="apps-grid"><div role="row"><div role="columnheader">Unvan</div><div role="columnheader">Müşteri Kimlik Numarası</div><div role="columnheader">Mağaza</div></div><div role="row"><div role="gridcell"><a href="/panel/api-apps/1">ShopiVerse</a></div><div role="gridcell">${C}</div><div role="gridcell">Anadolu Halı</div></div></div>`,
      'API Uygulamaları',
    ),
    debatable: 'the guide reads it on the application page; one application leaves no doubt',
  },
  {
    name: 'r2 app: applications list as cards, three apps each with a Client ID',
    expected: app('ambiguous', null),
    html: shell(
      `<h1 class="page-title">API Uygulamaları</h1><div class="app-cards">${[
        ['ShopiVerse', C],
        ['Test', C2],
        ['Muhasebe', C3],
      ]
        .map(
          ([title, id]) =>
            `<div class="el-card app-card"><div class="el-card__header">${title}</div><div class="el-card__body">${infoRow('Müşteri Kimlik Numarası', id ?? '')}</div></div>`,
        )
        .join('')}</div>`,
      'API Uygulamaları',
    ),
    debatable: 'a seller who knows the title picks ShopiVerse; null (a list page) is also defensible',
  },
  {
    name: 'r2 app: applications list, one app card with a masked secret',
    expected: app(C, null),
    html: shell(
      `<h1 class="page-title">API Uygulamaları</h1><div class="el-card app-card"><div class="el-card__header">ShopiVerse</div><div class="el-card__body">${infoRow('Müşteri Kimlik Numarası', C)}${infoRow('Gizli Anahtar', '••••••••••••••••')}</div></div>`,
      'API Uygulamaları',
    ),
    debatable: 'a list page; with a single application a seller takes its Client ID',
  },
  {
    name: 'r2 app: edit form (Unvan, Mağaza select, redirect URL, readonly Client ID, password secret)',
    expected: app(C, null),
    html: shell(
      `<h1 class="page-title">Uygulamayı Düzenle</h1><form class="el-form el-form--label-top"><div class="el-form-item is-required"><label class="el-form-item__label" for="f-title">Unvan</label><input id="f-title" class="el-input__inner" value="ShopiVerse"></div><div class="el-form-item"><label class="el-form-item__label" for="f-store">Mağaza</label><select id="f-store"><option value="${S}" selected>Anadolu Halı</option><option value="${S2}">Ege Tekstil</option></select></div><div class="el-form-item"><label class="el-form-item__label" for="f-redirect">Yeniden yönlendirme URL’si</label><input id="f-redirect" value="${REDIRECT}"></div>${readonlyInput('f-cid', C, 'Müşteri Kimlik Numarası')}<div class="el-form-item"><label class="el-form-item__label" for="f-sec">Gizli Anahtar</label><input id="f-sec" type="password" readonly value="${K}"><button type="button">Göster</button></div><button class="el-button el-button--primary">Kaydet</button></form>`,
      'API Uygulamaları',
    ),
  },
  {
    name: 'r2 app: edit form with the Client ID in an editable input and the secret in a readonly text input',
    expected: app(C, K),
    html: shell(
      `<h1 class="page-title">Uygulamayı Düzenle</h1><form><div class="row"><label for="e-title">Unvan</label><input id="e-title" value="ShopiVerse"></div><div class="row"><label for="e-cid">Müşteri Kimlik Numarası</label><input id="e-cid" value="${C}"></div><div class="row"><label for="e-sec">Gizli Anahtar</label><input id="e-sec" type="text" readonly value="${K}"></div><button>Kaydet</button></form>`,
      'API Uygulamaları',
    ),
    debatable: 'an editable field shows what is stored until the seller types',
  },
  {
    name: 'r2 app: English, secret masked with ●●●● and a "Show" button',
    expected: app(C, null),
    html: shell(
      `<h1 class="page-title">ShopiVerse</h1>${card('Credentials', `${infoRow('Client ID', `<code>${C}</code>${copyBtn(C, 'Copy')}`)}${infoRow('Secret Key', '<span class="masked">●●●●●●●●●●●●●●●●</span><button type="button">Show</button>')}`)}`,
      'API applications',
    ),
  },
  {
    name: 'r2 app: secret masked with asterisks and a "Göster" link',
    expected: app(C, null),
    html: appPage(credentials(C, '<span>********************************</span> <a href="#" role="button">Göster</a>')),
  },
  {
    name: 'r2 app: secret masked by CSS -webkit-text-security on a text input',
    expected: app(C, null),
    html: appPage(
      `${readonlyInput('m-cid', C, 'Müşteri Kimlik Numarası')}<div class="el-form-item"><label class="el-form-item__label" for="m-sec">Gizli Anahtar</label><input id="m-sec" type="text" readonly value="${K}" style="-webkit-text-security:disc"><button type="button" aria-label="Göster">👁</button></div>`,
    ),
    debatable: 'only CSS masks the text: a human sees dots; a reader that ignores the property sees the secret',
  },
  {
    name: 'r2 app: revealed after "Göster" (button now "Gizle"), English labels in the Turkish section "Kimlik Bilgileri"',
    expected: app(C, K),
    html: appPage(card('Kimlik Bilgileri', `${infoRow('Client ID', C)}${infoRow('Secret Key', `<code>${K}</code><button type="button">Gizle</button>`)}`)),
  },
  {
    name: 'r2 app: Turkish labels in an English page, section "Credentials"',
    expected: app(C, K),
    html: shell(
      `<h1 class="page-title">ShopiVerse</h1>${card('Credentials', `${infoRow('Title', 'ShopiVerse')}${infoRow('Müşteri Kimlik Numarası', C)}${infoRow('Gizli Anahtar', K)}`)}`,
      'API applications',
    ),
  },
  {
    name: 'r2 app: values in <pre> blocks with leading and trailing newlines',
    expected: app(C, K),
    html: appPage(credentials(`<pre class="code">\n${C}\n</pre>`, `<pre class="code">\n  ${K}\n</pre>`)),
  },
  {
    name: 'r2 app: secret shown as four <kbd> groups of eight',
    expected: app(C, K),
    html: appPage(credentials(C, `<span class="kbd-groups">${groups(K, 8, 'kbd')}</span>`)),
    debatable: 'a copy selects all four groups as one; a reader may see four short texts',
  },
  {
    name: 'r2 app: secret broken onto two lines by <br>',
    expected: app(C, K),
    html: appPage(credentials(C, `<code>${K.slice(0, 16)}<br>${K.slice(16)}</code>`)),
    debatable: 'a copy would carry a line break; a human joins the two halves',
  },
  {
    name: 'r2 app: labels with asterisk, (?) trigger and colon spans; an open help tooltip quotes an example client id',
    expected: app(C, K),
    html: `${appPage(
      card(
        'Kimlik Bilgileri',
        `<div class="info-row"><div class="info-row__label">Müşteri Kimlik Numarası<span class="req">*</span> <span class="help" aria-describedby="tip-1">(?)</span><span>:</span></div><div class="info-row__value">${C}</div></div><div class="info-row"><div class="info-row__label">Gizli Anahtar<span class="req">*</span><span>:</span></div><div class="info-row__value">${K}</div></div>`,
      ),
    )}<div id="tip-1" role="tooltip" class="el-popper is-light" style="position:absolute;top:200px;left:300px">OAuth istemci kimliği, örn. ${C2}</div>`,
  },
  {
    name: 'r2 app: caps "CLIENT ID" / "CLIENT SECRET" in DOM text, with Copy icon buttons',
    expected: app(C, K),
    html: shell(
      `<h1 class="page-title">ShopiVerse</h1>${infoRow('CLIENT ID', `<span class="mono">${C}</span>${copyBtn(C, 'Copy')}`)}${infoRow('CLIENT SECRET', `<span class="mono">${K}</span>${copyBtn(K, 'Copy')}`)}`,
      'API applications',
    ),
  },
  {
    name: 'r2 app: lowercase labels "müşteri kimlik numarası" / "gizli anahtar" capitalised by CSS',
    expected: app(C, K),
    html: appPage(`<div class="creds" style="text-transform:capitalize">${infoRow('müşteri kimlik numarası', C)}${infoRow('gizli anahtar', K)}</div>`),
  },
  {
    name: 'r2 app: non-breaking spaces in both labels',
    expected: app(C, K),
    html: appPage(credentials(C, K).replace('Müşteri Kimlik Numarası', 'Müşteri&nbsp;Kimlik&nbsp;Numarası').replace('Gizli Anahtar', 'Gizli&nbsp;Anahtar')),
  },
  {
    name: 'r2 app: labels carry a BOM and a zero-width joiner from the translation file',
    expected: app(C, K),
    html: appPage(credentials(C, K).replace('Müşteri Kimlik Numarası', '\uFEFFMüşteri Kimlik Numarası').replace('Gizli Anahtar', 'Gizli\u200D Anahtar')),
    debatable: 'the zero-width joiner sits inside the label',
  },
  {
    name: 'r2 app: full-width spaces between label words (IME-typed translation)',
    expected: app(C, K),
    html: appPage(credentials(C, K).replace('Gizli Anahtar', 'Gizli\u3000Anahtar')),
    debatable: 'an ideographic space looks like a wide space',
  },
  {
    name: 'r2 app: webhook signing secret shown, client secret masked',
    expected: app(C, null),
    html: appPage(
      `${credentials(C, '••••••••••••••••<button>Göster</button>')}${card('Webhook', `${infoRow('Webhook URL', 'https://app.shopiverse.tech/hooks/joom')}${infoRow('İmza Anahtarı', `<code>${K3}</code>`)}`)}`,
    ),
  },
  {
    name: 'r2 app: "Token" tab shows access and refresh tokens, secret masked',
    expected: app(C, null),
    html: appPage(
      `${credentials(C, '••••••••')}${card('Token', `${infoRow('Erişim Anahtarı (Access Token)', `<code>${T}</code>`)}${infoRow('Yenileme Anahtarı (Refresh Token)', `<code>${R}</code>`)}`)}`,
    ),
    debatable: '"Anahtar" (key) appears in the token labels too',
  },
  {
    name: 'r2 app: authorization result page shows the code (32 hex) and the client id inside a URL',
    expected: none,
    html: shell(
      `<h1 class="page-title">Yetkilendirme tamamlandı</h1><p>Yetki kodu: <code>${K3}</code> (5 dakika geçerlidir)</p><p class="url">${REDIRECT}?code=${K3}&amp;client_id=${C}</p>`,
      'API Uygulamaları',
    ),
  },
  {
    name: 'r2 app: Client ID not generated yet ("—"), docs snippet below with sample values',
    expected: none,
    html: appPage(
      `${credentials('—', '—')}<p class="pending">Uygulamanız inceleniyor.</p><h3>Örnek istek</h3><pre><code>curl -X POST https://api-merchant.joom.com/api/v2/oauth/access_token \\\n  -d client_id=${C2} \\\n  -d client_secret=${K2}</code></pre>`,
    ),
  },
  {
    name: 'r2 app: real values, and a second application collapsed in a closed <details>',
    expected: app(C, K),
    html: appPage(`${credentials(C, K)}<details class="other-app"><summary>Test uygulaması</summary>${credentials(C2, K2)}</details>`),
  },
  {
    name: 'r2 app: values only inside an open <details> "Kimlik Bilgileri"',
    expected: app(C, K),
    html: appPage(`<details open><summary>Kimlik Bilgileri</summary>${infoRow('Müşteri Kimlik Numarası', C)}${infoRow('Gizli Anahtar', K)}</details>`),
  },
  {
    name: 'r2 app: "Gizli anahtar kopyalandı" toast (first characters only) over the revealed values',
    expected: app(C, K),
    html: `${appPage(credentials(C, K))}<div class="el-message el-message--success" role="alert"><p class="el-message__content">Gizli anahtar kopyalandı (${K.slice(0, 4)}…)</p></div>`,
  },
  {
    name: 'r2 app: closed regenerate modal (display:none) holding a new secret, page masked',
    expected: app(C, null),
    html: `${appPage(credentials(C, '••••••••••••'))}<div class="ant-modal-wrap" role="dialog" style="display:none"><div class="ant-modal"><div class="ant-modal-title">Yeni gizli anahtar</div><div class="ant-modal-body">${infoRow('Gizli Anahtar', K2)}</div></div></div>`,
  },
  {
    name: 'r2 app: open confirm modal "Gizli anahtarı yenile?" over a page with the revealed secret',
    expected: app(C, K),
    html: `${appPage(credentials(C, K))}<div class="el-overlay"><div class="el-message-box" role="dialog" aria-modal="true"><div class="el-message-box__title">Gizli anahtarı yenile?</div><div class="el-message-box__content">Mevcut Gizli Anahtar geçersiz olacak.</div><button>İptal</button><button>Yenile</button></div></div>`,
  },
  {
    name: 'r2 log: account activity log with client ids of deleted apps and secret events',
    expected: none,
    html: shell(
      `<h1 class="page-title">Hesap Etkinliği</h1><ul class="audit"><li>12.03.2024 — "Test" uygulaması silindi (Müşteri Kimlik Numarası: ${C2})</li><li>14.03.2024 — Gizli Anahtar yenilendi: ${K2.slice(0, 6)}…</li><li>15.03.2024 — Uygulama oluşturuldu: client_id=${C3}</li></ul>`,
      'Panel',
    ),
  },
  {
    name: 'r2 app: curl example with the real client id and a placeholder secret, secret masked on the page',
    expected: app(C, null),
    html: appPage(
      `${credentials(C, '••••••••')}<h3>Örnek istek</h3><pre><code>curl https://api-merchant.joom.com/api/v2/oauth/authorize?client_id=${C}&amp;redirect_uri=...\n-d client_secret=&lt;GIZLI_ANAHTAR&gt;</code></pre>`,
    ),
  },
  {
    name: 'r2 app: authorize URL shown to the seller carries the same client id',
    expected: app(C, K),
    html: appPage(
      `${credentials(C, K)}${infoRow('Yetkilendirme URL’si', `<a href="#">https://api-merchant.joom.com/api/v2/oauth/authorize?client_id=${C}&amp;redirect_uri=${encodeURIComponent(REDIRECT)}</a>`)}`,
    ),
  },
  {
    name: 'r2 app: application page with an Ant Select store selector showing "Anadolu Halı · ID …"',
    expected: app(C, K, S),
    html: appPage(
      `<div class="store-picker"><span class="picker-label">Mağaza</span><div class="ant-select ant-select-single ant-select-show-arrow"><div class="ant-select-selector"><span class="ant-select-selection-item" title="Anadolu Halı"><span>Anadolu Halı</span> · <span class="muted">ID ${S}</span></span></div><span class="ant-select-arrow">▾</span></div></div>${credentials(C, K)}`,
    ),
    debatable: 'the selected store\'s id is shown with a bare "ID" outside a store section; null is also defensible',
  },
  {
    name: 'r2 app: application page names its store as a link whose href holds the id (no id text)',
    expected: app(C, K),
    html: appPage(`${infoRow('Mağaza', `<a href="/panel/stores/${S}">Anadolu Halı</a>`)}${credentials(C, K)}`),
  },
  {
    name: 'r2 app: web component with a <slot> rendering the light-DOM secret beside its label',
    expected: app(C, K),
    html: appPage(`${infoRow('Müşteri Kimlik Numarası', C)}<joom-copy-field>${K}</joom-copy-field>`),
    setup: slottedSecret,
    debatable: 'the label lives in the shadow root and the value in light DOM: the seller sees them side by side',
  },
  {
    name: 'r2 app: English with bare "Secret" label',
    expected: app(C, K),
    html: shell(`<h1 class="page-title">ShopiVerse</h1>${card('Credentials', `${infoRow('Client ID', C)}${infoRow('Secret', K)}`)}`, 'API applications'),
    debatable: 'a bare "Secret" may not be in the label table',
  },
  {
    name: 'r2 app: English "App secret" with Turkish help text under it',
    expected: app(C, K),
    html: shell(
      `<h1 class="page-title">ShopiVerse</h1>${infoRow('Client ID', C)}${infoRow('App secret', `<code>${K}</code><p class="hint">Bu anahtarı kimseyle paylaşmayın.</p>`)}`,
      'API applications',
    ),
    debatable: '"App secret" is a label spelling that may not be in the table',
  },
  {
    name: 'r2 app: mixed case "gİzlİ anahtar" typed by a translator',
    expected: app(C, K),
    html: appPage(credentials(C, K).replace('Gizli Anahtar', 'gİzlİ anahtar')),
    debatable: 'odd casing; a human reads it at once',
  },
  {
    name: 'r2 app: client id and secret each with a Kopyala button whose tooltip text is in the DOM',
    expected: app(C, K),
    html: appPage(
      credentials(
        `<code>${C}</code><span class="tooltip-wrap">${copyBtn(C)}<span role="tooltip" class="tip">Panoya kopyala</span></span>`,
        `<code>${K}</code><span class="tooltip-wrap">${copyBtn(K)}<span role="tooltip" class="tip">Panoya kopyala</span></span>`,
      ),
    ),
  },
  {
    name: 'r2 app: two "Kimlik Bilgileri" cards, production and a sandbox (test) application, both revealed',
    expected: app('ambiguous', 'ambiguous'),
    html: appPage(
      `${card('Kimlik Bilgileri — Canlı', infoRow('Müşteri Kimlik Numarası', C) + infoRow('Gizli Anahtar', K))}${card('Kimlik Bilgileri — Test', infoRow('Müşteri Kimlik Numarası', C2) + infoRow('Gizli Anahtar', K2))}`,
    ),
    debatable: 'a seller who knows ShopiVerse needs the live pair would take it; the page alone does not say which',
  },
  {
    name: 'r2 app: store page section on the app page with "Kimlik No" under Genel Bilgi, plus credentials',
    expected: app(C, K, S),
    html: appPage(`${card('Genel Bilgi', `${infoRow('Mağaza', 'Anadolu Halı')}${infoRow('Kimlik No', S)}`)}${credentials(C, K)}`),
  },
  {
    name: 'r2 app: secret value with non-breaking spaces around it inside the cell',
    expected: app(C, K),
    html: appPage(credentials(`&nbsp;${C}&nbsp;`, `&nbsp;&nbsp;${K}&nbsp;`)),
  },
  {
    name: 'r2 app: warehouse and product ids of the shapes on the app page, no credentials shown yet',
    expected: none,
    html: appPage(
      `<p>Uygulama oluşturuldu. Kimlik bilgileri hazırlanıyor…</p><div class="el-skeleton is-animated"><div class="el-skeleton__item"></div></div>${card('Son Etkinlik', `${infoRow('Depo', W)}${infoRow('Ürün', P1)}`)}`,
    ),
  },
];

export const ROUND2_PAGES: UnseenPage[] = [...storeLayouts, ...switchersAndOverlays, ...hiddenRound2, ...appPages];
