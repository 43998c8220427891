import browser from 'webextension-polyfill';
import { LocalState, SessionState } from '../core/records';
import { z } from '../core/zod';
import { update } from './state';

// For the browser tests only (registered under __TEST_HOOKS__, so absent from the store build): a test sets the
// popup's state through the one writer's queue. Written straight into storage from a page, a fixture raced the
// background's own update (a content script's report read the old state and wrote it back over the fixture).

export const TEST_STATE_PORT = 'test/state';

function apply(area: Record<string, unknown>, given: Record<string, unknown> | undefined, merge: boolean): void {
  if (!given) return;
  if (!merge) for (const key of Object.keys(area)) delete area[key];
  for (const [key, value] of Object.entries(given)) {
    if (value === null) delete area[key];
    else area[key] = value;
  }
}

/** Answers one port of TEST_STATE_PORT (background/index.ts hands it over in the test build only). */
export function answerTestState(port: browser.Runtime.Port): void {
  // An area given is replaced whole, or with `merge` only the keys given (null removes one). Built here, not at the
  // module's top, so that nothing of this file is left in the store build.
  const Change = z.object({
    merge: z.boolean(),
    local: z.optional(z.record(z.string(), z.unknown())),
    session: z.optional(z.record(z.string(), z.unknown())),
  });
  const base = browser.runtime.getURL('');
  if (port.sender?.id !== browser.runtime.id || !port.sender.url?.startsWith(base)) {
    port.disconnect();
    return;
  }
  port.onMessage.addListener(async (raw: unknown) => {
    try {
      await replace(Change.parse(raw));
      port.postMessage({ done: true });
    } catch (error) {
      // The paths that failed, never the values (a fixture holds secrets).
      const issues = (error as { issues?: { path: PropertyKey[] }[] }).issues;
      port.postMessage({ refused: issues ? issues.map((issue) => issue.path.join('.')).join(', ') : String(error) });
    }
  });
}

function replace(change: { merge: boolean; local?: Record<string, unknown>; session?: Record<string, unknown> }): Promise<void> {
  return update((local, session) => {
    const nextLocal: Record<string, unknown> = { ...local };
    const nextSession: Record<string, unknown> = { ...session };
    apply(nextLocal, change.local, change.merge);
    apply(nextSession, change.session, change.merge);
    // A fixture that breaks a schema fails here, loudly, rather than reading as an empty state.
    const parsed = { local: LocalState.parse(nextLocal), session: SessionState.parse(nextSession) };
    apply(local as Record<string, unknown>, parsed.local, false);
    apply(session as Record<string, unknown>, parsed.session, false);
  });
}
