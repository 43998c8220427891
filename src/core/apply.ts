import { appOfStore, sameName, selectedStore, storeOfApp } from './record-queries';
import { type AppRecord, type Conflict, type LocalState, OFFERS_KEPT, type PickField, type SessionState, type Source, withdrawOffer } from './records';
import { ClientId, SecretKey, StoreId } from './shapes';

// How a value joins the records: read on a page, chosen among candidates, pasted or picked by the seller. Pure, so
// every rule is a unit test. A value read later that differs from one already known never replaces it silently:
// it waits as a conflict until the seller says which to keep. What the seller does (choose, paste, pick) applies.

/** What the seller did by their own hand: a choice in the popup or a paste. A pick is steered by the page (what the
 * click lands on), so a picked value that differs from a known one is asked about, like one read. */
const isSellersAct = (source: Source) => source.how === 'chosen' || source.how === 'pasted';

/** Text that could be a value (a token of 12+ characters with a digit): never kept as a label or a name. */
export function couldBeValue(text: string): boolean {
  return /(?=[A-Za-z0-9+/=_~.-]*\d)[A-Za-z0-9+/=_~.-]{12,}/.test(text);
}

/** Where a value came from, without page text that could be a value itself (a secret beside a picked ID). */
function keepable(source: Source): Source {
  return source.label && couldBeValue(source.label) ? { ...source, label: undefined } : source;
}

const keepableName = (name: string | undefined) => (name && !couldBeValue(name) ? name : undefined);

function raise(session: SessionState, conflict: Conflict): void {
  const conflicts = session.conflicts ?? [];
  // Already asked about this very change, or the seller already said to keep the current value.
  if (conflicts.some((known) => known.field === conflict.field && known.owner === conflict.owner && known.incoming === conflict.incoming)) return;
  if (session.declined?.includes(`${conflict.field}:${conflict.incoming}`)) return;
  session.conflicts = [...conflicts, conflict].slice(-10);
}

export function applyStore(local: LocalState, session: SessionState, store: { storeId: string; name?: string }, source: Source): void {
  // A store the seller knows by this name under another ID: the page may be planted text, or a mistake.
  const twin = store.name
    ? Object.values(local.stores).find((known) => known.storeId !== store.storeId && known.name && sameName(known.name, store.name ?? ''))
    : undefined;
  if (twin && !isSellersAct(source) && !local.stores[store.storeId]) {
    raise(session, { field: 'storeId', owner: twin.storeId, current: twin.storeId, incoming: store.storeId, source, storeName: store.name });
    return;
  }
  pinSelection(local);
  const before = local.stores[store.storeId];
  local.stores[store.storeId] = {
    ...before,
    storeId: store.storeId,
    name: keepableName(store.name) ?? before?.name,
    seenAt: source.at,
    source: keepable(source),
  };
  if (isSellersAct(source)) select(local, store.storeId, source.at);
  else offer(local, session, store.storeId);
}

/**
 * A store that came from a page never becomes the selected one by itself: the popup offers it once. Only the first
 * store read is selected at once: there is nothing to switch from, and the seller needs a store to push; if a page
 * planted it, the seller's own store, read next, is offered. While the offers are full a store is not offered: it is
 * counted (the popup says so), and offered when read again with room (attack review: a page that filled the list
 * first kept the seller's own store from ever being offered).
 */
function offer(local: LocalState, session: SessionState, storeId: string): void {
  const record = local.stores[storeId];
  if (!local.selected) local.selected = storeId;
  if (local.selected === storeId || !record || record.offered) return;
  const offers = local.offers ?? [];
  if (offers.length >= OFFERS_KEPT) {
    session.offersFull = (session.offersFull ?? 0) + 1;
    return;
  }
  local.offers = [...offers, storeId];
  record.offered = true;
}

/** The seller's own act selects a store, and answers an offer of it. */
export function select(local: LocalState, storeId: string, at = Date.now()): void {
  const store = local.stores[storeId];
  if (!store) return;
  local.selected = storeId;
  store.selectedAt = at;
  withdrawOffer(local, storeId);
}

/** Records written before the selection was pinned showed the store read last: keep showing it, from now on fixed. */
export function pinSelection(local: LocalState): void {
  if (!local.selected || !local.stores[local.selected]) local.selected = selectedStore(local);
}

