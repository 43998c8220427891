import browser from 'webextension-polyfill';
import { FillOutcome, type FillPayload } from '../core/answers';
import type { PushAnswer } from '../core/messages';
import { appOfStore } from '../core/record-queries';
import { SHOPIVERSE_STORES_URL } from '../core/redirect';
import { readState, update } from './state';

// The push: into an open ShopiVerse tab showing the Joom "Api Tanım" form if there is one; otherwise kept pending in
// storage.session and delivered when the seller opens that form (api-page.ts asks on every ShopiVerse page).

export async function payloadFor(storeId: string): Promise<FillPayload | undefined> {
  const { local, session } = await readState();
  const app = appOfStore(local, storeId);
  const secret = app ? session.secrets[app.clientId] : undefined;
  return app && secret ? { storeId, clientId: app.clientId, secret } : undefined;
}

export async function push(storeId: string, overwrite: boolean): Promise<PushAnswer> {
  const payload = await payloadFor(storeId);
  if (!payload) return { status: 'missing' };
  const tabs = await browser.tabs.query({ url: 'https://app.shopiverse.tech/*' });
  let sawOtherStore = false;
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    let outcome: FillOutcome;
    try {
      const answer = await browser.tabs.sendMessage(tab.id, { type: 'sv/fill', payload, overwrite }, { frameId: 0 });
      const parsed = FillOutcome.safeParse(answer);
      if (!parsed.success) continue;
      outcome = parsed.data;
    } catch {
      continue; // no content script there (a tab opened before the extension was installed)
    }
    if (outcome.status === 'filled') {
      await recordPush(storeId);
      await browser.tabs.update(tab.id, { active: true });
      return { status: 'filled' };
    }
    if (outcome.status === 'conflict') return { status: 'conflict', conflicts: outcome.conflicts };
    if (outcome.status === 'notJoom') sawOtherStore = true;
  }
  await update((_local, session) => {
    session.pending = { storeId, at: Date.now() };
  });
  await browser.tabs.create({ url: SHOPIVERSE_STORES_URL, active: true });
  return { status: sawOtherStore ? 'notJoom' : 'pending' };
}

export function recordPush(storeId: string): Promise<void> {
  return update((local, session) => {
    local.pushes[storeId] = { at: Date.now() };
    local.lastPushed = storeId;
    if (session.pending?.storeId === storeId) session.pending = undefined;
  });
}
