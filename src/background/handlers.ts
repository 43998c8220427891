import browser from 'webextension-polyfill';
import type { Ok, PageAnswer } from '../core/answers';
import { applyChoice, applyGiven, forgetSecret, learnLabel, pagePattern, resolveConflict, select } from '../core/apply';
import { callbackAnswers, pendingAnswer, pendingDecision, pickAnswered, SAVE_CONFIRM_FOR_MS, saveConfirmed, storeOfCode, within } from '../core/hand-rules';
import { JOOM_LABEL_ROWS } from '../core/joom-labels';
import { buildRowIndex } from '../core/labels';
import type { Message, MessageType } from '../core/messages';
import { normalizeLabel } from '../core/normalize';
import { pageAddress } from '../core/page-address';
import { answerOffer, readApp, readStore } from '../core/page-reads';
import { firstHeard, keptReceipts, receiptPress } from '../core/press-receipts';
import type { AnswerTo, MessageOf } from '../core/protocol';
import { appOfStore, selectedStore } from '../core/record-queries';
import type { LocalState, SessionState, Source } from '../core/records';
import { checkImages, recheckReport } from './images';
import { pickTarget, sendPick } from './pick';
import { fillFromPage, isLookedAt, noteSent, payloadFor, push, recordPush, takeSent } from './push';
import { readState, update } from './state';

// One handler per message type, keyed by it: a type without a handler, or a handler that answers another shape than
// its message's answer (core/protocol.ts), does not compile. Each receives a message already parsed by zod and a
// sender already checked (index.ts).

const JOOM_LABEL_INDEX = buildRowIndex(JOOM_LABEL_ROWS);
const isJoomLabel = (text: string) => JOOM_LABEL_INDEX.has(normalizeLabel(text));

const OK: Ok = { ok: true };

type Sender = browser.Runtime.MessageSender;
type Handler<K extends MessageType> = (message: MessageOf<K>, sender: Sender, now: number) => AnswerTo<K> | Promise<AnswerTo<K>>;

