// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideField } from '../../src/core/evidence';
import { FIELDS } from '../../src/core/fields';
import { collectEvidence } from '../../src/dom/evidence';
import { JOOM_FIELDS } from '../../src/joom/fields';
import { type HiddenPage, hiddenPageArbitrary, judgeHidden, WITHOUT_LAYOUT } from './hidden-pages';

// The reader over generated pages that hide a planted value by a technique a DOM without layout can judge (opacity
// through ancestors, clip-path, contrast); the rest (sizes, places, clip, covers) run in real browsers
// (tests/browser/seen.spec.ts). The visible value, never the planted one; where only the planted one is: nothing.

function read(page: HiddenPage): string[] {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${page.html}</body>`, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
  const evidence = collectEvidence(document.body, JOOM_FIELDS);
  return FIELDS.flatMap((field) => {
    const miss = judgeHidden(page, field, decideField(evidence, field));
    return miss
      ? [`${page.technique} ${page.kind} ${page.lang} ${page.layout} ${page.place}${page.onlyHidden ? ' alone' : ''}: ${field} ${miss}\n${page.html}`]
      : [];
  });
}

describe('generated pages hiding a planted value (no layout)', () => {
  it('reads the visible value, never the planted one (200 pages: a fixed seed and a random one)', () => {
    for (const seed of [20261201, Date.now() % 2 ** 31]) {
      const pages = fc.sample(hiddenPageArbitrary(WITHOUT_LAYOUT), { numRuns: 100, seed });
      const misses = pages.flatMap(read);
      expect(misses.length, `seed ${seed}: ${misses.length} fields missed on ${pages.length} pages\n${misses.slice(0, 3).join('\n\n')}`).toBe(0);
    }
  }, 90_000);
});
