import type { TestPage } from './drivers';

/**
 * Set the stored state from an extension page through the background's own queue (src/background/test-state.ts,
 * in the test build only). Written straight into storage, a fixture raced the background: a content script's report
 * that read the state before the fixture wrote its change back over it (CI, popup-states, "connected" lost its
 * images and the "push again" button with them).
 * The store build (photographed by npm start) closes the port: there a whole state is written straight into storage.
 * An area given is replaced whole; with `merge`, only the keys given change, and null removes a key.
 */
export async function writeState(
  page: TestPage,
  change: { local?: Record<string, unknown>; session?: Record<string, unknown>; merge?: boolean },
): Promise<void> {
  await page.evaluate(
    async (message) => {
      type Port = {
        postMessage(message: unknown): void;
        disconnect(): void;
        onMessage: { addListener(listener: (message: unknown) => void): void };
        onDisconnect: { addListener(listener: () => void): void };
      };
      type Area = { set(items: object): Promise<void> };
      const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as {
        runtime: { connect(info: { name: string }): Port };
        storage: { local: Area; session: Area };
      };
      // Firefox closes a port opened as its event page unloads (1 s idle in the tests), unanswered: 1 in 120 ports
      // opened 0.9 to 1.15 s after the last one (a Firefox CI run lost forgetPushes so, and the next case found no
      // Push). The store build closes it too, at once, every time. So a closed port is opened again, as the product's
      // send() does; a change written twice leaves what it leaves once. (No named function in here: npm start runs
      // this file through tsx, whose names helper, __name, the page does not have.)
      let answer: { done?: true; refused?: string } | undefined;
      for (let attempt = 1; attempt <= 5 && !answer; attempt++) {
        answer = await new Promise<{ done?: true; refused?: string } | undefined>((resolve) => {
          const port = api.runtime.connect({ name: 'test/state' });
          port.onMessage.addListener((reply) => {
            port.disconnect();
            resolve(reply as { done?: true; refused?: string });
          });
          port.onDisconnect.addListener(() => resolve(undefined));
          port.postMessage(message);
        });
        if (!answer) await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      }
      if (answer?.refused) throw new Error(`the background refused the state: ${answer.refused}`);
      if (answer?.done) return;
      // Only npm start's store build comes here, and it only replaces whole states (showState).
      if (message.merge) throw new Error('a merge needs the test build (the background answers it in its queue)');
      if (message.local) await api.storage.local.set({ state: message.local });
      if (message.session) await api.storage.session.set({ session: message.session });
    },
    { merge: change.merge ?? false, local: change.local, session: change.session },
  );
}
