import { afterEach, describe, expect, it } from 'vitest';
import { JOOM_APPS, JOOM_STORES, type JoomStore } from '../panels/data';
import { BROWSER, type Driver, launch } from './drivers';
import { pressAuthorize, pressRecord, pushAndSave, readApp, readStore } from './steps';

// Joom's callback counts only in the tab of the seller's press on "Yetki Talep Et" (or a tab it opened), arriving from
// Joom's consent page (core/hand-rules.ts callbackAnswers). Review 7, finding 3 (on 08fe8f8): while the seller looked
// at Joom's consent page, any site could open the callback address in another tab with a made-up code (recorded
// "authorized") or a made-up ?error=… (a refusal the seller never gave), and either used up the press, so Joom's real
// answer then counted for nothing. Now such a visit records nothing and the press stays for Joom's real answer.

const [store] = JOOM_STORES as [JoomStore];
const [app] = JOOM_APPS as [(typeof JOOM_APPS)[0]];
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
type Auth = Record<string, { result: string; error?: string }>;
const auth = async (driver: Driver) => ((await driver.stored()).local as { state: { auth: Auth } }).state.auth;

describe(`Joom's callback counts only in the press's tab, from Joom (${BROWSER})`, () => {
  let driver: Driver | undefined;
  afterEach(async () => {
    await driver?.close();
    driver = undefined;
  });

  for (const [what, query] of [
    ['a made-up code', 'code=0123456789abcdef0123456789abcdef'],
    ['a made-up refusal', 'error=access_denied'],
  ] as const)
    it(`records nothing when another tab opens the callback with ${what}, and Joom's real answer still counts`, { timeout: 180_000 }, async () => {
      driver = await launch({ lang: 'tr' });
      await (await readStore(driver, store)).close();
      await (await readApp(driver, app)).close();
      const form = await pushAndSave(driver, '00159');
      await pressAuthorize(form);
      // The seller is on Joom's consent page: nothing granted or refused yet.
      await form.waitFor(() => location.host === 'api-merchant.joom.com');
      // Any site (a link in a mail, a page the seller has open) sends another tab to the callback address, with no
      // referrer. Opened through the tabs API from an extension page: a tab the harness opens gets the active tab as its
      // opener in Chromium, which no link from elsewhere gives.
      const opener = await driver.popup();
      await opener.evaluate(async (url: string) => {
        const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as {
          tabs: { create(p: object): Promise<unknown> };
        };
        await api.tabs.create({ url, active: true });
      }, `https://app.shopiverse.tech/tr/settings/store/joomcallbackcode?${query}`);
      await wait(2000);
      expect(await auth(driver), 'recorded from a tab the press did not open').toEqual({});
      for (const page of await driver.pages()) if (page.url().startsWith('https://app.shopiverse.tech/tr/settings/store/joomcallbackcode')) await page.close();
      await opener.close();
      // The press was not used up: the seller's own "Allow" on Joom counts.
      await form.bringToFront();
      await form.click('#allow');
      const running = driver;
      await expect.poll(() => auth(running), { timeout: 15_000 }).toEqual({ [store.id]: expect.objectContaining({ result: 'code' }) });
    });

  it('records nothing when a page script in the seller’s own tab goes to the callback instead of to Joom', { timeout: 180_000 }, async () => {
    driver = await launch({ lang: 'tr' });
    await (await readStore(driver, store)).close();
    await (await readApp(driver, app)).close();
    const form = await pushAndSave(driver, '00159');
    // The page's script, after the page's own handler (which sends the tab to Joom), sends it to the callback instead.
    await form.evaluate(() => {
      window.addEventListener('click', (event) => {
        if ((event.target as Element | null)?.closest('button')?.textContent?.includes('Yetki Talep Et'))
          location.href = `${location.origin}/tr/settings/store/joomcallbackcode?code=0123456789abcdef0123456789abcdef`;
      });
    });
    await pressAuthorize(form);
    await form.waitFor(() => location.pathname.endsWith('/joomcallbackcode'));
    await wait(2000);
    expect(await auth(driver), 'recorded from a visit that did not come from Joom').toEqual({});
    // The press itself counted, and stays.
    expect(await pressRecord(driver, 'Yetki Talep Et')).toContain(store.id);
  });
});
