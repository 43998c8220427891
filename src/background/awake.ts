import browser from 'webextension-polyfill';

// Firefox ends an event page idle for `extensions.background.idle.timeout` (30 s in use, at least 100 ms), and a
// listener's pending answer postpones that once only: a handler that waits longer between two calls to the browser
// (a push waiting for a loaded page's answer, an image check waiting for slow hosts) was ended half-way, and every
// send of it again met the same end (asleep.spec in a loaded CI run: five sends of one push, each ended 130 to 250 ms
// after its handler started, at the tests' short idle). A call to the browser resets the idle timer (Firefox's
// "parentapicall", Chrome's worker likewise), so one is made every AWAKE_CALL_MS while a handler is working.

/** Below Firefox's least idle timeout (100 ms), so that no setting ends a handler that is working. */
export const AWAKE_CALL_MS = 50;
/** Past the longest bound of any handler (the image check's 120 s): a page that never answers keeps nothing awake. */
export const AWAKE_AT_MOST_MS = 150_000;

/** When each handler now working started, by a key of its own. */
const started = new Map<object, number>();
let timer: ReturnType<typeof setInterval> | undefined;

function call(): void {
  const now = Date.now();
  if ([...started.values()].some((at) => now - at < AWAKE_AT_MOST_MS)) void browser.runtime.getPlatformInfo().catch(() => undefined);
}

/** `work`, with the background kept awake until it settles (AWAKE_AT_MOST_MS at most). */
export function keptAwake<T>(work: Promise<T>): Promise<T> {
  const key = {};
  started.set(key, Date.now());
  timer ??= setInterval(call, AWAKE_CALL_MS);
  return work.finally(() => {
    started.delete(key);
    if (started.size === 0) {
      clearInterval(timer);
      timer = undefined;
    }
  });
}
