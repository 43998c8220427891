import browser from 'webextension-polyfill';
import {
  capRecords,
  LocalState as LocalSchema,
  type LocalState,
  parseLocal,
  parseSession,
  SessionState as SessionSchema,
  type SessionState,
} from '../core/records';
import { LOCAL_KEY, SESSION_KEY, type Stored } from '../shared/stored';

// The only code that writes storage (shared/stored.ts says where what is kept). Every value passes its zod schema
// on the way in and out; updates run one at a time so none is lost.

export async function readState(): Promise<Stored> {
  const [local, session] = await Promise.all([browser.storage.local.get(LOCAL_KEY), browser.storage.session.get(SESSION_KEY)]);
  return { local: parseLocal(local[LOCAL_KEY]), session: parseSession(session[SESSION_KEY]) };
}

let queue: Promise<unknown> = Promise.resolve();

/** Read, change and write back both areas, serialized with every other update. */
export function update<T>(change: (local: LocalState, session: SessionState) => T): Promise<T> {
  const run = queue.then(async () => {
    const { local, session } = await readState();
    const before = { local: JSON.stringify(local), session: JSON.stringify(session) };
    const result = change(local, session);
    capRecords(local, session);
    // Only an area that changed is written, so listeners (badge, popup) hear of real changes only.
    // parse() drops any key the schema does not name: a secret cannot ride into storage.local by accident.
    const localChanged = JSON.stringify(local) !== before.local;
    try {
      await Promise.all([
        localChanged && browser.storage.local.set({ [LOCAL_KEY]: LocalSchema.parse(local) }),
        JSON.stringify(session) !== before.session && browser.storage.session.set({ [SESSION_KEY]: SessionSchema.parse(session) }),
      ]);
    } catch (error) {
      // A full storage is the seller's to know about (the popup says so), not a reason for the extension to stop.
      if (!isQuotaError(error)) throw error;
      await browser.storage.session.set({ [SESSION_KEY]: SessionSchema.parse({ ...session, storageFull: Date.now() }) }).catch(() => undefined);
      return result;
    }
    if (session.storageFull && localChanged) {
      session.storageFull = undefined;
      await browser.storage.session.set({ [SESSION_KEY]: SessionSchema.parse(session) });
    }
    return result;
  });
  queue = run.catch(() => undefined);
  return run;
}

function isQuotaError(error: unknown): boolean {
  return /quota/i.test(error instanceof Error ? `${error.name} ${error.message}` : String(error));
}
