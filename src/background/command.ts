import browser from 'webextension-polyfill';
import { COMMANDS, type Command, type CommandAnswer, type CommandType } from '../core/protocol';
import { toZod } from '../core/spec-zod';

// The background's door out: a command to a tab's top frame, its answer parsed with the zod schema of the answer
// that command has (core/protocol.ts).

const ANSWERS = Object.fromEntries(Object.entries(COMMANDS).map(([type, { answer }]) => [type, toZod(answer)])) as {
  [K in CommandType]: ReturnType<typeof toZod<(typeof COMMANDS)[K]['answer']>>;
};

/**
 * How long a tab has to answer. A push asks every ShopiVerse tab, then fills one: both waits together stay under the
 * popup's own (shared/send.ts ANSWER_WITHIN_MS, 20 s), so that one tab busy for long (a page's script running) neither
 * makes the popup say the push failed while the others were ready, nor gets the values after the popup said so: a fill
 * heard past the bound is refused by the tab (FillCommand's `until`).
 */
export const COMMAND_WITHIN_MS = 8_000;

/**
 * The tab's answer, checked; undefined when it has none of that shape, cannot hear (no content script of ours), or has
 * not answered within COMMAND_WITHIN_MS.
 */
export async function command<C extends Command>(tabId: number, message: C): Promise<CommandAnswer<C['type']> | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const silence = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), COMMAND_WITHIN_MS);
  });
  try {
    const answer = await Promise.race([browser.tabs.sendMessage(tabId, message, { frameId: 0 }), silence]);
    const parsed = ANSWERS[message.type].safeParse(answer);
    return parsed.success ? (parsed.data as CommandAnswer<C['type']>) : undefined;
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}
