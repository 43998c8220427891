import { normalizeLabel } from './normalize';
import type { AppRecord, LocalState } from './records';

// Questions asked of the stored records, by the background, the popup and the checklist. No zod here: the popup
// imports these, and only types from records.ts.

/** The store an application belongs to: the store its page named, else the seller's choice, else the only store known. */
export function storeOfApp(state: LocalState, app: AppRecord): string | undefined {
  if (app.storeId) return app.storeId;
  if (app.storeName) {
    const name = app.storeName;
    const byName = Object.values(state.stores).filter((store) => store.name !== undefined && sameName(store.name, name));
    if (byName.length === 1) return byName[0]?.storeId;
  }
  const chosen = state.links[app.clientId];
  if (chosen) return chosen;
  const stores = Object.keys(state.stores);
  const unlinked = Object.values(state.apps).filter((other) => !other.storeId && !other.storeName && !state.links[other.clientId]);
  // One store and one application with nothing tying it elsewhere: the seller's only possible pairing.
  if (stores.length === 1 && unlinked.length === 1 && unlinked[0]?.clientId === app.clientId) return stores[0];
  return undefined;
}

/** Two store names the seller would call the same: Turkish-aware case, spacing and apostrophes folded. */
export function sameName(a: string, b: string): boolean {
  return normalizeLabel(a) === normalizeLabel(b);
}

/** The application the popup shows: the selected store's, else (no store read yet) the one read most recently. */
export function shownApp(state: LocalState, storeId: string | undefined): AppRecord | undefined {
  if (storeId) return appOfStore(state, storeId);
  return Object.values(state.apps).sort((a, b) => b.seenAt - a.seenAt)[0];
}

/** The most recently seen application of a store. */
export function appOfStore(state: LocalState, storeId: string): AppRecord | undefined {
  return Object.values(state.apps)
    .filter((app) => storeOfApp(state, app) === storeId)
    .sort((a, b) => b.seenAt - a.seenAt)[0];
}

export function unlinkedApps(state: LocalState): AppRecord[] {
  return Object.values(state.apps).filter((app) => storeOfApp(state, app) === undefined);
}

/**
 * The store the popup shows: the seller's choice (or the first store read, page-reads.ts), else, in records
 * written before that rule, the one read most recently; the next write pins it (pinSelection), so a page read
 * later never moves it.
 */
export function selectedStore(state: LocalState): string | undefined {
  if (state.selected && state.stores[state.selected]) return state.selected;
  return Object.values(state.stores).sort((a, b) => b.seenAt - a.seenAt)[0]?.storeId;
}
