import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';
import { launchChromium } from '../tests/browser/drivers/chromium';
import { launchFirefox } from '../tests/browser/drivers/firefox';
import type { Driver, LaunchOptions } from '../tests/browser/drivers/types';
import { JOOM_STORES } from '../tests/panels/data';

// The popup with the data of a read store, in real Chromium and then Firefox: the time from navigation start to the
// data on screen (the popup's "joom-ready" mark, set after the first paint with data), median of 15 openings.
// An empty extension page (an extension of its own whose popup is a module script that marks the same moment the
// same way: after its first paint) is measured in the same run, each opening alternating with ours so that both see
// the same load on a shared machine: the floor our popup is held to (issue 17: within 10 ms of it). With
// BENCH_BASELINE=<another build's dist>, that build (its chrome/ and firefox/) is measured too, alternating as well.
//
// Each line splits the time at the page's own milestones: HTML parsed (domInteractive), our script run (the
// "joom-start" mark, after its imports), the stored data read (the popup's "joom-data" mark), the first render done
// (the DOM built, "joom-rendered"), on screen.

const OPENINGS = Number(process.env.BENCH_OPENINGS ?? 15);

type Browser = 'chromium' | 'firefox';
interface Opening {
  parsed: number;
  /** The module began to run (the "joom-exec" mark a JOOM_BENCH_MARKS=1 build sets first thing; – otherwise). */
  exec: number;
  started: number;
  data: number;
  rendered: number;
  ready: number;
  /** The browser's first paint (Chromium's paint timing; – in Firefox). */
  painted: number;
}

function median(values: number[]): number {
  const sorted = [...values].filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
  return ((sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN) + (sorted[Math.ceil((sorted.length - 1) / 2)] ?? Number.NaN)) / 2;
}

/** An extension whose popup is an empty page: a module script that sets the two marks, nothing else. */
function emptyExtension(browser: Browser): string {
  const dir = mkdtempSync(join(tmpdir(), 'joom-empty-ext-'));
  const manifest = {
    manifest_version: 3,
    name: 'empty',
    version: '1.0',
    action: { default_popup: 'empty.html' },
    ...(browser === 'firefox'
      ? { background: { scripts: ['bg.js'] }, browser_specific_settings: { gecko: { id: 'empty-page@bench.example' } } }
      : { background: { service_worker: 'bg.js' } }),
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'bg.js'), '');
  writeFileSync(
    join(dir, 'empty.html'),
    '<!doctype html><html><head><meta charset="utf-8"><script type="module" src="empty.js"></script></head><body></body></html>',
  );
  // After the first paint, as the popup marks it: preact runs an effect in a timer after the next animation frame.
  writeFileSync(join(dir, 'empty.js'), "performance.mark('joom-start'); requestAnimationFrame(() => setTimeout(() => performance.mark('joom-ready')));");
  return dir;
}

async function open(driver: Driver): Promise<Opening> {
  const popup = await driver.popup();
  await popup.waitFor(() => performance.getEntriesByName('joom-ready').length > 0);
  const opening = await popup.evaluate(() => {
    const mark = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN;
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return {
      parsed: navigation?.domInteractive ?? Number.NaN,
      exec: mark('joom-exec'),
      started: mark('joom-start'),
      data: mark('joom-data'),
      rendered: mark('joom-rendered'),
      ready: mark('joom-ready'),
      painted: performance.getEntriesByName('first-paint')[0]?.startTime ?? Number.NaN,
    };
  });
  await popup.close();
  return opening;
}

/**
 * In one opened popup, after it has shown its data: the two ways its state could come, each timed 10 times (median,
 * ms): the storage read it does (both areas, as use-state.ts reads them) and a message round trip to the background
 * (a query every sender may ask; settled whether answered or refused).
 */
