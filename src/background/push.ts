import browser from 'webextension-polyfill';
import type { FillPayload, FormCheck, PushAnswer } from '../core/answers';
import { storeFormAction } from '../core/checklist';
import { pushTarget } from '../core/hand-rules';
import { appOfStore, selectedStore } from '../core/record-queries';
import { SENT_KEPT } from '../core/records';
import { SHOPIVERSE_ORIGIN } from '../core/redirect';
import { COMMAND_WITHIN_MS, command, commandHeard } from './command';
import { readState, update } from './state';

// The push: every open ShopiVerse tab is first asked, without the secret, whether it holds a qualifying Joom form
// the values fit; the values go to the tab the seller is looking at if it says "ready", else to the one tab that
// says "ready", and to no other. With none, the push waits in storage.session, 10 minutes at most, for the seller to
// open that form and look at it (api-page.ts reports every ShopiVerse page, handlers.ts decides by core/hand-rules.ts).

export async function payloadFor(storeId: string): Promise<FillPayload | undefined> {
  const { local, session } = await readState();
  const app = appOfStore(local, storeId);
  const secret = app ? session.secrets[app.clientId] : undefined;
  return app && secret ? { storeId, clientId: app.clientId, secret } : undefined;
}

/** The tab the seller is looking at: the active tab of the window focused last. */
export async function lookedAtTab(): Promise<number | undefined> {
  try {
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id;
  } catch {
    return undefined;
  }
}

export async function isLookedAt(tabId: number | undefined): Promise<boolean> {
  return tabId !== undefined && (await lookedAtTab()) === tabId;
}

/**
 * The tab's check, none where no content script is there (a tab opened before the extension was installed) or no
 * answer of that shape; `silent` where the tab did not answer in time (busy).
 */
function ask(tabId: number, payload: FillPayload, overwrite: boolean): Promise<{ answer?: FormCheck; silent: boolean }> {
  return commandHeard(tabId, { type: 'bg/ask', storeId: payload.storeId, clientId: payload.clientId, overwrite });
}

/** Why a form was not filled, said to the seller as the tab said it (core/api-form-rules.ts). */
const SAID_AT_ASK = ['offsite', 'sendsInUrl', 'hidden'] as const;
const SAID_AT_FILL = ['conflict', 'offsite', 'sendsInUrl', 'hidden', 'manyForms', 'notJoom'] as const;

/** A tab's address now, if it still has one. */
function tabUrl(tabId: number): Promise<string | undefined> {
  return browser.tabs
    .get(tabId)
    .then((tab) => tab.url)
    .catch(() => undefined);
}

/**
 * Send the values to one tab that answered "ready"; record the push with the store code of its form, and the tab's
 * address as it was before the values were sent: once it holds them, a page script may write the Secret Key into its
 * own path in any spelling (review 7, finding 5), so no address taken after is kept.
 */
async function fill(tabId: number, payload: FillPayload, overwrite: boolean, code: string | undefined): Promise<PushAnswer> {
  const before = await tabUrl(tabId);
  // A fill that ends after the bound (the page's own listeners slow inside it) is reported by the tab itself
  // (sv/filled), recorded with this address.
  await noteSent(tabId, payload.storeId, before);
  const { answer: outcome, silent, late } = await commandHeard(tabId, { type: 'bg/fill', payload, overwrite, until: Date.now() + COMMAND_WITHIN_MS });
  // No answer in time: the tab may have filled or not; the seller is told to look (the review of s41, B1). A fill that
  // ends after all is recorded once, from its answer or from the tab's own report (sv/filled), whichever comes first
  // (the second review of s41, P3: one that ended right at the bound was neither).
  if (silent) {
    void late?.then(async (answer) => {
      if (answer?.status === 'filled' && (await takeSent(tabId, payload.storeId))) await recordPush(payload.storeId, code, before);
    });
    return { status: 'busy' };
  }
  if (outcome?.status === 'filled') {
    await takeSent(tabId, payload.storeId);
    await recordPush(payload.storeId, code, before);
    return { status: 'filled' };
  }
  // Refused at the fill (a field really differs from the push, a part is covered): the seller is told which.
  const refusal = SAID_AT_FILL.find((status) => status === outcome?.status);
  return { status: refusal ?? 'error', conflicts: outcome?.conflicts };
}