const HANDLERS: { [K in MessageType]: Handler<K> } = {
  'joom/store': (message, sender, now) =>
    update((local, session) => {
      const store = { storeId: message.storeId, name: message.storeName };
      readStore(local, session, pageLoad(sender), store, readSource(sender, message.labels?.storeId, now));
      return OK;
    }),
  'joom/app': (message, sender, now) =>
    update((local, session) => {
      const { type: _type, secret, labels, ...app } = message;
      readApp(local, session, pageLoad(sender), app, secret, readSource(sender, labels?.clientId, now), labels?.secret);
      if (secret && local.note?.kind === 'masked') local.note = undefined;
      return OK;
    }),
  'joom/choices': (message, sender, now) =>
    update((_local, session) => {
      const page = pagePath(sender);
      const any = Object.values(message.fields).some((list) => list && list.length > 0);
      // The choices of the page the seller is on; a page that decides everything drops those of the page before.
      if (any) session.choices = { page, at: now, fields: message.fields, context: message.context };
      else if (session.choices) session.choices = undefined;
      return OK;
    }),
  'joom/picked': (message, sender, now) =>
    update((local, session) => {
      // Only the tab the popup started a pick in may answer it, for that field, within its time (core/hand-rules.ts).
      const picking = session.picking;
      session.picking = undefined;
      if (!pickAnswered(picking, { tabId: sender.tab?.id, field: message.field }, now)) return { problem: 'noTab' };
      const page = pagePath(sender);
      const problem = applyGiven(local, session, message.field, message.value, { how: 'picked', page, label: message.label, at: now }, message.storeName);
      if (!problem && message.label) learnLabel(local, message.field, message.label, message.value, page, now, isJoomLabel);
      return { problem };
    }),
  'joom/taught-query': async (_message, sender) => {
    const { local } = await readState();
    const pattern = pagePattern(pagePath(sender));
    return { labels: (local.taught ?? []).filter((taught) => taught.page === pattern).map(({ field, text }) => ({ field, text })) };
  },
  'joom/note': (message, _sender, now) =>
    update((local) => {
      local.note = { kind: message.kind, field: message.field, at: now };
      return OK;
    }),
  'joom/prefill-query': async () => {
    const { local } = await readState();
    const storeId = selectedStore(local);
    return { storeId, storeName: storeId ? local.stores[storeId]?.name : undefined };
  },
  'joom/form-filled': (_message, sender, now) =>
    update((_local, session) => {
      session.newAppForm = { page: pagePath(sender), at: now };
      return OK;
    }),
  'sv/page': async (message, sender, now) => {
    const answer = await onShopiversePage(message, await isLookedAt(sender.tab?.id), now);
    // The values leave in this answer: the tab's address as it was before they did is the one a push keeps.
    if (answer.fill) await noteSent(sender.tab?.id, answer.fill.storeId, sender.tab?.url);
    return answer;
  },
  // The seller's click hit the qualified form's Kaydet: for the store whose push went into that form (by its
  // banner's code), "saved, not yet confirmed" until the form, shown again, holds the pushed values.
  'sv/save-pressed': (message, sender, now) =>
    update((local, session) => {
      if (heardFirst(session, sender.tab?.id, message, now)) recordSave(local, session, message.code, message.clickedAt, now);
      return OK;
    }),
  // Sent on the press, before the page leaves for Joom; the store is the one whose push went into this form.
  'sv/authorize-pressed': (message, sender, now) =>
    update((local, session) => {
      if (heardFirst(session, sender.tab?.id, message, now)) recordAuthorize(local, session, message.code, sender.tab?.id, now);
      return OK;
    }),
  'sv/receipts': (message, sender, now) =>
    update((_local, session) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return {};
      const issued = (['save', 'authorize'] as const).map((kind) => ({ tabId, kind, word: crypto.randomUUID(), code: message.code, at: now }));
      session.receipts = keptReceipts(session.receipts ?? [], issued, now);
      return { save: issued[0]?.word, authorize: issued[1]?.word };
    }),
  // The press whose message was lost as its page left (the next page in the tab hands in its receipt).
  'sv/receipt': (message, sender, now) =>
    update((local, session) => {
      const answer = receiptPress(session.receipts ?? [], sender.tab?.id, message.word, now, session.lastPresses);
      if (!('press' in answer)) return OK;
      const { press } = answer;
      press.used = true;
      // The press came after the receipt was issued, on the page before this one: any page loaded since is later.
      if (press.kind === 'save') recordSave(local, session, press.code, press.at, now);
      else recordAuthorize(local, session, press.code, press.tabId, now);
      return OK;
    }),
  'sv/fill-request': (_message, sender) => fillFromPage(sender.tab?.id),
  'sv/filled': async (message, sender) => {
    // The tab's address when the values were sent to it, not now: the page may have written the key into its path.
    // Only a fill this store's values were sent for is recorded.
    const sent = await takeSent(sender.tab?.id, message.storeId);
    if (sent) await recordPush(message.storeId, message.code, sent.page);
    return OK;
  },
  'sv/callback': async (message, sender, now) => {
    const visit = { tabId: sender.tab?.id, openerTabId: await openerOf(sender), referrer: message.referrer };
    return update((local, session) => {
      // Only Joom's answer to the seller's own press counts, once: any site can send any tab to the callback URL.
      const answer = callbackAnswers(session.authorizeClick, visit, now);
      if ('storeId' in answer) {
        const { storeId } = answer;
        local.auth[storeId] = { at: now, result: message.result, error: message.result === 'error' ? (message.error ?? 'other') : undefined };
        session.authorizeClick = undefined;
        session.unboundCallback = undefined;
      } else if (answer.refused === 'noPress') {
        // No press in time: the seller is asked to press again rather than wait in silence.
        session.authorizeClick = undefined;
        session.unboundCallback = now;
      } else if (answer.refused === 'notFromJoom') {
        // The press's own tab came here without Joom's consent page (a page script's detour): nothing is recorded,
        // the press stays, and the seller is asked to press again.
        session.unboundCallback = now;
      }
      // Another tab ('otherTab'): nothing recorded, nothing said, and the press stays for Joom's real answer.
      return OK;
    });
  },
  'sv/dimensions': (message) =>
    update((_local, session) => {
      session.dimensions = message.report;
      return OK;
    }),
  'images/check': (message, sender) => checkImages(message.images, pageAddress(sender.tab?.url ?? '')),
  'popup/push': (message) => push(message.storeId, message.overwrite),
  'popup/select': (message, _sender, now) =>
    update((local) => {
      select(local, message.storeId, now);
      return OK;
    }),
  'popup/offer': (message) =>
    update((local, session) => {
      answerOffer(local, session, message.storeId, message.select);
      return OK;
    }),
  'popup/recheck-images': async () => {
    await recheckReport();
    return OK;
  },
  'popup/choose': (message, _sender, now) =>
    update((local, session) => {
      applyChoice(local, session, message.field, message.value, message.page, now);
      return OK;
    }),
  'popup/paste': (message, _sender, now) =>
    update((local, session) => ({ problem: applyGiven(local, session, message.field, message.value, { how: 'pasted', at: now }) })),
  'popup/pick': async (message, _sender, now) => {
    const tabId = await pickTarget();
    if (tabId === undefined) return { problem: 'noTab' };
    // Recorded before the tab hears of it: the seller's click may come at once.
    await update((_local, session) => {
      session.picking = { tabId, field: message.field, at: now };
    });
    if (await sendPick(tabId, message.field)) return {};
    // Not heard, or not in time: the pick is not armed (a busy tab that hears it late shows a pick nothing takes).
    await update((_local, session) => {
      if (session.picking?.tabId === tabId && session.picking.at === now) session.picking = undefined;
    });
    return { problem: 'noTab' };
  },
  'popup/resolve': (message) =>
    update((local, session) => {
      resolveConflict(local, session, message.index, message.keep);
      return OK;
    }),
  'popup/forget-taught': () =>
    update((local) => {
      local.taught = undefined;
      return OK;
    }),
  // Only the background writes storage: the popup's "forget" asks, and the key leaves storage.session here.
  'popup/forget-secret': (message) =>
    update((local, session) => {
      forgetSecret(local, session, message.clientId);
      return OK;
    }),
  'popup/link': (message) =>
    update((local) => {
      local.links[message.clientId] = message.storeId;
      return OK;
    }),
};

