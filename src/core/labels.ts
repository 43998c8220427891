import { normalizeLabel } from './normalize';

// Label matching, and ShopiVerse's labels. Data, not code: a new panel language is a row. Joom's labels are in
// joom-labels.ts, apart, so that the ShopiVerse content script does not carry them.

/**
 * One label as data: which field it names, in which language, how strongly, and where we know it from.
 * A weak label ("ID") names its field only inside one of its sections (the subtree under that heading).
 */
export interface LabelRow<F extends string> {
  field: F;
  text: string;
  lang: 'tr' | 'en' | 'ru' | 'zh';
  strength: 'strong' | 'weak';
  /** guide: ShopiVerse's guide or PANELS.md confirms it; guess: a sensible candidate nobody has seen; taught: the
   * seller picked a value beside it on a page. */
  source: 'guide' | 'guess' | 'taught';
  /** The section titles the label stands under on the panel: a weak label counts only there, a strong one ranks higher there. */
  sections?: readonly string[];
}

/** The strong labels of each field, for callers that only need the texts (form filling). */
export function labelsByField<F extends string>(rows: readonly LabelRow<F>[], strength: LabelRow<F>['strength'] = 'strong'): Record<F, readonly string[]> {
  const table = {} as Record<F, string[]>;
  for (const label of rows) {
    if (label.strength !== strength) continue;
    table[label.field] = [...(table[label.field] ?? []), label.text];
  }
  return table;
}

export type ShopiverseField = 'secret' | 'clientId' | 'storeId' | 'status';

/** The status switch's labels: which one the page shows is reported (core/button-names.ts), never the page's text. */
export const SHOPIVERSE_STATUS = ['Durum', 'Status', 'Aktif', 'Active'] as const;

// ShopiVerse's "Api Tanım" tab: English words even in the Turkish interface (reference/shopiverse/svjoomapi.png).
export const SHOPIVERSE_LABELS: Record<ShopiverseField, readonly string[]> = {
  secret: ['Secret Key', 'Client Secret'],
  clientId: ['Client Id', 'Client ID'],
  storeId: ['Store Id', 'Store ID'],
  status: SHOPIVERSE_STATUS,
};

export const SHOPIVERSE_BUTTONS = {
  save: ['Kaydet', 'Save'],
  authorize: ['Yetki Talep Et', 'Request Authorization', 'Request authorisation', 'Authorize'],
} as const;

// The banner above the form names the marketplace: "Joom(Joom) Mağazasına ait düzenleme yapmaktasınız. ('00159' kodlu …)".
export const SHOPIVERSE_BANNERS: readonly RegExp[] = [
  /(\S.*?)\s*mağazasına ait düzenleme/i, // tr, the screenshot
  /editing (?:the )?(\S.*?) store/i, // en, guess
];

/**
 * Does a text name one of `stems`, each a word start or the start of a phrase ("mesaj" for "Mesajlar", "ürün adı")?
 * Case, accents and spacing folded as labels are.
 */
export function mentionsAny(text: string | undefined, stems: readonly string[]): boolean {
  const words = ` ${normalizeLabel(text ?? '')}`;
  return stems.some((stem) => words.includes(` ${normalizeLabel(stem)}`));
}

/** Lookup table from normalized label to its row, built once. */
export function buildRowIndex<F extends string>(rows: readonly LabelRow<F>[]): Map<string, LabelRow<F>> {
  const index = new Map<string, LabelRow<F>>();
  for (const label of rows) index.set(normalizeLabel(label.text), label);
  return index;
}

/** Lookup table from normalized label to field, built once. */
export function buildLabelIndex<F extends string>(table: Record<F, readonly string[]>): Map<string, F> {
  const index = new Map<string, F>();
  for (const field of Object.keys(table) as F[]) {
    for (const label of table[field]) index.set(normalizeLabel(label), field);
  }
  return index;
}

export interface LabelHit<F extends string> {
  field: F;
  /** Text after the label in the same string ("Kimlik No: 5ac4…"), if any. */
  rest?: string;
}

/**
 * Is this short text a label? `longestLabel` lets a caller skip folding texts no label is as long as. Either the whole text is a label, or it starts with a label followed by a colon and a value.
 * A sentence that merely mentions a label ("Kimlik No'nuzu kopyalayın") is not.
 */
export function matchLabel<F extends string>(index: Map<string, F>, text: string, longestLabel = 200): LabelHit<F> | undefined {
  const hit = matchEntry(index, text, longestLabel);
  return hit && { field: hit.entry, ...(hit.rest === undefined ? {} : { rest: hit.rest }) };
}

