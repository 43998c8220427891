import { FIELDS, type Field } from './fields';
import { AuthError, Candidate, DimensionReport, PageContext, PickField, ReadNote, SeenNames } from './records';
import { ClientId, RedirectUrl, SecretKey, StoreCode, StoreId, StoreName } from './shapes';
import { z } from './zod';

// Every message to the background, in one union. The background parses each one and checks its sender against the
// origin the message type belongs to (core/senders.ts); protocol.ts gives the answer of each type.

const Text = (max: number) => z.string().check(z.maxLength(max));

/** An optional entry per field (core/fields.ts). */
const perField = <S extends z.ZodMiniType>(schema: S) =>
  z.object(Object.fromEntries(FIELDS.map((field) => [field, z.optional(schema)])) as Record<Field, z.ZodMiniOptional<S>>);

/** The labels the values were read under, for the seller to see where each came from. */
const Labels = z.optional(perField(Text(80)));

export const JoomStoreSeen = z.object({ type: z.literal('joom/store'), storeId: StoreId, storeName: z.optional(StoreName), labels: Labels });
export const JoomAppSeen = z.object({
  type: z.literal('joom/app'),
  clientId: ClientId,
  secret: z.optional(SecretKey),
  title: z.optional(StoreName),
  redirectUrl: z.optional(RedirectUrl),
  storeId: z.optional(StoreId),
  storeName: z.optional(StoreName),
  labels: Labels,
});
/** The fields this page could not decide, with their candidates (an empty list: none any more). */
export const JoomChoices = z.object({
  type: z.literal('joom/choices'),
  fields: perField(z.array(Candidate).check(z.maxLength(8))),
  context: PageContext,
});
/** The seller picked a value on the page (a trusted click), maybe beside a label to learn. */
/** A value the seller picked on the page, with the label beside it and, for a Store ID, the store's name the page shows. */
export const JoomPicked = z.object({
  type: z.literal('joom/picked'),
  field: PickField,
  value: Text(256),
  label: z.optional(Text(60)),
  storeName: z.optional(StoreName),
});
/** The content script asks for the labels the seller taught. */
export const JoomTaughtQuery = z.object({ type: z.literal('joom/taught-query') });
export const JoomNote = z.object({ type: z.literal('joom/note'), kind: ReadNote.shape.kind, field: z.optional(Text(40)) });
/** The new-application form asks which store to preselect. */
export const JoomPrefillQuery = z.object({ type: z.literal('joom/prefill-query') });
/** The new-application form was prefilled on this page: the popup then says "press Kaydet" there, and opens it later. */
export const JoomFormFilled = z.object({ type: z.literal('joom/form-filled') });

/** What a ShopiVerse page shows: the Joom API form (with the values it holds), or not, and why not. */
export const PageSeen = z.object({
  type: z.literal('sv/page'),
  reason: z.enum(['appeared']),
  /** True on the first scan after a page load. */
  fresh: z.boolean(),
  /** The qualification's verdict on the page ("one", "noForm", "notJoom", …): why a form was not filled. */
  status: z.optional(z.string().check(z.regex(/^[A-Za-z]{1,24}$/))),
  form: z.optional(
    z.object({
      storeId: Text(256),
      clientId: Text(256),
      status: z.boolean(),
      /** The ShopiVerse store code the form's banner names. */
      code: StoreCode,
      /** All three text fields are empty: only such a form is offered a waiting push. */
      empty: z.boolean(),
      /** The Secret Key field holds something (its value never leaves the page). */
      secretFilled: z.optional(z.boolean()),
      /** When this document started loading (performance.timeOrigin): a read-back counts only after the press. */
      loadedAt: z.optional(z.number()),
      /** Which known label its save button, status switch and authorize button show (never the page's text). */
      names: z.optional(SeenNames),
    }),
  ),
});
/** The seller's trusted click hit the qualified form's rendered Kaydet: for the form of this store code. */
/** A press receipt's word (core/press-receipts.ts PressReceipt). */
const ReceiptWord = Text(64);
/**
 * One press of the seller's, the same in every copy of its message (it goes through the port and as a message, and
 * "Yetki Talep Et"'s on its release and its click): the background counts it once.
 */
const PressId = z.string().check(z.regex(/^[0-9a-f-]{36}$/));
/** The seller's trusted click hit the qualified form's rendered Kaydet; `receipt`: the save receipt it leaves in the tab. */
export const SavePressed = z.object({
  type: z.literal('sv/save-pressed'),
  code: StoreCode,
  clickedAt: z.number(),
  press: PressId,
  receipt: z.optional(ReceiptWord),
});
/** The port a ShopiVerse page holds open while it shows the form: the authorize press goes through it too. */
export const PRESS_PORT = 'sv/presses';
/** The seller's trusted press hit the rendered "Yetki Talep Et" inside the qualified form of this store code. */
export const AuthorizePressed = z.object({ type: z.literal('sv/authorize-pressed'), code: StoreCode, press: PressId, receipt: z.optional(ReceiptWord) });
/** The qualified form of this store code is shown: the receipts for a press on its Kaydet and its "Yetki Talep Et". */
export const ReceiptsAsked = z.object({ type: z.literal('sv/receipts'), code: StoreCode });
/** A receipt the last page in this tab left at a counted press, handed in by the next page (its message may be lost). */
export const ReceiptHandedIn = z.object({ type: z.literal('sv/receipt'), word: ReceiptWord });
/** The seller's trusted click on our "Fill from Joom Connector" button beside the qualified form of this tab. */
export const FillRequested = z.object({ type: z.literal('sv/fill-request') });
/** A waiting push went into the form of this store code. */
export const FillOutcomeReport = z.object({ type: z.literal('sv/filled'), storeId: StoreId, code: z.optional(StoreCode) });
/** An origin only (`https://host[:port]`), or '' for none: never a path or a query, which may carry codes. */
const Origin = z.string().check(z.maxLength(200), z.regex(/^(?:https?:\/\/[a-z0-9.-]+(?::\d{1,5})?)?$/));
/**
 * Joom's callback: a code, or an error code we know (its words are ours, never the page's), and the origin of the
 * page that sent the seller here (`document.referrer`'s): one naming another site is refused (core/hand-rules.ts).
 */
