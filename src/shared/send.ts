import type { Message } from '../core/messages';
import { type AnswerTo, answerOf } from '../core/protocol';
import { check } from '../core/spec';
import { pageApi } from './page-api';

const ATTEMPTS = 5;

/**
 * Send a message to the background, from a content script or the popup, and return its answer, checked against the
 * answer of that message type (core/protocol.ts): undefined when it is not that shape (a refusal) or never came.
 * The background answers every message, so no answer means it was missed: a background that was asleep or starting
 * up may drop one, so it is sent again, a few times, a little later each time. Content scripts outlive their
 * extension when it is updated or reloaded: then the call fails for good, and the page must not see an error, so the
 * result is simply undefined.
 */
export async function send<M extends Message>(message: M): Promise<AnswerTo<M['type']> | undefined> {
  for (let attempt = 1; ; attempt++) {
    try {
      const answer: unknown = await pageApi.runtime.sendMessage(message);
      if (answer !== undefined) {
        const checked = check(answerOf(message.type), answer);
        return checked.success ? (checked.data as AnswerTo<M['type']>) : undefined;
      }
    } catch {
      // Missed, or the extension is gone: decided below.
    }
    if (attempt >= ATTEMPTS || !pageApi.runtime?.id) return undefined;
    await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
  }
}
