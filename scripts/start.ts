// `npm start`: the product on its built-in replicas. With a display, Chromium opens with the extension loaded on
// the replicas at the real URLs and stays open until you close it. Without one (or in CI), the seller's journey is
// walked headless in Turkish and English: store/screenshots/<lang>/ gets the listing's 1280×800 frames (the panel
// with the popup drawn open under the toolbar icon, a one-line caption) and Chrome's 440×280 promo tile;
// out/popup/<lang>/ every popup state at the popup's own size; out/assisted/<lang>/ the assisted paths.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../tests/browser/drivers/chromium';
import type { Driver, TestPage } from '../tests/browser/drivers/types';
import { POPUP_STATES, showState } from '../tests/browser/popup-states';
import { mustQualify, REAL_CODE, BASE as TOLD_BASE, type ToldCase, toldPage } from '../tests/corpus/refused-told';
import { appWithSecret, TWO_SECTIONS, twoStoreIds, unknownLayout } from '../tests/panels/assisted';
import { JOOM_APPS, JOOM_STORES, JOOM_TEXT, SELLER } from '../tests/panels/data';
import { customPages, STYLE } from '../tests/panels/routes';
import { buildReplicas } from '../tests/support/build-replicas';
import { drawListing, type Frame, PANEL_ROOM, POPUP_VIEWPORT, popupShotDir, STORE_VIEWPORT, storeShotDir } from './store-shots';

type Lang = 'tr' | 'en';
const [store] = JOOM_STORES as [(typeof JOOM_STORES)[0]];
const [app] = JOOM_APPS as [(typeof JOOM_APPS)[0]];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(page: TestPage, check: () => unknown): Promise<void> {
  try {
    await page.waitFor(check, undefined, 15_000);
  } catch (error) {
    console.error(`waited on ${page.url()}: ${String(check)}\n${await page.evaluate(() => document.body.textContent?.slice(0, 400)).catch(() => '')}`);
    throw error;
  }
}

/** Numbered screenshots in a folder emptied first: no screenshot of a step that no longer exists. */
function shooter(folder: string): (page: TestPage, name: string) => Promise<void> {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  let step = 0;
  return async (page, name) => {
    const path = join(folder, `${String(++step).padStart(2, '0')}-${name}.png`);
    await page.screenshot(path, { fullPage: false });
    console.log(`  ${path}`);
  };
}

/**
 * The popup as the seller sees it: its page's screenshot, its body's width and its whole height. The frame shows it
 * whole, never cut (a cut between two lines still read as a popup cut off: seller judge, issue 17, frame 04); one
 * taller than the frame's room under the toolbar is drawn smaller (store-shots.ts frameHtml).
 */
