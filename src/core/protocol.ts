import {
  FillCommand,
  FillOutcome,
  FormCheck,
  FormQuestion,
  GivenAnswer,
  ImagesAnswer,
  Ok,
  PageAnswer,
  PickCommand,
  PrefillAnswer,
  PushAnswer,
  ReceiptsAnswer,
  RescanCommand,
  TaughtAnswer,
} from './answers';
import type { Message, MessageType } from './messages';
import type { Infer, Spec } from './spec';

// What the background answers each message: send.ts checks the answer against it and returns it typed, and
// background/handlers.ts must return it. A message that only tells the background something is answered Ok, and is
// not listed. The message's own zod schema and who may send it are in messages.ts: only the background parses
// messages, and this table, with the answer shapes, is all that content scripts carry (their gzipped budgets).
// A message type names its direction by its sender: joom/ and sv/ a content script, popup/ an extension page,
// images/ either panel, bg/ the background.

export const ANSWERS = {
  'joom/picked': GivenAnswer,
  'joom/taught-query': TaughtAnswer,
  'joom/prefill-query': PrefillAnswer,
  'sv/page': PageAnswer,
  'sv/receipts': ReceiptsAnswer,
  'sv/fill-request': PushAnswer,
  'images/check': ImagesAnswer,
  'popup/push': PushAnswer,
  'popup/paste': GivenAnswer,
  'popup/pick': GivenAnswer,
} as const satisfies { [K in MessageType]?: Spec };

/** The answer shape of a message of this type. */
export function answerOf(type: MessageType): Spec {
  return (ANSWERS as Partial<Record<MessageType, Spec>>)[type] ?? Ok;
}

/** The message of this type. */
export type MessageOf<K extends MessageType> = Extract<Message, { type: K }>;
/** What the background answers to a message of this type. */
export type AnswerTo<K extends MessageType> = K extends keyof typeof ANSWERS ? Infer<(typeof ANSWERS)[K]> : Ok;

/**
 * What the background commands a tab to do (sent by the extension only, heard in the top frame), and its answer.
 * The background parses the answer with its zod schema (background/command.ts); a content script checks the command
 * with `check(<its spec>, …)` and answers with the shape named here.
 */
export const COMMANDS = {
  'bg/ask': { command: FormQuestion, answer: FormCheck },
  'bg/fill': { command: FillCommand, answer: FillOutcome },
  'bg/pick': { command: PickCommand, answer: Ok },
  'bg/rescan': { command: RescanCommand, answer: Ok },
} as const;

export type CommandType = keyof typeof COMMANDS;
export type Command = { [K in CommandType]: Infer<(typeof COMMANDS)[K]['command']> }[CommandType];
export type CommandOf<K extends CommandType> = Infer<(typeof COMMANDS)[K]['command']>;
export type CommandAnswer<K extends CommandType> = Infer<(typeof COMMANDS)[K]['answer']>;
