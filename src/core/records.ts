import { ImageVerdict as ImageVerdictSpec } from './answers';
import { AUTH_ERRORS } from './auth-errors';
import { isDimensionLabel } from './dimensions';
import { FIELDS } from './fields';
import { SHOPIVERSE_BUTTONS, SHOPIVERSE_STATUS } from './labels';
import { PRESSES_HEARD, RECEIPTS_KEPT } from './press-receipts';
import { selectedStore, storeOfApp } from './record-queries';
import { ClientId, RedirectUrl, SecretKey, StoreCode, StoreId, StoreName } from './shapes';
import { toZod } from './spec-zod';

export type { ImageVerdict } from './answers';

import { z } from './zod';

// What the extension has seen, as stored. Facts only: the checklist is derived from them (checklist.ts).
// IDs persist in storage.local; Secret Keys, a pending push and page reports live in storage.session only.

const ImageVerdict = toZod(ImageVerdictSpec);
const At = z.number().check(z.int(), z.minimum(0));
const Text = (max: number) => z.string().check(z.maxLength(max));

/** Where a value came from: read on a page (its path, never the query string, and the label), chosen among
 * candidates, pasted, or picked on the page by the seller; and when. */
export const Source = z.object({
  how: z.enum(['read', 'chosen', 'pasted', 'picked']),
  page: z.optional(Text(300)),
  label: z.optional(Text(80)),
  at: At,
});
export type Source = z.infer<typeof Source>;

export const StoreRecord = z.object({
  storeId: StoreId,
  name: z.optional(StoreName),
  seenAt: At,
  source: z.optional(Source),
  /** When the seller last selected it (the popup's list or offer, a choice, a paste): such a store is kept. */
  selectedAt: z.optional(At),
  /** Offered to the seller once (waiting or answered): not offered again. A store not offered yet is, when read again. */
  offered: z.optional(z.literal(true)),
});
export type StoreRecord = z.infer<typeof StoreRecord>;

export const AppRecord = z.object({
  clientId: ClientId,
  title: z.optional(StoreName),
  redirectUrl: z.optional(RedirectUrl),
  /** The store the application page names, by ID or by name. */
  storeId: z.optional(StoreId),
  storeName: z.optional(StoreName),
  seenAt: At,
  source: z.optional(Source),
});
export type AppRecord = z.infer<typeof AppRecord>;

export const PickField = z.enum(FIELDS);
export type PickField = z.infer<typeof PickField>;

/** A label the seller taught by picking a value beside it: read as a label of that field from then on. Never a value. */
export const TaughtLabel = z.object({ field: PickField, text: Text(60), page: Text(300), at: At });
export type TaughtLabel = z.infer<typeof TaughtLabel>;

/** One value a page offered for a field it could not decide, with the label and section it stood under. */
export const Candidate = z.object({ value: Text(256), label: Text(80), section: z.optional(Text(80)) });
export type Candidate = z.infer<typeof Candidate>;

/** What the application page decided besides the ambiguous fields: applied with the seller's choice. */
export const PageContext = z.object({
  clientId: z.optional(ClientId),
  secret: z.optional(SecretKey),
  title: z.optional(StoreName),
  redirectUrl: z.optional(RedirectUrl),
  storeId: z.optional(StoreId),
  storeName: z.optional(StoreName),
});
export type PageContext = z.infer<typeof PageContext>;

/** The candidates of the last Joom page read that could not decide a field (kept in session: they may be secrets). */
export const Choices = z.object({
  page: Text(300),
  at: At,
  fields: z.object({
    storeId: z.optional(z.array(Candidate).check(z.maxLength(8))),
    clientId: z.optional(z.array(Candidate).check(z.maxLength(8))),
    secret: z.optional(z.array(Candidate).check(z.maxLength(8))),
  }),
  context: PageContext,
});
export type Choices = z.infer<typeof Choices>;