async function popupImage(popup: TestPage): Promise<{ popup: Buffer; popupSize: { width: number; height: number }; popupFull: number }> {
  await sleep(300);
  // A fixed clock time in the frames (issue 17, point 7): "(10:54)" beside a check dated every listing picture to the
  // minute the walk ran. The walk's values carry the time they were read; the frame shows 09:30, as the popup states'
  // fixture does (tests/browser/popup-states.ts). Only the frame's copy of the popup is touched, never what it stores.
  await popup.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const fixed = text.replace(/\b([01]\d|2[0-3]):[0-5]\d\b/g, '09:30');
      if (fixed !== text) node.textContent = fixed;
    }
  });
  // The connection steps open where the popup still fits the frame's room at 100 % with them (the seller's own click on
  // their heading): folded in every frame, the guide the listing sells was never seen (seller judge, issue 17 point 3).
  // Measured 2026-12-05: open, the five frames' popups are 724–888 px, so none opens yet. The room is the 600 px a
  // browser gives a popup, not the frame's (seller judge s37: a popup drawn 694 px tall is one the seller never sees).
  const steps = await popup.evaluate((room: number) => {
    const folded = document.querySelector<HTMLDetailsElement>('[data-group="connection"] details[data-folded]');
    if (!folded || folded.open) return 'none';
    folded.open = true;
    const bottom = document.body.getBoundingClientRect().bottom + window.scrollY + parseFloat(getComputedStyle(document.body).marginBottom);
    if (bottom <= room) return `opened (${Math.ceil(bottom)} px)`;
    folded.open = false;
    return `kept folded (${Math.ceil(bottom)} px open)`;
  }, POPUP_VIEWPORT.height);
  if (process.env.JOOM_FRAME_HEIGHTS) console.log(`  steps: ${steps}`);
  // Measured on the screenshot's own layout: the popup may still be drawing a line that moves the rest down.
  const layout = () => popup.evaluate(() => `${document.documentElement.scrollHeight}:${document.body.textContent}`);
  const path = join(tmpdir(), `joom-popup-${process.pid}.png`);
  let before = '';
  for (let tries = 0; tries < 10 && before !== (await layout()); tries++) {
    before = await layout();
    await popup.screenshot(path, { fullPage: true });
    await sleep(200);
  }
  const { width, full } = await popup.evaluate(() => ({
    width: Math.ceil(document.body.getBoundingClientRect().width),
    // The popup's own height: its body's, with its margin (the page here is as tall as the window it opened in).
    full: Math.ceil(document.body.getBoundingClientRect().bottom + window.scrollY + parseFloat(getComputedStyle(document.body).marginBottom)),
  }));
  if (process.env.JOOM_FRAME_HEIGHTS) console.log(`  popup ${popup.url()}: ${width} × ${full}`);
  // A browser shows a popup at most 600 px tall: a frame with a taller one sells what the seller never sees (seller
  // judge s37: frame 01 was 694 px in Turkish). npm start fails rather than draw it.
  if (full > POPUP_VIEWPORT.height) throw new Error(`a listing frame's popup is ${full} px tall, over the ${POPUP_VIEWPORT.height} px a browser shows`);
  if ((await layout()) !== before) console.warn(`  the popup changed while its frame was taken (${popup.url()}): its image may be off`);
  return { popup: readFileSync(path), popupSize: { width, height: full }, popupFull: full };
}

/**
 * The popup as a real one opens: over the panel's tab. Opened as a tab of its own, the popup is itself the active
 * tab, so every frame showed a button to the page the seller was already on ("Joom panelini aç" over Joom's filled
 * form); over the panel's tab it says what to do on that page, as the seller sees it.
 */
async function popupOver(driver: Driver, panel: TestPage): Promise<TestPage> {
  const popup = await driver.popup();
  await popup.evaluate(async (address: string) => {
    type Tab = { id?: number; windowId?: number; url?: string };
    type Tabs = {
      query(q: object): Promise<Tab[]>;
      getCurrent(): Promise<Tab | undefined>;
      move(id: number, p: object): Promise<unknown>;
      update(id: number, p: object): Promise<unknown>;
    };
    const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as { tabs: Tabs };
    const tab = (await api.tabs.query({})).find((each) => each.url === address);
    const own = await api.tabs.getCurrent();
    if (tab?.id === undefined) return;
    if (own?.windowId !== undefined && tab.windowId !== own.windowId) await api.tabs.move(tab.id, { windowId: own.windowId, index: -1 });
    await api.tabs.update(tab.id, { active: true });
  }, panel.url());
  await popup.goto(popup.url());
  await until(popup, () => document.querySelector('[data-next]'));
  // The active tab's address is read once the popup has its data: a step done elsewhere keeps its button.
  await popup.waitFor(() => document.querySelector('[data-next][data-here="true"]'), undefined, 3000).catch(() => undefined);
  return popup;
}

/** Our note for `key`, scrolled to the middle of the viewport as a seller would look at it, once it is drawn. */
async function noteInView(page: TestPage, key: string): Promise<void> {
  await page.waitFor((selector) => document.querySelector(selector), `joom-connector-ui[data-key="${key}"]`, 15_000);
  await page.evaluate((selector) => document.querySelector(selector)?.scrollIntoView({ block: 'center' }), `joom-connector-ui[data-key="${key}"]`);
  await sleep(300);
}

