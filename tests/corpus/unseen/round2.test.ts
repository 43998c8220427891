// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { countOutcomes, countsLine, describeRow, FIELDS, type Outcome, SHAPES } from './judge';
import { C, C2, K, K2, S, S2 } from './pages';
import { C3, K3, ROUND2_PAGES, S3, X } from './pages-round2';
import { readPages } from './read';

// Round 2 of the unseen pages (pages-round2.ts), judged like pages.test.ts. happy-dom lays nothing out, so pages hidden
// only by layout (`needsLayout`) are judged in real browsers alone (tests/browser/unseen.spec.ts); every other page
// must take no wrong value here either. The counts and every miss are printed.

const readAll = () => readPages(ROUND2_PAGES);

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

  it('takes no wrong value on a page that needs no layout, and prints the counts and every miss', () => {
    const rows = readAll();
    expect(rows.filter((row) => row.outcome === 'wrong' && !row.page.needsLayout).map(describeRow)).toEqual([]);
    const counts = countOutcomes(rows);
    const order: Outcome[] = ['wrong', 'falseAmbiguous', 'undecided'];
    const misses = rows.filter((row) => order.includes(row.outcome)).sort((a, b) => order.indexOf(a.outcome) - order.indexOf(b.outcome));
    console.log([`round-2 pages: ${ROUND2_PAGES.length}, fields judged: ${rows.length}`, countsLine(counts), ...misses.map(describeRow)].join('\n'));
  });
});