/** A value read later that differs from the one known: nothing changes until the seller says which to keep. */
export const Conflict = z.object({
  field: PickField,
  /** The store (Store ID, Client ID conflicts) or application (Secret Key conflicts) concerned. */
  owner: Text(128),
  current: Text(256),
  incoming: Text(256),
  source: Source,
  /** The application record to apply if the seller takes the new Client ID. */
  app: z.optional(AppRecord),
  storeName: z.optional(StoreName),
});
export type Conflict = z.infer<typeof Conflict>;

export const AuthError = z.enum(AUTH_ERRORS);

export const AuthRecord = z.object({ at: At, result: z.enum(['code', 'error']), error: z.optional(AuthError) });

/** Something the seller should know about the last Joom page read ("the secret is masked", "two different values"). */
export const ReadNote = z.object({
  kind: z.enum(['masked', 'ambiguous', 'unlinked']),
  field: z.optional(z.string().check(z.maxLength(40))),
  at: At,
});
export type ReadNote = z.infer<typeof ReadNote>;

/**
 * Offers kept unanswered. A full list takes no more: a page can add an offer, never push out one the seller has not
 * answered (one page load adds at most NEW_PER_PAGE stores anyway, page-reads.ts).
 */
export const OFFERS_KEPT = 6;

/** A store is no longer offered: the seller answered, selected it otherwise, or it was dropped. */
export function withdrawOffer(local: LocalState, storeId: string): void {
  if (!local.offers?.includes(storeId)) return;
  const offers = local.offers.filter((offered) => offered !== storeId);
  local.offers = offers.length > 0 ? offers : undefined;
}

export const LocalState = z.object({
  stores: z.record(StoreId, StoreRecord),
  apps: z.record(ClientId, AppRecord),
  /** The seller's choice of store for an application the page did not tie to one. */
  links: z.record(ClientId, StoreId),
  selected: z.optional(StoreId),
  /**
   * Each push that went into a form, with the store code its banner named (the code binds later presses to the store)
   * and the form's page (origin and path): the address of the store's Api Tanım is unknown (PANELS.md), so a refused
   * push sends the seller back to the page where this store's form was last filled.
   */
  pushes: z.record(StoreId, z.object({ at: At, code: z.optional(StoreCode), page: z.optional(Text(300)) })),
  saved: z.record(StoreId, z.object({ at: At })),
  auth: z.record(StoreId, AuthRecord),
  lastPushed: z.optional(StoreId),
  /**
   * Stores read on pages while another was selected, oldest first: the popup asks once about each whether to select it
   * (page-reads.ts). A list, not one slot: a later page's store never replaces an offer the seller has not answered
   * (review of 2026-12-04: a page could replace the offer of the seller's own store before they saw it).
   */
  offers: z.optional(z.array(StoreId).check(z.maxLength(OFFERS_KEPT))),
  note: z.optional(ReadNote),
  taught: z.optional(z.array(TaughtLabel).check(z.maxLength(30))),
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
  /** The label the field was found by, as our label table writes it: a page can name no other text here. */
  label: z.optional(z.string().check(z.refine((label) => isDimensionLabel(label)))),
});
export const DimensionReport = z.object({ page: z.string(), at: At, checked: z.number(), issues: z.array(DimensionIssue) });
export type DimensionReport = z.infer<typeof DimensionReport>;

/** The seller's press on "Yetki Talep Et" for a store (the store whose push went into that form). */
/** The seller's press on "Yetki Talep Et"; `tabId`: the tab it was in, whose answer alone counts (hand-rules.ts). */
export const AuthorizePress = z.object({ storeId: StoreId, at: At, tabId: z.number().check(z.int()) });

/** Which known label (core/labels.ts) each ShopiVerse control showed: one of ours, never the page's text. */
export const SeenNames = z.object({
  save: z.optional(z.enum(SHOPIVERSE_BUTTONS.save)),
  status: z.optional(z.enum(SHOPIVERSE_STATUS)),
  authorize: z.optional(z.enum(SHOPIVERSE_BUTTONS.authorize)),
});

