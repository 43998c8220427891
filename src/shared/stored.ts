import type { LocalState, SessionState } from '../core/records';

// Where the facts are kept. Session area (memory only, gone when the browser closes): Secret Keys, a pending push,
// page reports. Local area: IDs and progress. The background reads and writes them through zod (background/state.ts);
// the popup reads what the background wrote (popup/use-state.ts). Content scripts never write storage: the seller's
// press on "Yetki Talep Et" reaches the background as a message sent on the press itself, before the page leaves.

export const LOCAL_KEY = 'state';
export const SESSION_KEY = 'session';
export interface Stored {
  local: LocalState;
  session: SessionState;
}
