import { pageApi } from './page-api';

/** A user-facing string from _locales; the key itself if a translation is missing, so a gap shows instead of hiding. */
export function t(key: string, substitutions?: string | string[]): string {
  try {
    return pageApi.i18n.getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
}

/** A note made of messages, each a key of _locales with its substitutions, joined as the UI joins a note's parts. */
export function tParts(parts: readonly (readonly [key: string, ...substitutions: string[]])[]): string {
  return parts.map(([key, ...substitutions]) => t(key, substitutions)).join(' · ');
}