/** The fills a tab may still report (SessionState.sentTo): one per tab, the newest kept. */
export const SENT_KEPT = 10;

export const SessionState = z.object({
  secrets: z.record(ClientId, SecretKey),
  /** A push waiting for its form; `code` once it is tied to one ShopiVerse store page. */
  pending: z.optional(z.object({ storeId: StoreId, at: At, code: z.optional(StoreCode) })),
  /** The seller's own (trusted) click on "Yetki Talep Et": Joom's callback counts only for it, once, within 30 min. */
  authorizeClick: z.optional(AuthorizePress),
  /**
   * Joom's answer came back with no press of the seller's counted before it (pressed before Joom Connector had seen the
   * button, or sent there by another site): the popup asks for the press again instead of waiting in silence.
   */
  unboundCallback: z.optional(At),
  /** The seller's press on Kaydet, waiting for the form shown again to confirm it ("saved, not yet confirmed"). */
  saveClick: z.optional(z.object({ storeId: StoreId, code: StoreCode, at: At, clickedAt: z.number() })),
  /** When the last press on Kaydet and on "Yetki Talep Et" was heard: a receipt issued before it proves nothing. */
  lastPresses: z.optional(z.object({ save: z.optional(At), authorize: z.optional(At) })),
  /** The last presses heard (their ids, newest last): a copy of one heard again is not counted again. */
  heardPresses: z.optional(z.array(Text(64)).check(z.maxLength(PRESSES_HEARD))),
  /** Receipts for the presses the seller may make on the forms shown (core/press-receipts.ts PressReceipt). */
  receipts: z.optional(
    z
      .array(
        z.object({
          tabId: z.number().check(z.int()),
          kind: z.enum(['save', 'authorize']),
          word: Text(64),
          code: StoreCode,
          at: At,
          used: z.optional(z.boolean()),
        }),
      )
      .check(z.maxLength(RECEIPTS_KEPT)),
  ),
  /**
   * The tabs the values were just sent to, each with the store and the page's address (origin and path) before they
   * went: the tab's own report of a fill that ended late records the push with it (background/push.ts takeSent). In
   * storage, since the worker may stop while a page holds the fill.
   */
  sentTo: z.optional(
    z.array(z.object({ tabId: z.number().check(z.int()), storeId: StoreId, page: z.optional(Text(300)), at: At })).check(z.maxLength(SENT_KEPT)),
  ),
  /** The page where Joom's new-application form was last prefilled (its address is unknown otherwise: PANELS.md). */
  newAppForm: z.optional(z.object({ page: Text(300), at: At })),
  /** Which known label each control of the last ShopiVerse form seen showed: the popup names them so. */
  shopiverseNames: z.optional(SeenNames),
  /** The last ShopiVerse form verdict a tab reported, for the popup to say why nothing was filled. */
  formSeen: z.optional(z.object({ status: Text(24), at: At })),
  /** Storage refused a write (quota): the popup says so. */
  storageFull: z.optional(At),
  images: z.optional(ImageReport),
  /** Verdicts read from image files, by URL: a file is probed once per browser session, across worker restarts. */
  probed: z.optional(z.record(z.string().check(z.maxLength(4096)), ImageVerdict)),
  dimensions: z.optional(DimensionReport),
  /** Where each Secret Key came from, by Client ID. */
  secretSources: z.optional(z.record(ClientId, Source)),
  choices: z.optional(Choices),
  conflicts: z.optional(z.array(Conflict).check(z.maxLength(10))),
  /** The pick the popup started: only the tab it was sent to may answer it, for that field, for a while. */
  picking: z.optional(z.object({ tabId: z.number().check(z.int()), field: PickField, at: At })),
  /** New stores and applications each page load (by the browser's document id) added: a page adds only a few. */
  pageLoads: z.optional(z.array(z.object({ load: Text(100), stores: z.number().check(z.int()), apps: z.number().check(z.int()) })).check(z.maxLength(20))),
  /** Stores read while the offers were full, not offered yet (each is offered when read again with room): told. */
  offersFull: z.optional(z.number().check(z.int(), z.minimum(1))),
  /** Values a page showed past its allowance of new stores, not kept: the popup says so until answered. */
  skipped: z.optional(z.object({ at: At, count: z.number().check(z.int(), z.minimum(1)) })),
  /** Changes the seller refused ("field:value"), not asked about again this session. */
  declined: z.optional(z.array(Text(300)).check(z.maxLength(20))),
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

/** At most this many of each are kept: a page showing ever new values must not grow storage without end. */
export const RECORD_CAPS = { stores: 50, apps: 100 } as const;

/**
 * The stores the seller has used: pushed, saved, authorized, selected (now or ever by hand), linked an application to, chosen or pasted,
 * or holding an application with a Secret Key. The caps never evict these: a page can add, never take away.
 */
export function usedStores(local: LocalState, session: SessionState): Set<string> {
  const used = new Set([...Object.keys(local.pushes), ...Object.keys(local.saved), ...Object.keys(local.auth), ...Object.values(local.links)]);
  const selected = selectedStore(local);
  if (selected) used.add(selected);
  if (local.lastPushed) used.add(local.lastPushed);
  // An offer the seller has not answered is kept: a page re-reading its own stores must not age it out (second look
  // at this stop's offers).
  for (const offered of local.offers ?? []) used.add(offered);
  for (const store of Object.values(local.stores)) if (store.selectedAt !== undefined || (store.source && store.source.how !== 'read')) used.add(store.storeId);
  for (const app of Object.values(local.apps)) {
    const store = session.secrets[app.clientId] ? storeOfApp(local, app) : undefined;
    if (store) used.add(store);
  }
  return used;
}

/**
 * Drop the least recently seen stores and applications beyond the caps, never one the seller used (usedStores; an
 * application of such a store, one the seller linked, chose or pasted). Applications without a Secret Key go
 * before those with one. The caps may be exceeded by what the seller used. Changes the state in place (state.update).
 */
export function capRecords(local: LocalState, session: SessionState, caps: { stores: number; apps: number } = RECORD_CAPS): void {
  const oldestFirst = <R extends { seenAt: number }>(records: R[]) => [...records].sort((a, b) => a.seenAt - b.seenAt);
  const overApps = Object.keys(local.apps).length - caps.apps;
  if (overApps > 0) {
    const sellersStores = usedStores(local, { ...session, secrets: {} });
    const sellers = (app: AppRecord) => {
      const store = storeOfApp(local, app);
      return (
        (store !== undefined && sellersStores.has(store)) || local.links[app.clientId] !== undefined || (app.source !== undefined && app.source.how !== 'read')
      );
    };
    const evictable = Object.values(local.apps).filter((app) => !sellers(app));
    const withoutSecret = evictable.filter((app) => !session.secrets[app.clientId]);
    const withSecret = evictable.filter((app) => session.secrets[app.clientId]);
    for (const app of [...oldestFirst(withoutSecret), ...oldestFirst(withSecret)].slice(0, overApps)) {
      delete local.apps[app.clientId];
      delete local.links[app.clientId];
    }
  }
  // A secret is kept only beside an application still known: the apps' cap is the secrets' cap too.
  for (const clientId of Object.keys(session.secrets)) if (!local.apps[clientId]) delete session.secrets[clientId];
  const overStores = Object.keys(local.stores).length - caps.stores;
  if (overStores > 0) {
    const used = usedStores(local, session);
    for (const store of oldestFirst(Object.values(local.stores).filter((record) => !used.has(record.storeId))).slice(0, overStores)) {
      delete local.stores[store.storeId];
      withdrawOffer(local, store.storeId);
    }
  }
}