export async function push(storeId: string, overwrite: boolean): Promise<PushAnswer> {
  const payload = await payloadFor(storeId);
  if (!payload) return { status: 'missing' };
  const tabs = (await browser.tabs.query({ url: `${SHOPIVERSE_ORIGIN}/*` })).filter((tab) => tab.id !== undefined);
  const answers = await Promise.all(
    tabs.map(async (tab) => {
      const heard = await ask(tab.id as number, payload, overwrite);
      return { tabId: tab.id as number, check: heard.answer, silent: heard.silent };
    }),
  );
  const ready = answers.filter((answer) => answer.check?.status === 'ready');
  const said = (status: FormCheck['status']) => answers.find((answer) => answer.check?.status === status)?.check;
  const lookedAt = await lookedAtTab();
  const target = pushTarget(
    ready.map((answer) => answer.tabId),
    lookedAt,
  );
  // A tab that did not answer in time may hold the form meant: only the one in front is filled without its word, and
  // no other tab's form is filled, nor a new tab opened, in its stead (the reviews of s41: B2, B4, P1).
  if (target !== lookedAt && answers.some((answer) => answer.silent)) return { status: 'busy' };
  // Two tabs each with an empty Joom form and the seller on neither: which store is meant is the seller's to say.
  if (target === 'many' || (target === undefined && said('manyForms'))) return { status: 'manyForms' };
  if (target !== undefined) {
    const answer = await fill(target, payload, overwrite, ready.find((one) => one.tabId === target)?.check?.code);
    // Busy, the seller is told to look at its form: the tab is brought to the front for it (the second review of s41, P4).
    if (answer.status === 'filled' || answer.status === 'busy') await browser.tabs.update(target, { active: true });
    return answer;
  }
  const conflict = said('conflict');
  if (conflict) return { status: 'conflict', conflicts: conflict.conflicts };
  const refused = SAID_AT_ASK.find((status) => said(status));
  if (refused) return { status: refused };
  // The seller looks at a Joom banner whose form is not sure to be the store's: said now, as the page's note says it,
  // not "open the Api Tanım tab" (another tab's markup says nothing here: only the tab in front).
  if (answers.some((answer) => answer.tabId === lookedAt && answer.check?.status === 'notSure')) return { status: 'notSure' };
  // A store page already open (no Api Tanım form on it yet): the push waits for that store's form only.
  const codes = [...new Set(answers.flatMap((answer) => (answer.check?.status === 'noForm' && answer.check.code ? [answer.check.code] : [])))];
  // A form already open that will not be filled: the popup says why while the push waits (never a silent wait).
  const unfit = answers.find((answer) => answer.check && answer.check.status !== 'noForm')?.check?.status;
  await update((_local, session) => {
    const at = Date.now();
    session.pending = { storeId, at, code: codes.length === 1 ? codes[0] : undefined };
    if (unfit) session.formSeen = { status: unfit, at };
  });
  // Where this store's form was last filled, else the stores list (the form's address is unknown, PANELS.md).
  await browser.tabs.create({ url: storeFormAction((await readState()).local, storeId).url, active: true });
  return { status: said('notJoom') ? 'notJoom' : 'pending' };
}

/**
 * The seller clicked "Fill from Joom Connector" beside the form in this tab (its top frame, checked by senders.ts):
 * the selected store's values go into that tab's form only, after it answered "ready" like any push.
 */
