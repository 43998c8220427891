import { afterEach, describe, expect, it } from 'vitest';
import { JOOM_STORES, type Lang, SV_TEXT } from '../panels/data';
import { shopiverseServer } from '../panels/routes';
import { BROWSER, type Driver, launch, type TestPage } from './drivers';
import { formValues, pressAuthorize, pressSave } from './steps';

// The whole guide from a fresh install to "connected", pressing only the popup's one primary button and what the
// panels themselves offer: their links where the card says where to click (a store's name, the account menu), and
// their own buttons (Kaydet, Yetki Talep Et, İzin ver). Nothing typed, nothing pasted, no address entered.

const [store] = JOOM_STORES as [(typeof JOOM_STORES)[0]];
const NEW_APP = { clientId: 'c0ffee0123456789', secret: '0123456789abcdef0123456789abcdef' }; // what the replica's form creates

describe.each(['tr', 'en'] as Lang[])(`the guide, pressing the popup's primary button (${BROWSER}, %s)`, (lang) => {
  let driver: Driver | undefined;
  afterEach(async () => {
    await driver?.close();
    driver = undefined;
  });

  /** The card's next step, once it is `id`. */
  const waitForNext = (popup: TestPage, id: string) =>
    popup.waitFor((want) => document.querySelector('[data-next]')?.getAttribute('data-next') === want, id, 15_000);

  /** Press the card's primary button; the tab it opened, if it opened one. */
  async function pressNext(popup: TestPage, opens?: string): Promise<TestPage | undefined> {
    const before = (await (driver as Driver).pages()).length;
    await popup.click('[data-next] [data-action="next"]');
    if (!opens) return undefined;
    // Up to 30 s: a loaded machine (both browsers at once in CI) takes over 15 s to open a tab in Firefox.
    for (let i = 0; i < 150; i++) {
      const pages = await (driver as Driver).pages();
      const opened = pages.slice(before).find((page) => page.url().startsWith(opens));
      if (opened) return opened;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const urls = (await (driver as Driver).pages()).map((page) => page.url());
    throw new Error(`the primary button opened no tab at ${opens} (before ${before}; tabs: ${urls.join(', ')})`);
  }

  it('goes from the empty popup to connected', async () => {
    driver = await launch({ lang });
    const popup = await driver.popup();

    // 1. Empty: Joom's store list; the seller clicks the store's name.
    await waitForNext(popup, 'store-id');
    const stores = (await pressNext(popup, 'https://merchant.joom.com/panel/stores')) as TestPage;
    await stores.waitFor(() => document.querySelector('main a') !== null);
    await stores.clickText(store.name, 'a');

    // 2. The new application: the panel, then the account menu the card names; the form is prefilled: Kaydet.
    await waitForNext(popup, 'api-app');
    const panel = (await pressNext(popup, 'https://merchant.joom.com/')) as TestPage;
    await panel.waitFor(() => document.querySelector('button.account') !== null);
    await panel.click('button.account');
    await panel.click('nav.menu a');
    await panel.click('main a.button');
    await panel.waitFor(() => [...document.querySelectorAll('input')].some((input) => input.value === 'ShopiVerse'));
    await panel.waitFor(() => (document.querySelector('select') as HTMLSelectElement | null)?.value !== '');
    await panel.click('form button[type="submit"]');
    // Saved, Joom shows the application's page: its Client ID and Secret Key are read there.

    // 3. Push: nothing is open on ShopiVerse, so it opens its store list; the seller opens the Joom store's Api Tanım.
    await waitForNext(popup, 'pushed');
    const shopiverse = (await pressNext(popup, 'https://app.shopiverse.tech/')) as TestPage;
    await shopiverse.waitFor(() => document.querySelector('joom-connector-ui[data-key="pending-hint"]') !== null);
    // The push opens ShopiVerse's Turkish store list (its one known locale): the page's own words are Turkish then.
    const svLang = new URL(shopiverse.url()).pathname.startsWith('/en/') ? 'en' : 'tr';
    const T = SV_TEXT[svLang] as Record<string, string>;
    await shopiverse.clickText('Joom', 'b');
    await shopiverse.clickText(T.apiTab as string, 'button');
    await shopiverse.waitFor((want) => [...document.querySelectorAll('form input')].some((input) => (input as HTMLInputElement).value === want), store.id);
    expect(await formValues(shopiverse)).toEqual([NEW_APP.secret, NEW_APP.clientId, store.id]);

    // 4. Kaydet: the card's button brings the ShopiVerse tab forward (no new tab); the seller saves.
    await waitForNext(popup, 'saved');
    const tabs = (await driver.pages()).length;
    await pressNext(popup);
    expect((await driver.pages()).length).toBe(tabs);
    await pressSave(shopiverse, svLang);
    await expect.poll(() => shopiverseServer.get('00159'), { timeout: 10_000 }).toMatchObject({ clientId: NEW_APP.clientId, storeId: store.id, status: true });

    // 5. Yetki Talep Et, and İzin ver on Joom.
    await waitForNext(popup, 'authorized');
    await pressNext(popup);
    await pressAuthorize(shopiverse, svLang);
    await shopiverse.waitFor(() => location.host === 'api-merchant.joom.com');
    await shopiverse.click('#allow');

    // Connected: the card says so; Push is a secondary "push again"; the product checks are what is left.
    await popup.waitFor(() => document.querySelector('[data-connected]') !== null, undefined, 15_000);
    expect(await popup.evaluate(() => document.querySelector('[data-next]')?.getAttribute('data-next'))).toBe('images');
    expect(await popup.evaluate(() => document.querySelector('[data-push]')?.getAttribute('data-push'))).toBe('again');
    expect(await popup.evaluate(() => document.querySelector('[data-group="connection"] .count')?.textContent)).toContain('7');
    // Five steps across two panels and a consent page: about a minute on an idle machine, three times that under load.
  }, 180_000);
});
