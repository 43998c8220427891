import browser from 'webextension-polyfill';
import type { GivenAnswer, ImagesAnswer, PageAnswer, PrefillAnswer, TaughtAnswer } from '../core/answers';
import { applyChoice, applyGiven, learnLabel, pagePattern, resolveConflict, select } from '../core/apply';
import { JOOM_LABEL_ROWS } from '../core/joom-labels';
import { buildRowIndex } from '../core/labels';
import type { Message, PushAnswer } from '../core/messages';
import { normalizeLabel } from '../core/normalize';
import { pageAddress } from '../core/page-address';
import { answerOffer, readApp, readStore } from '../core/page-reads';
import { appOfStore, selectedStore } from '../core/record-queries';
import { AuthorizePress, type Source } from '../core/records';
import { StoreId } from '../core/shapes';
import { AUTHORIZE_PRESS_KEY } from '../shared/stored';
import { checkImages, recheckReport } from './images';
import { pickTarget, sendPick } from './pick';
import { payloadFor, push, recordPush } from './push';
import { readState, update } from './state';

// One handler per message type. Each receives a message already parsed by zod and a sender already checked.

/** How long a pick started from the popup waits for the seller's click on the Joom page. */
const PICK_FOR_MS = 2 * 60 * 1000;
const JOOM_LABEL_INDEX = buildRowIndex(JOOM_LABEL_ROWS);
const isJoomLabel = (text: string) => JOOM_LABEL_INDEX.has(normalizeLabel(text));

/** How long a push waits for the seller to open the Api Tanım form. */
const PENDING_FOR_MS = 30 * 60 * 1000;
/** How long after the seller's click on "Yetki Talep Et" Joom's callback is accepted. */
const AUTHORIZE_FOR_MS = 30 * 60 * 1000;

type Answer = PageAnswer | PrefillAnswer | PushAnswer | ImagesAnswer | GivenAnswer | TaughtAnswer | { ok: true };
const OK = { ok: true } as const;