/**
 * The panel as the frame shows it: at its real size, 100 %, in every frame and both languages (the listing promises
 * the panel "at its real size"; zoomed to fill the frame, Joom's pages were drawn at 175 % beside ShopiVerse's at
 * 100–150 %, and EN frame 01's labels larger than TR's: seller judge s38, point 9). Its content is kept to the width
 * left of the popup (fields as wide as that room at most, as a narrower window lays them out), and measured: the
 * frame draws the browser window only as large as the content and the popup need (store-shots.ts frameHtml), not a
 * 1280 px page that is two-thirds blank. Then the page is as it was, as the walk goes on on it.
 */
async function panelImage(page: TestPage): Promise<{ png: Buffer; content: { width: number; height: number } }> {
  const path = join(tmpdir(), `joom-panel-${process.pid}.png`);
  const content = await page.evaluate(
    ({ width }: { width: number }) => {
      const root = document.documentElement;
      root.style.zoom = '';
      const main = (document.querySelector('main') ?? document.body) as HTMLElement;
      const narrow = document.createElement('style');
      narrow.id = 'joom-frame-narrow';
      narrow.textContent = 'main input, main select, main textarea { max-width: 100%; box-sizing: border-box; }';
      document.head.append(narrow);
      main.style.maxWidth = `${width}px`;
      main.style.boxSizing = 'border-box';
      scrollTo(0, 0);
      let right = 0;
      let bottom = 0;
      // What is drawn, not the boxes it sits in (a block is as wide as its room): text, elements with no children
      // (fields, images, buttons, our notes), and boxes narrower than the window that have a background or a border.
      const rects: DOMRect[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.trim() || node.parentElement?.closest('script, style, template')) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        rects.push(range.getBoundingClientRect());
      }
      for (const element of document.body.querySelectorAll('*')) {
        if (element.closest('script, style, template')) continue;
        const rect = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        const boxed = style.backgroundColor !== 'rgba(0, 0, 0, 0)' || parseFloat(style.borderBottomWidth) > 0;
        const leaf = element.children.length === 0 && (!element.textContent?.trim() || style.display.startsWith('inline'));
        if (leaf || (boxed && rect.width < innerWidth - 1)) rects.push(rect);
      }
      for (const rect of rects) {
        if (rect.width === 0 || rect.height === 0) continue;
        right = Math.max(right, rect.right);
        bottom = Math.max(bottom, rect.bottom);
      }
      return { width: Math.ceil(right), height: Math.ceil(bottom) };
    },
    { width: PANEL_ROOM.width },
  );
  await sleep(300);
  await page.screenshot(path, { fullPage: false });
  await page.evaluate(() => {
    document.getElementById('joom-frame-narrow')?.remove();
    const main = (document.querySelector('main') ?? document.body) as HTMLElement;
    main.style.maxWidth = '';
    main.style.boxSizing = '';
  });
  if (process.env.JOOM_FRAME_HEIGHTS) console.log(`  panel ${page.url()}: zoom 1, content ${content.width} × ${content.height}`);
  return { png: readFileSync(path), content };
}

/**
 * A Joom page with two IDs under the same label (the seller account's and the store's), in the replica's look (its
 * header, stylesheet and words), built as the assisted walk's page (tests/panels/assisted.ts twoStoreIds), where the
 * reader asks the seller and marks both. Only for frame 02.
 */
