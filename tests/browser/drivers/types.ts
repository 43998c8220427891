import type { ReplicaConfig } from '../../panels/data';

// One set of browser tests, a thin driver per browser: Playwright for Chromium, WebDriver BiDi (puppeteer-core)
// for Firefox. Tests speak only this interface.

export interface TestPage {
  url(): string;
  goto(url: string): Promise<void>;
  /** Runs `fn` in the page's main world (where the panel's own scripts run). */
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  /** A real click (a user gesture) on the first element matching a CSS selector, looking into open shadow roots. */
  click(selector: string): Promise<void>;
  /** A real click at a point of the viewport, on whatever the browser finds there (a layer a page put on top too). */
  clickAt(x: number, y: number): Promise<void>;
  /** A real press at one point released at another (the pointer dragged away before the button is let go). */
  dragAt(from: [number, number], to: [number, number]): Promise<void>;
  /** A real click on the first element whose text is `text` (in open shadow roots too). */
  clickText(text: string, tag?: string): Promise<void>;
  type(selector: string, text: string): Promise<void>;
  /** A real key press on whatever has the focus ("Tab", "Enter"). */
  press(key: string): Promise<void>;
  /** The whole page by default; `fullPage: false` keeps to the viewport (store screenshots have one fixed size). */
  screenshot(path: string, options?: { fullPage?: boolean }): Promise<void>;
  bringToFront(): Promise<void>;
  /** Click, and return the bytes of the file the click downloads (Chromium only; Firefox's BiDi has no download hook). */
  clickToDownload?(selector: string, text?: string): Promise<Buffer>;
  /**
   * The text of each of our UI hosts (`<joom-connector-ui data-key=key>`) the extension made, read through their
   * closed shadow roots with the automation protocol's privileges (a page script cannot). Planted look-alikes with
   * an open root are not ours and are left out.
   */
  ourUi(key: string): Promise<string[]>;
  /** A real click on the button of our UI for `key` whose text is `text`. */
  clickOurUi(key: string, text: string): Promise<void>;
  /** Console messages the page has printed so far (a content script's warnings show here too). */
  consoleMessages(): string[];
  close(): Promise<void>;
}

export interface Stored {
  local: Record<string, unknown>;
  session: Record<string, unknown>;
}

export interface Driver {
  name: 'chromium' | 'firefox';
  extensionBase: string;
  /** A new tab on a replica at its real URL. */
  open(url: string): Promise<TestPage>;
  /** The popup, opened as a page in a tab. */
  popup(): Promise<TestPage>;
  /** Both storage areas as the background sees them (read from an extension page). */
  stored(): Promise<Stored>;
  /** Every open tab, newest last (tabs the extension opened included). */
  pages(): Promise<TestPage[]>;
  /** Stop the background (Chrome's idle shutdown of the service worker); Firefox reloads its event page instead. */
  stopBackground(): Promise<void>;
  /**
   * Until the background runs again after `stopBackground`, woken by a page's port (a ShopiVerse form reopens it at
   * once): what a seller's press a moment later meets. A press in the instant between is not counted (the popup says
   * so: press-timing.spec.ts).
   */
  backgroundWoken(): Promise<void>;
  /** The background's debug log of rejected messages. */
  rejections(): Promise<{ type: string; reason: string }[]>;
  /** Grant the clipboard to pages (Chromium), so tests can read what was copied. */
  readClipboard(page: TestPage): Promise<string>;
  profileDir: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  lang?: 'tr' | 'en';
  replica?: Partial<ReplicaConfig>;
  /** Start on this profile again (a browser restart); a new one by default. */
  profileDir?: string;
  /** Leave the profile on disk when the browser closes (to scan it, or to start again on it). */
  keepProfile?: boolean;
  /** Another build of the extension to load (the benchmark compares a baseline build); dist/<browser> by default. */
  dist?: string;
  /** Show the browser window (npm start with a display); headless by default. */
  headed?: boolean;
  /**
   * Firefox unloads an idle event page after this many ms (1000 by default here, 30 s in a seller's Firefox): a
   * shorter one puts the background to sleep between any two of the page's messages. Chromium's worker is stopped
   * with `stopBackground` instead.
   */
  backgroundIdleMs?: number;
  /** The page size (Chromium): npm start's walk shoots the stores' 1280×800; Playwright's 1280×720 by default. */
  viewport?: { width: number; height: number };
}
