import { trimValue } from './normalize';
import { z } from './zod';

// The shapes of the values the extension carries. Loose where the facts are thin (PANELS.md: one public sample each).

/** Joom Store ID: 24 lowercase hex characters, like 5ac428108b2c3703c514adae (seen in public client code). */
export const StoreId = z.string().check(z.regex(/^[0-9a-f]{24}$/));

// Client ID: 16 hex in the one public sample; a token of 12–128 URL-safe or base64 characters with a digit in it
// keeps validation loose without taking a word ("Regenerate", "ShopiVerse") that sits beside the label.
const TOKEN = /^(?=.*\d)[A-Za-z0-9._~+/=-]+$/;
export const ClientId = z.string().check(z.regex(TOKEN), z.minLength(12), z.maxLength(128));

/** Secret Key: 32 hex in the one public sample; same token alphabet, at least 16 characters. */
export const SecretKey = z.string().check(z.regex(TOKEN), z.minLength(16), z.maxLength(256));

export const RedirectUrl = z.string().check(z.regex(/^https?:\/\/\S+$/i), z.maxLength(2048));

export const StoreName = z.string().check(z.minLength(1), z.maxLength(120));

/** An authorization code from Joom's callback: 32 hex characters. Checked, never kept. */
export const AuthCode = z.string().check(z.regex(/^[0-9a-fA-F]{32}$/));

/** "••••••", "******", "●●●●": a secret the panel hides until revealed. */
export function isMasked(text: string): boolean {
  const value = trimValue(text);
  return value.length >= 4 && /^[•*●·∙⋅◦▪xX]+$/.test(value) && !/^[xX]+$/.test(value);
}

export type ValueField = 'storeId' | 'clientId' | 'secret' | 'redirectUrl' | 'storeName' | 'appTitle';

const SHAPE: Record<ValueField, { safeParse(value: unknown): { success: boolean } }> = {
  storeId: StoreId,
  clientId: ClientId,
  secret: SecretKey,
  redirectUrl: RedirectUrl,
  storeName: StoreName,
  appTitle: StoreName,
};

/** The trimmed value if it has the field's shape, else undefined. */
export function shapedValue(field: ValueField, raw: string): string | undefined {
  // Invisible format characters (zero-width spaces, bidi isolates) are not part of an ID, wherever they sit.
  const value = trimValue(raw).replace(/\p{Cf}/gu, '');
  return SHAPE[field].safeParse(value).success ? value : undefined;
}

/** What the seller meant to paste: surrounding whitespace and a label copied with the value ("Kimlik No: 5ac4…") off. */
export function pastedValue(text: string): string {
  const trimmed = trimValue(text);
  const labelled = /^[^:：]{1,40}[:：]\s*(\S+)$/u.exec(trimmed);
  // A URL's scheme is not a label.
  const value = labelled?.[1];
  return value && !value.startsWith('//') && /\p{L}/u.test(trimmed.slice(0, trimmed.search(/[:：]/))) ? value : trimmed;
}
