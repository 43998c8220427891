import browser from 'webextension-polyfill';
import { COMMANDS, type Command, type CommandAnswer, type CommandType } from '../core/protocol';
import { toZod } from '../core/spec-zod';

// The background's door out: a command to a tab's top frame, its answer parsed with the zod schema of the answer
// that command has (core/protocol.ts).

const ANSWERS = Object.fromEntries(Object.entries(COMMANDS).map(([type, { answer }]) => [type, toZod(answer)])) as {
  [K in CommandType]: ReturnType<typeof toZod<(typeof COMMANDS)[K]['answer']>>;
};

/** The tab's answer, checked; undefined when it has none of that shape or cannot hear (no content script of ours). */
export async function command<C extends Command>(tabId: number, message: C): Promise<CommandAnswer<C['type']> | undefined> {
  try {
    const parsed = ANSWERS[message.type].safeParse(await browser.tabs.sendMessage(tabId, message, { frameId: 0 }));
    return parsed.success ? (parsed.data as CommandAnswer<C['type']>) : undefined;
  } catch {
    return undefined;
  }
}