export const CallbackSeen = z.object({
  type: z.literal('sv/callback'),
  result: z.enum(['code', 'error']),
  error: z.optional(AuthError),
  referrer: Origin,
});
export const DimensionsSeen = z.object({ type: z.literal('sv/dimensions'), report: DimensionReport });

export const ImageCandidate = z.object({
  url: Text(4096),
  /** The largest size the page offers (srcset, a link to the full image), if better than `url`. */
  original: z.optional(Text(4096)),
  naturalWidth: z.number(),
  naturalHeight: z.number(),
  /** The target file's format, as the page let the content script learn it (a <source type>, its first bytes). */
  format: z.optional(z.enum(['png', 'jpg', 'webp', 'gif', 'avif', 'heic', 'bmp', 'svg', 'tiff'])),
});
export const ImagesCheck = z.object({ type: z.literal('images/check'), images: z.array(ImageCandidate).check(z.maxLength(500)) });

export const PopupPush = z.object({ type: z.literal('popup/push'), storeId: StoreId, overwrite: z.boolean() });
export const PopupSelect = z.object({ type: z.literal('popup/select'), storeId: StoreId });
/** The seller's answer to "New store read: select it?" (no store: the note of values not kept was read). */
export const PopupOffer = z.object({ type: z.literal('popup/offer'), storeId: z.optional(StoreId), select: z.boolean() });
export const PopupLink = z.object({ type: z.literal('popup/link'), clientId: ClientId, storeId: StoreId });
/** The page is the one whose choices the popup showed: a choice applies to that page only. */
export const PopupChoose = z.object({ type: z.literal('popup/choose'), field: PickField, value: Text(256), page: Text(300) });
export const PopupPaste = z.object({ type: z.literal('popup/paste'), field: PickField, value: Text(256) });
/** Start picking a value on the Joom tab the popup belongs to. */
export const PopupPick = z.object({ type: z.literal('popup/pick'), field: PickField });
export const PopupResolve = z.object({
  type: z.literal('popup/resolve'),
  index: z.number().check(z.int(), z.minimum(0)),
  keep: z.enum(['current', 'incoming']),
});
export const PopupForgetTaught = z.object({ type: z.literal('popup/forget-taught') });
/** The seller's "forget" beside the masked Secret Key: the background drops that application's key from storage.session. */
export const PopupForgetSecret = z.object({ type: z.literal('popup/forget-secret'), clientId: ClientId });
/** After the seller granted access to image hosts: read the listed images from their files. */
export const PopupRecheckImages = z.object({ type: z.literal('popup/recheck-images') });

export const Message = z.discriminatedUnion('type', [
  JoomStoreSeen,
  JoomAppSeen,
  JoomChoices,
  JoomPicked,
  JoomTaughtQuery,
  JoomNote,
  JoomPrefillQuery,
  JoomFormFilled,
  PageSeen,
  SavePressed,
  AuthorizePressed,
  ReceiptsAsked,
  ReceiptHandedIn,
  FillRequested,
  FillOutcomeReport,
  CallbackSeen,
  DimensionsSeen,
  ImagesCheck,
  PopupPush,
  PopupSelect,
  PopupOffer,
  PopupLink,
  PopupRecheckImages,
  PopupChoose,
  PopupPaste,
  PopupPick,
  PopupResolve,
  PopupForgetTaught,
  PopupForgetSecret,
]);
export type Message = z.infer<typeof Message>;
export type MessageType = Message['type'];

/** Which context may send each message type. */
export const MESSAGE_ORIGIN: Record<MessageType, 'joom' | 'shopiverse' | 'panel' | 'extension'> = {
  'joom/store': 'joom',
  'joom/app': 'joom',
  'joom/note': 'joom',
  'joom/choices': 'joom',
  'joom/picked': 'joom',
  'joom/taught-query': 'joom',
  'joom/prefill-query': 'joom',
  'joom/form-filled': 'joom',
  'sv/page': 'shopiverse',
  'sv/save-pressed': 'shopiverse',
  'sv/authorize-pressed': 'shopiverse',
  'sv/receipts': 'shopiverse',
  'sv/receipt': 'shopiverse',
  'sv/fill-request': 'shopiverse',
  'sv/filled': 'shopiverse',
  'sv/callback': 'shopiverse',
  'sv/dimensions': 'shopiverse',
  'images/check': 'panel',
  'popup/push': 'extension',
  'popup/select': 'extension',
  'popup/offer': 'extension',
  'popup/link': 'extension',
  'popup/recheck-images': 'extension',
  'popup/choose': 'extension',
  'popup/paste': 'extension',
  'popup/pick': 'extension',
  'popup/resolve': 'extension',
  'popup/forget-taught': 'extension',
  'popup/forget-secret': 'extension',
};
