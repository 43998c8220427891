import { pageApi } from './page-api';

/** A user-facing string from _locales; the key itself if a translation is missing, so a gap shows instead of hiding. */
export function t(key: string, substitutions?: string | string[]): string {
  try {
    return pageApi.i18n.getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
}
