// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { countOutcomes, countsLine, describeRow, FIELDS, type Outcome, type Row, SHAPES } from './judge';
import { BUY, C7, C8, EXC, EXK, EXS, K7, K8, MER5, ORD5, ROUND5_PAGES, S7, S8, S9, SKU5, USR5, WHK5 } from './pages-round5';
import { readPages } from './read';

// Round 5 of the unseen pages (pages-round5.ts): web components and shadow DOM (open and closed roots, slots, fallback,
// re-projection, decoys and hiding inside shadow trees) and a few plain pages, read like rounds 1-4: no wrong value but
// on pages that need a real browser's layout or style engine (needsLayout), which tests/browser/unseen.spec.ts judges in
// Chromium and Firefox. It prints the counts, per class and in all, and every miss.

const readAll = () => readPages(ROUND5_PAGES);
/** A page's class is its name up to the colon: "r5 slot", "r5 hidden (opacity 0)" counts under "r5 hidden". */
const pageClass = (row: Row) => row.page.name.split(':')[0]?.replace(/ \(.*\)$/, '') ?? '';

describe('unseen Joom pages, round 5', () => {
  it('has sound fixtures: at least 40 pages, unique names prefixed "r5 ", no script, values of the right shape', () => {
    expect(ROUND5_PAGES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(ROUND5_PAGES.map((page) => page.name)).size).toBe(ROUND5_PAGES.length);
    expect(ROUND5_PAGES.filter((page) => !page.name.startsWith('r5 ')).map((page) => page.name)).toEqual([]);
    expect(ROUND5_PAGES.filter((page) => /<script/i.test(page.html)).map((page) => page.name)).toEqual([]);
    expect([S7, S8, S9, SKU5, ORD5, EXS, BUY, USR5, MER5].every((v) => SHAPES.storeId.test(v))).toBe(true);
    expect([C7, C8, EXC].every((v) => SHAPES.clientId.test(v))).toBe(true);
    expect([K7, K8, EXK, WHK5].every((v) => SHAPES.secret.test(v))).toBe(true);
    const badShapes = ROUND5_PAGES.flatMap((page) =>
      FIELDS.filter((field) => {
        const answer = page.expected[field];
        return answer !== null && answer !== 'ambiguous' && !SHAPES[field].test(answer);
      }).map((field) => `${page.name}: ${field}`),
    );
    expect(badShapes).toEqual([]);
  });

  it('takes no wrong value on a page that needs no real browser, and prints the counts per class and every miss', () => {
    const rows = readAll();
    expect(rows.length).toBe(ROUND5_PAGES.length * 3);
    expect(rows.filter((row) => row.outcome === 'wrong' && !row.page.needsLayout).map(describeRow)).toEqual([]);
    const counts = countOutcomes(rows);
    const order: Outcome[] = ['wrong', 'falseAmbiguous', 'undecided'];
    const misses = rows.filter((row) => order.includes(row.outcome)).sort((a, b) => order.indexOf(a.outcome) - order.indexOf(b.outcome));
    const layout = (row: Row) => (row.page.needsLayout ? ' [needsLayout]' : '');
    const classes = [...new Set(rows.map(pageClass))];
    const decidedRate = (of: Row[]) => {
      const c = countOutcomes(of);
      return `${((100 * (c.right + c.ambiguousRight)) / of.length).toFixed(1)} %`;
    };
    console.log(
      [
        `round-5 pages: ${ROUND5_PAGES.length}, fields judged: ${rows.length}`,
        `${countsLine(counts)} — decided ${decidedRate(rows)}`,
        ...classes.map((name) => {
          const of = rows.filter((row) => pageClass(row) === name);
          return `  ${name}: pages ${of.length / 3}, fields ${of.length}; ${countsLine(countOutcomes(of))} — decided ${decidedRate(of)}`;
        }),
        ...misses.map((miss) => describeRow(miss) + layout(miss)),
      ].join('\n'),
    );
  });
});
