import { afterEach, describe, expect, it } from 'vitest';
import { JOOM_APPS, JOOM_STORES, type JoomStore } from '../panels/data';
import { BROWSER, type Driver, launch } from './drivers';
import { openApiForm, readApp, readStore } from './steps';

// A push asks every open ShopiVerse tab whether it holds the form, then fills one. A tab whose page keeps its thread
// busy (a script running for 25 s) did not answer the question: the background waited for it with no bound, the popup
// gave up at 20 s and said the push failed, and then the background filled the form in the seller's tab anyway. Now a
// tab has 8 s to answer (background/command.ts), and one that hears a fill after that refuses it.

const [store] = JOOM_STORES as [JoomStore];
const [app] = JOOM_APPS as [(typeof JOOM_APPS)[0]];
const BUSY_MS = 25_000;

describe(`a push while another ShopiVerse tab is busy (${BROWSER})`, () => {
  let driver: Driver | undefined;
  afterEach(async () => {
    await driver?.close();
    driver = undefined;
  });

  it('fills the form in front of the seller and says so, without waiting for the busy tab', { timeout: 120_000 }, async () => {
    const current = await launch({ lang: 'tr' });
    driver = current;
    await (await readStore(current, store)).close();
    await (await readApp(current, app)).close();
    const busy = await current.open('https://app.shopiverse.tech/tr/products');
    await busy.waitFor(() => document.querySelector('main') !== null);
    const form = await openApiForm(current, '00159');
    const popup = await current.popup();
    await popup.waitFor(() => document.querySelector('button[data-push]') !== null, undefined, 15_000);
    // The other tab's page runs a script for 25 s: no event of its own, and no message to its content script, is handled meanwhile.
    await busy.evaluate((ms: number) => {
      setTimeout(() => {
        const end = Date.now() + ms;
        while (Date.now() < end) {
          // busy
        }
      }, 0);
    }, BUSY_MS);
    // Started for sure: a tab in the background may hold a timer back for a second (Firefox throttles them).
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const pressed = Date.now();
    await popup.click('button[data-push]');
    await popup.waitFor(() => document.querySelector('[data-push-status]') !== null, undefined, 40_000);
    const status = await popup.evaluate(() => document.querySelector('[data-push-status]')?.getAttribute('data-push-status') ?? '');
    const waited = Date.now() - pressed;
    expect(status, `after ${waited} ms`).toBe('filled');
    expect(waited).toBeLessThan(20_000);
    const held = await form.evaluate(() =>
      [...document.querySelectorAll('input')].filter((input) => input.type !== 'checkbox').map((input) => input.value !== ''),
    );
    expect(held).toEqual([true, true, true]);
  });
});