export function applyApp(
  local: LocalState,
  session: SessionState,
  app: Omit<AppRecord, 'seenAt' | 'source'>,
  secret: string | undefined,
  source: Source,
  /** The label the secret stood under, when it is not the Client ID's. */
  secretLabel?: string,
): void {
  // A Secret Key is never a Client ID (both are tokens): it must not reach storage.local as one.
  if (isKnownSecret(session, app.clientId)) return;
  pinSelection(local);
  const before = local.apps[app.clientId];
  const record: AppRecord = {
    clientId: app.clientId,
    title: keepableName(app.title) ?? before?.title,
    redirectUrl: app.redirectUrl ?? before?.redirectUrl,
    storeId: app.storeId ?? before?.storeId,
    storeName: keepableName(app.storeName) ?? before?.storeName,
    seenAt: source.at,
    source: keepable(source),
  };
  // The store this page ties the application to, by what the page shows (never by a guess).
  const owner =
    record.storeId ??
    (record.storeName ? Object.values(local.stores).find((store) => store.name && sameName(store.name, record.storeName ?? ''))?.storeId : undefined);
  const current = owner ? appOfStore(local, owner) : undefined;
  if (!before && owner && current && current.clientId !== record.clientId && !isSellersAct(source)) {
    raise(session, { field: 'clientId', owner, current: current.clientId, incoming: record.clientId, source, app: record });
    return;
  }
  local.apps[app.clientId] = record;
  // The application page names its store's ID: that is the Store ID read, too.
  if (record.storeId && !local.stores[record.storeId]) applyStore(local, session, { storeId: record.storeId, name: record.storeName }, source);
  // The secret was read under its own label: its provenance says so.
  if (secret) applySecret(session, app.clientId, secret, secretLabel === undefined ? source : { ...source, label: secretLabel });
  // The seller chose this application: the popup shows its store. One a page showed is offered, never selected.
  const store = storeOfApp(local, record);
  if (store && isSellersAct(source)) select(local, store, source.at);
  else if (store && !before) offer(local, session, store);
}

const isKnownSecret = (session: SessionState, value: string) => Object.values(session.secrets).includes(value);

export function applySecret(session: SessionState, clientId: string, secret: string, source: Source): void {
  const current = session.secrets[clientId];
  if (current && current !== secret && !isSellersAct(source)) {
    raise(session, { field: 'secret', owner: clientId, current, incoming: secret, source });
    return;
  }
  session.secrets[clientId] = secret;
  session.secretSources = { ...session.secretSources, [clientId]: source };
}

/**
 * The seller's "forget" on the popup's Secret Key: every copy of that application's key leaves storage.session, the
 * key itself, where it came from, a question about it, a page's candidates for it and a refused change (which holds
 * the value). A push waiting for its form to carry it waits no more: it would fill nothing without the key. The
 * Client ID and the Store ID stay; the key is read again the next time Joom's page shows it.
 */
export function forgetSecret(local: LocalState, session: SessionState, clientId: string): void {
  delete session.secrets[clientId];
  if (session.secretSources) delete session.secretSources[clientId];
  if (session.conflicts) session.conflicts = session.conflicts.filter((conflict) => !(conflict.field === 'secret' && conflict.owner === clientId));
  if (session.choices?.fields.secret) {
    const { secret: _secret, ...fields } = session.choices.fields;
    session.choices = Object.values(fields).some((list) => list && list.length > 0) ? { ...session.choices, fields } : undefined;
  }
  // A page's key kept beside its undecided IDs goes too where it may be this application's: choosing a Client ID later
  // would put it back (the s35 review).
  const context = session.choices?.context;
  if (context?.secret && (!context.clientId || context.clientId === clientId)) {
    const { secret: _secret, ...rest } = context;
    session.choices = { ...(session.choices as NonNullable<typeof session.choices>), context: rest };
  }
  // A refused change holds its value ("secret:<key>"); which application's is not kept, so all of them go.
  if (session.declined) session.declined = session.declined.filter((entry) => !entry.startsWith('secret:'));
  if (session.pending && appOfStore(local, session.pending.storeId)?.clientId === clientId) session.pending = undefined;
}

