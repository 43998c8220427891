import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { DEFAULT_CONFIG, type ReplicaConfig } from '../../panels/data';
import { ROUTED_HOSTS, respond, shopiverseServer } from '../../panels/routes';
import { DIST, removeProfile, requireFile, type StorageGlobal, tempProfile, testPage } from './common';
import type { Driver, LaunchOptions, TestPage } from './types';

// Debian's firefox-esr, headless, over WebDriver BiDi. Request interception is per page, so every page (those the
// extension opens too) gets it as soon as it appears.

export const FIREFOX = '/usr/bin/firefox-esr';

interface BidiValue {
  type: string;
  value?: unknown;
}
interface BidiRealm {
  callFunction(fn: string, awaitPromise: boolean, options: object): Promise<BidiValue | { result: BidiValue }>;
}

/** Puppeteer's realm hands back the whole script result ({ type: 'success', result }) or just its value. */
const unwrap = (answer: BidiValue | { result: BidiValue }): BidiValue => ('result' in answer ? answer.result : answer);

/** The two shapes our closed-root calls return: a string, or two numbers (or null). */
function deserialize(result: BidiValue): unknown {
  if (result.type === 'array') return (result.value as BidiValue[]).map(deserialize);
  return result.type === 'null' || result.type === 'undefined' ? null : result.value;
}
const UUID = '3f1c9a52-7d0e-4b8e-9a61-2c5d7e8f9a10';

/**
 * The size Puppeteer gives every new tab by default, given here to the tabs the seller looks at only: set on a tab
 * opened in the background, it took Firefox 1.1–1.3 s a tab (it waits for a resize a background tab never paints),
 * and the harness opens one for every read of storage (`stored`).
 */
const VIEWPORT = { width: 800, height: 600 };

async function intercept(page: Page, config: ReplicaConfig): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    if (request.isInterceptResolutionHandled()) return;
    // A test may close the browser while an answer is on its way: that rejection is expected, not an error.
    const settle = (answer: Promise<void>) => void answer.catch(() => undefined);
    const answer = (reply: ReturnType<typeof respond>) =>
      settle(reply ? request.respond({ status: reply.status, contentType: reply.contentType, body: reply.body, headers: reply.headers }) : request.abort());
    const url = request.url();
    if (!ROUTED_HOSTS.some((host) => url.startsWith(host))) {
      settle(request.continue());
      return;
    }
    let body: string | null = null;
    try {
      body = request.postData() ?? null;
    } catch {
      // Over BiDi the body may not be available synchronously; `fetchPostData` below covers it.
    }
    if (request.method() === 'POST' && body === null) {
      settle(request.fetchPostData().then((data) => answer(respond(url, config, { method: 'POST', headers: request.headers(), body: data ?? null }))));
      return;
    }
    answer(respond(url, config, { method: request.method(), headers: request.headers(), body }));
  });
}

function wrap(page: Page): TestPage {
  return testPage({
    page,
    onConsole: (listener) => page.on('console', (message) => listener(message.text())),
    // Puppeteer refuses arguments for a string expression.
    waitForFunction: (fn, arg, timeout) =>
      arg === undefined ? page.waitForFunction(fn as never, { timeout }) : page.waitForFunction(fn as never, { timeout }, arg),
    type: (selector, text) => page.type(selector, text),
    press: (key) => page.keyboard.press(key as never),
    screenshot: async (path, fullPage) => {
      await page.screenshot({ path: path as `${string}.png`, fullPage });
    },
    // WebDriver BiDi serializes closed shadow roots when asked (includeShadowTree: 'all'), and a serialized node's
    // sharedId can be handed back as an argument.
    inOurRoots: async (key, fn, arg) => {
      const realm = (page.mainFrame() as unknown as { mainRealm(): { realm: BidiRealm } }).mainRealm().realm;
      const hosts = await realm.callFunction(
        '(key) => [...document.querySelectorAll("joom-connector-ui")].filter((host) => host.getAttribute("data-key") === key)',
        true,
        { arguments: [{ type: 'string', value: key }], serializationOptions: { maxDomDepth: 1, includeShadowTree: 'all' }, resultOwnership: 'none' },
      );
      const results: unknown[] = [];
      for (const host of (unwrap(hosts).value ?? []) as { value?: { shadowRoot?: { sharedId?: string; value?: { mode?: string } } } }[]) {
        const shadow = host.value?.shadowRoot;
        if (!shadow?.sharedId || shadow.value?.mode !== 'closed') continue;
        const result = await realm.callFunction(fn, true, {
          this: { sharedId: shadow.sharedId },
          arguments: arg === undefined ? [] : [{ type: 'string', value: arg }],
          resultOwnership: 'none',
        });
        results.push(deserialize(unwrap(result)));
      }
      return results;
    },
    mouseClick: (x, y) => page.mouse.click(x, y),
    mouse: page.mouse,
  });
}

