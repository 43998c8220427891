import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { CHROMIUM } from './chromium';
import { FIREFOX } from './firefox';

// A bare page in a real browser, no extension, with every request it makes answered here by the same blank page:
// for running a bundled script (the reader) over many pages, laid out at a real size. Nothing reaches the network.

export interface OfflinePage {
  evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  close(): Promise<void>;
}

const BLANK = '<!doctype html><html lang="tr"><meta charset="utf-8"><title>Joom</title><body></body></html>';

/** What the reader decides for each of the three credentials on a page: its value, or null where it refuses. */
export interface Decided {
  storeId: string | null;
  clientId: string | null;
  secret: string | null;
}

/** The reader's decision on `html`, laid out in the offline page (the bench bundle's `decidePage`, bench/page-entry.ts). */
export function decideCredentials(offline: OfflinePage, html: string): Promise<Decided> {
  return offline.evaluate((markup: string) => {
    const bench = (window as unknown as { benchmark: { decidePage(html: string): Record<string, { value?: string } | undefined> } }).benchmark;
    const decision = bench.decidePage(markup);
    return { storeId: decision.storeId?.value ?? null, clientId: decision.clientId?.value ?? null, secret: decision.secret?.value ?? null };
  }, html);
}

/** The pages whose three decisions, as letters (`letter` names each value, '-' a refusal), are not `expected`. */
export async function misreadPages(
  offline: OfflinePage,
  pages: readonly (readonly [string, string])[],
  letter: (value: string | null) => string,
  expected = 'SCK',
): Promise<string[]> {
  const wrong: string[] = [];
  for (const [what, html] of pages) {
    const decided = await decideCredentials(offline, html);
    const read = `${letter(decided.storeId)}${letter(decided.clientId)}${letter(decided.secret)}`;
    if (read !== expected) wrong.push(`${what}: ${read}`);
  }
  return wrong;
}

/** Each credential's decision on `html` and every value the seller may be offered for it (choices asked, values listed). */
export function decideWithOffers(offline: OfflinePage, html: string): Promise<Record<keyof Decided, { value: string | null; offered: string[] }>> {
  return offline.evaluate((markup: string) => {
    type One = { value?: string; offered: string[] };
    const bench = (window as unknown as { benchmark: { decidePage(html: string): Record<'storeId' | 'clientId' | 'secret', One> } }).benchmark;
    const decision = bench.decidePage(markup);
    const one = (field: 'storeId' | 'clientId' | 'secret') => ({ value: decision[field].value ?? null, offered: decision[field].offered });
    return { storeId: one('storeId'), clientId: one('clientId'), secret: one('secret') };
  }, html);
}

/** Open `url` (answered with a blank page) in a headless browser of `viewport` size, and add `script` to it. */
export async function openOfflinePage(browserName: 'chromium' | 'firefox', url: string, script: string, viewport: { width: number; height: number }) {
  const page = browserName === 'firefox' ? await firefoxPage(url, viewport) : await chromiumPage(url, viewport);
  await page.evaluate((source) => {
    const element = document.createElement('script');
    element.textContent = source;
    document.head.append(element);
  }, script);
  return page;
}

async function chromiumPage(url: string, viewport: { width: number; height: number }): Promise<OfflinePage> {
  const executablePath = CHROMIUM.find((path) => existsSync(path));
  if (!executablePath) throw new Error('Chromium not found (/usr/bin/chromium)');
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const page = await browser.newPage({ viewport });
  await page.route('**/*', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: BLANK }));
  await page.goto(url);
  return { evaluate: (fn, arg) => page.evaluate(fn as never, arg), close: () => browser.close() };
}

async function firefoxPage(url: string, viewport: { width: number; height: number }): Promise<OfflinePage> {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, protocol: 'webDriverBiDi' });
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  // The first tab keeps the window's size (1366×682 headless) unless told.
  await page.setViewport(viewport);
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    // The browser may close while an answer is on its way: that rejection is expected.
    if (!request.isInterceptResolutionHandled()) void request.respond({ status: 200, contentType: 'text/html', body: BLANK }).catch(() => undefined);
  });
  await page.goto(url);
  return { evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never, close: () => browser.close() };
}
