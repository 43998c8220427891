import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { DEFAULT_CONFIG } from '../../panels/data';
import { ROUTED_HOSTS, respond, shopiverseServer } from '../../panels/routes';
import { DIST, removeProfile, requireFile, type StorageGlobal, tempProfile, testPage } from './common';
import type { Driver, LaunchOptions, TestPage } from './types';

export const CHROMIUM = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'];

/**
 * Playwright's waitForFunction re-checks with eval inside the page; an extension page's CSP (script-src 'self')
 * refuses that eval once the first check has failed, so a wait on the popup threw an EvalError whenever the popup
 * rendered a little late (a busy machine). There the checks are sent from here, each one a fresh evaluation.
 */
async function waitOnExtensionPage(page: Page, fn: unknown, arg: unknown, timeout: number) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const handle = await page.evaluateHandle(fn as never, arg);
    if (await handle.evaluate((value) => Boolean(value))) return handle;
    await handle.dispose();
    if (Date.now() > deadline) throw new Error(`waited ${timeout} ms on ${page.url()} for ${String(fn).slice(0, 120)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The part of a DevTools DOM node this reads. */
interface Node {
  localName?: string;
  attributes?: string[];
  backendNodeId: number;
  shadowRootType?: string;
  children?: Node[];
  shadowRoots?: Node[];
}

function wrap(page: Page): TestPage {
  const base = testPage({
    page,
    onConsole: (listener) => page.on('console', (message) => listener(message.text())),
    waitForFunction: (fn, arg, timeout) =>
      page.url().startsWith('chrome-extension://') ? waitOnExtensionPage(page, fn, arg, timeout) : page.waitForFunction(fn as never, arg, { timeout }),
    type: (selector, text) => page.locator(selector).first().fill(text),
    press: (key) => page.keyboard.press(key as never),
    screenshot: async (path, fullPage) => {
      await page.screenshot({ path, fullPage });
    },
    // The DevTools protocol's DOM tree, pierced, includes closed shadow roots.
    inOurRoots: async (key, fn, arg) => {
      const cdp = await page.context().newCDPSession(page);
      try {
        const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
        const results: unknown[] = [];
        const walk = async (node: Node): Promise<void> => {
          const attributes = node.attributes ?? [];
          const shadow = node.shadowRoots?.[0];
          if (node.localName === 'joom-connector-ui' && attributes[attributes.indexOf('data-key') + 1] === key && shadow?.shadowRootType === 'closed') {
            const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
            const { result } = await cdp.send('Runtime.callFunctionOn', {
              objectId: object.objectId,
              functionDeclaration: fn,
              arguments: arg === undefined ? [] : [{ value: arg }],
              returnByValue: true,
            });
            results.push(result.value);
          }
          for (const child of node.children ?? []) await walk(child);
          for (const inner of node.shadowRoots ?? []) await walk(inner);
        };
        await walk(root as Node);
        return results;
      } finally {
        await cdp.detach().catch(() => undefined);
      }
    },
    mouseClick: (x, y) => page.mouse.click(x, y),
    mouse: page.mouse,
  });
  return {
    ...base,
    clickToDownload: async (selector, text) => {
      const download = page.waitForEvent('download', { timeout: 15_000 });
      await (text === undefined ? base.click(selector) : base.clickText(text, selector));
      const path = await (await download).path();
      return readFileSync(path);
    },
  };
}

/**
 * A tab the seller never turns to (the harness's own reads): Playwright's newPage brings its tab to the front, and
 * when it closes Chromium activates its neighbour, which the extension rightly takes for the seller turning to that
 * tab (tabs.onActivated: a waiting push then fills a form a test keeps in the background). The DevTools protocol
 * creates the tab behind the others, as Firefox's driver does over BiDi; closing it activates nothing.
 */
async function openInBackground(context: BrowserContext, url: string): Promise<Page> {
  const before = new Set(context.pages());
  // Any tab's session reaches the browser's Target domain; with no tab at all, nothing can be brought forward.
  const anchor = context.pages()[0];
  if (!anchor) {
    const page = await context.newPage();
    await page.goto(url);
    return page;
  }
  const session = await context.newCDPSession(anchor);
  try {
    await session.send('Target.createTarget', { url, background: true });
  } finally {
    await session.detach().catch(() => undefined);
  }
  for (let i = 0; i < 100; i++) {
    const page = context.pages().find((candidate) => !before.has(candidate) && candidate.url() === url);
    // Not its load event: a background tab under load fired it before Playwright's page was there to see it, and the
    // wait ran out at 30 s though the page was idle (seen.spec, a machine at load 8). Evaluate waits for the page's
    // script context, which is all a caller needs.
    if (page) return page;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`extension page did not open in the background: ${url}`);
}

export async function launchChromium(options: LaunchOptions = {}): Promise<Driver> {
  const executablePath = CHROMIUM.find((path) => existsSync(path));
  if (!executablePath) throw new Error('Chromium not found (/usr/bin/chromium): npm start and npm test install it (scripts/ensure-browsers.js)');
  const dist = requireFile(options.dist ?? DIST('chrome'), 'run npm run build first');
  requireFile(join(dist, 'manifest.json'), 'run npm run build first');
  const profileDir = options.profileDir ?? tempProfile('chromium');
  const lang = options.lang ?? 'tr';
  const config = { ...DEFAULT_CONFIG, ...options.replica, lang: options.replica?.lang ?? lang };
  const context: BrowserContext = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: !options.headed,
    viewport: options.viewport,
    locale: lang === 'tr' ? 'tr-TR' : 'en-US',
    env: { ...process.env, LANGUAGE: lang, LANG: lang === 'tr' ? 'tr_TR.UTF-8' : 'en_US.UTF-8' },
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      `--lang=${lang}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
  });
  shopiverseServer.clear();
  for (const host of ROUTED_HOSTS) {
    await context.route(`${host}**`, async (route) => {
      const request = route.request();
      const reply = respond(request.url(), config, { method: request.method(), headers: await request.allHeaders(), body: request.postData() });
      // A test may close the browser while an answer is on its way: that rejection is expected, not an error.
      await (reply ? route.fulfill({ status: reply.status, contentType: reply.contentType, body: reply.body, headers: reply.headers }) : route.abort()).catch(
        () => undefined,
      );
    });
  }
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionBase = worker.url().split('/').slice(0, 3).join('/'); // URL.origin is 'null' for chrome-extension:
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { action: { default_popup: string } };
  const currentWorker = () => context.serviceWorkers().find((sw) => sw.url().startsWith(extensionBase));
  const driver: Driver = {
    name: 'chromium',
    extensionBase,
    profileDir,
    open: async (url) => {
      const page = await context.newPage();
      await page.goto(url);
      return wrap(page);
    },
    popup: async () => {
      const page = await context.newPage();
      await page.goto(`${extensionBase}/${manifest.action.default_popup}`);
      return wrap(page);
    },
    stored: async () => {
      const page = await openInBackground(context, `${extensionBase}/${manifest.action.default_popup}`);
      const stored = await page.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: StorageGlobal }).chrome;
        return { local: await api.storage.local.get(null), session: await api.storage.session.get(null) };
      });
      await page.close();
      return stored;
    },
    pages: async () => context.pages().map(wrap),
    stopBackground: async () => {
      // The DevTools protocol stops the worker as Chrome does after 30 s idle; the next event starts it anew.
      const page = context.pages()[0] ?? (await context.newPage());
      const session = await context.newCDPSession(page);
      await session.send('ServiceWorker.enable');
      await session.send('ServiceWorker.stopAllWorkers');
      await session.detach();
    },
    backgroundWoken: async () => {
      // Chrome's own word on the worker: its running status, as DevTools reports every version of it.
      const page = context.pages()[0] ?? (await context.newPage());
      const session = await context.newCDPSession(page);
      try {
        const running = new Promise<void>((resolve) => {
          session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
            if (versions.some((version) => version.scriptURL.startsWith(extensionBase) && version.runningStatus === 'running')) resolve();
          });
        });
        await session.send('ServiceWorker.enable');
        await Promise.race([
          running,
          new Promise((_, reject) => setTimeout(() => reject(new Error('the background did not start again within 15 s of being stopped')), 15_000)),
        ]);
      } finally {
        await session.detach();
      }
    },
    rejections: async () => {
      const sw = currentWorker();
      return sw
        ? ((await sw.evaluate(() => (globalThis as unknown as { joomConnectorLog?: unknown[] }).joomConnectorLog ?? [])) as { type: string; reason: string }[])
        : [];
    },
    readClipboard: async (page) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      return page.evaluate(() => navigator.clipboard.readText());
    },
    close: async () => {
      await context.close();
      if (!options.keepProfile && !options.profileDir) removeProfile(profileDir);
    },
  };
  return driver;
}