/** The answer to a message parsed by zod and from a checked sender: its type's handler's. */
export function handle(message: Message, sender: Sender): Promise<AnswerTo<MessageType>> {
  // The record pairs each type with its own handler; TypeScript cannot follow the pair through a union, hence the cast.
  const handler = HANDLERS[message.type] as Handler<MessageType>;
  return Promise.resolve(handler(message, sender, Date.now()));
}

/** The tab that opened the sender's tab (Joom's consent opened in a new tab by the press's tab), if any. */
async function openerOf(sender: Sender): Promise<number | undefined> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return undefined;
  try {
    return (await browser.tabs.get(tabId)).openerTabId;
  } catch {
    return sender.tab?.openerTabId;
  }
}

/** The page a value was read on: its path only, never the query string (which may carry codes or tokens). */
function pagePath(sender: browser.Runtime.MessageSender): string {
  try {
    return new URL(sender.tab?.url ?? '').pathname.slice(0, 300);
  } catch {
    return '';
  }
}

/** One page load: the browser's id of the document (Chromium, Firefox), else its tab and frame. */
function pageLoad(sender: browser.Runtime.MessageSender): string {
  const documentId = (sender as { documentId?: unknown }).documentId;
  return typeof documentId === 'string' ? documentId.slice(0, 100) : `${sender.tab?.id ?? -1}:${sender.frameId ?? 0}`;
}

function readSource(sender: browser.Runtime.MessageSender, label: string | undefined, at: number): Source {
  return { how: 'read', page: pagePath(sender), label, at };
}

