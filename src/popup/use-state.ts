import { useEffect, useState } from 'preact/hooks';
import type { LocalState, SessionState } from '../core/records';
import type { Stored } from '../shared/stored';
import { popupApi } from './api';
import { firstRead, type RawAreas, readAreas } from './first-read';

// The popup shows what the background wrote: every value passed its zod schema on the way into storage (only the
// background writes it, background/state.ts), so the popup reads it as it is, without loading zod. An area that is
// not there yet (a fresh install) or not an object reads as empty.

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function asStored([local, session]: RawAreas): Stored {
  const emptyLocal: LocalState = { stores: {}, apps: {}, links: {}, pushes: {}, saved: {}, auth: {} };
  const emptySession: SessionState = { secrets: {} };
  return {
    local: isObject(local) ? { ...emptyLocal, ...(local as Partial<LocalState>) } : emptyLocal,
    session: isObject(session) ? { ...emptySession, ...(session as Partial<SessionState>) } : emptySession,
  };
}

const readStored = (): Promise<Stored> => readAreas().then(asStored);

// The first read is started before this module runs (first-read.ts), another on every change from then on, and one
// more if a change came between the two: a change written while the popup was opening is not missed. Reads can answer out of order, so only the latest one started
// is shown. The popup's first render waits for the first answer (main.tsx), so that it draws the data in its first
// frame: an empty first frame and a re-render one frame later cost two frames and a timer (about 40 ms in Chromium).
let latest: Promise<Stored> | undefined;
/** What the latest read answered: the value every render starts from. */
let shown: Stored | undefined;
const watchers = new Set<(value: Stored) => void>();
let answered: () => void = () => undefined;
/** Settles once the first read has answered (or failed: the popup then waits for the next change, as before). */
export const firstAnswer = new Promise<void>((resolve) => {
  answered = resolve;
}).then(() => void performance.mark('joom-data'));

function track(read: Promise<Stored>): void {
  latest = read;
  read.then(
    (value) => {
      if (read !== latest) return;
      shown = value;
      answered();
      for (const show of watchers) show(value);
    },
    () => answered(),
  );
}

const first = firstRead();
track(first.areas.then(asStored));
popupApi.storage.onChanged.addListener(() => track(readStored()));
if (first.changedSince) track(readStored());

/** The stored facts, re-read on every change (both storage areas are open to extension pages). */
export function useStored(): Stored | undefined {
  const [stored, setStored] = useState<Stored | undefined>(shown);
  useEffect(() => {
    watchers.add(setStored);
    // A read that answered between the first render and now.
    if (shown) setStored(shown);
    return () => void watchers.delete(setStored);
  }, []);
  return stored;
}
