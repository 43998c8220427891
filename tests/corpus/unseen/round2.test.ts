// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { decideField } from '../../../src/core/evidence';
import { collectEvidence } from '../../../src/dom/evidence';
import { JOOM_FIELDS } from '../../../src/joom/fields';
import { type Answer, C, C2, K, K2, S, S2, type UnseenPage } from './pages';
import { C3, K3, ROUND2_PAGES, S3, X } from './pages-round2';

// Round 2 of the unseen pages (pages-round2.ts), judged like pages.test.ts. Nothing about the reader is asserted here:
// the counts and every wrong / undecided / false-ambiguous row are printed for the lead engineer to read.

type Field = 'storeId' | 'clientId' | 'secret';
type Outcome = 'right' | 'ambiguousRight' | 'wrong' | 'undecided' | 'falseAmbiguous';
const FIELDS: Field[] = ['storeId', 'clientId', 'secret'];
const SHAPES: Record<Field, RegExp> = { storeId: /^[0-9a-f]{24}$/, clientId: /^[0-9a-f]{16}$/, secret: /^[0-9a-f]{32}$/ };

function show(page: UnseenPage): void {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${page.html}</body>`, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
  page.setup?.(document.body);
}

/** A null answer honoured counts as right (a choice offered there does not). */
function judge(expected: Answer, decision: { value?: string; ambiguous: boolean }): Outcome {
  if (expected === null) return decision.value ? 'wrong' : decision.ambiguous ? 'falseAmbiguous' : 'right';
  if (expected === 'ambiguous') return decision.ambiguous ? 'ambiguousRight' : decision.value ? 'wrong' : 'undecided';
  if (decision.value === expected) return 'right';
  if (decision.value) return 'wrong';
  return decision.ambiguous ? 'falseAmbiguous' : 'undecided';
}

interface Row {
  page: UnseenPage;
  field: Field;
  outcome: Outcome;
  decided: string;
}

function readAll(): Row[] {
  const rows: Row[] = [];
  for (const page of ROUND2_PAGES) {
    show(page);
    const evidence = collectEvidence(document.body, JOOM_FIELDS);
    for (const field of FIELDS) {
      const decision = decideField(evidence, field);
      const decided = decision.value
        ? `value ${decision.value}`
        : decision.ambiguous
          ? `ambiguous [${decision.candidates.map((c) => c.value).join(', ')}]`
          : decision.masked
            ? 'nothing (masked)'
            : 'nothing';
      rows.push({ page, field, outcome: judge(page.expected[field], decision), decided });
    }
  }
  return rows;
}

const describeRow = (row: Row) =>
  `${row.outcome} ${row.field} on "${row.page.name}": expected ${row.page.expected[row.field]}, decided ${row.decided}${row.page.debatable ? ` (debatable: ${row.page.debatable})` : ''}`;

describe('unseen Joom pages, round 2', () => {
  it('has sound fixtures: at least 60 pages, unique names, values of the right shape', () => {
    expect(ROUND2_PAGES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(ROUND2_PAGES.map((page) => page.name)).size).toBe(ROUND2_PAGES.length);
    expect([S, S2, S3, X].every((v) => SHAPES.storeId.test(v))).toBe(true);
    expect([C, C2, C3].every((v) => SHAPES.clientId.test(v))).toBe(true);
    expect([K, K2, K3].every((v) => SHAPES.secret.test(v))).toBe(true);
    const badShapes = ROUND2_PAGES.flatMap((page) =>
      FIELDS.filter((field) => {
        const answer = page.expected[field];
        return answer !== null && answer !== 'ambiguous' && !SHAPES[field].test(answer);
      }).map((field) => `${page.name}: ${field}`),
    );
    expect(badShapes).toEqual([]);
  });

  it('prints the outcome counts and every wrong, undecided and false-ambiguous row (not asserted)', () => {
    const rows = readAll();
    const counts: Record<Outcome, number> = { right: 0, ambiguousRight: 0, wrong: 0, undecided: 0, falseAmbiguous: 0 };
    for (const row of rows) counts[row.outcome]++;
    const order: Outcome[] = ['wrong', 'falseAmbiguous', 'undecided'];
    const misses = rows.filter((row) => order.includes(row.outcome)).sort((a, b) => order.indexOf(a.outcome) - order.indexOf(b.outcome));
    console.log(
      [
        `round-2 pages: ${ROUND2_PAGES.length}, fields judged: ${rows.length}`,
        `right ${counts.right}, ambiguous-right ${counts.ambiguousRight}, wrong ${counts.wrong}, undecided ${counts.undecided}, false-ambiguous ${counts.falseAmbiguous}`,
        ...misses.map(describeRow),
      ].join('\n'),
    );
  });
});