const TWO_IDS_URL = 'https://merchant.joom.com/panel/stores/two';
const SECTIONS = { tr: TWO_SECTIONS, en: ['Seller account', 'Store'] } as const;
function twoIdsPage(lang: Lang): string {
  const text = JOOM_TEXT[lang];
  const [account, own] = SECTIONS[lang];
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Joom Merchant</title><style>${STYLE}</style></head><body><div class="layout">
<header class="top"><a href="/panel/stores">${text.stores}</a> · <a href="/panel/products">${text.products}</a> <button type="button" class="account">${SELLER}</button></header>
<main><h1>${store.name}</h1><h2>${account}</h2><div class="card"><p>${text.storeId}: ${OTHER_ID}</p></div><h2>${own}</h2><div class="card"><dl><dt>${text.storeId}</dt><dd>${store.id}</dd></dl></div></main></div></body></html>`;
}
/** The seller account's ID on the page with two (as the assisted walk's). */
const OTHER_ID = '0d0c4a5163f24cdfb3280912';

const CAPTIONS = {
  tr: {
    form: 'Üç değer tek tıkla “Api Tanım” formuna yazılır; “Kaydet”e siz basarsınız',
    store: 'Kimlik No Joom sayfasından okunur; iki numara varsa ikisi de sayfada işaretlenir',
    newApp: 'Joom’un yeni uygulama formu sizin için doldurulur',
    images: 'Bağlantı kuruldu; Joom’un reddedeceği görseller de işaretlenir',
    dimensions: 'Eksik ölçü ve ağırlıklar, ürün Joom’a gönderilmeden önce gösterilir',
  },
  en: {
    form: 'One click fills ShopiVerse’s “Api Tanım” (API settings) form; you press “Save”',
    store: 'Your Store ID is read from Joom’s page; where it shows two, both are marked',
    newApp: 'Joom’s new-application form is filled in for you',
    images: 'Connected, and the images Joom would reject are marked',
    dimensions: 'Missing dimensions and weight are shown before Joom sees them',
  },
} as const;

/** The seller's journey on the replicas, in the popup's own guide; each moment the listing shows is drawn as a frame. */
async function walk(driver: Driver, lang: Lang): Promise<string[]> {
  console.log(`Walking the journey on the replicas (headless, ${lang}):`);
  const frames: { name: string; frame: Frame }[] = [];
  const caption = CAPTIONS[lang];
  // The panels' own notes (the fill button, why a form was not filled, and after the listing's frames every other
  // note: notesInPanels), at the panel's size: out/panels/<lang>/.
  const panelShot = shooter(join(import.meta.dirname, '..', 'out', 'panels', lang));
  const frame = async (name: string, page: TestPage, popup: TestPage, text: string) => {
    const { png, content } = await panelImage(page);
    frames.push({ name, frame: { panel: png, content, url: page.url(), ...(await popupImage(popup)), caption: text } });
  };

  // A Joom page with two IDs under one label: the popup asks which is the store's, and the page marks each with the words
  // its choice carries in the popup (the popup's "marked the same way on the Joom page" is what the frame shows: seller
  // judge s38, point 8). The page closed, its choices go away, and the walk reads the store on its own page.
  customPages.set(TWO_IDS_URL, twoIdsPage(lang));
  const both = await driver.open(TWO_IDS_URL);
  await until(both, () => document.querySelectorAll('joom-connector-ui[data-key^="choice-storeId-"]').length === 2);
  let popup = await popupOver(driver, both);
  await until(popup, () => document.querySelectorAll('[data-choose="storeId"]').length === 2);
  await frame('joom-two-ids-marked', both, popup, caption.store);
  await popup.close();
  await both.close();
  customPages.delete(TWO_IDS_URL);
  const stores = await driver.open('https://merchant.joom.com/panel/stores');
  await until(stores, () => document.querySelector('main a'));
  await stores.clickText(store.name, 'a');
  await until(stores, () => document.querySelector('joom-connector-ui[data-key="copy-storeId"]'));
  popup = await popupOver(driver, stores);
  await until(popup, () => document.querySelector('[data-next="api-app"] [data-card-store]'));
  await popup.close();
  const form = await driver.open('https://merchant.joom.com/panel/api/new');
  await until(form, () => [...document.querySelectorAll('input')].some((input) => input.value === 'ShopiVerse'));
  await sleep(300);
  popup = await popupOver(driver, form);
  await until(popup, () => document.querySelector('[data-next="api-app"]'));
  await frame('joom-new-application-prefilled', form, popup, caption.newApp);
  await popup.close();
  const appPage = await driver.open(`https://merchant.joom.com/panel/api/${app.id}`);
  await until(appPage, () => document.querySelector('joom-connector-ui[data-key="copy-secret"]'));
  const shopiverse = await driver.open(`https://app.shopiverse.tech/${lang}/settings/store/00159`);
  await shopiverse.clickText('Api Tanım', 'button');
  await until(shopiverse, () => document.querySelectorAll('form input').length > 0);
  // "Fill from Joom Connector" beside the form: the seller's click fills it without the popup (issue 16).
  await until(shopiverse, () => document.querySelector('joom-connector-ui[data-key="fill-button"]'));
  await panelShot(shopiverse, 'shopiverse-api-form-with-fill-button');
  popup = await driver.popup();
  await until(popup, () => document.querySelector('[data-next="pushed"] [data-push]'));
  await popup.click('[data-push]');
  await until(popup, () => document.querySelector('[data-next="saved"]'));
  await shopiverse.bringToFront();
  const overForm = await popupOver(driver, shopiverse);
  await until(overForm, () => document.querySelector('[data-next="saved"]'));
  // The listing never shows a whole Secret Key, even a made-up one in ShopiVerse's own field (seller review B11: a
  // cautious seller reads it as the tool showing keys): the field is drawn as dots for the frame, then as it was.
  const secretField = 'form input[placeholder="Secret Key"]';
  await shopiverse.evaluate(
    (selector) => (document.querySelector(selector) as HTMLElement | null)?.style.setProperty('-webkit-text-security', 'disc'),
    secretField,
  );
  await frame('popup-beside-the-filled-api-form', shopiverse, overForm, caption.form);
  await shopiverse.evaluate((selector) => (document.querySelector(selector) as HTMLElement | null)?.style.removeProperty('-webkit-text-security'), secretField);
  await overForm.close();
  await shopiverse.clickText(lang === 'en' ? 'Save' : 'Kaydet', 'button');
  await sleep(1500);
  await shopiverse.clickText(lang === 'en' ? 'Request Authorization' : 'Yetki Talep Et', 'button');
  await until(shopiverse, () => document.querySelector('#allow'));
  await shopiverse.click('#allow');
  await until(shopiverse, () => location.pathname.endsWith('joomcallbackcode'));
  await sleep(500);
  const products = await driver.open(`https://app.shopiverse.tech/${lang}/products`);
  // In front, as the seller sees it: the popup made the form's tab the active one, and a page behind it draws no frames.
  await products.bringToFront();
  await until(products, () => document.querySelectorAll('img[data-joom-image]').length >= 4);
  await popup.close();
  popup = await driver.popup();
  await until(popup, () => document.querySelector('[data-connected]'));
  const overProducts = await popupOver(driver, products);
  await until(overProducts, () => document.querySelector('[data-connected]'));
  // The problem images' list open, as the seller's click on "Sorunlu görseller" opens it: the fixes the listing sells
  // are seen in the frame (seller judge s38, point 8: folded in every frame).
  // Opened only where the popup still fits the 600 px a browser gives it (measured 2026-12-06: open, it is 853 px).
  const list = await overProducts.evaluate((room: number) => {
    const details = document.querySelector<HTMLDetailsElement>('details[data-image-problems]');
    if (!details) return 'none';
    details.open = true;
    const bottom = document.body.getBoundingClientRect().bottom + window.scrollY + parseFloat(getComputedStyle(document.body).marginBottom);
    if (bottom <= room) return `opened (${Math.ceil(bottom)} px)`;
    details.open = false;
    return `kept folded (${Math.ceil(bottom)} px open)`;
  }, POPUP_VIEWPORT.height);
  if (process.env.JOOM_FRAME_HEIGHTS) console.log(`  problem images: ${list}`);
  await frame('shopiverse-connected-and-image-check', products, overProducts, caption.images);
  await overProducts.close();
  const productForm = await driver.open(`https://app.shopiverse.tech/${lang}/products/new`);
  await productForm.bringToFront();
  await until(productForm, () => document.querySelectorAll('input[data-joom-dimension]').length > 0);
  await popup.close();
  popup = await popupOver(driver, productForm);
  await until(popup, () => document.querySelector('[data-step="dimensions"]:not([data-state="todo"])'));
  // Unscrolled, as the popup opens: its top card is the dimensions step on this page (seller review B3: scrolled to
  // the product checks, the frame had no header and no top card, and looked broken).
  await frame('shopiverse-product-dimensions', productForm, popup, caption.dimensions);
  await popup.close();
  // After the listing's frames (its push stays pending, and its note would show on every ShopiVerse page after it).
  // Never a silent wait: a push meets a form that is not a Joom store's; the page and the popup say why, and what to do.
  const trendyol = await driver.open(`https://app.shopiverse.tech/${lang}/settings/store/00160`);
  await trendyol.clickText('Api Tanım', 'button');
  await until(trendyol, () => document.querySelectorAll('form input').length > 0);
  const again = await driver.popup();
  await until(again, () => document.querySelector('[data-push]'));
  await again.click('[data-push]');
  await until(again, () => document.querySelector('[data-push-status]'));
  await trendyol.bringToFront();
  await until(trendyol, () => document.querySelector('joom-connector-ui[data-key="fill-problem"]'));
  await panelShot(trendyol, 'shopiverse-why-not-filled');
  await again.bringToFront();
  await panelShot(again, 'popup-why-not-filled');
  await again.close();
  await trendyol.close();
  await notesInPanels(driver, lang, panelShot);
  // The first frame is the popup beside the filled Api Tanım form: what the extension is for.
  const first = frames.findIndex((entry) => entry.name === 'popup-beside-the-filled-api-form');
  frames.unshift(...frames.splice(first, 1));
  const dir = storeShotDir(lang);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const written = await drawListing(lang, frames, dir, lang === 'tr' ? 'Joom Bağlayıcı – ShopiVerse' : 'Joom Connector for ShopiVerse');
  for (const path of written) console.log(`  ${path}`);
  return written;
}

