import type { TestPage } from './drivers';

/**
 * Set the stored state from an extension page through the background's own queue (src/background/test-state.ts,
 * in the test build only). Written straight into storage, a fixture raced the background: a content script's report
 * that read the state before the fixture wrote its change back over it (CI, popup-states, "connected" lost its
 * images and the "push again" button with them).
 * An area given is replaced whole; with `merge`, only the keys given change, and null removes a key.
 */
export async function writeState(
  page: TestPage,
  change: { local?: Record<string, unknown>; session?: Record<string, unknown>; merge?: boolean },
): Promise<void> {
  await page.evaluate(
    (message) =>
      new Promise<void>((resolve, reject) => {
        type Port = {
          postMessage(message: unknown): void;
          disconnect(): void;
          onMessage: { addListener(listener: (message: unknown) => void): void };
          onDisconnect: { addListener(listener: () => void): void };
        };
        const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as {
          runtime: { connect(info: { name: string }): Port };
        };
        const port = api.runtime.connect({ name: 'test/state' });
        port.onMessage.addListener(() => {
          port.disconnect();
          resolve();
        });
        port.onDisconnect.addListener(() => reject(new Error('the background refused the state (see its console)')));
        port.postMessage(message);
      }),
    { merge: change.merge ?? false, local: change.local, session: change.session },
  );
}
