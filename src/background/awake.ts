import browser from 'webextension-polyfill';

// Firefox ends an idle event page and lets a listener's pending answer postpone that once only; every call to the
// browser resets its idle timer ("parentapicall"; Chrome's worker likewise). So a handler that waits long between two
// calls (a push waiting for a loaded page's answer, an image check waiting for slow hosts) is kept awake by one.

/** Below Firefox's least idle timeout (100 ms), so that no setting ends a handler that is working. */
export const AWAKE_PING_MS = 50;
/** A handler still waiting after this (a push into a page that never answers) is no longer kept awake. */
export const AWAKE_AT_MOST_MS = 150_000;

/**
 * Keeps awake while any work given to it is pending, for AWAKE_AT_MOST_MS at most each: `ping` every AWAKE_PING_MS,
 * and no timer once none is left (settled or past its time).
 */
export function awakeKeeper(ping: () => void, now: () => number = () => performance.now()) {
  /** When each pending work stops being kept awake, by a key of its own. */
  const until = new Map<object, number>();
  let timer: ReturnType<typeof setInterval> | undefined;
  const stopIfIdle = () => {
    if (until.size > 0 || timer === undefined) return;
    clearInterval(timer);
    timer = undefined;
  };
  const tick = () => {
    const at = now();
    for (const [key, end] of until) if (end <= at) until.delete(key);
    stopIfIdle();
    if (until.size > 0) ping();
  };
  return function keptAwake<T>(work: Promise<T>): Promise<T> {
    const key = {};
    until.set(key, now() + AWAKE_AT_MOST_MS);
    timer ??= setInterval(tick, AWAKE_PING_MS);
    return work.finally(() => {
      until.delete(key);
      stopIfIdle();
    });
  };
}

/** `work`, with the background kept awake until it settles (AWAKE_AT_MOST_MS at most). */
export const keptAwake = awakeKeeper(() => void browser.runtime.getPlatformInfo().catch(() => undefined));
