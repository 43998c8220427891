import type { PickField } from './records';
import { fits, RULES, type ShapeRule } from './shape-rules';

// Why a pasted value was refused, said of this paste (look verdict 8, new problem 8: "428108b2c3703c514adae", 21
// characters with the leading "5ac" lost, was answered with the rule alone, and the seller could not see the fault).
// Pure: the popup fills the field's name ($1) and these numbers ($2 the paste's length, $3 the length expected).

export interface PasteProblem {
  /** A message key: pasteWhy_… (the reason) or pasteBad_<field> (the rule restated, when no one reason stands out). */
  key: string;
  /** $2 and $3 of the message, after the field's name: the paste's length and the length the field has. */
  numbers: string[];
}

/** Characters a field's value may hold: its rule's pattern without the length and the digit it asks for. */
const ALPHABET: Record<PickField, RegExp> = { storeId: /^[0-9a-f]*$/, clientId: /^[A-Za-z0-9._~+/=-]*$/, secret: /^[A-Za-z0-9._~+/=-]*$/ };

/**
 * The one thing wrong with `value` (as sent: pastedValue's), first what the eye misses: a space, other characters,
 * then the length, then no digit. A value of the right shape refused all the same (a Client ID that is a known
 * secret), or an empty one, gets the rule restated.
 */
export function pasteProblem(field: PickField, value: string): PasteProblem {
  const rule: ShapeRule = RULES[field];
  const restated = { key: `pasteBad_${field}`, numbers: [] };
  if (value === '' || fits(rule, value)) return restated;
  if (/\s/u.test(value)) return { key: 'pasteWhy_space', numbers: [] };
  if (!ALPHABET[field].test(value)) return { key: field === 'storeId' ? 'pasteWhy_characters_storeId' : 'pasteWhy_characters', numbers: [] };
  const length = [...value].length;
  const exact = rule.min !== undefined && rule.min === rule.max;
  if (rule.min !== undefined && length < rule.min)
    return { key: exact ? 'pasteWhy_short_exact' : 'pasteWhy_short_min', numbers: [String(length), String(rule.min)] };
  if (rule.max !== undefined && length > rule.max)
    return { key: exact ? 'pasteWhy_long_exact' : 'pasteWhy_long_max', numbers: [String(length), String(rule.max)] };
  if (!/\d/.test(value)) return { key: 'pasteWhy_noDigit', numbers: [] };
  return restated;
}
