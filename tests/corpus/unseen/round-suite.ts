import { describe, expect, it } from 'vitest';
import { countOutcomes, countsLine, describeRow, FIELDS, type Field, type Outcome, type Row, SHAPES } from './judge';
import type { UnseenPage } from './pages';
import { readPages } from './read';

// One suite for every blind round read in happy-dom: the fixtures are sound (enough pages, unique names with the
// round's prefix, no script, every value of its field's shape), and no page that needs no real browser's layout or
// style engine (needsLayout, judged by tests/browser/unseen.spec.ts in Chromium and Firefox) takes a wrong value.
// It prints the counts, per class where the round names classes, and every miss.

export interface Round {
  /** 2, 3, …: the suite's title and the names' prefix ("r2 "). */
  number: number;
  pages: readonly UnseenPage[];
  /** The fewest pages the round was written with. */
  atLeast: number;
  /** The round's values, by field: each must have its field's shape. */
  values: Record<Field, readonly string[]>;
  /** Names carry a class before the colon ("r4 ds: …"): print the counts per class. */
  byClass?: boolean;
}

/** A page's class is its name up to the colon: "r4 hidden (opacity 0.01)" counts under "r4 hidden". */
const pageClass = (row: Row) => row.page.name.split(':')[0]?.replace(/ \(.*\)$/, '') ?? '';

const decidedRate = (of: readonly Row[]) => {
  const counts = countOutcomes(of);
  return `${((100 * (counts.right + counts.ambiguousRight)) / of.length).toFixed(1)} %`;
};

export function describeRound({ number, pages, atLeast, values, byClass = false }: Round): void {
  const prefix = `r${number} `;
  describe(`unseen Joom pages, round ${number}`, () => {
    it(`has sound fixtures: at least ${atLeast} pages, unique names, no script, values of the right shape`, () => {
      expect(pages.length).toBeGreaterThanOrEqual(atLeast);
      expect(new Set(pages.map((page) => page.name)).size).toBe(pages.length);
      expect(pages.filter((page) => !page.name.startsWith(prefix)).map((page) => page.name)).toEqual([]);
      expect(pages.filter((page) => /<script/i.test(page.html)).map((page) => page.name)).toEqual([]);
      for (const field of FIELDS)
        expect(
          values[field].filter((value) => !SHAPES[field].test(value)),
          field,
        ).toEqual([]);
      const badShapes = pages.flatMap((page) =>
        FIELDS.filter((field) => {
          const answer = page.expected[field];
          return answer !== null && answer !== 'ambiguous' && !SHAPES[field].test(answer);
        }).map((field) => `${page.name}: ${field}`),
      );
      expect(badShapes).toEqual([]);
    });

    it('takes no wrong value on a page that needs no real browser, and prints the counts and every miss', () => {
      const rows = readPages(pages);
      expect(rows.length).toBe(pages.length * 3);
      expect(rows.filter((row) => row.outcome === 'wrong' && !row.page.needsLayout).map(describeRow)).toEqual([]);
      const order: Outcome[] = ['wrong', 'falseAmbiguous', 'undecided'];
      const misses = rows.filter((row) => order.includes(row.outcome)).sort((a, b) => order.indexOf(a.outcome) - order.indexOf(b.outcome));
      const layout = (row: Row) => (row.page.needsLayout ? ' [needsLayout]' : '');
      const classes = byClass ? [...new Set(rows.map(pageClass))] : [];
      console.log(
        [
          `round-${number} pages: ${pages.length}, fields judged: ${rows.length}`,
          `${countsLine(countOutcomes(rows))} — decided ${decidedRate(rows)}`,
          ...classes.map((name) => {
            const of = rows.filter((row) => pageClass(row) === name);
            return `  ${name}: pages ${of.length / 3}, fields ${of.length}; ${countsLine(countOutcomes(of))} — decided ${decidedRate(of)}`;
          }),
          ...misses.map((miss) => describeRow(miss) + layout(miss)),
        ].join('\n'),
      );
    });
  });
}