/**
 * The notes the extension writes into the panels that no listing frame shows (issue 17: a screenshot of every
 * in-page note), each scrolled into view at the panel's size, after the listing's frames (the pages here change what
 * the popup would show): Joom's new-application form with the note that says who filled it; an application whose
 * redirect URL is wrong, the warning beside it with its button that copies the right one; a ShopiVerse page with the
 * Joom banner where no form qualifies (refused-told.spec.ts's page: a heading of others' content two blocks above the
 * card), the note beside the banner saying why; and the seller's press on its Kaydet, told beside the button that it
 * did not count.
 */
async function notesInPanels(driver: Driver, lang: Lang, panelShot: (page: TestPage, name: string) => Promise<void>): Promise<void> {
  const form = await driver.open('https://merchant.joom.com/panel/api/new');
  await form.bringToFront();
  await until(form, () => [...document.querySelectorAll('input')].some((input) => input.value === 'ShopiVerse'));
  await noteInView(form, 'prefilled');
  await panelShot(form, 'joom-new-application-prefilled-note');
  await form.close();
  // JOOM_APPS' second application: its redirect URL is http, lacks /tr/ and ends in a slash.
  const wrong = JOOM_APPS.find((each) => each.redirectUrl.startsWith('http:')) as (typeof JOOM_APPS)[0];
  const appPage = await driver.open(`https://merchant.joom.com/panel/api/${wrong.id}`);
  await appPage.bringToFront();
  await until(appPage, () => document.querySelector('joom-connector-ui[data-key="redirect"][data-state^="bad:"]'));
  await noteInView(appPage, 'redirect');
  await panelShot(appPage, 'joom-wrong-redirect-with-copy-button');
  await appPage.close();
  const told: ToldCase = { ...TOLD_BASE, before: 'distant' };
  if (mustQualify(told)) throw new Error('the why-note needs a page whose form does not qualify');
  const url = `https://app.shopiverse.tech/${lang}/settings/store/${REAL_CODE}/told`;
  customPages.set(
    url,
    `<!doctype html><html lang="tr"><head><meta charset="utf-8"><title>ShopiVerse</title><style>${STYLE}</style></head><body>${toldPage(told)}</body></html>`,
  );
  try {
    const page = await driver.open(url);
    await page.bringToFront();
    await until(page, () => document.querySelector('.real .banner'));
    await noteInView(page, 'fill-problem');
    await panelShot(page, 'shopiverse-why-note-beside-joom-banner');
    await page.click('.real .save');
    await noteInView(page, 'press-not-counted');
    await panelShot(page, 'shopiverse-press-not-counted');
    await page.close();
  } finally {
    customPages.delete(url);
  }
}