/** The seller's answer to a conflict: keep the value known, or take the new one. */
export function resolveConflict(local: LocalState, session: SessionState, index: number, keep: 'current' | 'incoming'): void {
  const conflict = session.conflicts?.[index];
  if (!conflict) return;
  session.conflicts = session.conflicts?.filter((_item, at) => at !== index);
  if (keep === 'current') {
    session.declined = [...(session.declined ?? []), `${conflict.field}:${conflict.incoming}`].slice(-20);
    return;
  }
  const chosen: Source = { ...conflict.source, how: 'chosen' };
  if (conflict.field === 'storeId') {
    delete local.stores[conflict.current];
    applyStore(local, session, { storeId: conflict.incoming, name: conflict.storeName }, chosen);
  } else if (conflict.field === 'clientId' && conflict.app) {
    delete local.apps[conflict.current];
    delete session.secrets[conflict.current];
    local.apps[conflict.incoming] = { ...conflict.app, source: chosen };
    local.links[conflict.incoming] = conflict.owner;
    select(local, conflict.owner, conflict.source.at);
  } else if (conflict.field === 'secret') {
    applySecret(session, conflict.owner, conflict.incoming, chosen);
  }
}

/** The seller pressed one of a page's candidates. */
export function applyChoice(local: LocalState, session: SessionState, field: PickField, value: string, page: string, at: number): boolean {
  const choices = session.choices;
  const candidate = choices?.fields[field]?.find((item) => item.value === value);
  if (!choices || !candidate || choices.page !== page) return false;
  const source: Source = { how: 'chosen', page: choices.page, label: candidate.label, at };
  const context = choices.context;
  if (field === 'storeId') applyStore(local, session, { storeId: value, name: context.storeName }, source);
  if (field === 'clientId') {
    const { secret, clientId: _read, ...details } = context;
    applyApp(local, session, { ...details, clientId: value }, undefined, source);
    // Only the field the seller chose is their act: the page's secret beside it is read, and asked about if it differs.
    if (secret) applySecret(session, value, secret, { how: 'read', page: choices.page, at });
    context.clientId = value;
  }
  if (field === 'secret') {
    if (!context.clientId) return false;
    applySecret(session, context.clientId, value, source);
  }
  const fields = { ...choices.fields };
  delete fields[field];
  session.choices = Object.keys(fields).length ? { ...choices, fields } : undefined;
  return true;
}

/** Why a pasted or picked value was refused, as a message key; undefined when it was taken. */
export type TakeProblem = 'needClientId' | 'shape';

/**
 * A value the seller pasted into the popup or picked on a page, for the selected store; a picked Store ID with the
 * store's name its page shows (a store known by a name keeps it when the page shows none).
 */
export function applyGiven(
  local: LocalState,
  session: SessionState,
  field: PickField,
  value: string,
  source: Source,
  storeName?: string,
): TakeProblem | undefined {
  const selected = local.selected && local.stores[local.selected] ? local.selected : undefined;
  if (field === 'storeId') {
    if (!StoreId.safeParse(value).success) return 'shape';
    applyStore(local, session, { storeId: value, name: storeName }, source);
    return undefined;
  }
  if (field === 'clientId') {
    if (!ClientId.safeParse(value).success || isKnownSecret(session, value)) return 'shape';
    applyApp(local, session, { clientId: value }, undefined, source);
    if (selected && !local.apps[value]?.storeId) {
      local.links[value] = selected;
      local.selected = selected;
    }
    return undefined;
  }
  if (!SecretKey.safeParse(value).success) return 'shape';
  const app = selected ? appOfStore(local, selected) : Object.values(local.apps).sort((a, b) => b.seenAt - a.seenAt)[0];
  if (!app) return 'needClientId';
  applySecret(session, app.clientId, value, source);
  return undefined;
}

/** A page's path with its IDs made wildcards: "/panel/stores/5ac4…" → "/panel/stores/*". Labels learned on one
 * page are read on pages of the same pattern only. */
export function pagePattern(path: string): string {
  return path
    .split('/')
    .map((segment) => (/\d/.test(segment) && segment.length >= 6 ? '*' : segment))
    .join('/');
}

/**
 * Keep the label beside a picked value, to read that layout next time: only a real label (3 to 60 characters, a
 * letter, nothing that could be a value, not the value), never one of ours (ours are read already; a learned copy
 * must not move a label to another field), and only for pages of the pattern it was learned on.
 */
export function learnLabel(
  local: LocalState,
  field: PickField,
  label: string,
  value: string,
  page: string,
  at: number,
  isOurLabel: (text: string) => boolean,
): boolean {
  const text = label.trim();
  if (text.length < 3 || text.length > 60 || !/\p{L}/u.test(text) || text.includes(value) || couldBeValue(text) || isOurLabel(text)) return false;
  const pattern = pagePattern(page);
  const others = (local.taught ?? []).filter((taught) => !(taught.field === field && taught.text === text && taught.page === pattern));
  local.taught = [...others, { field, text, page: pattern, at }].slice(-30);
  return true;
}
