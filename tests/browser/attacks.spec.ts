import { afterEach, describe, expect, it } from 'vitest';
import { JOOM_APPS, JOOM_STORES, type JoomStore } from '../panels/data';
import { customPages, latePage, shopiverseServer } from '../panels/routes';
import { BROWSER, type Driver, launch, type TestPage } from './drivers';
import { openApiForm, popupStates, pressAuthorize, pressSave, pushAndSave, pushFromPopup, readApp, readStore, waitForStep } from './steps';

// Issue 11: the holes an attacker's reading of the code found, each as a case that failed on the code before it.
// SECURITY.md's threat table names each case.

const [store] = JOOM_STORES as [JoomStore];
const [app] = JOOM_APPS as [(typeof JOOM_APPS)[0]];
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const SAVED = { secret: app.secret, clientId: app.clientId, storeId: store.id, status: true, asShown: false };

/** The three text fields of every Api Tanım form on the page, decoys included, by placeholder. */
function allValues(page: TestPage): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('input[placeholder="Secret Key"], input[placeholder="Client Id"], input[placeholder="Store Id"]')].map(
      (input) => (input as HTMLInputElement).value,
    ),
  );
}

async function ready(driver: Driver): Promise<void> {
  await (await readStore(driver, store)).close();
  await (await readApp(driver, app)).close();
}

function storedText(driver: Driver): Promise<string> {
  return driver.stored().then((stored) => JSON.stringify(stored));
}