/** Every popup state, in the popup's own size, from the facts that make it (tests/browser/popup-states.ts). */
async function popupStates(lang: Lang): Promise<void> {
  const driver = await launchChromium({ lang, viewport: POPUP_VIEWPORT });
  const shot = shooter(popupShotDir(lang));
  console.log(`Every popup state (${lang}):`);
  try {
    for (const [name, state] of Object.entries(POPUP_STATES)) {
      const joom = state.joomPage ? await driver.open(`https://merchant.joom.com${state.joomPage}`) : undefined;
      const popup = await driver.popup();
      await showState(popup, state);
      await sleep(200);
      await shot(popup, name);
      await popup.close();
      await joom?.close();
    }
  } finally {
    await driver.close();
  }
}

/**
 * When reading is unsure, what the seller sees (issue 10): a page with two Store IDs, a layout no label of ours
 * names (paste, a refused paste, pick on the page, read again after the pick), and a Secret Key that changed.
 * Saved in out/assisted/<lang>/: they are for the people who build this, not for the stores' listings.
 */
async function walkAssisted(driver: Driver, lang: Lang): Promise<void> {
  const shot = shooter(join(import.meta.dirname, '..', 'out', 'assisted', lang));
  console.log(`Walking the assisted paths (headless, ${lang}):`);
  const other = OTHER_ID;
  customPages.set('https://merchant.joom.com/panel/stores/two', twoStoreIds(store.name, other, store.id));
  customPages.set(`https://merchant.joom.com/panel/stores/${store.id}`, unknownLayout(store.id, store.name));
  customPages.set('https://merchant.joom.com/panel/stores/7a7b7c7d7e7f707172737475', unknownLayout('7a7b7c7d7e7f707172737475', 'Ege Tekstil'));
  try {
    const two = await driver.open('https://merchant.joom.com/panel/stores/two');
    let popup = await driver.popup();
    await until(popup, () => document.querySelectorAll('[data-choose="storeId"]').length === 2);
    await shot(popup, 'popup-choose-between-two-store-ids');
    await popup.close();
    // The page beside it: each value marked with the words its choice carries in the popup (its section, its place).
    await two.bringToFront();
    await until(two, () => document.querySelector('joom-connector-ui[data-key="choice-storeId-1"]'));
    await shot(two, 'joom-two-store-ids-marked-as-in-the-popup');
    await two.close();

    const page = await driver.open(`https://merchant.joom.com/panel/stores/${store.id}`);
    await until(page, () => document.querySelector('.v'));
    popup = await driver.popup();
    await until(popup, () => document.querySelector('[data-action="by-hand"]'));
    await popup.click('[data-action="by-hand"]');
    await until(popup, () => document.getElementById('paste-storeId')?.checkVisibility());
    await shot(popup, 'popup-nothing-read-paste-or-pick');
    await popup.type('#paste-storeId', store.id.slice(3));
    await popup.press('Enter');
    await until(popup, () => document.querySelector('[data-paste="storeId"] [role="alert"]'));
    await shot(popup, 'popup-paste-refused-with-the-shape-expected');
    await popup.click('[data-pick="storeId"]');
    await until(page, () => document.querySelector('joom-connector-ui[data-key="pick"]'));
    await page.bringToFront();
    await shot(page, 'joom-pick-on-the-page');
    await page.click('.row .v');
    await sleep(800);
    await popup.close();
    popup = await driver.popup();
    await until(popup, () => document.querySelector('[data-source="storeId"]'));
    await shot(popup, 'popup-picked-store-id-with-where-it-came-from');
    await popup.close();
    const again = await driver.open('https://merchant.joom.com/panel/stores/7a7b7c7d7e7f707172737475');
    await until(again, () => document.querySelector('joom-connector-ui[data-key="copy-storeId"]'));
    await shot(again, 'joom-same-layout-read-without-a-pick');

    const changed = 'b1b2b3b4b5b6b7b8b9b0c1c2c3c4c5c6';
    // The application's whole page, tied to its store: the key read twice is then the only step in question.
    const whole = { store: store.name, redirect: app.redirectUrl };
    customPages.set('https://merchant.joom.com/panel/api/first', appWithSecret(app.clientId, app.secret, whole));
    customPages.set('https://merchant.joom.com/panel/api/later', appWithSecret(app.clientId, changed, whole));
    const first = await driver.open('https://merchant.joom.com/panel/api/first');
    await until(first, () => document.querySelector('joom-connector-ui[data-key="copy-secret"]'));
    await driver.open('https://merchant.joom.com/panel/api/later');
    popup = await driver.popup();
    // The key read twice is the card's question; Ege Tekstil's page also offered its store, which waits until the
    // question is answered (look verdict 4), then is a one-line bar under the card (issue 17).
    await until(popup, () => document.querySelector('[data-next="conflict"] [data-conflict="secret"]'));
    await shot(popup, 'popup-secret-changed-which-stays');
    await popup.click('[data-conflict="secret"] [data-keep]');
    await until(popup, () => document.querySelector('[data-offer] [data-answer="keep"]'));
    await shot(popup, 'popup-store-offered-after-the-question');
    await popup.click('[data-offer] [data-answer="keep"]');
    await until(popup, () => !document.querySelector('[data-offer]'));
  } finally {
    customPages.clear();
  }
}

