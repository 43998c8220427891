import browser from 'webextension-polyfill';
import { type LocalState, parseLocal, parseSession, type SessionState } from '../core/records';

// Where the facts are kept. Session area (memory only, gone when the browser closes): Secret Keys, a pending push,
// page reports. Local area: IDs and progress. Read by the background and the popup alike, always through zod.

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
