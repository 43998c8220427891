import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));
const { AWAKE_AT_MOST_MS, AWAKE_PING_MS, awakeKeeper } = await import('./awake');

/** A promise settled by the test. */
function pending() {
  let settle = () => {};
  const promise = new Promise<void>((resolve) => {
    settle = resolve;
  });
  return { promise, settle };
}

describe('awakeKeeper', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const keeper = () => {
    const ping = vi.fn();
    return { ping, keptAwake: awakeKeeper(ping, () => Date.now()) };
  };

  it('pings while work is pending, and stops with no timer left once it settles', async () => {
    const { ping, keptAwake } = keeper();
    const work = pending();
    const kept = keptAwake(work.promise);
    vi.advanceTimersByTime(AWAKE_PING_MS * 4);
    expect(ping).toHaveBeenCalledTimes(4);
    work.settle();
    await kept;
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(AWAKE_PING_MS * 4);
    expect(ping).toHaveBeenCalledTimes(4);
  });

  it('keeps awake until the last of two overlapping works settles', async () => {
    const { ping, keptAwake } = keeper();
    const first = pending();
    const second = pending();
    const keptFirst = keptAwake(first.promise);
    const keptSecond = keptAwake(second.promise);
    first.settle();
    await keptFirst;
    vi.advanceTimersByTime(AWAKE_PING_MS * 2);
    expect(ping).toHaveBeenCalledTimes(2);
    second.settle();
    await keptSecond;
    expect(vi.getTimerCount()).toBe(0);
  });

  it('lets a work that never settles go after AWAKE_AT_MOST_MS, with no timer left', () => {
    const { ping, keptAwake } = keeper();
    void keptAwake(new Promise(() => {}));
    vi.advanceTimersByTime(AWAKE_AT_MOST_MS - AWAKE_PING_MS);
    const pings = ping.mock.calls.length;
    expect(pings).toBe(AWAKE_AT_MOST_MS / AWAKE_PING_MS - 1);
    vi.advanceTimersByTime(AWAKE_PING_MS * 4);
    expect(ping).toHaveBeenCalledTimes(pings);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('keeps a later work awake after an earlier one stuck past its time was let go', async () => {
    const { ping, keptAwake } = keeper();
    void keptAwake(new Promise(() => {}));
    vi.advanceTimersByTime(AWAKE_AT_MOST_MS + AWAKE_PING_MS);
    const pings = ping.mock.calls.length;
    const later = pending();
    const kept = keptAwake(later.promise);
    vi.advanceTimersByTime(AWAKE_PING_MS * 3);
    expect(ping).toHaveBeenCalledTimes(pings + 3);
    later.settle();
    await kept;
    expect(vi.getTimerCount()).toBe(0);
  });
});
