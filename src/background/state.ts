import browser from 'webextension-polyfill';
import { LocalState as LocalSchema, type LocalState, parseLocal, parseSession, SessionState as SessionSchema, type SessionState } from '../core/records';
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
    // Only an area that changed is written, so listeners (badge, popup) hear of real changes only.
    // parse() drops any key the schema does not name: a secret cannot ride into storage.local by accident.
    await Promise.all([
      JSON.stringify(local) !== before.local && browser.storage.local.set({ [LOCAL_KEY]: LocalSchema.parse(local) }),
      JSON.stringify(session) !== before.session && browser.storage.session.set({ [SESSION_KEY]: SessionSchema.parse(session) }),
    ]);
    return result;
  });
  queue = run.catch(() => undefined);
  return run;
}