export async function fillFromPage(tabId: number | undefined): Promise<PushAnswer> {
  if (tabId === undefined) return { status: 'error' };
  const storeId = selectedStore((await readState()).local);
  const payload = storeId ? await payloadFor(storeId) : undefined;
  if (!payload) return { status: 'missing' };
  const { answer: check, silent } = await ask(tabId, payload, false);
  if (silent) return { status: 'busy' };
  if (check?.status === 'ready') return fill(tabId, payload, false, check.code);
  if (check?.status === 'conflict') return { status: 'conflict', conflicts: check.conflicts };
  if (check?.status === 'notJoom' || check?.status === 'offsite' || check?.status === 'manyForms') return { status: check.status };
  return { status: 'error' };
}

/** The seller now looks at this tab: a waiting push may fill its form, so the page is asked to report it again. */
export async function offerPending(tabId: number | undefined): Promise<void> {
  if (tabId === undefined) return;
  const { session } = await readState();
  if (!session.pending) return;
  try {
    const tab = await browser.tabs.get(tabId);
    if (!tab.url?.startsWith(`${SHOPIVERSE_ORIGIN}/`)) return;
    await command(tabId, { type: 'bg/rescan' });
  } catch {
    // The tab closed, or has no content script of ours.
  }
}

/**
 * The values were sent to this tab for this store, its address taken before they went: the tab's own report of the
 * fill (sv/filled) records the push with it, never with the address the tab has then. Kept in storage.session for a
 * minute (SessionState.sentTo): the worker may stop while a page holds the fill (Firefox unloads an idle background).
 */
export function noteSent(tabId: number | undefined, storeId: string, url: string | undefined): Promise<void> {
  if (tabId === undefined) return Promise.resolve();
  return update((_local, session) => {
    const at = Date.now();
    const kept = (session.sentTo ?? []).filter((sent) => sent.tabId !== tabId && at - sent.at <= SENT_FOR_MS);
    session.sentTo = [...kept, { tabId, storeId, page: formPage(url), at }].slice(-SENT_KEPT);
  });
}

/**
 * Whether this store's values were sent to the tab within the last minute, and the page it had then; forgotten once
 * asked. Undefined where none were: a report of a fill no push sent records nothing (the second review of s41, P6).
 */
export function takeSent(tabId: number | undefined, storeId: string): Promise<{ page: string | undefined } | undefined> {
  if (tabId === undefined) return Promise.resolve(undefined);
  return update((_local, session) => {
    const sent = session.sentTo?.find((each) => each.tabId === tabId);
    if (!sent) return undefined;
    session.sentTo = session.sentTo?.filter((each) => each !== sent);
    const now = Date.now();
    return sent.storeId === storeId && now >= sent.at && now - sent.at <= SENT_FOR_MS ? { page: sent.page } : undefined;
  });
}

const SENT_FOR_MS = 60 * 1000;

/** A ShopiVerse page's origin and path (never its query): where the store's form was filled, to send the seller back. */
function formPage(url: string | undefined): string | undefined {
  try {
    const address = url ? new URL(url) : undefined;
    return address?.origin === SHOPIVERSE_ORIGIN ? `${address.origin}${address.pathname}`.slice(0, 300) : undefined;
  } catch {
    return undefined;
  }
}

export function recordPush(storeId: string, code: string | undefined, url?: string): Promise<void> {
  return update((local, session) => {
    // A page script chooses its own path (history.pushState): a path holding a Secret Key it was just given would put
    // the key in storage.local and in an address the popup opens (the sixth review, finding 5). Every caller passes the
    // address taken before the values were sent (review 7, finding 5); a page holding a key as it is is not kept either.
    const page = formPage(url);
    const holdsSecret = !!page && Object.values(session.secrets).some((secret) => page.includes(secret) || page.includes(encodeURIComponent(secret)));
    local.pushes[storeId] = { at: Date.now(), code, page: holdsSecret ? undefined : page };
    local.lastPushed = storeId;
    if (session.pending?.storeId === storeId) session.pending = undefined;
  });
}
