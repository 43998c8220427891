import type Browser from 'webextension-polyfill';

/**
 * The two extension APIs a content script uses (runtime messaging and i18n), without webextension-polyfill.
 * Both browsers give them natively in Manifest V3: Firefox's `browser` is promise-based, and Chrome's
 * `chrome.runtime.sendMessage` returns a promise. The polyfill stays in the background and the popup; leaving it
 * out here keeps 3 KB (gzipped) out of every panel page, under the 10 KB budget.
 */
type PageApi = Pick<Browser.Browser, 'runtime' | 'i18n'>;

const scope = globalThis as unknown as { browser?: PageApi; chrome?: PageApi };

export const pageApi: PageApi = (scope.browser?.runtime?.id ? scope.browser : scope.chrome) as PageApi;
