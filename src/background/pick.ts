import browser from 'webextension-polyfill';
import type { GivenAnswer, PickCommand } from '../core/answers';
import type { PickField } from '../core/records';

// "Pick on the page": the popup asks; the Joom tab the seller was on gets the command. The popup may be a window of
// its own (or, in tests, a tab), so the tab is the active Joom tab of the last focused window, else the Joom tab
// used last.

const JOOM = 'https://merchant.joom.com/*';

export async function startPick(field: PickField): Promise<GivenAnswer> {
  const tabs = await browser.tabs.query({ url: JOOM });
  const active = await browser.tabs.query({ url: JOOM, active: true, lastFocusedWindow: true });
  const target = active[0] ?? tabs.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
  if (target?.id === undefined) return { problem: 'noTab' };
  const command: PickCommand = { type: 'bg/pick', field };
  try {
    await browser.tabs.sendMessage(target.id, command, { frameId: 0 });
    await browser.tabs.update(target.id, { active: true });
    return {};
  } catch {
    return { problem: 'noTab' };
  }
}
