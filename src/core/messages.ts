import { AuthError, DimensionReport, ReadNote } from './records';
import { ClientId, RedirectUrl, SecretKey, StoreId, StoreName } from './shapes';
import { z } from './zod';

// Every message that crosses a context boundary, in one union. The background parses each one and checks its
// sender against the origin the message type belongs to (background/senders.ts).

const Text = (max: number) => z.string().check(z.maxLength(max));

export const JoomStoreSeen = z.object({ type: z.literal('joom/store'), storeId: StoreId, storeName: z.optional(StoreName) });
export const JoomAppSeen = z.object({
  type: z.literal('joom/app'),
  clientId: ClientId,
  secret: z.optional(SecretKey),
  title: z.optional(StoreName),
  redirectUrl: z.optional(RedirectUrl),
  storeId: z.optional(StoreId),
  storeName: z.optional(StoreName),
});
export const JoomNote = z.object({ type: z.literal('joom/note'), kind: ReadNote.shape.kind, field: z.optional(Text(40)) });
/** The new-application form asks which store to preselect. */
export const JoomPrefillQuery = z.object({ type: z.literal('joom/prefill-query') });

/** What a ShopiVerse page shows: the Joom API form (with the values it holds), or not. */
export const PageSeen = z.object({
  type: z.literal('sv/page'),
  reason: z.enum(['appeared', 'saveClicked', 'authorizeClicked']),
  /** True on the first scan after a page load: values shown then come from ShopiVerse's server. */
  fresh: z.boolean(),
  form: z.optional(
    z.object({
      storeId: Text(256),
      clientId: Text(256),
      status: z.boolean(),
      /** The ShopiVerse store code of the page (/tr/settings/store/00159). */
      code: z.string().check(z.regex(/^\d{5}$/)),
      /** All three text fields are empty: only such a form is offered a waiting push. */
      empty: z.boolean(),
    }),
  ),
});
export const FillOutcomeReport = z.object({ type: z.literal('sv/filled'), storeId: StoreId });
/** Joom's callback: a code, or an error code we know (its words are ours, never the page's). */
export const CallbackSeen = z.object({ type: z.literal('sv/callback'), result: z.enum(['code', 'error']), error: z.optional(AuthError) });
export const DimensionsSeen = z.object({ type: z.literal('sv/dimensions'), report: DimensionReport });

export const ImageCandidate = z.object({
  url: Text(4096),
  /** The largest size the page offers (srcset, a link to the full image), if better than `url`. */
  original: z.optional(Text(4096)),
  naturalWidth: z.number(),
  naturalHeight: z.number(),
});
export const ImagesCheck = z.object({ type: z.literal('images/check'), images: z.array(ImageCandidate).check(z.maxLength(500)) });

export const PopupPush = z.object({ type: z.literal('popup/push'), storeId: StoreId, overwrite: z.boolean() });
export const PopupSelect = z.object({ type: z.literal('popup/select'), storeId: StoreId });
export const PopupLink = z.object({ type: z.literal('popup/link'), clientId: ClientId, storeId: StoreId });
/** After the seller granted access to image hosts: read the listed images from their files. */
export const PopupRecheckImages = z.object({ type: z.literal('popup/recheck-images') });

export const Message = z.discriminatedUnion('type', [
  JoomStoreSeen,
  JoomAppSeen,
  JoomNote,
  JoomPrefillQuery,
  PageSeen,
  FillOutcomeReport,
  CallbackSeen,
  DimensionsSeen,
  ImagesCheck,
  PopupPush,
  PopupSelect,
  PopupLink,
  PopupRecheckImages,
]);
export type Message = z.infer<typeof Message>;
export type MessageType = Message['type'];

/** Which context may send each message type. */
export const MESSAGE_ORIGIN: Record<MessageType, 'joom' | 'shopiverse' | 'panel' | 'extension'> = {
  'joom/store': 'joom',
  'joom/app': 'joom',
  'joom/note': 'joom',
  'joom/prefill-query': 'joom',
  'sv/page': 'shopiverse',
  'sv/filled': 'shopiverse',
  'sv/callback': 'shopiverse',
  'sv/dimensions': 'shopiverse',
  'images/check': 'panel',
  'popup/push': 'extension',
  'popup/select': 'extension',
  'popup/link': 'extension',
  'popup/recheck-images': 'extension',
};

export const PushStatus = z.enum(['filled', 'pending', 'conflict', 'notJoom', 'offsite', 'manyForms', 'missing', 'error']);
export const PushAnswer = z.object({ status: PushStatus, conflicts: z.optional(z.array(Text(40))) });
export type PushAnswer = z.infer<typeof PushAnswer>;