async function onShopiversePage(message: MessageOf<'sv/page'>, lookedAt: boolean, now: number): Promise<PageAnswer> {
  const form = message.form;
  const decision = await update((local, session): { fill?: string; pending: boolean; dropped?: PageAnswer['dropped'] } => {
    // Why a waiting push has not filled, as the tab the seller looks at says it; a tab behind adds only a form waiting
    // there (a page loading in the background, the stores list the push opened, must not talk over the one in front).
    if (message.status && (lookedAt || message.status === 'one')) session.formSeen = { status: message.status, at: now };
    // The popup names ShopiVerse's buttons as the last form seen shows them ("Save" or "Kaydet").
    if (form?.names) session.shopiverseNames = form.names;
    // The read-back of a save: the form shown again after the seller's press on Kaydet.
    const press = session.saveClick;
    if (press && form) {
      const app = appOfStore(local, press.storeId);
      const shown = {
        code: form.code,
        storeId: form.storeId,
        clientId: form.clientId,
        secretFilled: form.secretFilled ?? false,
        ticked: form.status,
        loadedAt: form.loadedAt ?? 0,
      };
      if (saveConfirmed(press, app ? { storeId: press.storeId, clientId: app.clientId } : undefined, shown, now)) {
        local.saved[press.storeId] = { at: now };
        session.saveClick = undefined;
      }
    }
    if (press && !within(press.at, now, SAVE_CONFIRM_FOR_MS)) session.saveClick = undefined;
    const pending = session.pending;
    if (!pending) return { pending: false };
    // No form here: the way to it is shown while the push is in time. An expired push is kept to be dropped, with a
    // word why, by the next form that appears.
    if (!form) return { pending: pendingDecision(pending, { code: '', fits: true, lookedAt: true }, now) !== 'expired' };
    // A push fills once, within 10 minutes, only a form the seller is looking at (core/hand-rules.ts).
    const pushed = appOfStore(local, pending.storeId);
    const fits = (
      [
        ['storeId', pending.storeId],
        ['clientId', pushed?.clientId],
      ] as const
    ).every(([field, value]) => form[field] === '' || form[field] === value);
    const answer = pendingAnswer(pendingDecision(pending, { code: form.code, fits, lookedAt }, now));
    // Kept only while it waits: a push fills once, and one dropped is said once.
    if (!answer.pending || answer.fill) session.pending = undefined;
    return { pending: answer.pending, dropped: answer.dropped, fill: answer.fill ? pending.storeId : undefined };
  });
  if (!decision.fill) return { pending: decision.pending, dropped: decision.dropped };
  return { pending: true, fill: await payloadFor(decision.fill) };
}

/**
 * A press message counts as it did before receipts (the content script proved the press), once: a copy of it (the
 * port's and the message's, a release's and its click's) or a message late after its receipt was handed in counts
 * for nothing. The receipt it carries is marked used, so the one the next page hands in does not count it again.
 */
function heardFirst(session: SessionState, tabId: number | undefined, message: { press: string; receipt?: string }, now: number): boolean {
  const answer = message.receipt === undefined ? undefined : receiptPress(session.receipts ?? [], tabId, message.receipt, now);
  const heard = firstHeard(session.heardPresses, message.press, !!answer && 'refused' in answer && answer.refused === 'used');
  if (!heard) return false;
  session.heardPresses = heard;
  if (answer && 'press' in answer) answer.press.used = true;
  return true;
}

function recordSave(local: LocalState, session: SessionState, code: string, clickedAt: number, now: number): void {
  const storeId = storeOfCode(local.pushes, code);
  if (!storeId) return;
  session.saveClick = { storeId, code, at: now, clickedAt };
  session.lastPresses = { ...session.lastPresses, save: now };
}

/** The tab of the press: Joom's answer counts only there, or in a tab it opened (core/hand-rules.ts). */
function recordAuthorize(local: LocalState, session: SessionState, code: string, tabId: number | undefined, now: number): void {
  const storeId = storeOfCode(local.pushes, code);
  if (!storeId || tabId === undefined) return;
  session.authorizeClick = { storeId, at: now, tabId };
  session.unboundCallback = undefined;
  session.lastPresses = { ...session.lastPresses, authorize: now };
}
