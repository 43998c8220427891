// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { countOutcomes, countsLine, describeRow } from './judge';
import { C, C2, K, K2, S, UNSEEN_PAGES } from './pages';
import { readPages } from './read';

// Pages the reader was not built against (tests/corpus/unseen/pages.ts). A wrong value fails the build; an
// undecided field is a known gap, listed and counted but not asserted.

const readAll = () => readPages(UNSEEN_PAGES);

describe('unseen Joom pages', () => {
  it('has sound fixtures: at least 60 pages, values of the right shape', () => {
    expect(UNSEEN_PAGES.length).toBeGreaterThanOrEqual(60);
    expect([S.length, C.length, C2.length, K.length, K2.length]).toEqual([24, 16, 16, 32, 32]);
    expect(new Set(UNSEEN_PAGES.map((page) => page.name)).size).toBe(UNSEEN_PAGES.length);
  });

  it('takes no wrong value, but on the known gaps (each named, with why)', () => {
    const rows = readAll();
    const wrong = rows.filter((row) => row.outcome === 'wrong' && !row.page.knownGap);
    expect(wrong.map(describeRow).join('\n')).toBe('');
    // A known gap the reader now gets right is a stale note: remove it.
    const mended = UNSEEN_PAGES.filter((page) => page.knownGap && !rows.some((row) => row.page === page && row.outcome === 'wrong'));
    expect(mended.map((page) => page.name)).toEqual([]);
  });

  it('lists undecided fields and prints the decided rate (not asserted)', () => {
    const rows = readAll();
    const counts = countOutcomes(rows);
    const gaps = rows.filter((row) => row.outcome === 'undecided' || row.outcome === 'falseAmbiguous');
    const decidedCount = counts.right + counts.ambiguousRight;
    console.log(
      [
        `unseen pages: ${UNSEEN_PAGES.length}, fields judged: ${rows.length}`,
        countsLine(counts),
        `decided rate: ${((100 * decidedCount) / rows.length).toFixed(1)} %`,
        ...gaps.map(describeRow),
      ].join('\n'),
    );
    expect(rows.length).toBe(UNSEEN_PAGES.length * 3);
  });
});