async function stateWays(driver: Driver): Promise<string> {
  const popup = await driver.popup();
  await popup.waitFor(() => performance.getEntriesByName('joom-ready').length > 0);
  const ways = await popup.evaluate(async () => {
    type Api = {
      storage: Record<'local' | 'session', { get(key: string): Promise<unknown> }>;
      runtime: { sendMessage(message: unknown): Promise<unknown> };
    };
    const scope = globalThis as unknown as { browser?: Api; chrome: Api };
    const api = scope.browser ?? scope.chrome;
    const time = async (work: () => Promise<unknown>) => {
      const times: number[] = [];
      for (let i = 0; i < 10; i++) {
        const start = performance.now();
        await work().catch(() => undefined);
        times.push(performance.now() - start);
      }
      return times.sort((x, y) => x - y)[5] ?? Number.NaN;
    };
    return {
      storage: await time(() => Promise.all([api.storage.local.get('state'), api.storage.session.get('session')])),
      message: await time(() => api.runtime.sendMessage({ type: 'joom/prefill-query' })),
    };
  });
  await popup.close();
  return `  state, median of 10 in an open popup: storage read (local + session) ${ways.storage.toFixed(1)} ms · message round trip to the background ${ways.message.toFixed(1)} ms`;
}

/** Our popup with a read store's data; the first opening (which may start the extension's process) not counted. */
async function withStore(launch: (options: LaunchOptions) => Promise<Driver>, dist?: string): Promise<Driver> {
  const driver = await launch({ lang: 'tr', dist });
  const page = await driver.open(`https://merchant.joom.com/panel/stores/${JOOM_STORES[0]?.id}`);
  await page.waitFor(() => document.querySelector('joom-connector-ui') !== null);
  await page.close();
  await open(driver);
  return driver;
}

async function measure(browser: Browser): Promise<string> {
  const launch = browser === 'firefox' ? launchFirefox : launchChromium;
  const baseline = process.env.BENCH_BASELINE && join(process.env.BENCH_BASELINE, browser === 'firefox' ? 'firefox' : 'chrome');
  const emptyDir = emptyExtension(browser);
  const pages: { name: string; driver: Driver; times: Opening[] }[] = [];
  let ways = '';
  try {
    pages.push({ name: 'this build', driver: await withStore(launch), times: [] });
    const empty = await launch({ lang: 'tr', dist: emptyDir });
    await open(empty);
    pages.push({ name: 'empty extension page', driver: empty, times: [] });
    if (baseline) pages.push({ name: `baseline ${baseline}`, driver: await withStore(launch, baseline), times: [] });
    for (let i = 0; i < OPENINGS; i++) for (const page of pages) page.times.push(await open(page.driver));
    const first = pages[0];
    if (first) ways = await stateWays(first.driver);
  } finally {
    for (const page of pages) await page.driver.close();
    rmSync(emptyDir, { recursive: true, force: true });
  }
  const ms = (value: number) => (Number.isNaN(value) ? '–' : value.toFixed(1));
  const line = ({ name, times }: (typeof pages)[number]) => {
    const at = (key: keyof Opening) => median(times.map((time) => time[key]));
    const step = (from: keyof Opening, to: keyof Opening) => median(times.map((time) => time[to] - time[from]));
    return (
      `  ${name}: median ${ms(at('ready'))} ms (${times.map((time) => time.ready.toFixed(0)).join('/')})\n` +
      `    HTML parsed ${ms(at('parsed'))} · began to run ${ms(at('exec'))} · script run ${ms(at('started'))} · data read ${ms(at('data'))} · rendered ${ms(at('rendered'))} · first paint ${ms(at('painted'))} · on screen ${ms(at('ready'))}` +
      `\n    each opening's own steps (medians): parsed → began to run ${ms(step('parsed', 'exec'))} · parsed → script run ${ms(step('parsed', 'started'))} · script run → data ${ms(step('started', 'data'))} · data → rendered ${ms(step('data', 'rendered'))} · rendered → on screen ${ms(step('rendered', 'ready'))}`
    );
  };
  const [ours, empty, base] = pages.map((page) => median(page.times.map((time) => time.ready))) as [number, number, number | undefined];
  return [
    `popup in ${browser}, navigation start to data on screen, ${OPENINGS} openings each, alternating:`,
    ...pages.map(line),
    `  popup − empty page: ${(ours - empty).toFixed(1)} ms (target: within 10 ms); popup / empty page: ${(ours / empty).toFixed(2)}×`,
    ...(base === undefined ? [] : [`  baseline − empty page: ${(base - empty).toFixed(1)} ms`]),
    ...(ways ? [ways] : []),
  ].join('\n');
}

// One test per browser, each printed as soon as it is measured (on a busy machine one takes minutes).
for (const browser of ['chromium', 'firefox'] as const) {
  it(`popup in ${browser}: navigation start to data on screen, beside an empty extension page`, async () => {
    console.log(`\n${await measure(browser)}`);
  }, 900_000);
}
