import type { Message, MessageType } from '../core/messages';
import { type AnswerTo, answerOf } from '../core/protocol';
import { check } from '../core/spec';
import { pageApi } from './page-api';

const ATTEMPTS = 5;

/**
 * How long one attempt waits for the background's answer. The browser settles `runtime.sendMessage` when the
 * background answers or dies, but nothing bounds it: a background unloaded or restarted while the message is in
 * flight (Firefox's event page after 1 s idle in the tests, Chrome's worker stopped) must not leave a page waiting
 * forever (the ShopiVerse page stays `busy` and never reports the save's read-back). Handlers answer in milliseconds;
 * the image check probes up to 500 images (5 s each, a few per host) and gets longer.
 */
export const ANSWER_WITHIN_MS = 20_000;
const ANSWER_WITHIN_MS_FOR: Partial<Record<MessageType, number>> = { 'images/check': 120_000 };

/**
 * The messages sent again when an attempt got no answer in time: their handler, run twice, leaves what one run
 * leaves (a report of what a page shows, a query, a setting). An unanswered attempt may have been handled with only
 * its answer lost, so the others are never sent twice: each arms or consumes a one-time state (a seller's press,
 * which its read-back or callback consumes: sent again it would arm it anew; a pick; the press a callback answers; a
 * conflict by its index) or acts on a tab (a push, a fill, a pick). For them the wait ends with no answer, which every
 * caller already handles as none (the popup says the push failed; a press the popup cannot confirm is asked again).
 */
export const RESENT_AFTER_SILENCE: ReadonlySet<MessageType> = new Set<MessageType>([
  'joom/store',
  'joom/app',
  'joom/choices',
  'joom/taught-query',
  'joom/note',
  'joom/prefill-query',
  'joom/form-filled',
  'sv/page',
  'sv/filled',
  // Handed in twice, a receipt is used once.
  'sv/receipt',
  'sv/dimensions',
  'popup/select',
  'popup/link',
  'popup/forget-taught',
  // Forgotten twice, a key is gone once.
  'popup/forget-secret',
]);

const SILENT = Symbol('no answer in time');

/**
 * Send a message to the background, from a content script or the popup, and return its answer, checked against the
 * answer of that message type (core/protocol.ts): undefined when it is not that shape (a refusal) or never came.
 * The background answers every message, so no answer means it was missed: a background that was asleep or starting
 * up may drop one, so it is sent again, a few times, a little later each time; one left unanswered past its bound is
 * sent again only when that is safe (RESENT_AFTER_SILENCE). Every call ends, within ATTEMPTS bounded waits. Content
 * scripts outlive their extension when it is updated or reloaded: then the call fails for good, and the page must
 * not see an error, so the result is simply undefined.
 */
export async function send<M extends Message>(message: M): Promise<AnswerTo<M['type']> | undefined> {
  const within = ANSWER_WITHIN_MS_FOR[message.type as MessageType] ?? ANSWER_WITHIN_MS;
  for (let attempt = 1; ; attempt++) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const answer: unknown = await Promise.race([
        pageApi.runtime.sendMessage(message),
        new Promise((resolve) => {
          timer = setTimeout(() => resolve(SILENT), within);
        }),
      ]);
      if (answer === SILENT && !RESENT_AFTER_SILENCE.has(message.type as MessageType)) return undefined;
      if (answer !== undefined && answer !== SILENT) {
        const checked = check(answerOf(message.type), answer);
        return checked.success ? (checked.data as AnswerTo<M['type']>) : undefined;
      }
    } catch {
      // Missed, or the extension is gone: decided below.
    } finally {
      clearTimeout(timer);
    }
    if (attempt >= ATTEMPTS || !pageApi.runtime?.id) return undefined;
    await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
  }
}
