import browser from 'webextension-polyfill';
import { Message, PRESS_PORT } from '../core/messages';
import { senderProblem } from '../core/senders';
import { keptAwake } from './awake';
import { refreshBadge } from './badge';
import { handle } from './handlers';
import { debugLog, logRejection } from './log';
import { lookedAtTab, offerPending } from './push';
import { answerTestState, TEST_STATE_PORT } from './test-state';

// Listeners are registered at the top level, synchronously, so that a service worker woken by an event finds them.

browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
  const parsed = Message.safeParse(raw);
  const type = typeof raw === 'object' && raw !== null && 'type' in raw ? (raw as { type: unknown }).type : undefined;
  if (!parsed.success) {
    // The reason names the fields that failed, never their values.
    logRejection(type, `malformed: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || 'message'} ${issue.code}`).join(', ')}`);
    return Promise.resolve({ rejected: 'malformed' });
  }
  const problem = senderProblem(parsed.data.type, sender, { id: browser.runtime.id, base: browser.runtime.getURL('') });
  if (problem) {
    logRejection(parsed.data.type, problem);
    return Promise.resolve({ rejected: 'sender' });
  }
  return keptAwake(handle(parsed.data, sender));
});

// The seller's presses on "Yetki Talep Et" and Kaydet come through a port too, opened while the page shows the form:
// the page leaves (or reloads) at once, and a message that must first wake a sleeping background was lost 15 times in
// 20 in Firefox.
browser.runtime.onConnect.addListener((port) => {
  if (__TEST_HOOKS__ && port.name === TEST_STATE_PORT) {
    answerTestState(port);
    return;
  }
  // A port this background does not answer is closed at once: its opener is told rather than left waiting.
  if (port.name !== PRESS_PORT) {
    port.disconnect();
    return;
  }
  port.onMessage.addListener((raw: unknown) => {
    const parsed = Message.safeParse(raw);
    const sender = port.sender;
    if (!parsed.success || (parsed.data.type !== 'sv/authorize-pressed' && parsed.data.type !== 'sv/save-pressed') || !sender) return;
    const problem = senderProblem(parsed.data.type, sender, { id: browser.runtime.id, base: browser.runtime.getURL('') });
    if (problem) logRejection(parsed.data.type, problem);
    else void keptAwake(handle(parsed.data, sender));
  });
});

browser.storage.onChanged.addListener(() => void refreshBadge());
// A waiting push fills only the form the seller looks at: when they turn to a tab (or to its window), it is asked.
browser.tabs.onActivated.addListener(({ tabId }) => void offerPending(tabId));
browser.windows.onFocusChanged.addListener((windowId) => {
  if (windowId !== browser.windows.WINDOW_ID_NONE) void lookedAtTab().then(offerPending);
});
browser.runtime.onInstalled.addListener(() => void refreshBadge());
browser.runtime.onStartup.addListener(() => void refreshBadge());

// For the browser tests: what was refused, and why (no values). Not in the store build.
if (__TEST_HOOKS__) (globalThis as { joomConnectorLog?: typeof debugLog }).joomConnectorLog = debugLog;
