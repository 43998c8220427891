import type browser from 'webextension-polyfill';
import type { ImagesAnswer, PageAnswer, PrefillAnswer } from '../core/answers';
import type { Message, PushAnswer } from '../core/messages';
import { pageAddress } from '../core/page-address';
import { appOfStore, selectedStore } from '../core/records';
import { StoreId } from '../core/shapes';
import { checkImages, recheckReport } from './images';
import { payloadFor, push, recordPush } from './push';
import { readState, update } from './state';

// One handler per message type. Each receives a message already parsed by zod and a sender already checked.

/** How long a push waits for the seller to open the Api Tanım form. */
const PENDING_FOR_MS = 30 * 60 * 1000;
/** How long after the seller's click on "Yetki Talep Et" Joom's callback is accepted. */
const AUTHORIZE_FOR_MS = 30 * 60 * 1000;

type Answer = PageAnswer | PrefillAnswer | PushAnswer | ImagesAnswer | { ok: true };
const OK = { ok: true } as const;

export async function handle(message: Message, sender: browser.Runtime.MessageSender): Promise<Answer> {
  const now = Date.now();
  switch (message.type) {
    case 'joom/store':
      return update((local) => {
        const before = local.stores[message.storeId];
        local.stores[message.storeId] = { storeId: message.storeId, name: message.storeName ?? before?.name, seenAt: now };
        if (local.note?.kind === 'ambiguous' && local.note.field === 'storeId') local.note = undefined;
        return OK;
      });
    case 'joom/app':
      return update((local, session) => {
        const before = local.apps[message.clientId];
        local.apps[message.clientId] = {
          clientId: message.clientId,
          title: message.title ?? before?.title,
          redirectUrl: message.redirectUrl ?? before?.redirectUrl,
          storeId: message.storeId ?? before?.storeId,
          storeName: message.storeName ?? before?.storeName,
          seenAt: now,
        };
        // The application page names its store's ID: that is the Store ID read, too.
        if (message.storeId && !local.stores[message.storeId]) {
          local.stores[message.storeId] = { storeId: message.storeId, name: message.storeName, seenAt: now };
        }
        if (message.secret) {
          session.secrets[message.clientId] = message.secret;
          if (local.note?.kind === 'masked') local.note = undefined;
        }
        return OK;
      });
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
    case 'sv/callback':
      return update((local, session) => {
        // Only an answer to the seller's own click counts, once: any site can send the seller to the callback URL.
        const click = session.authorizeClick;
        session.authorizeClick = undefined;
        if (!click || now - click.at > AUTHORIZE_FOR_MS || now < click.at) return OK;
        local.auth[click.storeId] = { at: now, result: message.result, error: message.result === 'error' ? (message.error ?? 'other') : undefined };
        return OK;
      });
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
        local.selected = message.storeId;
        return OK;
      });
    case 'popup/recheck-images':
      await recheckReport();
      return OK;
    case 'popup/link':
      return update((local) => {
        local.links[message.clientId] = message.storeId;
        return OK;
      });
  }
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