describe(`attacks on the push, the seller's actions and storage (${BROWSER})`, () => {
  let driver: Driver | undefined;
  afterEach(async () => {
    await driver?.close();
    driver = undefined;
  });

  // Item 1
  it('fills only the Api Tanım form the seller sees: an off-screen look-alike that submits elsewhere gets nothing', async () => {
    driver = await launch({ lang: 'tr', replica: { decoy: 'offscreen' } });
    await ready(driver);
    const form = await openApiForm(driver, '00159');
    expect(await pushFromPopup(await driver.popup())).toBe('filled');
    // The decoy comes first in the page; the real form's fields follow.
    expect(await allValues(form)).toEqual(['', '', '', app.secret, app.clientId, store.id]);
    expect(await form.evaluate(() => document.querySelector('[data-decoy] joom-connector-ui') === null)).toBe(true);
    expect((await form.ourUi('save-hint')).join('|')).toContain('“Kaydet” düğmesine basın');
  });

  // Item 1
  it('fills neither of two Api Tanım forms on one page, and says why in the popup and on the page', async () => {
    driver = await launch({ lang: 'tr', replica: { decoy: 'twin' } });
    await ready(driver);
    const form = await openApiForm(driver, '00159');
    expect(await pushFromPopup(await driver.popup())).toBe('manyForms');
    await wait(500);
    expect(await allValues(form)).toEqual(['', '', '', '', '', '']);
    expect((await form.ourUi('fill-problem')).join('|')).toContain('birden çok “Api Tanım” formu');
  });

  // Item 2
  it('sends the values to no tab when two tabs each hold an empty Joom form', async () => {
    driver = await launch({ lang: 'tr' });
    await ready(driver);
    const first = await openApiForm(driver, '00159');
    const second = await openApiForm(driver, '00161');
    expect(await pushFromPopup(await driver.popup())).toBe('manyForms');
    await wait(500);
    expect(await allValues(first)).toEqual(['', '', '']);
    expect(await allValues(second)).toEqual(['', '', '']);
  });

  // Item 2
  it('ends a waiting push at the first Joom form it meets: a form already holding values drops it, and another store’s form opened later gets nothing', async () => {
    driver = await launch({ lang: 'tr' });
    shopiverseServer.set('00159', { ...SAVED, secret: 'ffffffffffffffffffffffffffffffff', clientId: 'typed-elsewhere-123' });
    await ready(driver);
    expect(await pushFromPopup(await driver.popup())).toBe('pending');
    const held = await openApiForm(driver, '00159');
    await expect.poll(async () => (await held.ourUi('fill-problem')).join('|'), { timeout: 10_000 }).toContain('farklı değerler');
    await expect.poll(async () => JSON.stringify((await driver?.stored())?.session), { timeout: 10_000 }).not.toContain('"pending"');
    const other = await openApiForm(driver, '00161');
    await wait(1500);
    expect(await allValues(other)).toEqual(['', '', '']);
  });

  // Items 3 and 4
  it('counts a Joom callback only after the seller’s own click on “Yetki Talep Et”: a forged click and a link from elsewhere do not', {
    timeout: 180_000,
  }, async () => {
    driver = await launch({ lang: 'tr' });
    await ready(driver);
    // Pushed and saved first: the press would count for this store (issue 16), so the assertion below can fail.
    const form = await pushAndSave(driver, '00159');
    await form.waitFor(() => [...document.querySelectorAll('button')].some((button) => button.textContent === 'Yetki Talep Et'));
    // A page script "clicks" the button (the replica's own handler ignores it, so the page stays), then any site
    // links the seller to the callback with a code.
    await form.evaluate(() => {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Yetki Talep Et') as HTMLButtonElement;
      button.addEventListener('click', (event) => event.stopImmediatePropagation(), { once: true });
      button.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    });
    await wait(500);
    await form.goto('https://app.shopiverse.tech/tr/settings/store/joomcallbackcode?code=0123456789abcdef0123456789abcdef');
    await wait(1500);
    expect(((await driver.stored()).local as { state: { auth: object } }).state.auth).toEqual({});
    const popup = await driver.popup();
    expect((await popupStates(popup)).authorized).toBe('todo');
  });

  // Item 3
  it('says why Joom refused in its own words, never in the text the callback URL carries', { timeout: 180_000 }, async () => {
    driver = await launch({ lang: 'tr' });
    await ready(driver);
    // The press counts for the store whose push went into this form (issue 16): pushed and saved first.
    const form = await pushAndSave(driver, '00159');
    await pressAuthorize(form);
    await form.waitFor(() => location.host === 'api-merchant.joom.com');
    // Joom's consent page sends the seller back with a refusal in words of its choosing (a Joom answer counts only
    // coming from Joom's page: core/hand-rules.ts callbackAnswers).
    await form.evaluate(() => {
      (document.querySelector('#deny') as HTMLAnchorElement).href =
        'https://app.shopiverse.tech/tr/settings/store/joomcallbackcode?error=access_denied&error_description=Hesabiniz+askida:+0850+000+00+00+arayin';
    });
    await form.click('#deny');
    const popup = await driver.popup();
    await waitForStep(popup, 'authorized', 'error');
    const text = await popup.evaluate(() => document.querySelector('[data-step="authorized"]')?.textContent ?? '');
    expect(text).toContain('erişim isteği reddedildi');
    expect(text).not.toContain('0850');
    // The description's words, not its number alone: random ids in storage (document ids, press receipts) can hold "0850"
    // (one did, in a Firefox run of this case).
    const stored = await storedText(driver);
    for (const words of ['Hesabiniz', 'askida', '0850 000', '0850+000']) expect(stored).not.toContain(words);
  });

  // Item 4
  it('counts only a trusted click on “Kaydet” as the seller’s save', async () => {
    driver = await launch({ lang: 'tr' });
    await ready(driver);
    const form = await openApiForm(driver, '00159');
    const popup = await driver.popup();
    expect(await pushFromPopup(popup)).toBe('filled');
    await form.evaluate(() => {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Kaydet') as HTMLButtonElement;
      // The page cancels its own forged click so that the form is not really submitted: only a listener that
      // believes any click could count it as a save.
      addEventListener('click', (event) => event.preventDefault(), { capture: true, once: true });
      button.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    });
    await wait(1500);
    expect((await popupStates(popup)).saved).toBe('todo');
    await pressSave(form);
    await waitForStep(popup, 'saved', 'done', 60_000);
  });

  // Item 5
  it('keeps its page notes in closed shadow roots, and never reuses a host the page planted', async () => {
    driver = await launch({ lang: 'tr' });
    await ready(driver);
    const form = await openApiForm(driver, '00159');
    // The page plants a look-alike of our "press Save" note's host right after the button, with an open root.
    await form.evaluate(() => {
      const save = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Kaydet') as HTMLButtonElement;
      const planted = document.createElement('joom-connector-ui');
      planted.setAttribute('data-key', 'save-hint');
      planted.setAttribute('data-state', 'ok');
      planted.setAttribute('data-planted', '');
      planted.attachShadow({ mode: 'open' });
      save.after(planted);
    });
    expect(await pushFromPopup(await driver.popup())).toBe('filled');
    const seen = await form.evaluate(() => {
      const hosts = [...document.querySelectorAll('joom-connector-ui[data-key="save-hint"]')];
      const planted = document.querySelector('joom-connector-ui[data-planted]');
      return { hosts: hosts.length, plantedWritten: planted?.shadowRoot?.childNodes.length, open: hosts.filter((h) => h.shadowRoot).length };
    });
    expect(seen).toEqual({ hosts: 2, plantedWritten: 0, open: 1 });
    expect((await form.ourUi('save-hint')).join('|')).toContain('“Kaydet” düğmesine basın');
  });

  // Item 7
  it('offers no copy button for the Secret Key in the popup (Push makes it unnecessary)', async () => {
    driver = await launch({ lang: 'tr' });
    await ready(driver);
    const popup = await driver.popup();
    await popup.waitFor(() => document.querySelector('[data-value="secret"]') !== null);
    const buttons = await popup.evaluate(() =>
      [...(document.querySelector('[data-value="secret"]')?.parentElement?.querySelectorAll('button') ?? [])].map((b) => b.textContent),
    );
    expect(buttons).toEqual([]);
    expect(await popup.evaluate(() => document.querySelectorAll('[aria-label*="Gizli Anahtar"]').length)).toBe(0);
    // And says why, in the one note under the value (look verdict 8; seller judge s38, point 5).
    expect(await popup.evaluate(() => document.querySelector('[data-secret-kept] [data-secret-no-copy]')?.textContent)).toBe(
      'Yalnızca son 4 karakter gösterilir; anahtar bu tarayıcının belleğinde tutulur, en geç tarayıcı kapanınca silinir.',
    );
  });

  // Item 8
  it('keeps at most 50 stores and 100 applications with their secrets, and says so when storage is full', async () => {
    driver = await launch({ lang: 'tr' });
    const popup = await driver.popup();
    await popup.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
      const hex = (n: number) => n.toString(16).padStart(24, '0');
      const stores = Object.fromEntries(Array.from({ length: 120 }, (_, n) => [hex(n + 1), { storeId: hex(n + 1), seenAt: n + 1 }]));
      const apps = Object.fromEntries(
        Array.from({ length: 150 }, (_, n) => [`client${String(n).padStart(8, '0')}`, { clientId: `client${String(n).padStart(8, '0')}`, seenAt: n + 1 }]),
      );
      await api.storage.local.set({ state: { stores, apps, links: {}, pushes: {}, saved: {}, auth: {} } });
    });
    await ready(driver);
    const state = ((await driver.stored()).local as { state: { stores: object; apps: object } }).state;
    expect(Object.keys(state.stores)).toHaveLength(50);
    expect(Object.keys(state.stores)).toContain(store.id);
    expect(Object.keys(state.apps)).toHaveLength(100);
    expect(Object.keys(state.apps)).toContain(app.clientId);
    if (BROWSER === 'chromium') {
      // Chromium's storage.local holds 10 MB: fill it to a few bytes short, then read a store with a name (a record
      // a little longer than the nameless one it replaces under the cap).
      await popup.evaluate(async () => {
        type Local = { set(v: object): Promise<void>; getBytesInUse(keys: null): Promise<number>; QUOTA_BYTES: number };
        const local = (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome.storage.local;
        const used = await local.getBytesInUse(null);
        await local.set({ filler: 'x'.repeat(local.QUOTA_BYTES - used - 'filler'.length - 2 - 5) });
      });
      const [, other] = JOOM_STORES as [JoomStore, JoomStore];
      const page = await driver.open('https://merchant.joom.com/panel/stores');
      await page.clickText(other.name, 'a');
      await popup.waitFor(() => document.querySelector('[data-note="storageFull"]') !== null, undefined, 15_000);
      expect(page.consoleMessages().filter((message) => message.includes('joom-connector'))).toEqual([]);
    }
  });

  // Item 9
  it('keeps working on a page with an element named “browser” (DOM clobbering of the extension API)', async () => {
    driver = await launch({ lang: 'tr', replica: { clobber: true } });
    await ready(driver);
    const form = await openApiForm(driver, '00159');
    expect(await form.evaluate(() => (window as unknown as { browser?: { runtime?: { id?: string } } }).browser?.runtime?.id)).toBe('clobbered');
    expect(await pushFromPopup(await driver.popup())).toBe('filled');
    expect(await allValues(form)).toEqual([app.secret, app.clientId, store.id]);
  });

  // Item 9
  it('takes no Store ID silently from an element that names the label by aria-labelledby (planted in a chat log): the seller chooses', async () => {
    const PLANTED = '0d0c4a5163f24cdfb3280912';
    const url = 'https://merchant.joom.com/panel/stores/linked';
    customPages.set(
      url,
      latePage(
        `<h1>${store.name}</h1><section><h2>Mağaza Bilgileri</h2><div><span id="k">Mağaza Kimlik No</span> <span>${store.id}</span></div></section>` +
          `<div role="log"><p>Alıcı: merhaba</p><span aria-labelledby="k">${PLANTED}</span></div>`,
      ),
    );
    try {
      driver = await launch({ lang: 'tr' });
      await driver.open(url);
      const popup = await driver.popup();
      try {
        await popup.waitFor(() => document.querySelectorAll('[data-choose="storeId"]').length === 2, undefined, 15_000);
      } catch (error) {
        // Failed once in stop 24's CI, and never here alone, in whole-file runs or under load: what each side held then says
        // which side lost the choices (the page's read, the background's record, the popup's view).
        const stored = await driver.stored();
        const view = await popup.evaluate(() => ({
          view: document.querySelector('main')?.getAttribute('data-view'),
          next: document.querySelector('[data-next]')?.getAttribute('data-next'),
          choose: document.querySelectorAll('[data-choose]').length,
        }));
        const pages = (await driver.pages()).map((page) => page.url());
        throw new Error(
          `${error instanceof Error ? error.message : error}\nchoices: ${JSON.stringify((stored.session.session as { choices?: unknown } | undefined)?.choices)}` +
            `\nlocal stores: ${Object.keys((stored.local.state as { stores?: object } | undefined)?.stores ?? {}).length}\npopup: ${JSON.stringify(view)}` +
            `\npages: ${pages.join(' ')}\nrejections: ${JSON.stringify(await driver.rejections())}`,
        );
      }
      expect(JSON.stringify((await driver.stored()).local)).not.toContain(PLANTED);
      expect(JSON.stringify((await driver.stored()).local)).not.toContain(store.id);
    } finally {
      customPages.delete(url);
    }
  });

  it('names the page of a report by origin and path, never its query string', async () => {
    driver = await launch({ lang: 'tr' });
    const product = await driver.open('https://app.shopiverse.tech/tr/products/new?token=QUERYSECRET123#frag');
    const list = await driver.open('https://app.shopiverse.tech/tr/products?sid=QUERYSECRET456');
    await expect
      .poll(async () => Object.keys(((await driver?.stored())?.session.session ?? {}) as object), { timeout: 15_000 })
      .toEqual(expect.arrayContaining(['dimensions', 'images']));
    const session = JSON.stringify((await driver.stored()).session);
    expect(session).toContain('https://app.shopiverse.tech/tr/products/new');
    expect(session).not.toContain('QUERYSECRET');
    await product.close();
    await list.close();
  });
});
