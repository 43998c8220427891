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

// Started as the popup's script loads, before the first render, so the data arrives a frame sooner.
const firstRead = readStored();

/** The stored facts, re-read on every change (both storage areas are open to extension pages). */
export function useStored(): Stored | undefined {
  const [stored, setStored] = useState<Stored>();
  useEffect(() => {
    let live = true;
    const show = (value: Stored) => live && setStored(value);
    void firstRead.then(show);
    const refresh = () => void readStored().then(show);
    popupApi.storage.onChanged.addListener(refresh);
    return () => {
      live = false;
      popupApi.storage.onChanged.removeListener(refresh);
    };
  }, []);
  return stored;
}
