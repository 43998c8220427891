import type { LocalState, SessionState } from '../core/records';

// Where the facts are kept. Session area (memory only, gone when the browser closes): Secret Keys, a pending push,
// page reports. Local area: IDs and progress. The background reads and writes them through zod (background/state.ts);
// the popup reads what the background wrote (popup/use-state.ts).

export const LOCAL_KEY = 'state';
export const SESSION_KEY = 'session';
/**
 * The seller's press on "Yetki Talep Et", written by the ShopiVerse content script straight to storage.local: the
 * page leaves at once, and a message to a background that is asleep may be lost with it; a storage write is not.
 * Only our content script can write here, only on a trusted press; the background reads it once (zod) and removes it.
 */
export const AUTHORIZE_PRESS_KEY = 'authorizePress';

export interface Stored {
  local: LocalState;
  session: SessionState;
}
