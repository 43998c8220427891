import { useEffect, useState } from 'preact/hooks';
import type { LocalState, SessionState } from '../core/records';
import { LOCAL_KEY, SESSION_KEY, type Stored } from '../shared/stored';
import { popupApi } from './api';

// The popup shows what the background wrote: every value passed its zod schema on the way into storage (only the
// background writes it, background/state.ts), so the popup reads it as it is, without loading zod. An area that is
// not there yet (a fresh install) or not an object reads as empty.

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function asStored(local: unknown, session: unknown): Stored {
  const emptyLocal: LocalState = { stores: {}, apps: {}, links: {}, pushes: {}, saved: {}, auth: {} };
  const emptySession: SessionState = { secrets: {} };
  return {
    local: isObject(local) ? { ...emptyLocal, ...(local as Partial<LocalState>) } : emptyLocal,
    session: isObject(session) ? { ...emptySession, ...(session as Partial<SessionState>) } : emptySession,
  };
}

async function readStored(): Promise<Stored> {
  const [local, session] = await Promise.all([popupApi.storage.local.get(LOCAL_KEY), popupApi.storage.session.get(SESSION_KEY)]);
  return asStored(local[LOCAL_KEY], session[SESSION_KEY]);
}

// One read is started as the script loads (the data arrives a frame sooner) and another on every change, from the
// same moment: a change written while the first render was under way is not missed. Reads can answer out of order,
// so only the latest one started is shown.
let latest: Promise<Stored> = readStored();
const watchers = new Set<(value: Stored) => void>();
popupApi.storage.onChanged.addListener(() => {
  const read = readStored();
  latest = read;
  void read.then((value) => {
    if (read !== latest) return;
    for (const show of watchers) show(value);
  });
});

/** The stored facts, re-read on every change (both storage areas are open to extension pages). */
export function useStored(): Stored | undefined {
  const [stored, setStored] = useState<Stored>();
  useEffect(() => {
    const first = latest;
    void first.then((value) => first === latest && setStored(value));
    watchers.add(setStored);
    return () => void watchers.delete(setStored);
  }, []);
  return stored;
}
