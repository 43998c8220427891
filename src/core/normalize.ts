// Text folding for label matching. Turkish-aware: "KİMLİK NO", "Kimlik No" and "kimlik no" are one label,
// and the dotless ı is folded to i so that English labels typed in a Turkish locale ("CLIENT ID") match too.

const APOSTROPHES = /[\u2018\u2019\u02BC\u0060\u00B4\u2032]/g;
// Spaces of every width, and the invisible marks a translation file carries between or around words (zero-width
// space and joiners, bidi marks and embeddings, word joiner; \s holds the byte-order mark). Not the overrides
// (U+202D, U+202E): they redraw the text ("Gizli Anahtar" shown as "ratahnA ilziG"), so the seller sees no label there.
const SPACES = /[\s\u200B-\u200F\u202A-\u202C\u2060-\u2064]+/g;
const TRAILING_MARKS = /[\s:*：.]+$/;

export function foldCase(text: string): string {
  return (
    text
      .normalize('NFC')
      .toLocaleLowerCase('tr')
      .replace(/ı/g, 'i')
      // Accents off: "Musteri Kimlik Numarasi" typed without a Turkish keyboard is the same label. Also drops the
      // combining dot a non-Turkish lowercasing leaves on İ.
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .normalize('NFC')
  );
}

const cache = new Map<string, string>();
const CACHE_LIMIT = 4096;

/**
 * A label as the matcher compares it: folded case, one straight apostrophe, single spaces (invisible marks count as
 * spaces), no trailing colon or asterisk.
 */
export function normalizeLabel(text: string): string {
  // Pages repeat their short texts ("Stok", "Fiyat") on every row and every scan: fold each once.
  const cached = cache.get(text);
  if (cached !== undefined) return cached;
  const folded = foldCase(text).replace(APOSTROPHES, "'").replace(SPACES, ' ').trim().replace(TRAILING_MARKS, '');
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, folded);
  return folded;
}

/** A value as read from a page: trimmed of surrounding whitespace, including non-breaking and zero-width spaces. */
export function trimValue(text: string): string {
  return text.replace(/^[\s\u00A0\u200B\uFEFF]+|[\s\u00A0\u200B\uFEFF]+$/g, '');
}