/**
 * Extension pages never resolve `goto` over BiDi: start the navigation, then wait for the document. `background`: a
 * tab the seller never turns to (the harness's own reads), so that closing it does not make Firefox bring another tab
 * to the front, which the extension would take for the seller turning to it.
 */
async function openExtensionPage(browser: Browser, url: string, background = false): Promise<Page> {
  const page = await browser.newPage({ background });
  if (!background) await page.setViewport(VIEWPORT);
  void page.goto(url).catch(() => undefined);
  // Polled by hand: while the tab moves from about:blank to the extension, an evaluation can hit a dying realm.
  for (let i = 0; i < 100; i++) {
    const ready = await page.evaluate((want: string) => location.href === want && document.readyState === 'complete', url).catch(() => false);
    if (ready) return page;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`extension page did not load: ${url}`);
}

export async function launchFirefox(options: LaunchOptions = {}): Promise<Driver> {
  requireFile(FIREFOX, 'npm test installs it (scripts/ensure-browsers.js)');
  const dist = requireFile(options.dist ?? DIST('firefox'), 'run npm run build first');
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
    action: { default_popup: string };
    browser_specific_settings: { gecko: { id: string } };
  };
  const lang = options.lang ?? 'en';
  const config = { ...DEFAULT_CONFIG, ...options.replica, lang: options.replica?.lang ?? lang };
  const profileDir = options.profileDir ?? tempProfile('firefox');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocol: 'webDriverBiDi',
    // Set per tab instead (VIEWPORT).
    defaultViewport: null,
    userDataDir: profileDir,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [manifest.browser_specific_settings.gecko.id]: UUID }),
      'intl.locale.requested': lang === 'tr' ? 'tr,en-US' : 'en-US',
      'intl.accept_languages': lang === 'tr' ? 'tr-TR, tr' : 'en-US, en',
      // Unload an idle background after 1 s instead of 30 s, so that a test can wait for it to stop.
      'extensions.background.idle.timeout': options.backgroundIdleMs ?? 1000,
    },
  });
  shopiverseServer.clear();
  const routed = new WeakSet<Page>();
  const route = async (page: Page) => {
    if (routed.has(page)) return;
    routed.add(page);
    await intercept(page, config);
  };
  browser.on('targetcreated', async (target) => {
    if (target.type() !== 'page') return;
    const page = await target.page().catch(() => null);
    if (!page) return;
    // A frame's target is not a tab: interception belongs to the top-level page only.
    const routedOk = await route(page).then(
      () => true,
      () => false,
    );
    if (!routedOk) return;
    // A tab the extension opened may have started loading before interception was on: once it shows a routed URL
    // without the replica in it, load it again.
    for (let i = 0; i < 50; i++) {
      const url = page.url();
      // Firefox shows its error page at about:neterror?…&u=<the URL it could not load>.
      const failed = url.startsWith('about:neterror') ? new URL(url).searchParams.get('u') : null;
      if (failed && ROUTED_HOSTS.some((host) => failed.startsWith(host))) {
        await page.goto(failed).catch(() => undefined);
        return;
      }
      if (ROUTED_HOSTS.some((host) => url.startsWith(host))) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
  await browser.installExtension(dist);
  const extensionBase = `moz-extension://${UUID}`;
  const popupUrl = `${extensionBase}/${manifest.action.default_popup}`;
  const driver: Driver = {
    name: 'firefox',
    extensionBase,
    profileDir,
    open: async (url) => {
      const page = await browser.newPage();
      await page.setViewport(VIEWPORT);
      await route(page);
      await page.goto(url);
      return wrap(page);
    },
    popup: async () => wrap(await openExtensionPage(browser, popupUrl)),
    stored: async () => {
      const page = await openExtensionPage(browser, popupUrl, true);
      const stored = await page.evaluate(async () => {
        const api = (globalThis as unknown as { browser: StorageGlobal }).browser;
        return { local: await api.storage.local.get(null), session: await api.storage.session.get(null) };
      });
      await page.close();
      return stored;
    },
    pages: async () => (await browser.pages()).map(wrap),
    stopBackground: async () => {
      // Firefox unloads an idle background by itself (after 1 s here, see the prefs): wait past that.
      await new Promise((resolve) => setTimeout(resolve, 2500));
    },
    // The event page starts again on the page's next message or port; Firefox shows no handle to wait on.
    backgroundWoken: async () => undefined,
    rejections: async () => [],
    readClipboard: async (page) => page.evaluate(() => navigator.clipboard.readText()),
    close: async () => {
      await browser.close();
      if (!options.keepProfile && !options.profileDir) removeProfile(profileDir);
    },
  };
  return driver;
}
