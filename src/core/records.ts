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

export const AuthRecord = z.object({
  at: At,
  result: z.enum(['code', 'error']),
  message: z.optional(z.string().check(z.maxLength(300))),
});

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
  /** The store whose "Yetki Talep Et" the seller pressed last: Joom's callback is about it. */
  authorizing: z.optional(StoreId),
  note: z.optional(ReadNote),
});
export type LocalState = z.infer<typeof LocalState>;

export const EMPTY_LOCAL: LocalState = { stores: {}, apps: {}, links: {}, pushes: {}, saved: {}, auth: {} };

export const ImageReport = z.object({ page: z.string(), at: At, verdicts: z.array(ImageVerdict) });
export type ImageReport = z.infer<typeof ImageReport>;

export const DimensionIssue = z.object({
  field: z.string().check(z.maxLength(40)),
  problem: z.enum(['missing', 'zero', 'implausible']),
  /** The unit the value was read in (from its label, a selector beside it, or Joom's kg/cm when neither said). */
  unit: z.optional(z.enum(['kg', 'g', 'cm', 'mm', 'm'])),
});
export const DimensionReport = z.object({ page: z.string(), at: At, checked: z.number(), issues: z.array(DimensionIssue) });
export type DimensionReport = z.infer<typeof DimensionReport>;

export const SessionState = z.object({
  secrets: z.record(ClientId, SecretKey),
  pending: z.optional(z.object({ storeId: StoreId, at: At })),
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

// The queries on these records live apart, so that the popup reads them without carrying zod.
export { appOfStore, selectedStore, storeOfApp, unlinkedApps } from './record-queries';
