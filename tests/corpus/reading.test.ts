// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideField } from '../../src/core/evidence';
import { collectEvidence } from '../../src/dom/evidence';
import { JOOM_FIELDS } from '../../src/joom/fields';
import { everyCarrierPage, type GeneratedPage, judge, type Outcome, pageArbitrary, type ShadowForm, shadowPages } from './joom-pages';
import { attachDeclaredShadows, openClosedShadowRoots } from './shadow-roots';

// The reader over generated Joom pages with known answers (a DOM without layout: hidings a layout engine must see
// through are left to `npm run bench`, which runs 2,000+ pages in real Chromium). Zero wrong values, ≥ 99 % decided.

function show(page: GeneratedPage): void {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${page.html}</body>`, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
  attachDeclaredShadows(document.body);
}

function readGenerated(page: GeneratedPage): Record<'storeId' | 'clientId' | 'secret', Outcome | undefined> {
  show(page);
  const evidence = collectEvidence(document.body, JOOM_FIELDS);
  return {
    storeId: judge(page.expected.storeId, decideField(evidence, 'storeId')),
    clientId: judge(page.expected.clientId, decideField(evidence, 'clientId')),
    secret: judge(page.expected.secret, decideField(evidence, 'secret')),
  };
}

describe('generated Joom pages', () => {
  it('takes no wrong value and decides every field (500 pages: a fixed seed and a random one)', () => {
    for (const seed of [20261130, Date.now() % 2 ** 31]) {
      const counts: Record<Outcome, number> = { right: 0, ambiguousRight: 0, wrong: 0, undecided: 0, falseAmbiguous: 0 };
      const failures: string[] = [];
      for (const page of fc.sample(pageArbitrary({ layoutEngine: false }), { numRuns: 250, seed })) {
        const outcomes = readGenerated(page);
        for (const [field, outcome] of Object.entries(outcomes)) {
          if (!outcome) continue;
          counts[outcome]++;
          if (outcome !== 'right' && outcome !== 'ambiguousRight' && failures.length < 3) {
            failures.push(`${outcome} ${field} (seed ${seed}, ${page.kind}, ${page.layout}, ${page.decoys.join('+') || 'no decoy'}): ${page.html}`);
          }
        }
      }
      const decided = counts.right + counts.ambiguousRight;
      const total = decided + counts.wrong + counts.undecided + counts.falseAmbiguous;
      expect(counts.wrong, failures.join('\n\n')).toBe(0);
      // Every generated page has a known answer a careful seller would give: an undecided field is a regression (a
      // rule for the blind pages once left an app's secret undecided whenever an orders table stood lower down).
      expect(decided / total, failures.join('\n\n')).toBe(1);
    }
  }, 300_000);
});

describe('every value carrier in every layout', () => {
  // A value in a read-only input under a label in a card header beside an icon (a design system's ID with a copy
  // addon) was not read: the generator of the class, not the one page, says each carrier is read in each layout.
  it('takes no wrong value and decides every field: each carrier × layout × label dress × language', () => {
    const misses = new Map<string, number>();
    let judged = 0;
    const failures: string[] = [];
    for (const page of everyCarrierPage(20261201, { layoutEngine: false })) {
      for (const [field, outcome] of Object.entries(readGenerated(page))) {
        if (!outcome) continue;
        judged++;
        if (outcome === 'right' || outcome === 'ambiguousRight') continue;
        const key = `${outcome} ${page.carrier} in ${page.layout}, label ${page.labelDress}`;
        misses.set(key, (misses.get(key) ?? 0) + 1);
        if (failures.length < 3) failures.push(`${outcome} ${field} (${page.kind}, ${page.lang}, ${page.decoys.join('+') || 'no decoy'}): ${page.html}`);
      }
    }
    const summary = [...misses].map(([key, count]) => `${count} ${key}`).join('\n');
    expect(judged).toBeGreaterThan(900);
    expect(summary, `${summary}\n\n${failures.join('\n\n')}`).toBe('');
  }, 300_000);
});

describe('fields painted through shadow roots', () => {
  // Round 4's web components (a label painted by a shadow root beside the light-DOM value slotted into it, a closed
  // root holding both) were read by no rule: the reader walked the light DOM only. The class, in every carrier, label
  // dress and language, among the usual decoys. A content script opens closed roots; so does this test's window.
  openClosedShadowRoots();
  // 'slottedLabel' (a light-DOM label slotted into the root's header, its value inside the root) was left undecided
  // with a dressed label and read the other stores' ID in 4 cases on f5d482e: the label's box and the climb's cost
  // walked the light DOM. 'siblingRoots' (a label component beside a value component, each in its own closed root) read
  // a decoy's value in 9 cases and left 92 undecided on d624cc3: the label's walk did not enter the value's root.
  const FORMS: readonly ShadowForm[] = ['slottedValue', 'closed', 'slottedLabel', 'siblingRoots'];
  it.each(FORMS)(
    'takes no wrong value and decides every field: %s, each carrier × label dress × language',
    (form) => {
      const misses = new Map<string, number>();
      let judged = 0;
      const failures: string[] = [];
      for (const page of shadowPages(20261204, { layoutEngine: false }).filter((generated) => generated.shadow === form)) {
        for (const [field, outcome] of Object.entries(readGenerated(page))) {
          if (!outcome) continue;
          judged++;
          if (outcome === 'right' || outcome === 'ambiguousRight') continue;
          const key = `${outcome} ${field} ${page.carrier}, label ${page.labelDress}`;
          misses.set(key, (misses.get(key) ?? 0) + 1);
          if (failures.length < 3) failures.push(`${outcome} ${field} (${page.kind}, ${page.lang}, ${page.decoys.join('+') || 'no decoy'}): ${page.html}`);
        }
      }
      const summary = [...misses].map(([key, count]) => `${count} ${key}`).join('\n');
      expect(judged).toBeGreaterThan(80);
      expect(summary, `${summary}\n\n${failures.join('\n\n')}`).toBe('');
    },
    300_000,
  );
});
