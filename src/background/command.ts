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
 * What a tab made of a command: its answer, checked (none when it has none of that shape or cannot hear: no content
 * script of ours), and `silent` when it did not answer within COMMAND_WITHIN_MS. A silent tab is busy, not absent: it
 * may still act on the command (the review of s41, B2: a busy tab in front taken for one without our script); `late`
 * is its answer if it comes after all (the second review of s41, P3: a fill that ended at the bound).
 */
export async function commandHeard<C extends Command>(
  tabId: number,
  message: C,
): Promise<{ answer?: CommandAnswer<C['type']>; silent: boolean; late?: Promise<CommandAnswer<C['type']> | undefined> }> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const SILENCE = Symbol('silence');
  const silence = new Promise<typeof SILENCE>((resolve) => {
    timer = setTimeout(() => resolve(SILENCE), COMMAND_WITHIN_MS);
  });
  const parse = (answer: unknown) => {
    const parsed = ANSWERS[message.type].safeParse(answer);
    return parsed.success ? (parsed.data as CommandAnswer<C['type']>) : undefined;
  };
  const sent = browser.tabs.sendMessage(tabId, message, { frameId: 0 });
  try {
    const answer = await Promise.race([sent, silence]);
    if (answer === SILENCE) return { silent: true, late: sent.then(parse, () => undefined) };
    return { answer: parse(answer), silent: false };
  } catch {
    return { silent: false };
  } finally {
    clearTimeout(timer);
  }
}

/** The tab's answer, checked; undefined when it has none, cannot hear, or is silent (commandHeard). */
export async function command<C extends Command>(tabId: number, message: C): Promise<CommandAnswer<C['type']> | undefined> {
  return (await commandHeard(tabId, message)).answer;
}