/**
 * The items of a line a middle dot separates ("Anadolu Halı · Mağaza Kimlik No: 5ac4…"), each written as "label: value"
 * where its colon was left out ("Mağaza Kimlik No 5ac4…": the last word is the value); none for any other text.
 */
export function middleDotItems(text: string): string[] | undefined {
  if (!text.includes(' · ')) return undefined;
  return text.split(' · ').map((item) => (/[:：]/.test(item) ? item : item.replace(/\s+(?=\S+$)/, ':')));
}

/** A label with an aside after it: "Müşteri Kimlik Numarası (Client ID)", "Kimlik No (?)". */
function withoutAside(text: string): string {
  return text.replace(/\s*[(（][^()（）]*[)）][\s:：*]*$/, '');
}

/** How a page's label may differ from ours and still be it, where its entries can be compared (`sameEntry`). */
export interface LooseMatch<V> {
  /** Two entries naming the same thing ("Kimlik No" and "Store ID" both the Store ID's). */
  sameEntry(one: V, other: V): boolean;
}

/** `matchLabel` over any index: the entry may be a field name or a whole label row. */
export function matchEntry<V>(index: Map<string, V>, text: string, longestLabel = 200, loose?: LooseMatch<V>): { entry: V; rest?: string } | undefined {
  if (text.length > 200) return undefined;
  // A text longer than any label can only be "label: value": fold just the part before the colon.
  const whole = entryOf(index, text, longestLabel, loose);
  if (whole) return { entry: whole };
  const colon = text.search(/[:：]/);
  if (colon <= 0) return undefined;
  const head = entryOf(index, text.slice(0, colon), longestLabel, loose);
  const rest = text.slice(colon + 1).trim();
  return head && rest ? { entry: head, rest } : undefined;
}

/**
 * The entry a label's text names: as written, without an aside ("Müşteri Kimlik Numarası (Client ID)"); loosely,
 * also without an icon or a mark around it ("🔑 Kimlik No", "• Kimlik No", "Kimlik No ›"), and written in two
 * languages joined by a slash, a middle dot or a dash where each names the same ("Kimlik No / Store ID": pages-s46).
 */
function entryOf<V>(index: Map<string, V>, text: string, longestLabel: number, loose?: LooseMatch<V>): V | undefined {
  const exact = (label: string) => {
    const bare = /[(（]/.test(label) ? withoutAside(label) : label;
    if (bare.trim().length > longestLabel) return undefined;
    return index.get(normalizeLabel(label)) ?? index.get(normalizeLabel(bare));
  };
  const found = exact(text);
  if (found !== undefined || !loose || text.length > 2 * longestLabel + 8) return found;
  const undressed = text.replace(DRESS_AROUND, '');
  const plain = undressed && undressed !== text.trim() ? exact(undressed) : undefined;
  if (plain !== undefined) return plain;
  const parts = undressed.split(LANGUAGES_JOINED);
  if (parts.length < 2) return undefined;
  const entries = parts.map((part) => exact(part.replace(DRESS_AROUND, '')));
  const [first] = entries;
  return first !== undefined && entries.every((entry) => entry !== undefined && loose.sameEntry(first, entry)) ? first : undefined;
}

/** Icons and marks a panel sets around a label in its own text: emoji, symbols, bullets, arrows. */
const DRESS_AROUND = /^(?:[\s\p{Extended_Pictographic}\p{So}•‣◦▪▸►›»→·]|\uFE0F|\u200D)+|(?:[\s\p{Extended_Pictographic}\p{So}•‣◦▪▸►›»→]|\uFE0F|\u200D)+$/gu;
/** Between a label's two languages: a slash, a middle dot, a dash, a bar, with spaces around. */
const LANGUAGES_JOINED = /\s+[/·—–|]\s+/;

/**
 * The ShopiVerse store code the banner gives ("('00159' kodlu mağaza)", "(store code '00159')"): its one 5-digit
 * number. None, or two different ones, give no code: the form is then not known as a store's.
 */
export function bannerStoreCode(text: string): string | undefined {
  const codes = new Set([...text.matchAll(/(?<!\d)(\d{5})(?!\d)/g)].map((match) => match[1] as string));
  return codes.size === 1 ? [...codes][0] : undefined;
}

/** Does the banner name Joom? Returns the marketplace named, or undefined when no banner pattern matches. */
export function bannerMarketplace(text: string): string | undefined {
  for (const pattern of SHOPIVERSE_BANNERS) {
    const match = pattern.exec(text.replace(/\s+/g, ' '));
    if (match?.[1]) return match[1];
  }
  return undefined;
}
