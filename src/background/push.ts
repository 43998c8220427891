import browser from 'webextension-polyfill';
import { FillOutcome, type FillPayload, FormCheck } from '../core/answers';
import type { PushAnswer } from '../core/messages';
import { appOfStore } from '../core/record-queries';
import { SHOPIVERSE_STORES_URL } from '../core/redirect';
import { readState, update } from './state';

// The push: every open ShopiVerse tab is first asked, without the secret, whether it holds a qualifying Joom form
// the values fit; the values go to the one tab that says "ready", and to no other. With none, the push waits in
// storage.session for the seller to open that form (api-page.ts asks on every ShopiVerse page, handlers.ts answers).

export async function payloadFor(storeId: string): Promise<FillPayload | undefined> {
  const { local, session } = await readState();
  const app = appOfStore(local, storeId);
  const secret = app ? session.secrets[app.clientId] : undefined;
  return app && secret ? { storeId, clientId: app.clientId, secret } : undefined;
}

async function ask(tabId: number, payload: FillPayload, overwrite: boolean): Promise<FormCheck | undefined> {
  try {
    const answer = await browser.tabs.sendMessage(tabId, { type: 'bg/ask', storeId: payload.storeId, clientId: payload.clientId, overwrite }, { frameId: 0 });
    const parsed = FormCheck.safeParse(answer);
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined; // no content script there (a tab opened before the extension was installed)
  }
}

/** Why a form was not filled, said to the seller as the tab said it (core/api-form-rules.ts). */
const SAID_AT_ASK = ['offsite', 'sendsInUrl', 'hidden'] as const;
const SAID_AT_FILL = ['conflict', 'offsite', 'sendsInUrl', 'hidden', 'manyForms', 'notJoom'] as const;

export async function push(storeId: string, overwrite: boolean): Promise<PushAnswer> {
  const payload = await payloadFor(storeId);
  if (!payload) return { status: 'missing' };
  const tabs = (await browser.tabs.query({ url: 'https://app.shopiverse.tech/*' })).filter((tab) => tab.id !== undefined);
  const answers = await Promise.all(tabs.map(async (tab) => ({ tabId: tab.id as number, check: await ask(tab.id as number, payload, overwrite) })));
  const ready = answers.filter((answer) => answer.check?.status === 'ready');
  const said = (status: FormCheck['status']) => answers.find((answer) => answer.check?.status === status)?.check;
  // Two tabs each with an empty Joom form: which store is meant is the seller's to say, not ours to guess.
  if (ready.length > 1 || said('manyForms')) return { status: 'manyForms' };
  const [only] = ready;
  if (only) {
    let outcome: FillOutcome | undefined;
    try {
      outcome = FillOutcome.safeParse(await browser.tabs.sendMessage(only.tabId, { type: 'bg/fill', payload, overwrite }, { frameId: 0 })).data;
    } catch {
      outcome = undefined;
    }
    if (outcome?.status === 'filled') {
      await recordPush(storeId);
      await browser.tabs.update(only.tabId, { active: true });
      return { status: 'filled' };
    }
    // Refused at the fill (a field really differs from the push, a part is covered): the seller is told which.
    const refusal = SAID_AT_FILL.find((status) => status === outcome?.status);
    return { status: refusal ?? 'error', conflicts: outcome?.conflicts };
  }
  const conflict = said('conflict');
  if (conflict) return { status: 'conflict', conflicts: conflict.conflicts };
  const refused = SAID_AT_ASK.find((status) => said(status));
  if (refused) return { status: refused };
  // A store page already open (no Api Tanım form on it yet): the push waits for that store's form only.
  const codes = [...new Set(answers.flatMap((answer) => (answer.check?.status === 'noForm' && answer.check.code ? [answer.check.code] : [])))];
  await update((_local, session) => {
    session.pending = { storeId, at: Date.now(), code: codes.length === 1 ? codes[0] : undefined };
  });
  await browser.tabs.create({ url: SHOPIVERSE_STORES_URL, active: true });
  return { status: said('notJoom') ? 'notJoom' : 'pending' };
}

export function recordPush(storeId: string): Promise<void> {
  return update((local, session) => {
    local.pushes[storeId] = { at: Date.now() };
    local.lastPushed = storeId;
    if (session.pending?.storeId === storeId) session.pending = undefined;
  });
}
