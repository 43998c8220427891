import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Message } from '../core/messages';

// A background unloaded or restarted while a message is in flight may never settle `runtime.sendMessage` (the
// hypothesis behind a Firefox CI run whose save was never confirmed: the ShopiVerse page stayed busy). Whatever the
// browser does, every send ends: the table gives the background's behaviour per attempt and what the caller gets.

const runtime = { id: 'ext', sendMessage: vi.fn<(message: unknown) => Promise<unknown>>() };
vi.mock('./page-api', () => ({ pageApi: { runtime } }));
const { ANSWER_WITHIN_MS, send } = await import('./send');

const never = () => new Promise<unknown>(() => undefined);
const PAGE_ANSWER = { pending: false };
const page: Message = { type: 'sv/page', reason: 'appeared', fresh: true, status: 'noForm' };
const callback: Message = { type: 'sv/callback', result: 'code', referrer: 'https://api-merchant.joom.com' };

type Behaviour = 'silent' | 'answers' | 'throws';
const CASES: { name: string; message: Message; attempts: Behaviour[]; answer: unknown; sent: number }[] = [
  { name: 'a report answered at once', message: page, attempts: ['answers'], answer: PAGE_ANSWER, sent: 1 },
  { name: 'a report unanswered once, then answered: sent again', message: page, attempts: ['silent', 'answers'], answer: PAGE_ANSWER, sent: 2 },
  { name: 'a report never answered: ends, with none', message: page, attempts: ['silent', 'silent', 'silent', 'silent', 'silent'], answer: undefined, sent: 5 },
  { name: 'a report refused then answered (asleep): sent again', message: page, attempts: ['throws', 'answers'], answer: PAGE_ANSWER, sent: 2 },
  // The callback consumes the seller's press: sent twice, the second would say a callback came with no press.
  { name: 'a one-time message unanswered: ends, never sent twice', message: callback, attempts: ['silent', 'answers'], answer: undefined, sent: 1 },
];

describe('send ends, with an answer or none', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    runtime.sendMessage.mockReset();
  });

  it.each(CASES)('$name', async ({ message, attempts, answer, sent }) => {
    for (const behaviour of attempts) {
      runtime.sendMessage.mockImplementationOnce(() =>
        behaviour === 'silent' ? never() : behaviour === 'throws' ? Promise.reject(new Error('Receiving end does not exist')) : Promise.resolve(PAGE_ANSWER),
      );
    }
    let settled = false;
    const result = send(message).finally(() => {
      settled = true;
    });
    // Five bounded waits and the pauses between them, and no more.
    await vi.advanceTimersByTimeAsync(5 * ANSWER_WITHIN_MS + 5_000);
    expect(settled).toBe(true);
    expect(await result).toEqual(answer);
    expect(runtime.sendMessage).toHaveBeenCalledTimes(sent);
  });
});
