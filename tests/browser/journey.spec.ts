import { afterEach, describe, expect, it } from 'vitest';
import { JOOM_APPS, JOOM_STORES, type Lang, SV_TEXT } from '../panels/data';
import { shopiverseServer } from '../panels/routes';
import { BROWSER, type Driver, launch } from './drivers';
import { formValues, openApiForm, popupStates, pressAuthorize, pressSave, pushAndSave, pushFromPopup, readApp, readStore, waitForStep } from './steps';

const [store, storeTwo] = JOOM_STORES as [(typeof JOOM_STORES)[0], (typeof JOOM_STORES)[0]];
const [app, appTwo] = JOOM_APPS as [(typeof JOOM_APPS)[0], (typeof JOOM_APPS)[0]];
// The two replica stores' applications: the second one's page names its store by name, as the first's does.

describe.each(['tr', 'en'] as Lang[])(`the seller's journey (${BROWSER}, %s)`, (lang) => {
  const T = SV_TEXT[lang] as Record<string, string>;
  let driver: Driver | undefined;
  afterEach(async () => {
    await driver?.close();
    driver = undefined;
  });

  it('reads on Joom, pushes into the open form, is saved by the seller, and is authorized', async () => {
    const started = performance.now();
    driver = await launch({ lang });
    await (await readStore(driver, store)).close();
    await (await readApp(driver, app)).close();
    const form = await openApiForm(driver, '00159', lang);
    const popup = await driver.popup();
    expect(await pushFromPopup(popup)).toBe('filled');
    expect(await formValues(form)).toEqual([app.secret, app.clientId, store.id]);
    expect(await form.evaluate(() => (document.querySelector('form input[type="checkbox"]') as HTMLInputElement).checked)).toBe(true);
    // Seller review B4: the "press Kaydet" note on its own line above the buttons (beside Kaydet it sat between Kaydet
    // and "Api Tanımlarını Sil"), and the ring around Kaydet over nothing else on the page.
    await form.waitFor(() => document.querySelector('joom-connector-ui[data-key="save-hint"]') !== null);
    const around = await form.evaluate(() => {
      const save = [...document.querySelectorAll('button')].find((button) => button.style.outlineStyle === 'solid') as HTMLElement;
      const note = document.querySelector('joom-connector-ui[data-key="save-hint"]') as HTMLElement;
      const reach = Number.parseFloat(save.style.outlineWidth) + Number.parseFloat(save.style.outlineOffset);
      const box = save.getBoundingClientRect();
      const ring = { left: box.left - reach, right: box.right + reach, top: box.top - reach, bottom: box.bottom + reach };
      const meets = (other: DOMRect) =>
        other.width > 0 && other.height > 0 && other.left < ring.right && other.right > ring.left && other.top < ring.bottom && other.bottom > ring.top;
      // Every box drawn on the page but the button's own and those that hold it: leaves, controls and our note.
      const under = [...document.body.querySelectorAll('*')].filter(
        (element) =>
          !element.contains(save) && !save.contains(element) && (element.children.length === 0 || element.matches('button, label, input') || element === note),
      );
      const noteBox = note.getBoundingClientRect();
      return {
        ringOver: under.filter((element) => meets(element.getBoundingClientRect())).map((element) => element.outerHTML.slice(0, 80)),
        noteAbove: noteBox.bottom <= box.top,
      };
    });
    expect(around).toEqual({ ringOver: [], noteAbove: true });
    // ShopiVerse's buttons as the page labels them (core/button-names.ts): the English replica shows "Save", so the
    // seller of an English page is not sent to look for a "Kaydet" that is not there (look verdict 7).
    expect((await form.ourUi('save-hint')).join('|')).toContain(lang === 'tr' ? 'kontrol edip “Kaydet” düğmesine basın' : 'then press “Save”.');
    await waitForStep(popup, 'pushed', 'done');
    expect((await popupStates(popup)).saved).toBe('todo');
    await expect
      .poll(() => popup.evaluate(() => document.querySelector('#next-title')?.textContent ?? ''), { timeout: 10_000 })
      .toBe(lang === 'tr' ? 'ShopiVerse’te “Kaydet” düğmesine basın' : 'Press “Save” in ShopiVerse');

    // The seller saves: the React replica stores what its own state holds, then reloads.
    await pressSave(form, lang);
    await expect.poll(() => shopiverseServer.get('00159'), { timeout: 10_000 }).toBeDefined();
    expect(shopiverseServer.get('00159')).toMatchObject({ secret: app.secret, clientId: app.clientId, storeId: store.id, status: true });
    await waitForStep(popup, 'saved', 'done', 60_000);

    // "Yetki Talep Et" → Joom's consent → back to the callback with a code.
    await pressAuthorize(form, lang);
    await form.waitFor(() => location.host === 'api-merchant.joom.com');
    await form.click('#allow');
    await form.waitFor(() => location.pathname.endsWith('/joomcallbackcode'));
    await waitForStep(popup, 'authorized', 'done');
    const badge = await popup.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome;
      return api.action.getBadgeText({});
    });
    expect(badge).toBe('7/7');
    // The code passed by and was not kept.
    expect(JSON.stringify(await driver.stored())).not.toContain('0123456789abcdef0123456789abcdef');
    console.log(`journey (${BROWSER}, ${lang}): ${Math.round(performance.now() - started)} ms`);
  });

  it('keeps a push pending when no form is open, opens ShopiVerse, and fills the form when the seller reaches it', async () => {
    driver = await launch({ lang });
    await (await readStore(driver, store)).close();
    await (await readApp(driver, app)).close();
    const popup = await driver.popup();
    expect(await pushFromPopup(popup)).toBe('pending');
    expect(JSON.stringify((await driver.stored()).session)).toContain('"pending"');
    const opened = await waitForPage(driver, '/settings/store');
    await opened.waitFor(() => document.querySelector('joom-connector-ui[data-key="pending-hint"]') !== null);
    await opened.clickText('Joom', 'b');
    await opened.clickText(T.apiTab as string, 'button');
    await opened.waitFor((want) => [...document.querySelectorAll('form input')].some((input) => (input as HTMLInputElement).value === want), store.id);
    expect(await formValues(opened)).toEqual([app.secret, app.clientId, store.id]);
    await waitForStep(popup, 'pushed', 'done');
    expect(JSON.stringify((await driver.stored()).session)).not.toContain('"pending"');
  });

  // Longer than the default: the seller pushes and saves before the press (issue 16), two page loads more.
  it('marks a refused authorization as an error and says what to do, in its own words', { timeout: 180_000 }, async () => {
    driver = await launch({ lang });
    await (await readStore(driver, store)).close();
    await (await readApp(driver, app)).close();
    // The press counts for the store whose push went into this form (issue 16): pushed and saved first.
    const page = await pushAndSave(driver, '00159', lang);
    // The callback counts only after the seller's own click on "Yetki Talep Et", even when the background went to
    // sleep while the seller looked at the form: the page's port wakes it again, and the press, sent on the release
    // before the page leaves, reaches it (no content script writes storage).
    await driver.stopBackground();
    await driver.backgroundWoken();
    await pressAuthorize(page, lang);
    await page.waitFor(() => location.host === 'api-merchant.joom.com');
    await page.click('#deny');
    const popup = await driver.popup();
    // The background wakes for the press and again for the callback: slow on a loaded machine.
    await waitForStep(popup, 'authorized', 'error', 30_000);
    const detail = await popup.evaluate(() => document.querySelector('[data-step="authorized"]')?.textContent ?? '');
    expect(detail).toContain(lang === 'tr' ? 'erişim isteği reddedildi' : 'the access request was declined');
    expect(detail).not.toContain('The user denied access');
    // The toolbar badge turns red.
    const color = await popup.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { action: { getBadgeBackgroundColor(d: object): Promise<number[]> } } }).chrome;
      return api.action.getBadgeBackgroundColor({});
    });
    expect(color.slice(0, 3)).toEqual([220, 38, 38]);
    // The latest callback decides, after the seller's next click.
    await page.goto(`https://app.shopiverse.tech/${lang}/settings/store/00159`);
    await page.clickText(T.apiTab as string, 'button');
    await pressAuthorize(page, lang);
    await page.waitFor(() => location.host === 'api-merchant.joom.com');
    await page.click('#allow');
    await waitForStep(popup, 'authorized', 'done');
  });
});