export async function handle(message: Message, sender: browser.Runtime.MessageSender): Promise<Answer> {
  const now = Date.now();
  switch (message.type) {
    case 'joom/store':
      return update((local, session) => {
        const store = { storeId: message.storeId, name: message.storeName };
        readStore(local, session, pageLoad(sender), store, readSource(sender, message.labels?.storeId, now));
        return OK;
      });
    case 'joom/app':
      return update((local, session) => {
        const { type: _type, secret, labels, ...app } = message;
        readApp(local, session, pageLoad(sender), app, secret, readSource(sender, labels?.clientId, now), labels?.secret);
        if (secret && local.note?.kind === 'masked') local.note = undefined;
        return OK;
      });
    case 'joom/choices':
      return update((_local, session) => {
        const page = pagePath(sender);
        const any = Object.values(message.fields).some((list) => list && list.length > 0);
        // The choices of the page the seller is on; a page that decides everything drops those of the page before.
        if (any) session.choices = { page, at: now, fields: message.fields, context: message.context };
        else if (session.choices) session.choices = undefined;
        return OK;
      });
    case 'joom/picked':
      return update((local, session): GivenAnswer => {
        // Only the tab the popup started a pick in may answer it, for that field, within its time.
        const picking = session.picking;
        session.picking = undefined;
        if (!picking || picking.tabId !== sender.tab?.id || picking.field !== message.field || now - picking.at > PICK_FOR_MS) return { problem: 'noTab' };
        const page = pagePath(sender);
        const problem = applyGiven(local, session, message.field, message.value, { how: 'picked', page, label: message.label, at: now });
        if (!problem && message.label) learnLabel(local, message.field, message.label, message.value, page, now, isJoomLabel);
        return { problem };
      });
    case 'joom/taught-query': {
      const { local } = await readState();
      const pattern = pagePattern(pagePath(sender));
      return { labels: (local.taught ?? []).filter((taught) => taught.page === pattern).map(({ field, text }) => ({ field, text })) };
    }
    case 'joom/note':
      return update((local) => {
        local.note = { kind: message.kind, field: message.field, at: now };
        return OK;
      });
    case 'joom/prefill-query': {
      const { local } = await readState();
      const storeId = selectedStore(local);
      return { storeId, storeName: storeId ? local.stores[storeId]?.name : undefined };
    }
    case 'sv/page':
      return onShopiversePage(message);
    case 'sv/filled':
      await recordPush(message.storeId);
      return OK;
    case 'sv/callback': {
      // The press as the content script wrote it, if its message was lost as the page left (stored.ts says why).
      const pressed = AuthorizePress.safeParse((await browser.storage.local.get(AUTHORIZE_PRESS_KEY))[AUTHORIZE_PRESS_KEY]);
      await browser.storage.local.remove(AUTHORIZE_PRESS_KEY);
      return update((local, session) => {
        // Only an answer to the seller's own click counts, once: any site can send the seller to the callback URL.
        const click = session.authorizeClick ?? (pressed.success ? pressed.data : undefined);
        session.authorizeClick = undefined;
        if (!click || now - click.at > AUTHORIZE_FOR_MS || now < click.at) return OK;
        local.auth[click.storeId] = { at: now, result: message.result, error: message.result === 'error' ? (message.error ?? 'other') : undefined };
        return OK;
      });
    }
    case 'sv/dimensions':
      return update((_local, session) => {
        session.dimensions = message.report;
        return OK;
      });
    case 'images/check':
      return checkImages(message.images, pageAddress(sender.tab?.url ?? ''));
    case 'popup/push':
      return push(message.storeId, message.overwrite);
    case 'popup/select':
      return update((local) => {
        select(local, message.storeId, now);
        return OK;
      });
    case 'popup/offer':
      return update((local, session) => {
        answerOffer(local, session, message.storeId, message.select);
        return OK;
      });
    case 'popup/recheck-images':
      await recheckReport();
      return OK;
    case 'popup/choose':
      return update((local, session) => {
        applyChoice(local, session, message.field, message.value, message.page, now);
        return OK;
      });
    case 'popup/paste':
      return update((local, session): GivenAnswer => ({ problem: applyGiven(local, session, message.field, message.value, { how: 'pasted', at: now }) }));
    case 'popup/pick': {
      const tabId = await pickTarget();
      if (tabId === undefined) return { problem: 'noTab' };
      // Recorded before the tab hears of it: the seller's click may come at once.
      await update((_local, session) => {
        session.picking = { tabId, field: message.field, at: now };
      });
      return (await sendPick(tabId, message.field)) ? {} : { problem: 'noTab' };
    }
    case 'popup/resolve':
      return update((local, session) => {
        resolveConflict(local, session, message.index, message.keep);
        return OK;
      });
    case 'popup/forget-taught':
      return update((local) => {
        local.taught = undefined;
        return OK;
      });
    case 'popup/link':
      return update((local) => {
        local.links[message.clientId] = message.storeId;
        return OK;
      });
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

async function onShopiversePage(message: Extract<Message, { type: 'sv/page' }>): Promise<PageAnswer> {
  const form = message.form;
  const now = Date.now();
  const decision = await update((local, session): { pending?: string; dropped?: 'conflict' } => {
    if (message.reason === 'authorizeClicked' && form && StoreId.safeParse(form.storeId).success) {
      session.authorizeClick = { storeId: form.storeId, at: now };
    }
    if (form?.status && local.pushes[form.storeId]) {
      const app = appOfStore(local, form.storeId);
      // Saved: the seller clicked "Kaydet" on the pushed values, or a fresh page load shows them from the server.
      if (app?.clientId === form.clientId && (message.reason === 'saveClicked' || message.fresh)) local.saved[form.storeId] = { at: now };
    }
    // A push waits for its form for a while, not forever: an old click must not fill a form the seller opens later.
    if (session.pending && now - session.pending.at > PENDING_FOR_MS) session.pending = undefined;
    const pending = session.pending;
    if (!pending || !form || message.reason !== 'appeared') return { pending: pending?.storeId };
    // The first qualifying Joom form the push meets ends it: filled if empty, dropped otherwise; and a form of
    // another store than the one the seller had open drops it too. It is never offered to a second form.
    session.pending = undefined;
    if (pending.code && pending.code !== form.code) return {};
    if (!form.empty) return { dropped: 'conflict' };
    return { pending: pending.storeId };
  });
  if (!decision.pending) return { pending: false, dropped: decision.dropped };
  if (!form || message.reason !== 'appeared') return { pending: true };
  return { pending: true, fill: await payloadFor(decision.pending) };
}
