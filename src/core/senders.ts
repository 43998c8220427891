import { MESSAGE_ORIGIN, type MessageType } from './messages';
import { JOOM_ORIGIN, SHOPIVERSE_ORIGIN } from './redirect';

// Who may say what. A content-script message counts only from the top frame of a tab whose URL is exactly on the
// panel's https origin (not http, not merchant.joom.com.example.test); a popup message only from the extension's
// own pages (Dark Reader's rule). Everything else is rejected with a reason for the debug log.
// Pure: the background passes in who the extension is, so every rule is unit-tested.

/** What the browser tells about a message's sender (the fields of runtime.MessageSender this needs). */
export interface Sender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { url?: string };
}

/** The extension itself: its id and the base URL of its pages (runtime.getURL('')). */
export interface Self {
  id: string;
  base: string;
}

function originOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).origin : undefined;
  } catch {
    return undefined;
  }
}

export function senderProblem(type: MessageType, sender: Sender, self: Self): string | undefined {
  if (sender.id !== self.id) return 'foreign extension';
  const expected = MESSAGE_ORIGIN[type];
  const extensionBase = self.base;
  if (expected === 'extension') {
    if (!sender.url?.startsWith(extensionBase)) return 'not an extension page';
    if (sender.tab?.url && !sender.tab.url.startsWith(extensionBase)) return 'extension page inside a web tab';
    return undefined;
  }
  if (!sender.tab) return 'no tab';
  // A frame inside a page (the panel framed by another site, or a frame inside the panel) never speaks for it.
  if (sender.frameId !== 0) return 'not the top frame';
  // The top frame's own URL, as the browser recorded it for the document that sent. Not the tab's URL: a message
  // sent as the page navigates away ("Yetki Talep Et") may be delivered when the tab already shows the next site,
  // and the message was still this page's.
  const frameOrigin = originOf(sender.url);
  const allowed = expected === 'joom' ? [JOOM_ORIGIN] : expected === 'shopiverse' ? [SHOPIVERSE_ORIGIN] : [JOOM_ORIGIN, SHOPIVERSE_ORIGIN];
  if (!frameOrigin || !allowed.includes(frameOrigin)) return `wrong origin for ${type}`;
  return undefined;
}