describe(`pushing the right values to the right form (${BROWSER})`, () => {
  let driver: Driver | undefined;
  afterEach(async () => {
    await driver?.close();
    driver = undefined;
  });

  it('pushes the store the seller picked when there are two', async () => {
    driver = await launch({ lang: 'tr' });
    await (await readStore(driver, store)).close();
    await (await readStore(driver, storeTwo)).close();
    await (await readApp(driver, app)).close();
    const masked = await readApp(driver, appTwo).catch(() => undefined);
    await masked?.close();
    const form = await openApiForm(driver, '00159');
    const popup = await driver.popup();
    await popup.waitFor(() => document.querySelector('select') !== null);
    await popup.evaluate((id) => {
      const select = document.querySelector('select') as HTMLSelectElement;
      select.value = id;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }, store.id);
    await popup.waitFor((id) => document.querySelector('[data-value="storeId"]')?.textContent === id, store.id);
    expect(await pushFromPopup(popup)).toBe('filled');
    expect(await formValues(form)).toEqual([app.secret, app.clientId, store.id]);
  });

  it('fills a plain-DOM form that keeps its own state from input events (as Vue or Angular do), and the save carries the values', async () => {
    driver = await launch({ lang: 'tr', replica: { framework: 'plain' } });
    await (await readStore(driver, store)).close();
    await (await readApp(driver, app)).close();
    const form = await openApiForm(driver, '00159');
    expect(await pushFromPopup(await driver.popup())).toBe('filled');
    await form.clickText('Kaydet', 'button');
    await expect.poll(() => shopiverseServer.get('00159'), { timeout: 10_000 }).toBeDefined();
    expect(shopiverseServer.get('00159')).toMatchObject({ secret: app.secret, clientId: app.clientId, storeId: store.id, status: true });
  });

  it('refuses a form that is not a Joom store’s, and delivers the push to the Joom store’s form instead', async () => {
    driver = await launch({ lang: 'tr' });
    await (await readStore(driver, store)).close();
    await (await readApp(driver, app)).close();
    const trendyol = await openApiForm(driver, '00160');
    const popup = await driver.popup();
    expect(await pushFromPopup(popup)).toBe('notJoom');
    expect(await formValues(trendyol)).toEqual(['', '', '']);
    const joom = await openApiForm(driver, '00159');
    await joom.waitFor((want) => [...document.querySelectorAll('form input')].some((input) => (input as HTMLInputElement).value === want), store.id);
    expect(await formValues(joom)).toEqual([app.secret, app.clientId, store.id]);
    expect(await formValues(trendyol)).toEqual(['', '', '']);
  });

  it('never overwrites a different value without asking, and overwrites when the seller confirms', async () => {
    driver = await launch({ lang: 'tr' });
    await (await readStore(driver, store)).close();
    await (await readApp(driver, app)).close();
    const form = await openApiForm(driver, '00159');
    await form.type('input[placeholder="Client Id"]', 'typed-by-seller-123');
    const popup = await driver.popup();
    expect(await pushFromPopup(popup)).toBe('conflict');
    expect(await formValues(form)).toEqual(['', 'typed-by-seller-123', '']);
    await popup.click('button[data-action="overwrite"]');
    await popup.waitFor(() => document.querySelector('[data-push-status]')?.getAttribute('data-push-status') === 'filled');
    expect(await formValues(form)).toEqual([app.secret, app.clientId, store.id]);
  });
});

async function waitForPage(driver: Driver, path: string) {
  for (let i = 0; i < 50; i++) {
    const found = (await driver.pages()).find((page) => page.url().includes(path));
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no tab at ${path}`);
}
