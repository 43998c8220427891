import { afterEach, describe, expect, it } from 'vitest';
import { JOOM_APPS, JOOM_STORES, type JoomStore } from '../panels/data';
import { BROWSER, type Driver, launch } from './drivers';
import { pressSave, pushAndSave, readApp, readStore } from './steps';

const [store] = JOOM_STORES as [JoomStore];
const [app] = JOOM_APPS as [(typeof JOOM_APPS)[0]];
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const savedAt = async (driver: Driver) =>
  ((await driver.stored()).local as { state: { saved: Record<string, { at: number }> } }).state.saved[store.id]?.at ?? 0;

// Firefox's event page sleeps after 1 s idle here (the profile's prefs) and wakes on the next message: a save pressed
// at any point of that cycle. On fb820fe, 2 of these 16 saves went unconfirmed in each of two runs, with nothing said
// (the press's message lost as the page reloaded); the press's receipt (press-receipt.spec.ts) brings them in. Chromium's
// worker sleeps after 30 s and is stopped on purpose in asleep.spec.ts and press-timing.spec.ts.
describe.skipIf(BROWSER !== 'firefox')(`every counted press on Kaydet reaches the background, whenever it sleeps (${BROWSER})`, () => {
  let driver: Driver | undefined;
  afterEach(async () => {
    await driver?.close();
    driver = undefined;
  });

  it('confirms each of 16 saves pressed at any point of the background’s sleep cycle', { timeout: 600_000 }, async () => {
    driver = await launch({ lang: 'tr' });
    await (await readStore(driver, store)).close();
    await (await readApp(driver, app)).close();
    const form = await pushAndSave(driver, '00159');
    const lost: string[] = [];
    for (let i = 0; i < 16; i++) {
      const before = await savedAt(driver);
      await form.bringToFront();
      await wait((i * 397) % 2600);
      await pressSave(form);
      const running = driver;
      const confirmed = await expect
        .poll(() => savedAt(running), { timeout: 15_000 })
        .toBeGreaterThan(before)
        .then(() => true)
        .catch(() => false);
      // A press the page said did not count is the seller's to repeat; one neither counted nor told is lost.
      if (!confirmed) lost.push(`${i}${(await form.ourUi('press-not-counted')).some((note) => note !== '') ? ' told' : ' silent'}`);
    }
    expect(lost, 'presses never confirmed').toEqual([]);
  });
});
