import type Browser from 'webextension-polyfill';

/**
 * The extension APIs the popup uses, native: Firefox's `browser` and Chrome's `chrome` both return promises in
 * Manifest V3 for these. Without webextension-polyfill (and zod, see use-state.ts) the popup loads a third of the
 * code before it can show its data. `tabs` opens the page of the next step (tabs.create and tabs.update need no
 * permission; tabs.query sees the URLs of the two panels' tabs through the host permissions). An extension page's globals are its own: no page script can replace them.
 */
type PopupApi = Pick<Browser.Browser, 'storage' | 'permissions' | 'tabs'> & { windows?: Pick<Browser.Windows.Static, 'update'> };

const scope = globalThis as unknown as { browser?: PopupApi; chrome?: PopupApi };

export const popupApi: PopupApi = (scope.browser ?? scope.chrome) as PopupApi;
