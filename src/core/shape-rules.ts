import { trimValue } from './normalize';

// The shapes of the values the extension carries, as plain rules. Loose where the facts are thin (PANELS.md: one
// public sample each). zod schemas are built from these rules (shapes.ts) for the background and the popup; content
// scripts check with the rules alone, so that no panel page carries zod (the 10 KB budget per content script).

export interface ShapeRule {
  pattern: RegExp;
  min?: number;
  max?: number;
}

// Client ID: 16 hex in the one public sample; a token of 12–128 URL-safe or base64 characters with a digit in it
// keeps validation loose without taking a word ("Regenerate", "ShopiVerse") that sits beside the label.
const TOKEN = /^(?=.*\d)[A-Za-z0-9._~+/=-]+$/;

export const RULES = {
  /** Joom Store ID: 24 lowercase hex characters, like 5ac428108b2c3703c514adae (seen in public client code). */
  storeId: { pattern: /^[0-9a-f]+$/, min: 24, max: 24 },
  clientId: { pattern: TOKEN, min: 12, max: 128 },
  /** Secret Key: 32 hex in the one public sample; same token alphabet, at least 16 characters. */
  secret: { pattern: TOKEN, min: 16, max: 256 },
  redirectUrl: { pattern: /^https?:\/\/\S+$/i, max: 2048 },
  storeName: { pattern: /^[\s\S]*$/, min: 1, max: 120 },
  /** A ShopiVerse store's code, as its page's banner shows it: 5 digits (00159). */
  storeCode: { pattern: /^\d{5}$/ },
  /** An authorization code from Joom's callback: 32 hex characters. Checked, never kept. */
  authCode: { pattern: /^[0-9a-fA-F]{32}$/ },
} satisfies Record<string, ShapeRule>;

/**
 * What a value looks like, to describe it by its shape where a page may label it otherwise (look verdict 6, new
 * problem 4: the picker named "Kimlik No (Store Id)" on a page that said "Mağaza numarası"). The length comes from
 * the rule (exact when its min and max agree); the sample is the public one PANELS.md names (a Store ID) or the one
 * the paste notes show (a Client ID); a Secret Key has no sample to show.
 */
export function shapeHint(field: 'storeId' | 'clientId' | 'secret'): { length: number; exact: boolean; sample?: string } {
  const rule: ShapeRule = RULES[field];
  const sample = SAMPLES[field];
  return { length: rule.min ?? 1, exact: rule.min !== undefined && rule.min === rule.max, ...(sample ? { sample: `${sample.slice(0, 4)}…` } : {}) };
}

const SAMPLES: Partial<Record<'storeId' | 'clientId' | 'secret', string>> = {
  storeId: '5ac428108b2c3703c514adae',
  clientId: '9f3c2a1b4d5e6f70',
};

export function fits(rule: ShapeRule, value: unknown): boolean {
  return (
    typeof value === 'string' &&
    rule.pattern.test(value) &&
    (rule.min === undefined || value.length >= rule.min) &&
    (rule.max === undefined || value.length <= rule.max)
  );
}

/** "••••••", "******", "●●●●": a secret the panel hides until revealed. */
export function isMasked(text: string): boolean {
  const value = trimValue(text);
  return value.length >= 4 && /^[•*●·∙⋅◦▪xX]+$/.test(value) && !/^[xX]+$/.test(value);
}

export type ValueField = 'storeId' | 'clientId' | 'secret' | 'redirectUrl' | 'storeName' | 'appTitle';

/** The trimmed value if it has the field's shape, else undefined. */
export function shapedValue(field: ValueField, raw: string): string | undefined {
  // Invisible format characters (zero-width spaces, bidi isolates) are not part of an ID, wherever they sit.
  const value = trimValue(raw).replace(/\p{Cf}/gu, '');
  const rule = RULES[field === 'appTitle' ? 'storeName' : field];
  // As shown first: a name keeps its spaces, whatever it looks like. One character repeated ("0000…") is a loading
  // placeholder, not an ID.
  return [value, ungrouped(value)].find((candidate) => fits(rule, candidate) && !/^(.)\1{11,}$/.test(candidate));
}

/**
 * A hex ID shown in groups for reading ("64b7 f0c2 a91d 3e5f 80a1 9f8e"): three or more groups of one length, split by
 * single spaces, are one value, as the seller reads it. A space of any kind (a no-break space a framework writes between
 * groups, a thin space, a line break a template leaves, drawn as a space) is a space (the pages of s42, O6). Anything
 * else keeps its spaces (and fails an ID's shape).
 */
export function ungrouped(text: string): string {
  if (!/^[0-9a-f]{4,8}(?:\s[0-9a-f]{4,8}){2,}$/i.test(text)) return text;
  const groups = text.split(/\s/);
  return groups.every((group) => group.length === groups[0]?.length) ? groups.join('') : text;
}

/** What the seller meant to paste: surrounding whitespace and a label copied with the value ("Kimlik No: 5ac4…") off. */
export function pastedValue(text: string): string {
  const trimmed = trimValue(text);
  const labelled = /^[^:：]{1,40}[:：]\s*(\S+)$/u.exec(trimmed);
  // A URL's scheme is not a label.
  const value = labelled?.[1];
  return value && !value.startsWith('//') && /\p{L}/u.test(trimmed.slice(0, trimmed.search(/[:：]/))) ? value : trimmed;
}

const MASKED_RUN = /[•●*∙⋅]{4,}/;

/** A run of four mask dots anywhere in a text ("Gizli: ••••••••"): a value shown there is hidden, whatever stands beside it. */
export function showsMaskRun(text: string): boolean {
  return MASKED_RUN.test(text);
}

/**
 * A copy button's value counts where its box shows no text of its own (an icon button alone), or shows that very
 * value: a copy attribute that disagrees with what the seller sees is not what they see.
 */
export function copyValueCounts(value: string, shownTexts: readonly string[]): boolean {
  return value !== '' && (shownTexts.length === 0 || shownTexts.includes(value));
}

/** A box's whole text is a value only when small: a climb may land on a box as big as the page. */
export function isValueSized(text: string): boolean {
  return text !== '' && text.length <= 300;
}
