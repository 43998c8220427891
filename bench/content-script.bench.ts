import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { it } from 'vitest';
import { respond } from '../tests/panels/routes';
import { benchBundle, ROOT } from './bundle';

// In real Chromium, on the Joom store-page replica padded to 5,000 elements: the time to find the values, the
// observer's cost per mutation batch (against rescanning on every batch, the naive way), the content scripts'
// size gzipped, and the popup's time to show its data.

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function contentScriptSizes(dist: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { content_scripts: { js: string[]; matches: string[] }[] };
  return manifest.content_scripts.map((script) => {
    const bytes = Buffer.concat(script.js.map((file) => readFileSync(join(dist, file))));
    return `${script.matches[0]}: ${script.js.join(', ')}, ${bytes.length} B, ${gzipSync(bytes, { level: 9 }).length} B gzipped`;
  });
}

it('content script: find time, observer cost, size; popup open time', async () => {
  const script = await benchBundle();
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage();
  await page.route('https://merchant.joom.com/**', async (route) => {
    const reply = respond(route.request().url());
    if (reply) await route.fulfill({ status: reply.status, contentType: reply.contentType, body: reply.body });
    else await route.abort();
  });
  await page.goto('https://merchant.joom.com/panel/stores/5ac428108b2c3703c514adae');
  await page.waitForFunction(() => document.querySelector('main')?.textContent?.includes('5ac428108b2c3703c514adae'));
  // Pad to 5,000 elements with product-like rows: short texts, prices, labels that are not ours.
  await page.evaluate(() => {
    const box = document.createElement('section');
    for (let i = 0; box.querySelectorAll('*').length + document.body.querySelectorAll('*').length < 5000; i++) {
      const row = document.createElement('div');
      const name = document.createElement('span');
      name.textContent = `Ürün ${i}: Maşinengewebte Halı ${i % 7}`;
      const price = document.createElement('span');
      price.textContent = `${1000 + i},90 TRY`;
      const label = document.createElement('b');
      label.textContent = i % 3 ? 'Stok' : 'Kod';
      row.append(name, price, label);
      box.append(row);
    }
    document.body.append(box);
  });
  await page.addScriptTag({ content: script });
  const elements = await page.evaluate(() => document.querySelectorAll('*').length);
  type Bench = { find(): unknown[]; naiveFind(): unknown; watchStats: { batches: number; scans: number }; startWatching(scan: string): void };
  const timings = await page.evaluate(() => {
    const bench = (window as unknown as { benchmark: Bench }).benchmark;
    const ours: number[] = [];
    const naive: number[] = [];
    let found = 0;
    const firstStart = performance.now();
    bench.find();
    const first = performance.now() - firstStart;
    for (let i = 0; i < 50; i++) {
      let start = performance.now();
      found = bench.find().length;
      ours.push(performance.now() - start);
      start = performance.now();
      bench.naiveFind();
      naive.push(performance.now() - start);
    }
    return { ours, naive, found, first };
  });

  // Observer: 2,000 mutation batches with our throttled observer vs a rescan on every batch.
  const batches = 2000;
  const observer = await page.evaluate(async (count) => {
    const bench = (window as unknown as { benchmark: Bench }).benchmark;
    const ticker = document.createElement('div');
    document.body.append(ticker);
    const run = async () => {
      const start = performance.now();
      for (let i = 0; i < count; i++) {
        ticker.textContent = String(i);
        await Promise.resolve(); // a microtask checkpoint: the observer gets this batch on its own
      }
      return performance.now() - start;
    };
    const bare = await run();
    bench.startWatching('ours');
    const before = { ...bench.watchStats };
    const watched = await run();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const stats = { batches: bench.watchStats.batches - before.batches, scans: bench.watchStats.scans - before.scans };
    const naiveObserver = new MutationObserver(() => bench.naiveFind());
    naiveObserver.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    const naive = await run();
    naiveObserver.disconnect();
    return { bare, watched, naive, stats };
  }, batches);

  const sizes = contentScriptSizes(join(ROOT, 'dist', 'chrome'));
  await browser.close();

  const perBatch = (observer.watched - observer.bare) / batches;
  const naivePerBatch = (observer.naive - observer.bare) / batches;
  console.log(`
content script on a ${elements}-element Joom store page (Chromium, median of 50):
  find values: ${median(timings.ours).toFixed(2)} ms median, ${timings.first.toFixed(2)} ms on the first scan (naive full-text scan: ${median(timings.naive).toFixed(2)} ms, ${(median(timings.naive) / median(timings.ours)).toFixed(1)}×), ${timings.found} message(s)
  observer: ${perBatch.toFixed(4)} ms per mutation batch over ${batches} batches (${observer.stats.batches} batches seen, ${observer.stats.scans} scans run); rescanning every batch: ${naivePerBatch.toFixed(3)} ms per batch (${(naivePerBatch / Math.max(perBatch, 0.0001)).toFixed(0)}×)
  ${sizes.join('\n  ')}`);
});
