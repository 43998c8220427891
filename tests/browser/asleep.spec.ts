import { afterEach, describe, expect, it } from 'vitest';
import { JOOM_APPS, JOOM_STORES, type JoomStore } from '../panels/data';
import { BROWSER, type Driver, launch } from './drivers';
import { endCase, openApiForm, pressSave, pushFromPopup, readApp, readStore, waitForStep } from './steps';

// The seller's press on Kaydet reloads the page at once. With the background asleep at that instant (Firefox unloads
// its event page when idle, Chrome stops its worker), a message that must first wake it was lost as the page left:
// the save was never confirmed (4 in 5 in Firefox with a 50 ms idle; a Firefox CI run of journey.spec once, at 1 s).

const [store] = JOOM_STORES as [JoomStore];
const [app] = JOOM_APPS as [(typeof JOOM_APPS)[0]];
const ROUNDS = 3;

describe(`a save pressed while the background sleeps (${BROWSER})`, () => {
  let driver: Driver | undefined;
  afterEach(async () => {
    await driver?.close();
    driver = undefined;
  });

  it('is confirmed, every time', { timeout: 400_000 }, async () => {
    const current = await launch({ lang: 'tr', backgroundIdleMs: 50 });
    driver = current;
    await (await readStore(current, store)).close();
    await (await readApp(current, app)).close();
    for (let round = 0; round < ROUNDS; round++) {
      const form = await openApiForm(current, '00159');
      const popup = await current.popup();
      expect(await pushFromPopup(popup)).toBe('filled');
      await pressSave(form, 'tr', () => current.stopBackground());
      await popup.bringToFront();
      await waitForStep(popup, 'saved', 'done', 60_000);
      // The next round is judged on its own (its push, its save).
      await endCase(current, [form, popup]);
    }
  });
});
