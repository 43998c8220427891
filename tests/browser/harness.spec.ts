import { describe, expect, it } from 'vitest';
import { JOOM_APPS, JOOM_STORES, type JoomStore } from '../panels/data';
import { BROWSER, browserForSuite } from './drivers';
import { formValues, pushFromPopup, readJoomOnce } from './steps';

// The harness itself must never act as the seller. A storage read in a tab brought to the front and closed again
// makes the browser activate that tab's neighbour, which the extension rightly takes for the seller turning to it: a
// waiting push then fills a form a test meant to keep in a background tab (hand.spec's background-tab case failed so
// in Firefox; Chromium's Playwright tab did the same, and its pages stay 'visible' whatever is in front, so only
// the extension's own view, the fill, shows it there).

const [store] = JOOM_STORES as [JoomStore];
const [app] = JOOM_APPS as [(typeof JOOM_APPS)[0]];
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe(`the harness's storage read (${BROWSER})`, () => {
  const browser = browserForSuite({ lang: 'tr' });
  const ready = readJoomOnce(browser, store, app);

  it('never turns to another tab: a form behind, with a push waiting, stays empty', { timeout: 180_000 }, async () => {
    await ready();
    const popup = await browser().popup();
    expect(await pushFromPopup(popup)).toBe('pending');
    await popup.close();
    // The seller's tab in front, a form in the tab to its right (Chromium activates the right-hand neighbour of a
    // closed tab in front, Firefox the one it was opened from or beside).
    const front = await browser().open(`https://merchant.joom.com/panel/stores/${store.id}`);
    const behind = await browser().open('https://app.shopiverse.tech/tr/settings/store/00159');
    await behind.evaluate(() => {
      sessionStorage.setItem('sv-tab', 'api');
      location.reload();
    });
    await front.bringToFront();
    await behind.waitFor(() => [...document.querySelectorAll('input')].some((input) => input.placeholder === 'Store Id'), undefined, 15_000);
    await behind.evaluate(() => {
      const seen: string[] = [];
      (globalThis as unknown as { harnessSeen: string[] }).harnessSeen = seen;
      document.addEventListener('visibilitychange', () => seen.push(document.visibilityState));
    });
    for (let i = 0; i < 3; i++) {
      const stored = (await browser().stored()) as { session: { session?: { pending?: unknown } } };
      expect(stored.session.session?.pending).toBeDefined();
      // The extension hears of an activated tab a moment later; a fill follows within the second.
      await wait(1000);
    }
    expect(await formValues(behind)).toEqual(['', '', '']);
    expect(await behind.evaluate(() => (globalThis as unknown as { harnessSeen: string[] }).harnessSeen)).toEqual([]);
    expect(await front.evaluate(() => document.visibilityState)).toBe('visible');
    await behind.close();
    await front.close();
  });
});
