import { applyApp, applyStore, select } from './apply';
import { type AppRecord, type LocalState, type SessionState, type Source, withdrawOffer } from './records';

// What one page load may add. A Joom page shows one store, or one application and its store; a page that shows
// ever new Store IDs (a script rewriting them, a planted list) is not the seller's panel. Each page load (the
// browser's document id) adds at most NEW_PER_PAGE new stores and as many new applications; the rest is not kept
// and the popup says so. Reloading gives a new allowance: the caps (records.ts) then evict only what the seller
// never used, so no page takes away the seller's store, and none switches the selected one (apply.ts).

export const NEW_PER_PAGE = 3;
/** Page loads remembered: more than a seller has open at once. */
const LOADS_KEPT = 20;

/** Whether this page load may add what it read: records already known always, new ones within its allowance. */
export function admit(local: LocalState, session: SessionState, load: string, read: { storeId?: string; clientId?: string }, at: number): boolean {
  const loads = session.pageLoads ?? [];
  const spent = loads.find((entry) => entry.load === load) ?? { load, stores: 0, apps: 0 };
  const newStore = read.storeId !== undefined && !local.stores[read.storeId] ? 1 : 0;
  const newApp = read.clientId !== undefined && !local.apps[read.clientId] ? 1 : 0;
  if (newStore + newApp === 0) return true;
  if (spent.stores + newStore > NEW_PER_PAGE || spent.apps + newApp > NEW_PER_PAGE) {
    session.skipped = { at, count: (session.skipped?.count ?? 0) + 1 };
    return false;
  }
  const next = { load, stores: spent.stores + newStore, apps: spent.apps + newApp };
  session.pageLoads = [...loads.filter((entry) => entry.load !== load), next].slice(-LOADS_KEPT);
  return true;
}

/** A Store ID read on a Joom page. */
export function readStore(local: LocalState, session: SessionState, load: string, store: { storeId: string; name?: string }, source: Source): void {
  if (admit(local, session, load, { storeId: store.storeId }, source.at)) applyStore(local, session, store, source);
}

/** An application read on a Joom page, with its Secret Key when shown. */
export function readApp(
  local: LocalState,
  session: SessionState,
  load: string,
  app: Omit<AppRecord, 'seenAt' | 'source'>,
  secret: string | undefined,
  source: Source,
  secretLabel?: string,
): void {
  if (admit(local, session, load, { storeId: app.storeId, clientId: app.clientId }, source.at)) applyApp(local, session, app, secret, source, secretLabel);
}

/** The seller's answer to the popup's offer of a store read on a page: select it, or keep the current one. */
export function answerOffer(local: LocalState, session: SessionState, storeId: string | undefined, selectIt: boolean, at = Date.now()): void {
  // Only a store that is offered can be answered: a stale popup's answer selects nothing.
  if (storeId !== undefined && local.offers?.includes(storeId)) {
    if (selectIt) select(local, storeId, at);
    withdrawOffer(local, storeId);
    // Room again: the stores not offered while the list was full are offered when read again.
    session.offersFull = undefined;
  }
  session.skipped = undefined;
}
