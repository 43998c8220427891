import type Browser from 'webextension-polyfill';

/**
 * The two extension APIs a content script uses (runtime messaging and i18n), without webextension-polyfill.
 * Both browsers give them natively in Manifest V3: Firefox's `browser` is promise-based, and Chrome's
 * `chrome.runtime.sendMessage` returns a promise. The polyfill stays in the background and the popup; leaving it
 * out here keeps 3 KB (gzipped) out of every panel page, under its budget (bundle.spec.ts).
 *
 * Chromium's content scripts have no `browser` of their own, so there `globalThis.browser` is whatever the page
 * names so: `<form id="browser"><input name="runtime" id="x">` makes `browser.runtime.id` truthy (DOM clobbering).
 * `chrome` is the browser's own property in both, which no element can shadow; it tells Chromium by its URLs.
 */
type PageApi = Pick<Browser.Browser, 'runtime' | 'i18n'>;

const scope = globalThis as unknown as { browser?: PageApi; chrome?: PageApi };

const isChromium = (() => {
  try {
    return scope.chrome?.runtime?.getURL('').startsWith('chrome-extension://') === true;
  } catch {
    return false;
  }
})();

export const pageApi: PageApi = (isChromium ? scope.chrome : scope.browser) as PageApi;
