import browser from 'webextension-polyfill';
import { checklist } from '../core/checklist';
import { readState } from './state';

/** The toolbar badge: progress through the guide's seven steps, red when one is in error. */
export async function refreshBadge(): Promise<void> {
  const { local, session } = await readState();
  const list = checklist(local, session);
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  await action.setBadgeText({ text: list.storeId ? `${list.done}/${list.total}` : '' });
  await action.setBadgeBackgroundColor({ color: list.hasError ? '#dc2626' : list.done === list.total ? '#16a34a' : '#2563eb' });
}
