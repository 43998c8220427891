import type { Answer, UnseenPage } from './pages';

// One judge for the unseen pages, wherever they are read (happy-dom unit tests, real browsers in
// tests/browser/unseen.spec.ts), so that a count in one is a count in the other.

export type Field = 'storeId' | 'clientId' | 'secret';
export type Outcome = 'right' | 'ambiguousRight' | 'wrong' | 'undecided' | 'falseAmbiguous';
export const FIELDS: Field[] = ['storeId', 'clientId', 'secret'];
/** The shapes of the fixtures' values (Store ID and other object IDs, Client ID, Secret Key). */
export const SHAPES: Record<Field, RegExp> = { storeId: /^[0-9a-f]{24}$/, clientId: /^[0-9a-f]{16}$/, secret: /^[0-9a-f]{32}$/ };
export const OUTCOMES: Outcome[] = ['right', 'ambiguousRight', 'wrong', 'undecided', 'falseAmbiguous'];

/** What the reader decided on one field, as plain data (it crosses from a browser page to the test). */
export interface Decided {
  value?: string;
  ambiguous: boolean;
  masked: boolean;
  candidates: string[];
}

export function decided(decision: { value?: string; ambiguous: boolean; masked: boolean; candidates: { value: string }[] }): Decided {
  return { value: decision.value, ambiguous: decision.ambiguous, masked: decision.masked, candidates: decision.candidates.map((c) => c.value) };
}

/** A null answer honoured counts as right (and a choice offered there does not). */
export function judge(expected: Answer, decision: { value?: string; ambiguous: boolean }): Outcome {
  if (expected === null) return decision.value ? 'wrong' : decision.ambiguous ? 'falseAmbiguous' : 'right';
  if (expected === 'ambiguous') return decision.ambiguous ? 'ambiguousRight' : decision.value ? 'wrong' : 'undecided';
  if (decision.value === expected) return 'right';
  if (decision.value) return 'wrong';
  return decision.ambiguous ? 'falseAmbiguous' : 'undecided';
}

export interface Row {
  page: UnseenPage;
  field: Field;
  outcome: Outcome;
  decided: string;
}

export function row(page: UnseenPage, field: Field, decision: Decided): Row {
  const text = decision.value
    ? `value ${decision.value}`
    : decision.ambiguous
      ? `ambiguous [${decision.candidates.join(', ')}]`
      : decision.masked
        ? 'nothing (masked)'
        : 'nothing';
  return { page, field, outcome: judge(page.expected[field], decision), decided: text };
}

export const describeRow = (row: Row) =>
  `${row.outcome} ${row.field} on "${row.page.name}": expected ${row.page.expected[row.field]}, decided ${row.decided}${row.page.debatable ? ` (debatable: ${row.page.debatable})` : ''}`;

export function countOutcomes(rows: readonly Row[]): Record<Outcome, number> {
  const counts: Record<Outcome, number> = { right: 0, ambiguousRight: 0, wrong: 0, undecided: 0, falseAmbiguous: 0 };
  for (const { outcome } of rows) counts[outcome]++;
  return counts;
}

export const countsLine = (counts: Record<Outcome, number>) =>
  `right ${counts.right}, ambiguous-right ${counts.ambiguousRight}, wrong ${counts.wrong}, undecided ${counts.undecided}, false-ambiguous ${counts.falseAmbiguous}`;
