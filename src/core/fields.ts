// The field vocabulary, one copy: the three values the extension carries from Joom to ShopiVerse, what the seller
// calls them (message keys in public/_locales), where a page keeps a value behind a copy button, and the times the
// content scripts share. Pure data: the reader, the change observer and the pick all read it from here.

/** The three values a seller carries from Joom to ShopiVerse, in the order the popup shows them. */
export const FIELDS = ['storeId', 'clientId', 'secret'] as const;
export type Field = (typeof FIELDS)[number];

/** The same three as ShopiVerse's Api Tanım form lists them, top to bottom (PANELS.md): the order they are filled in. */
export const SHOPIVERSE_FORM_ORDER = ['secret', 'clientId', 'storeId'] as const satisfies readonly Field[];

/** Each field's name for the seller: a message key of public/_locales. */
export const FIELD_NAME_KEY: Record<Field, string> = { storeId: 'fieldStoreId', clientId: 'fieldClientId', secret: 'fieldSecret' };

/**
 * Attributes a copy button (clipboard.js, common panel kits) keeps its value in. The reader reads them; the change
 * observer watches them, so a value changed only there is read again.
 */
export const COPY_ATTRIBUTES = ['data-clipboard-text', 'data-copy', 'data-copy-text', 'data-value', 'data-clipboard'] as const;

/**
 * A copy button that names, by a selector, the element whose value or text it copies (clipboard.js): the whole of a
 * shortened text may be kept there, in a hidden input. Taken only where it agrees with the head and tail shown.
 */
export const COPY_TARGET_ATTRIBUTE = 'data-clipboard-target';

/** Where a shortened text ("64b7f0…9f8e") keeps the whole of it: its tooltip and label attributes, or a copy attribute. */
export const FULL_TEXT_ATTRIBUTES = ['title', 'aria-label', 'data-full', 'data-original-title', 'data-tooltip', 'data-tip', ...COPY_ATTRIBUTES] as const;

/** Timeouts the content scripts share (the background judges a pick by the same one: core/hand-rules.ts). */
export const TIMEOUTS = {
  /** Page changes are read again at most this often. */
  scanThrottleMs: 150,
  /** A pick left waiting ends by itself: a click minutes later is no answer to it. */
  pickMs: 2 * 60 * 1000,
  /** A copied Secret Key is cleared from the clipboard after this long, if it is still there. */
  secretClipboardMs: 60_000,
} as const;
