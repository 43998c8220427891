import { it } from 'vitest';
import { launch } from '../tests/browser/drivers';
import type { Driver } from '../tests/browser/drivers/types';
import { JOOM_STORES } from '../tests/panels/data';

// The popup in real Chromium, with the data of a read store: the time from navigation start to the data on screen
// (the popup's own "joom-ready" mark, set after the first paint with data), median of 10 openings. With
// BENCH_BASELINE=<another build's dist/chrome>, that build is measured too, each opening alternating with ours, so
// that both see the same load on a shared machine.

const OPENINGS = 10;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return ((sorted[Math.floor((sorted.length - 1) / 2)] ?? 0) + (sorted[Math.ceil((sorted.length - 1) / 2)] ?? 0)) / 2;
}

async function ready(driver: Driver): Promise<Driver> {
  const store = JOOM_STORES[0];
  const page = await driver.open(`https://merchant.joom.com/panel/stores/${store?.id}`);
  await page.waitFor(() => document.querySelector('joom-connector-ui') !== null);
  await page.close();
  // The first opening also starts the extension's renderer process: not counted.
  const warm = await driver.popup();
  await warm.waitFor(() => performance.getEntriesByName('joom-ready').length > 0);
  await warm.close();
  return driver;
}

async function open(driver: Driver): Promise<number> {
  const popup = await driver.popup();
  await popup.waitFor(() => performance.getEntriesByName('joom-ready').length > 0);
  const ms = await popup.evaluate(() => performance.getEntriesByName('joom-ready')[0]?.startTime ?? -1);
  await popup.close();
  return ms;
}

it('popup: navigation start to data on screen', async () => {
  const baseline = process.env.BENCH_BASELINE;
  const ours = await ready(await launch({ lang: 'tr' }));
  const theirs = baseline ? await ready(await launch({ lang: 'tr', dist: baseline })) : undefined;
  const times: { ours: number[]; theirs: number[] } = { ours: [], theirs: [] };
  try {
    for (let i = 0; i < OPENINGS; i++) {
      times.ours.push(await open(ours));
      if (theirs) times.theirs.push(await open(theirs));
    }
  } finally {
    await ours.close();
    await theirs?.close();
  }
  const line = (name: string, values: number[]) => `${name}: median ${median(values).toFixed(1)} ms (${values.map((value) => value.toFixed(0)).join('/')})`;
  console.log(`
popup in Chromium, navigation start to data on screen, ${OPENINGS} openings:
  ${line('this build', times.ours)}${theirs ? `\n  ${line(`baseline ${baseline}`, times.theirs)}` : ''}`);
});
