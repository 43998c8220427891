import { afterEach, describe, expect, it } from 'vitest';
import { JOOM_APPS, JOOM_STORES, type JoomStore } from '../panels/data';
import { customPages, latePage } from '../panels/routes';
import { BROWSER, type Driver, launch } from './drivers';
import { openApiForm, pushFromPopup, readApp, readStore } from './steps';

// Issue 16 item 6: no data is lost to a page. A page can add a store; it never switches the selected one, and no
// number of made-up Store IDs evicts the store the seller pushed. Failed on 3884e4b: the planted page switched the
// selected store, and the flood evicted the seller's store with its push record.

const [store] = JOOM_STORES as [JoomStore];
const [app] = JOOM_APPS as [(typeof JOOM_APPS)[0]];
const PLANTED = '0d0c4a5163f24cdfb3280912';
const PLANTED_CLIENT = '7e7e7e7e7e7e7e7e';
const PLANTED_SECRET = 'c0c1c2c3c4c5c6c7c8c9cacbcccdcecf';
const FLOOD = Array.from({ length: 60 }, (_, n) => `f1${n.toString(16).padStart(22, '0')}`);
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** An application page of another store, laid out as Joom's (the reader takes the store's ID from it). */
const plantedApp = latePage(`<h1>Kampanya</h1><div class="grid">
  <div>Unvan</div><div>Kampanya</div><div>Mağaza</div><div>${PLANTED}</div>
  <div>Müşteri Kimlik Numarası</div><div>${PLANTED_CLIENT}</div><div>Gizli Anahtar</div><div>${PLANTED_SECRET}</div></div>`);

/** A store page whose script rewrites the Store ID sixty times, one every 200 ms, then marks itself done. */
const floodPage = `<!doctype html><html lang="tr"><head><meta charset="utf-8"><title>Joom Merchant</title></head><body>
<section><h2>Genel Bilgi</h2><dl><dt>Kimlik No</dt><dd id="v">${FLOOD[0]}</dd></dl></section>
<script>const ids = ${JSON.stringify(FLOOD)}; let n = 0;
const timer = setInterval(() => { n++; if (n < ids.length) document.getElementById('v').textContent = ids[n];
  else { clearInterval(timer); document.body.dataset.done = '1'; } }, 200);</script></body></html>`;

interface LocalRecords {
  stores: Record<string, unknown>;
  pushes: Record<string, unknown>;
  selected?: string;
  offers?: string[];
}
const records = async (driver: Driver) => ((await driver.stored()).local as { state: LocalRecords }).state;

describe(`no data lost to a page (${BROWSER})`, () => {
  let driver: Driver | undefined;
  afterEach(async () => {
    await driver?.close();
    driver = undefined;
    customPages.clear();
  });

  // A whole journey to the push, then a 12-second flood: longer than the default minute on a busy machine.
  it('a planted application page naming a new store and a flood of 60 Store IDs neither switch the selected store nor evict the pushed one', {
    timeout: 240_000,
  }, async () => {
    driver = await launch({ lang: 'tr' });
    await (await readStore(driver, store)).close();
    await (await readApp(driver, app)).close();
    await openApiForm(driver, '00159');
    expect(await pushFromPopup(await driver.popup())).toBe('filled');
    await expect.poll(async () => Object.keys((await records(driver as Driver)).pushes), { timeout: 10_000 }).toContain(store.id);

    customPages.set('https://merchant.joom.com/panel/api/planted', plantedApp);
    await driver.open('https://merchant.joom.com/panel/api/planted');
    await expect.poll(async () => Object.keys((await records(driver as Driver)).stores), { timeout: 10_000 }).toContain(PLANTED);
    expect((await records(driver)).selected).toBe(store.id);
    // The popup still shows the seller's store, and asks once about the new one.
    const popup = await driver.popup();
    await popup.waitFor((id) => document.querySelector(`[data-offer="${id}"]`) !== null, PLANTED, 10_000);
    expect(await popup.evaluate(() => document.querySelector('[data-value="storeId"]')?.textContent)).toBe(store.id);

    customPages.set('https://merchant.joom.com/panel/stores/flood', floodPage);
    const flood = await driver.open('https://merchant.joom.com/panel/stores/flood');
    await flood.waitFor(() => document.body.dataset.done === '1', undefined, 60_000);
    await wait(1500);
    const after = await records(driver);
    expect(after.stores).toHaveProperty(store.id);
    expect(after.pushes).toHaveProperty(store.id);
    expect(after.selected).toBe(store.id);
    // One page load adds at most three new stores; the popup says the rest were not kept.
    expect(FLOOD.filter((id) => id in after.stores).length).toBeLessThanOrEqual(3);
    await popup.waitFor(() => document.querySelector('[data-note="skippedStores"]') !== null, undefined, 10_000);

    // Offers wait in a list, oldest first: the flood's stores never replace the one offered before them (review of
    // 2026-12-04, medium: one slot, and a later page's store took the place of an unanswered offer).
    expect(after.offers?.[0]).toBe(PLANTED);
    expect(after.offers?.slice(1).every((id) => FLOOD.includes(id))).toBe(true);
    // The seller answers each: keep the current store. The questions go, one after another; the selection stays.
    for (const offered of after.offers ?? []) {
      await popup.waitFor((id) => document.querySelector('[data-offer]')?.getAttribute('data-offer') === id, offered, 10_000);
      await popup.click(`[data-offer="${offered}"] [data-answer="keep"]`);
    }
    await expect.poll(async () => (await records(driver as Driver)).offers, { timeout: 10_000 }).toBeUndefined();
    expect((await records(driver)).selected).toBe(store.id);
    expect(await popup.evaluate(() => document.querySelector('[data-value="storeId"]')?.textContent)).toBe(store.id);
  });

  it('selects a store read on a page only when the seller accepts the offer', { timeout: 180_000 }, async () => {
    driver = await launch({ lang: 'tr' });
    await (await readStore(driver, store)).close();
    customPages.set('https://merchant.joom.com/panel/api/planted', plantedApp);
    await driver.open('https://merchant.joom.com/panel/api/planted');
    const popup = await driver.popup();
    await popup.waitFor((id) => document.querySelector(`[data-offer="${id}"]`) !== null, PLANTED, 15_000);
    expect((await records(driver)).selected).toBe(store.id);
    await popup.click(`[data-offer="${PLANTED}"] [data-answer="select"]`);
    await expect.poll(async () => (await records(driver as Driver)).selected, { timeout: 10_000 }).toBe(PLANTED);
    await popup.waitFor((id) => document.querySelector('[data-value="storeId"]')?.textContent === id, PLANTED, 10_000);
    expect(await popup.evaluate(() => document.querySelector('[data-offer]'))).toBeNull();
  });
});
