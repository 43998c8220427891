import browser from 'webextension-polyfill';
import type { Field } from '../core/fields';
import { command } from './command';

// "Pick on the page": the popup asks; the Joom tab the seller was on gets the command. The popup may be a window of
// its own (or, in tests, a tab), so the tab is the active Joom tab of the last focused window, else the Joom tab
// used last.

const JOOM = 'https://merchant.joom.com/*';

export async function pickTarget(): Promise<number | undefined> {
  const active = await browser.tabs.query({ url: JOOM, active: true, lastFocusedWindow: true });
  const tabs = await browser.tabs.query({ url: JOOM });
  return (active[0] ?? tabs.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0])?.id;
}

/** Tell the tab to let the seller pick; false when it cannot hear (no content script there). */
export async function sendPick(tabId: number, field: Field): Promise<boolean> {
  if (!(await command(tabId, { type: 'bg/pick', field }))) return false;
  try {
    await browser.tabs.update(tabId, { active: true });
    return true;
  } catch {
    return false; // the tab closed meanwhile
  }
}
