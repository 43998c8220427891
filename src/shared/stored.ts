import browser from 'webextension-polyfill';
import { type LocalState, parseLocal, parseSession, type SessionState } from '../core/records';

// Where the facts are kept: storage.local for IDs and progress, storage.session (memory only) for Secret Keys,
// a pending push and page reports. Read by the background and the popup alike, always through the zod schemas.

export const LOCAL_KEY = 'state';
export const SESSION_KEY = 'session';

export interface Stored {
  local: LocalState;
  session: SessionState;
}

export async function readState(): Promise<Stored> {
  const [local, session] = await Promise.all([browser.storage.local.get(LOCAL_KEY), browser.storage.session.get(SESSION_KEY)]);
  return { local: parseLocal(local[LOCAL_KEY]), session: parseSession(session[SESSION_KEY]) };
}