await buildReplicas();
// CI may have a display, but nobody to close the window.
const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI;
if (headed) {
  const lang: Lang = process.env.LANG?.startsWith('en') ? 'en' : 'tr';
  const driver = await launchChromium({ lang, headed });
  console.log('Chromium is open with the extension on the replicas. Close the window to stop.');
  await driver.open('https://merchant.joom.com/panel/stores');
  await driver.open(`https://app.shopiverse.tech/${lang}/settings/store`);
  await driver.popup();
  await new Promise<void>((resolve) => {
    const timer = setInterval(async () => {
      if ((await driver.pages().catch(() => [])).length === 0) {
        clearInterval(timer);
        resolve();
      }
    }, 1000);
  });
  await driver.close().catch(() => undefined);
} else {
  // Both languages: the listing has a Turkish and an English page. `tsx scripts/start.ts --frames [tr|en]` (after a
  // build) walks only the journey that draws the listing's frames, to look at them without every other screenshot.
  const framesOnly = process.argv.includes('--frames');
  const langs = (['tr', 'en'] as const).filter(
    (lang) => !framesOnly || !process.argv.some((arg) => arg === 'tr' || arg === 'en') || process.argv.includes(lang),
  );
  for (const lang of langs) {
    const driver = await launchChromium({ lang, viewport: STORE_VIEWPORT });
    try {
      await walk(driver, lang);
    } finally {
      await driver.close();
    }
    if (framesOnly) continue;
    await popupStates(lang);
    const assisted = await launchChromium({ lang, viewport: STORE_VIEWPORT });
    try {
      await walkAssisted(assisted, lang);
    } finally {
      await assisted.close();
    }
  }
  console.log('Done: store/screenshots/<lang>/ holds the listing’s frames (1280×800) and promo tile (440×280); out/popup/<lang>/ every popup state.');
}
