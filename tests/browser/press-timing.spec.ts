import { afterEach, describe, expect, it } from 'vitest';
import { JOOM_APPS, JOOM_STORES, SV_TEXT } from '../panels/data';
import { BROWSER, type Driver, launch, type TestPage } from './drivers';
import { pressAuthorize, pushAndSave, readApp, readStore } from './steps';

// The seller's press on "Yetki Talep Et" counts however it follows what made the button appear: the form shown by a
// click on its tab, the tab brought to the front after the seller looked elsewhere, the background gone to sleep.
// A press faster than a person can make (in the 100 ms after the form appears, before Joom Connector's scan has seen
// it) is not counted, and then Joom's answer is not silently dropped: the popup asks for the press again.
// Before, in Chromium, 4 of 6 such presses were lost without a word (2 as the form appeared, 2 after the background
// was stopped), and the journey and guide tests failed now and then in CI.

const [store] = JOOM_STORES as [(typeof JOOM_STORES)[0]];
const [app] = JOOM_APPS as [(typeof JOOM_APPS)[0]];
const lang = 'en';
const T = SV_TEXT[lang] as Record<string, string>;

type Before = 'formSeen' | 'instant' | 'tabToFront' | 'backgroundStopped' | 'backgroundStopping';
// Refusals first: a store authorized stays authorized (any site can open the callback page), so a press not counted
// after that is asked again only while the store is not authorized.
const CASES: [Before, 'allow' | 'deny'][] = [
  ['formSeen', 'deny'],
  ['instant', 'deny'],
  ['backgroundStopping', 'deny'],
  ['tabToFront', 'deny'],
  ['backgroundStopped', 'deny'],
  ['instant', 'allow'],
  ['formSeen', 'allow'],
];
/**
 * What must come of each: a press a person makes counts; one faster than that (as the form appears, or in the instant
 * the background is stopped and not yet started again) counts, or the seller is told to press again.
 */
const WANT: Record<Before, string[]> = {
  formSeen: ['counted'],
  instant: ['counted', 'told'],
  tabToFront: ['counted'],
  backgroundStopped: ['counted'],
  backgroundStopping: ['counted', 'told'],
};
describe(`a press on Yetki Talep Et right after the button appears (${BROWSER})`, () => {
  let driver: Driver | undefined;
  afterEach(async () => {
    await driver?.close();
    driver = undefined;
  });

  it('counts each press a person can make, and says so when one came too soon', { timeout: 360_000 }, async () => {
    driver = await launch({ lang });
    await (await readStore(driver, store)).close();
    await (await readApp(driver, app)).close();
    const page = await pushAndSave(driver, '00159', lang);
    const outcomes: string[] = [];
    /** The store's authorization record, and when a callback with no counted press last came (the background's word). */
    const records = async () => {
      const stored = (await (driver as Driver).stored()) as unknown as {
        local: { state?: { auth?: object } };
        session: { session?: { unboundCallback?: number } };
      };
      return { auth: JSON.stringify(stored.local.state?.auth ?? {}), unbound: stored.session.session?.unboundCallback ?? 0 };
    };
    for (const [before, answer] of CASES) {
      const start = await records();
      // The seller is on the form's tab (reading the storage above opened one of ours in front).
      await page.bringToFront();
      await page.goto(`https://app.shopiverse.tech/${lang}/settings/store/00159`);
      await page.clickText(T.apiTab as string, 'button');
      let other: TestPage | undefined;
      if (before === 'tabToFront') {
        await page.waitFor(() => document.querySelector('joom-connector-ui[data-key="fill-button"]') !== null, undefined, 15_000);
        // The seller looks at another tab for a while (the form's tab runs no frames then), and comes back.
        other = await driver.popup();
        await other.bringToFront();
        await new Promise((resolve) => setTimeout(resolve, 1500));
        await page.bringToFront();
      }
      if (before === 'backgroundStopped' || before === 'backgroundStopping') {
        await page.waitFor(() => document.querySelector('joom-connector-ui[data-key="fill-button"]') !== null, undefined, 15_000);
        await driver.stopBackground();
        if (before === 'backgroundStopped') await driver.backgroundWoken();
      }
      if (before === 'formSeen') await pressAuthorize(page, lang);
      else await page.clickText(T.authorize as string, 'button'); // at once, as fast as the automation can
      await page.waitFor(() => location.host === 'api-merchant.joom.com');
      await page.click(answer === 'allow' ? '#allow' : '#deny');
      await page.waitFor(() => location.host === 'app.shopiverse.tech');
      let outcome = 'lost';
      for (let i = 0; i < 50 && outcome === 'lost'; i++) {
        const now = await records();
        if (now.auth !== start.auth) outcome = 'counted';
        else if (now.unbound > start.unbound) {
          // Not counted: the popup must say so, in its authorization step.
          const popup = await driver.popup();
          await popup.waitFor(
            () => (document.querySelector('[data-step="authorized"]')?.textContent ?? '').includes('did not see your own press'),
            undefined,
            15_000,
          );
          await popup.close();
          outcome = 'told';
        } else await new Promise((resolve) => setTimeout(resolve, 200));
      }
      await other?.close();
      outcomes.push(`${before}/${answer}: ${outcome}`);
    }
    const wrong = outcomes.filter((outcome, i) => {
      const [before] = CASES[i] as [Before, string];
      return !WANT[before].includes(outcome.split(': ')[1] as string);
    });
    expect(wrong, outcomes.join('; ')).toEqual([]);
  });
});
