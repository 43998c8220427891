import { ImageVerdict } from './answers';
import { ClientId, RedirectUrl, SecretKey, StoreId, StoreName } from './shapes';

export type { ImageVerdict } from './answers';

import { z } from './zod';

// What the extension has seen, as stored. Facts only: the checklist is derived from them (checklist.ts).
// IDs persist in storage.local; Secret Keys, a pending push and page reports live in storage.session only.

const At = z.number().check(z.int(), z.minimum(0));

export const StoreRecord = z.object({ storeId: StoreId, name: z.optional(StoreName), seenAt: At });
export type StoreRecord = z.infer<typeof StoreRecord>;

export const AppRecord = z.object({
  clientId: ClientId,
  title: z.optional(StoreName),
  redirectUrl: z.optional(RedirectUrl),
  /** The store the application page names, by ID or by name. */
  storeId: z.optional(StoreId),
  storeName: z.optional(StoreName),
  seenAt: At,
});
export type AppRecord = z.infer<typeof AppRecord>;

/** OAuth error codes (RFC 6749 4.1.2.1) shown in our own words; anything else is `other`. */
export const AUTH_ERRORS = [
  'access_denied',
  'invalid_request',
  'unauthorized_client',
  'server_error',
  'temporarily_unavailable',
  'invalid_scope',
  'unsupported_response_type',
  'other',
] as const;
export const AuthError = z.enum(AUTH_ERRORS);
export type AuthError = z.infer<typeof AuthError>;

export const AuthRecord = z.object({ at: At, result: z.enum(['code', 'error']), error: z.optional(AuthError) });

/** Something the seller should know about the last Joom page read ("the secret is masked", "two different values"). */
export const ReadNote = z.object({
  kind: z.enum(['masked', 'ambiguous', 'unlinked']),
  field: z.optional(z.string().check(z.maxLength(40))),
  at: At,
});
export type ReadNote = z.infer<typeof ReadNote>;

export const LocalState = z.object({
  stores: z.record(StoreId, StoreRecord),
  apps: z.record(ClientId, AppRecord),
  /** The seller's choice of store for an application the page did not tie to one. */
  links: z.record(ClientId, StoreId),
  selected: z.optional(StoreId),
  pushes: z.record(StoreId, z.object({ at: At })),
  saved: z.record(StoreId, z.object({ at: At })),
  auth: z.record(StoreId, AuthRecord),
  lastPushed: z.optional(StoreId),
  note: z.optional(ReadNote),
});
export type LocalState = z.infer<typeof LocalState>;

export const EMPTY_LOCAL: LocalState = { stores: {}, apps: {}, links: {}, pushes: {}, saved: {}, auth: {} };

export const ImageReport = z.object({ page: z.string(), at: At, verdicts: z.array(ImageVerdict) });
export type ImageReport = z.infer<typeof ImageReport>;

export const DimensionIssue = z.object({
  field: z.string().check(z.maxLength(40)),
  problem: z.enum(['missing', 'zero', 'implausible']),
});
export const DimensionReport = z.object({ page: z.string(), at: At, checked: z.number(), issues: z.array(DimensionIssue) });
export type DimensionReport = z.infer<typeof DimensionReport>;

export const SessionState = z.object({
  secrets: z.record(ClientId, SecretKey),
  /** A push waiting for its form; `code` once it is tied to one ShopiVerse store page. */
  pending: z.optional(z.object({ storeId: StoreId, at: At, code: z.optional(z.string().check(z.regex(/^\d{5}$/))) })),
  /** The seller's own (trusted) click on "Yetki Talep Et": Joom's callback counts only for it, once, within 30 min. */
  authorizeClick: z.optional(z.object({ storeId: StoreId, at: At })),
  /** Storage refused a write (quota): the popup says so. */
  storageFull: z.optional(At),
  images: z.optional(ImageReport),
  /** Verdicts read from image files, by URL: a file is probed once per browser session, across worker restarts. */
  probed: z.optional(z.record(z.string().check(z.maxLength(4096)), ImageVerdict)),
  dimensions: z.optional(DimensionReport),
});
export type SessionState = z.infer<typeof SessionState>;

export const EMPTY_SESSION: SessionState = { secrets: {} };

/** Parse a stored value; anything malformed (an older version, a hand edit) starts afresh rather than breaking. */
export function parseLocal(value: unknown): LocalState {
  const parsed = LocalState.safeParse(value);
  return parsed.success ? parsed.data : structuredClone(EMPTY_LOCAL);
}

export function parseSession(value: unknown): SessionState {
  const parsed = SessionState.safeParse(value);
  return parsed.success ? parsed.data : structuredClone(EMPTY_SESSION);
}

/** The store an application belongs to: the store its page named, else the seller's choice, else the only store known. */
export function storeOfApp(state: LocalState, app: AppRecord): string | undefined {
  if (app.storeId) return app.storeId;
  if (app.storeName) {
    const byName = Object.values(state.stores).filter((store) => store.name === app.storeName);
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

/** The most recently seen application of a store. */
export function appOfStore(state: LocalState, storeId: string): AppRecord | undefined {
  return Object.values(state.apps)
    .filter((app) => storeOfApp(state, app) === storeId)
    .sort((a, b) => b.seenAt - a.seenAt)[0];
}

export function unlinkedApps(state: LocalState): AppRecord[] {
  return Object.values(state.apps).filter((app) => storeOfApp(state, app) === undefined);
}

/** The store the popup shows: the seller's choice, else the one read most recently. */
export function selectedStore(state: LocalState): string | undefined {
  if (state.selected && state.stores[state.selected]) return state.selected;
  return Object.values(state.stores).sort((a, b) => b.seenAt - a.seenAt)[0]?.storeId;
}

/** At most this many of each are kept: a page showing ever new values must not grow storage without end. */
export const RECORD_CAPS = { stores: 50, apps: 100 } as const;

/**
 * Drop the least recently seen stores and applications beyond the caps, with what hangs on them (links, pushes,
 * saves, authorizations, secrets). The store the seller picked stays. Changes the state in place (state.update).
 */
export function capRecords(local: LocalState, session: SessionState, caps: { stores: number; apps: number } = RECORD_CAPS): void {
  const oldestFirst = <R extends { seenAt: number }>(records: Record<string, R>) =>
    Object.entries(records)
      .sort(([, a], [, b]) => a.seenAt - b.seenAt)
      .map(([key]) => key);
  const storesOver = oldestFirst(local.stores).filter((storeId) => storeId !== local.selected);
  for (const storeId of storesOver.slice(0, Math.max(0, Object.keys(local.stores).length - caps.stores))) {
    delete local.stores[storeId];
    delete local.pushes[storeId];
    delete local.saved[storeId];
    delete local.auth[storeId];
    if (local.lastPushed === storeId) local.lastPushed = undefined;
  }
  for (const clientId of oldestFirst(local.apps).slice(0, Math.max(0, Object.keys(local.apps).length - caps.apps))) {
    delete local.apps[clientId];
    delete local.links[clientId];
  }
  // A secret is kept only beside an application still known: the apps' cap is the secrets' cap too.
  for (const clientId of Object.keys(session.secrets)) if (!local.apps[clientId]) delete session.secrets[clientId];
}
