import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestPage } from './types';

export const ROOT = join(import.meta.dirname, '..', '..', '..');
export const DIST = (browser: 'chrome' | 'firefox') => join(ROOT, 'dist', browser);

export function requireFile(path: string, hint: string): string {
  if (!existsSync(path)) throw new Error(`${path} not found: ${hint}`);
  return path;
}

export function tempProfile(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `joom-${prefix}-`));
}

/** A browser profile is 25–40 MB: it goes with its browser, unless a test keeps it to start the browser again. */
export function removeProfile(dir: string): void {
  // A browser's helper processes may still write into the profile for a moment after it closed (seen as ENOTEMPTY
  // in Chromium and Firefox under load, failing a test that had passed): Node retries the removal, then gives up quietly.
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  } catch {
    // A leftover temp profile is no test's failure; the OS clears tmp.
  }
}

/** Finds elements in the document and open shadow roots: what a person sees, our shadow-root UI included. */
function deepQuery(selector: string, text?: string): Element | null {
  const roots: (Document | ShadowRoot)[] = [document];
  for (let i = 0; i < roots.length; i++) {
    const root = roots[i] as Document | ShadowRoot;
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot) roots.push(element.shadowRoot);
  }
  for (const root of roots) {
    for (const element of root.querySelectorAll(selector)) {
      if (text === undefined || (element.textContent ?? '').trim() === text) return element;
    }
  }
  return null;
}

/** `deepQuery` as an expression a driver can wait for in the page. */
export function deepQueryExpression(selector: string, text?: string): string {
  return `(${deepQuery.toString()})(${JSON.stringify(selector)}, ${text === undefined ? 'undefined' : JSON.stringify(text)})`;
}

/** Run in a closed shadow root of ours: its text, or the centre of its button with `text` (scrolled into view). */
export const IN_OUR_ROOT = {
  text: 'function () { return [...this.children].filter((c) => c.tagName !== "STYLE").map((c) => [c.textContent, ...[c, ...c.querySelectorAll("[aria-label]")].map((e) => e.getAttribute("aria-label") ?? "")].join(" ")).join(" "); }',
  buttonAt:
    'function (text) { const b = [...this.querySelectorAll("button")].find((b) => b.textContent.trim() === text); if (!b) return null; b.scrollIntoView({ block: "center" }); const r = b.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; }',
};

/** The storage API as an extension page sees it (chrome.* in Chromium, browser.* in Firefox). */
export interface StorageGlobal {
  storage: { local: { get(keys: null): Promise<Record<string, unknown>> }; session: { get(keys: null): Promise<Record<string, unknown>> } };
}

/** The few things the two automation libraries do differently; `testPage` builds the rest once. */
export interface PageAdapter {
  page: {
    url(): string;
    goto(url: string): Promise<unknown>;
    evaluate(fn: never, arg?: unknown): Promise<unknown>;
    bringToFront(): Promise<void>;
    close(): Promise<void>;
  };
  onConsole(listener: (text: string) => void): void;
  /** Call `fn` (IN_OUR_ROOT) with `this` = each closed shadow root of our hosts for `key`; by value. */
  inOurRoots(key: string, fn: string, arg?: string): Promise<unknown[]>;
  mouseClick(x: number, y: number): Promise<void>;
  mouse: { move(x: number, y: number, options?: { steps?: number }): Promise<void>; down(): Promise<void>; up(): Promise<void> };
  waitForFunction(fn: unknown, arg: unknown, timeoutMs: number): Promise<{ asElement(): unknown }>;
  type(selector: string, text: string): Promise<void>;
  press(key: string): Promise<void>;
  screenshot(path: string, fullPage: boolean): Promise<void>;
}

const consoleLogs = new WeakMap<object, string[]>();

export function testPage(adapter: PageAdapter): TestPage {
  const { page } = adapter;
  let messages = consoleLogs.get(page);
  if (!messages) {
    const log: string[] = [];
    messages = log;
    consoleLogs.set(page, log);
    adapter.onConsole((text) => log.push(text));
  }
  const clickWhere = async (selector: string, text?: string) => {
    const handle = await adapter.waitForFunction(deepQueryExpression(selector, text), undefined, 10_000);
    const element = handle.asElement() as { click(): Promise<void> } | null;
    if (!element) throw new Error(`no element ${selector} ${text ?? ''}`);
    await element.click();
  };
  const log = messages;
  return {
    url: () => page.url(),
    goto: async (url) => {
      await page.goto(url);
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeoutMs = 10_000) => {
      await adapter.waitForFunction(fn, arg, timeoutMs);
    },
    click: (selector) => clickWhere(selector),
    clickText: (text, tag = '*') => clickWhere(tag, text),
    clickAt: (x, y) => adapter.mouseClick(x, y),
    dragAt: async ([x, y], [toX, toY]) => {
      await adapter.mouse.move(x, y);
      await adapter.mouse.down();
      await adapter.mouse.move(toX, toY, { steps: 5 });
      await adapter.mouse.up();
    },
    type: (selector, text) => adapter.type(selector, text),
    press: (key) => adapter.press(key),
    screenshot: (path, options) => adapter.screenshot(path, options?.fullPage ?? true),
    bringToFront: () => page.bringToFront(),
    ourUi: async (key) => (await adapter.inOurRoots(key, IN_OUR_ROOT.text)) as string[],
    clickOurUi: async (key, text) => {
      for (let i = 0; i < 50; i++) {
        const at = (await adapter.inOurRoots(key, IN_OUR_ROOT.buttonAt, text)).find((point) => point) as [number, number] | undefined;
        if (at) return adapter.mouseClick(at[0], at[1]);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      throw new Error(`no button "${text}" in our UI ${key}`);
    },
    consoleMessages: () => [...log],
    close: () => page.close(),
  };
}

/** Every file under `dir` that holds `needle` in UTF-8 or UTF-16 (a scan of a browser profile for a secret). */
export function filesContaining(dir: string, needle: string): string[] {
  const patterns = [Buffer.from(needle, 'utf8'), Buffer.from(needle, 'utf16le')];
  const found: string[] = [];
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      const stat = statSync(full, { throwIfNoEntry: false });
      if (!stat) continue;
      if (stat.isDirectory()) walk(full);
      else if (stat.isFile() && stat.size < 200_000_000) {
        const bytes = readFileSync(full);
        if (patterns.some((pattern) => bytes.includes(pattern))) found.push(full);
      }
    }
  };
  walk(dir);
  return found;
}
