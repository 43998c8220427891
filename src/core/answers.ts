import { FIELDS } from './fields';
import { PENDING_DROPPED } from './hand-rules';
import { RULES } from './shape-rules';
import { boolean, type Infer, list, literal, number, object, oneOf, optional, shaped, text } from './spec';

// What the background answers, and what it commands a tab to do, each shape written once as a spec (spec.ts):
// content scripts check with it directly, the background and storage parse with its zod schema (spec-zod.ts).
// protocol.ts says which answer goes with which message. Kept apart from messages.ts so that content scripts,
// which check only these, carry no zod.

/** The answer to a message that only tells the background something. */
export const Ok = object({ ok: literal(true) });
export type Ok = Infer<typeof Ok>;

export const ImageVerdict = object({
  url: text(4096),
  status: oneOf(['ok', 'bad', 'unknown']),
  reasons: list(text(40)),
  width: optional(number),
  height: optional(number),
  /** The file's format, when it was learned (core/image-format.ts). */
  format: optional(text(8)),
  approximate: boolean,
});
export type ImageVerdict = Infer<typeof ImageVerdict>;

// Background → ShopiVerse tab.
export const FillPayload = object({ storeId: shaped(RULES.storeId), clientId: shaped(RULES.clientId), secret: shaped(RULES.secret) });
export type FillPayload = Infer<typeof FillPayload>;
/**
 * `until`: the time (ms since the epoch) after which the tab must not fill: the background has stopped waiting and
 * told the seller the push failed (a tab busy past background/command.ts's bound heard it late).
 */
export const FillCommand = object({ type: literal('bg/fill'), payload: FillPayload, overwrite: boolean, until: number });
export type FillCommand = Infer<typeof FillCommand>;
/** Asked of every ShopiVerse tab before any value is sent: "do you hold a qualifying Joom form these values fit?" No secret. */
export const FormQuestion = object({ type: literal('bg/ask'), storeId: shaped(RULES.storeId), clientId: shaped(RULES.clientId), overwrite: boolean });
export type FormQuestion = Infer<typeof FormQuestion>;

/**
 * Why a page's form is not the one to fill, as core/api-form-rules.ts qualifies it (sendsInUrl: the form would GET
 * the values into a URL; hidden: a part is there but not seen, or covered), and `notSure`: the page says "no form"
 * while a Joom store's banner is in sight (the form is among others' content, or a part of it is not known). Written
 * here, where the tab's answers say them, so that no content script imports the qualification for a word list.
 */
export const REFUSALS = ['noForm', 'notSure', 'notJoom', 'offsite', 'sendsInUrl', 'hidden', 'manyForms'] as const;
/** A refusal, a field holding another value, or one read-only. */
const FORM_PROBLEMS = [...REFUSALS, 'conflict', 'readOnly'] as const;

export const FillOutcome = object({
  status: oneOf(['filled', ...FORM_PROBLEMS, 'urlChanged', 'late']),
  conflicts: optional(list(text(40))),
});
export type FillOutcome = Infer<typeof FillOutcome>;
export type FillStatus = FillOutcome['status'];

/** A tab's answer to `bg/ask`: `ready` only for exactly one qualifying, fillable Joom form; the store code of the page. */
export const FormCheck = object({
  status: oneOf(['ready', ...FORM_PROBLEMS]),
  conflicts: optional(list(text(40))),
  code: optional(shaped(RULES.storeCode)),
});
export type FormCheck = Infer<typeof FormCheck>;

/** Background → ShopiVerse tab: the seller now looks at this tab; report the form again (a waiting push may fill it). */
export const RescanCommand = object({ type: literal('bg/rescan') });

/** Background → Joom tab: let the seller pick the value of a field on the page. */
export const PickCommand = object({ type: literal('bg/pick'), field: oneOf(FIELDS) });
export type PickCommand = Infer<typeof PickCommand>;

/** The answer to `sv/page`: values to fill when a push is pending and the form is there, and whether one is. */
export const PageAnswer = object({
  fill: optional(FillPayload),
  pending: boolean,
  /** The waiting push met this form and was dropped: why, for the page to say (`fill_<dropped>`). */
  dropped: optional(oneOf(PENDING_DROPPED)),
});
export type PageAnswer = Infer<typeof PageAnswer>;

/** The answer to `sv/receipts`: a receipt for each button of the form (core/press-receipts.ts PressReceipt), none when refused. */
export const ReceiptsAnswer = object({ save: optional(text(64)), authorize: optional(text(64)) });
export type ReceiptsAnswer = Infer<typeof ReceiptsAnswer>;

export const PrefillAnswer = object({ storeId: optional(shaped(RULES.storeId)), storeName: optional(shaped(RULES.storeName)) });
export type PrefillAnswer = Infer<typeof PrefillAnswer>;

/** The labels the seller taught, for the Joom content script to read with its own. */
export const TaughtAnswer = object({ labels: list(object({ field: oneOf(FIELDS), text: text(60) })) });
export type TaughtAnswer = Infer<typeof TaughtAnswer>;

/** What became of a value the seller pasted or picked: taken, or why not. */
export const GivenAnswer = object({ problem: optional(oneOf(['needClientId', 'shape', 'noTab'])) });
export type GivenAnswer = Infer<typeof GivenAnswer>;

export const ImagesAnswer = object({ verdicts: list(ImageVerdict) });
export type ImagesAnswer = Infer<typeof ImagesAnswer>;

/** What became of a push (popup) or of the seller's click on our fill button (ShopiVerse page). */
export const PushAnswer = object({
  status: oneOf(['filled', 'pending', 'conflict', 'notJoom', 'notSure', 'offsite', 'sendsInUrl', 'hidden', 'manyForms', 'missing', 'busy', 'error']),
  conflicts: optional(list(text(40))),
});
export type PushAnswer = Infer<typeof PushAnswer>;
