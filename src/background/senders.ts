import browser from 'webextension-polyfill';
import { MESSAGE_ORIGIN, type MessageType } from '../core/messages';
import { JOOM_ORIGIN, SHOPIVERSE_ORIGIN } from '../core/redirect';

// Who may say what. A content-script message counts only from the top frame of a tab whose URL is exactly on the
// panel's https origin (not http, not merchant.joom.com.example.test); a popup message only from the extension's
// own pages (Dark Reader's rule). Everything else is rejected with a reason for the debug log.

function originOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).origin : undefined;
  } catch {
    return undefined;
  }
}

export function senderProblem(type: MessageType, sender: browser.Runtime.MessageSender): string | undefined {
  if (sender.id !== browser.runtime.id) return 'foreign extension';
  const expected = MESSAGE_ORIGIN[type];
  const extensionBase = browser.runtime.getURL('');
  if (expected === 'extension') {
    if (!sender.url?.startsWith(extensionBase)) return 'not an extension page';
    if (sender.tab?.url && !sender.tab.url.startsWith(extensionBase)) return 'extension page inside a web tab';
    return undefined;
  }
  if (!sender.tab) return 'no tab';
  if (sender.frameId !== 0) return 'not the top frame';
  const frameOrigin = originOf(sender.url);
  const tabOrigin = originOf(sender.tab.url) ?? frameOrigin;
  const allowed = expected === 'joom' ? [JOOM_ORIGIN] : expected === 'shopiverse' ? [SHOPIVERSE_ORIGIN] : [JOOM_ORIGIN, SHOPIVERSE_ORIGIN];
  if (!frameOrigin || !allowed.includes(frameOrigin) || !tabOrigin || !allowed.includes(tabOrigin)) return `wrong origin for ${type}`;
  return undefined;
}
