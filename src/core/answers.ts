import { PENDING_DROPPED } from './hand-rules';
import { ClientId, SecretKey, StoreId, StoreName } from './shapes';
import { z } from './zod';

// What the background answers, and what it commands a ShopiVerse tab to do. Kept apart from the message union so
// that content scripts, which parse only these, do not carry every schema of the extension.

const Text = (max: number) => z.string().check(z.maxLength(max));

export const ImageVerdict = z.object({
  url: Text(4096),
  status: z.enum(['ok', 'bad', 'unknown']),
  reasons: z.array(Text(40)),
  width: z.optional(z.number()),
  height: z.optional(z.number()),
  /** The file's format, when it was learned (core/image-format.ts). */
  format: z.optional(Text(8)),
  approximate: z.boolean(),
});
export type ImageVerdict = z.infer<typeof ImageVerdict>;

// Background → ShopiVerse tab.
export const FillPayload = z.object({ storeId: StoreId, clientId: ClientId, secret: SecretKey });
export type FillPayload = z.infer<typeof FillPayload>;
export const FillCommand = z.object({ type: z.literal('bg/fill'), payload: FillPayload, overwrite: z.boolean() });
export type FillCommand = z.infer<typeof FillCommand>;
/** Asked of every ShopiVerse tab before any value is sent: "do you hold a qualifying Joom form these values fit?" No secret. */
export const FormQuestion = z.object({ type: z.literal('bg/ask'), storeId: StoreId, clientId: ClientId, overwrite: z.boolean() });
export type FormQuestion = z.infer<typeof FormQuestion>;

/** Why a form is not filled: core/api-form-rules.ts names each (sendsInUrl: the form would GET the values into a URL; hidden: a part is there but not seen, or covered). */
export const FillStatus = z.enum(['filled', 'noForm', 'notJoom', 'offsite', 'sendsInUrl', 'hidden', 'manyForms', 'conflict', 'urlChanged', 'readOnly']);
export type FillStatus = z.infer<typeof FillStatus>;
export const FillOutcome = z.object({ status: FillStatus, conflicts: z.optional(z.array(Text(40))) });
export type FillOutcome = z.infer<typeof FillOutcome>;

/** A tab's answer to `bg/ask`: `ready` only for exactly one qualifying, fillable Joom form; the store code of the page. */
export const FormCheck = z.object({
  status: z.enum(['ready', 'noForm', 'notJoom', 'offsite', 'sendsInUrl', 'hidden', 'manyForms', 'conflict', 'readOnly']),
  conflicts: z.optional(z.array(Text(40))),
  code: z.optional(z.string().check(z.regex(/^\d{5}$/))),
});
export type FormCheck = z.infer<typeof FormCheck>;

/** Background → ShopiVerse tab: the seller now looks at this tab; report the form again (a waiting push may fill it). */
export const RescanCommand = z.object({ type: z.literal('bg/rescan') });

/** The answer to `sv/page`: values to fill when a push is pending and the form is there, and whether one is. */
export const PageAnswer = z.object({
  fill: z.optional(FillPayload),
  pending: z.boolean(),
  /** The waiting push met this form and was dropped: why, for the page to say (`fill_<dropped>`). */
  dropped: z.optional(z.enum(PENDING_DROPPED)),
});
export type PageAnswer = z.infer<typeof PageAnswer>;

export const PrefillAnswer = z.object({ storeId: z.optional(StoreId), storeName: z.optional(StoreName) });
export type PrefillAnswer = z.infer<typeof PrefillAnswer>;

/** Background → Joom tab: let the seller pick the value of a field on the page. */
export const PickCommand = z.object({ type: z.literal('bg/pick'), field: z.enum(['storeId', 'clientId', 'secret']) });
export type PickCommand = z.infer<typeof PickCommand>;

/** The labels the seller taught, for the Joom content script to read with its own. */
export const TaughtAnswer = z.object({ labels: z.array(z.object({ field: z.enum(['storeId', 'clientId', 'secret']), text: Text(60) })) });
export type TaughtAnswer = z.infer<typeof TaughtAnswer>;

/** What became of a value the seller pasted or picked: taken, or why not. */
export const GivenAnswer = z.object({ problem: z.optional(z.enum(['needClientId', 'shape', 'noTab'])) });
export type GivenAnswer = z.infer<typeof GivenAnswer>;

export const ImagesAnswer = z.object({ verdicts: z.array(ImageVerdict) });
export type ImagesAnswer = z.infer<typeof ImagesAnswer>;
