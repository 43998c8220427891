import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { benchBundle } from '../../bench/bundle';
import { FIELDS, type Field } from '../../src/core/fields';
import { type HiddenPage, hiddenPageArbitrary, judgeHidden, PANES, panePageArbitrary, S33_DRESSES, TECHNIQUES, type Technique } from '../corpus/hidden-pages';
import { JOOM_STORES } from '../panels/data';
import { customPages, latePage } from '../panels/routes';
import { BROWSER, browserForSuite, type Driver, launch } from './drivers';
import { type OfflinePage, openOfflinePage } from './drivers/offline';

// One notion of "seen" (issue 16 item 2): generated Joom pages hide a planted value of the right shape, under the
// right label, by every technique of the class (opacity through ancestors, filter opacity, clip-path on the value or
// an ancestor, clip, zero size, off-screen, an opaque cover, white on white, near colours, a transparent colour, a
// fill colour), beside the real value or alone, in Turkish and English. The reader decides the visible value, never
// the planted one, and where only the planted one is there, nothing. Then the same pages through the built
// extension, and a pick under a nearly transparent layer.

type Decision = { value?: string; ambiguous: boolean };

/**
 * Opens the store's page (its value row `.row .v` loaded), and in the popup, with nothing read yet, "enter by hand"
 * (the empty state keeps paste and pick behind it) and the pick of the Store ID; the page in front for the click.
 */
async function startPick(driver: Driver, storeId: string) {
  const page = await driver.open(`https://merchant.joom.com/panel/stores/${storeId}`);
  await page.waitFor(() => document.querySelector('.row .v') !== null);
  const popup = await driver.popup();
  await popup.waitFor(() => document.querySelector('[data-action="by-hand"]') !== null);
  await popup.click('[data-action="by-hand"]');
  await popup.click('[data-pick="storeId"]');
  await page.waitFor(() => document.querySelector('joom-connector-ui[data-key="pick"]') !== null);
  await page.bringToFront();
  return { page, popup };
}
// SEEN_SEED replays a run's random seed (each run prints it).
const SEEDS = [20261201, Number(process.env.SEEN_SEED) || Math.floor(Math.random() * 2 ** 31)];
const PER_SEED = 300;

const misses = (page: HiddenPage, decisions: Record<Field, Decision>) =>
  FIELDS.flatMap((field) => {
    const miss = judgeHidden(page, field, decisions[field]);
    return miss
      ? [
          `${page.technique}${page.pane ? ` (${page.pane})` : ''} ${page.kind} ${page.lang} ${page.layout} ${page.place}${page.onlyHidden ? ' alone' : ''}: ${field} ${miss}`,
        ]
      : [];
  });

/**
 * Techniques whose refusals are counted apart from wrong reads: where an in-flow pseudo-element lies before it moves is
 * not known, so its reach is counted from every point of its owner's box, and a value in the row beside one may be
 * refused (the seller chooses: the safe side). Kept rare: at most one page in ten of the technique, or one; one in five
 * where the move is a drop shadow's copy or a negative margin (pseudoMoved: the copy of a block
 * under the value, counted from the owner's top, reaches the row above in a table). boxUrlFilter: an SVG filter's
 * output is taken as covering all of its filter region, which may reach the next row (the s35 review).
 */
const MAY_REFUSE: readonly Technique[] = ['pseudoInFlow', 'pseudoMoved', 'boxUrlFilter'];
/** The sample the refusals are bounded on: the same pages every run. */
const FIXED_REFUSAL_SEED = 20261205;
const onlyRefused = (missed: string[]) => missed.every((miss) => / decided (nothing|a choice), not /.test(miss));
const REFUSED_SHARE: Partial<Record<Technique, number>> = { pseudoMoved: 5 };
const refusalsAllowed = (pages: number, technique: Technique) => Math.max(1, Math.floor(pages / (REFUSED_SHARE[technique] ?? 10)));

/** The reader's decision on each page, at the top of the page as the seller opens it. */
const decideAll = (page: OfflinePage, pages: HiddenPage[]) =>
  page.evaluate(
    (htmls) =>
      htmls.map((html) => {
        scrollTo(0, 0);
        return (window as unknown as { benchmark: { decidePage(html: string): Record<Field, Decision> } }).benchmark.decidePage(html);
      }),
    pages.map((generated) => generated.html),
  );

describe(`the reader over generated pages hiding a planted value, in real ${BROWSER}`, () => {
  let page: OfflinePage | undefined;
  beforeAll(async () => {
    page = await openOfflinePage(BROWSER, 'https://merchant.joom.com/panel/seen', await benchBundle(), { width: 1280, height: 800 });
  });
  afterAll(async () => {
    await page?.close();
  });

  it(`reads the visible value and never the planted one, by every technique (${PER_SEED * SEEDS.length} pages: a fixed seed and a random one)`, async () => {
    const perTechnique = new Map<Technique, { pages: number; missed: number; refused?: number }>();
    const found: string[] = [];
    const refusals: string[] = [];
    for (const seed of SEEDS) {
      const pages = fc.sample(hiddenPageArbitrary(), { numRuns: PER_SEED, seed });
      for (let start = 0; start < pages.length; start += 50) {
        const batch = pages.slice(start, start + 50);
        const decisions = await decideAll(page as OfflinePage, batch);
        for (const [index, generated] of batch.entries()) {
          const missed = misses(generated, decisions[index] as Record<Field, Decision>);
          const count = perTechnique.get(generated.technique) ?? { pages: 0, missed: 0 };
          const refused = missed.length > 0 && MAY_REFUSE.includes(generated.technique) && onlyRefused(missed);
          perTechnique.set(generated.technique, {
            pages: count.pages + 1,
            missed: count.missed + (missed.length > 0 && !refused ? 1 : 0),
            ...(refused || count.refused ? { refused: (count.refused ?? 0) + (refused ? 1 : 0) } : {}),
          });
          if (missed.length && !refused) found.push(`seed ${seed}: ${missed.join('; ')}\n${generated.html}`);
          if (refused) refusals.push(`seed ${seed}: ${missed.join('; ')}\n${generated.html.slice(0, 400)}`);
        }
      }
    }
    console.log(
      [
        `hidden-value pages in ${BROWSER} (seeds ${SEEDS.join(', ')}): ${found.length} of ${PER_SEED * SEEDS.length} pages read wrongly`,
        ...TECHNIQUES.map((technique) => `  ${technique.padEnd(20)} ${JSON.stringify(perTechnique.get(technique) ?? { pages: 0, missed: 0 })}`),
        ...(refusals.length ? ['refused (the seller chooses):', ...refusals] : []),
      ].join('\n'),
    );
    // Every technique was generated, so the count above covers the whole class.
    expect(TECHNIQUES.filter((technique) => !perTechnique.get(technique)?.pages)).toEqual([]);
    expect(found.slice(0, 5).join('\n\n')).toBe('');
    expect(found.length).toBe(0);
    // Refusals are printed here, and bounded in the pseudo-element test below on a fixed sample: at 10–15 pages a
    // technique per run, a random seed's count of them is chance (2 of 13 failed a CI run once).
  }, 240_000);

  it('never reads a value pushed out of a box that clips it, in each of its ways (review 7, finding 2)', async () => {
    const found: string[] = [];
    const pages = fc.sample(hiddenPageArbitrary(['clippedAway']), { numRuns: 120, seed: SEEDS[1] });
    const decisions = await decideAll(page as OfflinePage, pages);
    for (const [index, generated] of pages.entries()) {
      const missed = misses(generated, decisions[index] as Record<Field, Decision>);
      if (missed.length) found.push(`${missed.join('; ')}\n${generated.html}`);
    }
    console.log(`pages pushed out of a clipping box in ${BROWSER} (seed ${SEEDS[1]}): ${found.length} of ${pages.length} read wrongly`);
    expect(found.slice(0, 3).join('\n\n')).toBe('');
  }, 120_000);

  it('never reads a value slotted into a shadow tree that hides it, in each of its ways (review 12, finding 2)', async () => {
    const found: string[] = [];
    const pages = fc.sample(hiddenPageArbitrary(['inShadowTree']), { numRuns: 140, seed: SEEDS[1] });
    const decisions = await decideAll(page as OfflinePage, pages);
    for (const [index, generated] of pages.entries()) {
      const missed = misses(generated, decisions[index] as Record<Field, Decision>);
      if (missed.length) found.push(`${missed.join('; ')}\n${generated.html}`);
    }
    const byWay = new Map<string, number>();
    for (const miss of found) {
      const way = /<template shadowrootmode="open" shadowrootclonable>(.*?)<\/template>/.exec(miss)?.[1] ?? '?';
      byWay.set(way, (byWay.get(way) ?? 0) + 1);
    }
    console.log([...byWay].map(([way, n]) => `${n} ${way}`).join('\n'));
    console.log(`values slotted into a hiding shadow tree in ${BROWSER} (seed ${SEEDS[1]}): ${found.length} of ${pages.length} read wrongly`);
    expect(found.slice(0, 3).join('\n\n')).toBe('');
  }, 120_000);

  it('never reads a value that is a bare text of a component whose own shadow tree hides it, in each of its ways (s30 review, finding 1)', async () => {
    const found: string[] = [];
    const pages = fc.sample(hiddenPageArbitrary(['bareTextInShadowTree']), { numRuns: 192, seed: SEEDS[1] });
    const decisions = await decideAll(page as OfflinePage, pages);
    const byWay = new Map<string, number>();
    for (const [index, generated] of pages.entries()) {
      const missed = misses(generated, decisions[index] as Record<Field, Decision>);
      if (!missed.length) continue;
      found.push(`${missed.join('; ')}\n${generated.html}`);
      const way = /<template shadowrootmode="open" shadowrootclonable>(.*)<\/template>/.exec(generated.html)?.[1] ?? '?';
      byWay.set(way, (byWay.get(way) ?? 0) + 1);
    }
    console.log([...byWay].map(([way, n]) => `${n} ${way}`).join('\n'));
    console.log(
      `values that are a component's bare text hidden by its own tree in ${BROWSER} (seed ${SEEDS[1]}): ${found.length} of ${pages.length} read wrongly`,
    );
    expect(found.slice(0, 3).join('\n\n')).toBe('');
  }, 120_000);

  it('never reads a value under a text-shadow, a box-reflect or a cover in front by depth, nor one behind the eye (the s32 review) or on a face showing its hidden back (s34)', async () => {
    const found: string[] = [];
    const pages = fc.sample(hiddenPageArbitrary(['textShadowCover', 'reflectCover', 'depthCover', 'behindEye', 'backTurnedValue']), {
      numRuns: 160,
      seed: SEEDS[1],
    });
    const decisions = await decideAll(page as OfflinePage, pages);
    const byTechnique = new Map<string, number>();
    for (const [index, generated] of pages.entries()) {
      const missed = misses(generated, decisions[index] as Record<Field, Decision>);
      if (!missed.length) continue;
      found.push(`${missed.join('; ')}\n${generated.html}`);
      byTechnique.set(generated.technique, (byTechnique.get(generated.technique) ?? 0) + 1);
    }
    console.log(`s32 covers and depth in ${BROWSER} (seed ${SEEDS[1]}): ${found.length} of ${pages.length} read wrongly ${JSON.stringify([...byTechnique])}`);
    expect(found.slice(0, 3).join('\n\n')).toBe('');
  }, 120_000);
  // The s32 review's paint of one element: a colour filter merging text and background, ::details-content, and
  // position-visibility (these two where the browser knows them).
  for (const technique of ['colourFilter', 'detailsContent', 'positionVisibility'] as const)
    it(`never reads a value hidden by ${technique} (the s32 review)`, async (context) => {
      const known = await (page as OfflinePage).evaluate(
        (name) =>
          name === 'colourFilter' ||
          (name === 'detailsContent' ? CSS.supports('selector(::details-content)') : CSS.supports('position-visibility', 'no-overflow')),
        technique,
      );
      if (!known) return context.skip();
      const found: string[] = [];
      const pages = fc.sample(hiddenPageArbitrary([technique]), { numRuns: 80, seed: SEEDS[1] });
      const decisions = await decideAll(page as OfflinePage, pages);
      for (const [index, generated] of pages.entries()) {
        const missed = misses(generated, decisions[index] as Record<Field, Decision>);
        if (missed.length) found.push(`${missed.join('; ')}\n${generated.html}`);
      }
      console.log(`${technique} in ${BROWSER} (seed ${SEEDS[1]}): ${found.length} of ${pages.length} read wrongly`);
      expect(found.slice(0, 3).join('\n\n')).toBe('');
    }, 120_000);
  it('never reads a value drawn in another order or over itself: bidi marks, squeezed pieces, stacked strikes, overlapped groups (the s32 review)', async () => {
    const techniques: Technique[] = ['bidiSwap', 'squeezedPieces', 'stackedStrikes', 'overlappedWords', 'interleavedPieces'];
    const found = new Map<Technique, string[]>();
    const pages = fc.sample(hiddenPageArbitrary(techniques), { numRuns: 200, seed: SEEDS[1] });
    const decisions = await decideAll(page as OfflinePage, pages);
    for (const [index, generated] of pages.entries()) {
      const missed = misses(generated, decisions[index] as Record<Field, Decision>);
      if (missed.length) found.set(generated.technique, [...(found.get(generated.technique) ?? []), `${missed.join('; ')}\n${generated.html}`]);
    }
    const counts = techniques.map(
      (technique) => `${technique} ${found.get(technique)?.length ?? 0}/${pages.filter((generated) => generated.technique === technique).length}`,
    );
    console.log(`s32 drawing techniques in ${BROWSER} (seed ${SEEDS[1]}): ${counts.join(', ')} read wrongly`);
    expect([...found.values()].flatMap((misses) => misses.slice(0, 1)).join('\n\n')).toBe('');
  }, 120_000);

  /** 60 pages of one technique at each seed (the fixed one and a random one): none read wrongly, none refused. */
  async function expectNoneWrong(technique: Technique, what: string) {
    for (const seed of SEEDS) {
      const { wrong, of } = await judgeSample([technique], seed, 60, what);
      expect(of(technique)).toBe(60);
      expect([...wrong.values()].flat().slice(0, 2).join('\n\n')).toBe('');
    }
  }

  // The pieces a reader finds covered by the next one dropped, the others joined spelled the planted value exactly.
  it(
    'never reads a value whose groups are drawn over decoy groups between them, however they are pulled back, in any script (seen.spec, seed 33998621; the review of s41, A1)',
    () => expectNoneWrong('interleavedPieces', 'interleaved pieces'),
    120_000,
  );

  it(
    'never reads a value with a decoy drawn between its pieces that the reader leaves out for any reason (the review of s41, A2)',
    () => expectNoneWrong('piecesAmong', 'decoys between the pieces'),
    120_000,
  );

  it(
    'never reads a value with a decoy of one or two characters drawn between its pieces that is no text of it or off its line (the second review of s41, R6, A3)',
    () => expectNoneWrong('shortDecoys', 'short decoys between the pieces'),
    120_000,
  );

  it("reads the seller's value under a layer of more boxes than are walked that paints nothing there, and refuses the planted one under such a layer's white block (the s39 review, M1)", async () => {
    for (const seed of [FIXED_REFUSAL_SEED, SEEDS[1] as number]) {
      const { wrong, refused, of } = await judgeSample(['boxCapLayer'], seed, 30, 'layers past the walk', ['boxCapLayer']);
      expect(of('boxCapLayer')).toBe(30);
      expect([...wrong.values(), ...refused.values()].flat().slice(0, 2).join('\n\n')).toBe('');
    }
  }, 120_000);

  it("never reads a value under a backdrop-filter's colours or a ::backdrop's filter, and reads one on a flip card or with a glow (the s33 review)", async () => {
    const found = new Map<string, string[]>();
    // Hidden (Chromium draws these filters; headless Firefox ESR does not, and the value is refused there too), then
    // the real value dressed as a flip card or with a blurred glow, beside a planted one under an opaque cover.
    const hidden = fc.sample(hiddenPageArbitrary(['backdropColour', 'backdropLayer']), { numRuns: 120, seed: SEEDS[1] });
    const dressed = fc.sample(hiddenPageArbitrary(['covered'], S33_DRESSES), { numRuns: 60, seed: SEEDS[1] }).filter((generated) => !generated.onlyHidden);
    const pages = [...hidden, ...dressed];
    const decisions = await decideAll(page as OfflinePage, pages);
    for (const [index, generated] of pages.entries()) {
      const missed = misses(generated, decisions[index] as Record<Field, Decision>);
      const kind = index < hidden.length ? generated.technique : /text-shadow:0 0 10px/.test(generated.html) ? 'glow' : 'flip card';
      if (missed.length) found.set(kind, [...(found.get(kind) ?? []), `${missed.join('; ')}\n${generated.html}`]);
    }
    const count = (kind: string, of: HiddenPage[], test: (generated: HiddenPage) => boolean) =>
      `${kind} ${found.get(kind)?.length ?? 0}/${of.filter(test).length}`;
    console.log(
      `s33 backdrops and controls in ${BROWSER} (seed ${SEEDS[1]}): ${[
        count('backdropColour', hidden, (generated) => generated.technique === 'backdropColour'),
        count('backdropLayer', hidden, (generated) => generated.technique === 'backdropLayer'),
        count('flip card', dressed, (generated) => !/text-shadow:0 0 10px/.test(generated.html)),
        count('glow', dressed, (generated) => /text-shadow:0 0 10px/.test(generated.html)),
      ].join(', ')} read wrongly`,
    );
    expect([...found.values()].flatMap((misses) => misses.slice(0, 1)).join('\n\n')).toBe('');
  }, 120_000);

  /**
   * `numRuns` pages of `techniques` from `seed`, each decided through the extension: the pages read wrongly and those
   * only refused, by technique (a refusal counts as one where the technique may refuse, MAY_REFUSE, or is in `refuses`).
   */
  async function judgeSample(techniques: Technique[], seed: number, numRuns: number, what: string, refuses: Technique[] = []) {
    const wrong = new Map<string, string[]>();
    const refused = new Map<string, string[]>();
    const pages = fc.sample(hiddenPageArbitrary(techniques), { numRuns, seed });
    const decisions = await decideAll(page as OfflinePage, pages);
    for (const [index, generated] of pages.entries()) {
      const missed = misses(generated, decisions[index] as Record<Field, Decision>);
      if (!missed.length) continue;
      const mayRefuse = MAY_REFUSE.includes(generated.technique) || refuses.includes(generated.technique);
      const into = mayRefuse && onlyRefused(missed) ? refused : wrong;
      into.set(generated.technique, [...(into.get(generated.technique) ?? []), `${missed.join('; ')}\n${generated.html}`]);
    }
    const of = (technique: Technique) => pages.filter((generated) => generated.technique === technique).length;
    const counts = techniques.map(
      (technique) => `${technique} ${wrong.get(technique)?.length ?? 0}/${of(technique)} (refused ${refused.get(technique)?.length ?? 0})`,
    );
    console.log(`${what} in ${BROWSER} (seed ${seed}): ${counts.join(', ')} read wrongly`);
    if (process.env.SEEN_TAGS)
      for (const [technique, list] of wrong)
        for (const item of list)
          console.log(
            `TAG ${BROWSER} ${seed} ${technique} ${/way:(?:(?!-->).)*|display:inline;[^"]*|opacity:0\.05|filter:opacity\(5%\)|-webkit-gradient|display:contents;[^"]*|z-index:-?\d+|<svg[^>]*>|content:[a-z-]+/.exec(item)?.[0]} :: ${item.split('\n')[0]}`,
          );
    if (process.env.SEEN_TAGS)
      for (const [technique, list] of refused)
        for (const item of list)
          console.log(
            `REFUSED ${BROWSER} ${seed} ${technique} ${/data-body-scroll-top|skewY|rotate:8deg|data-scroll-top|data-scroll-left|scale\(2\)|scale:2/.exec(item)?.[0]} :: ${item.split('\n')[0]}`,
          );
    return { wrong, refused, of };
  }

  type Judged = Awaited<ReturnType<typeof judgeSample>>;
  /** No planted value taken on either sample; the seller's value refused within its bound on the fixed one. */
  function expectNoneTakenRefusalsBounded(fixed: Judged, random: Judged, bounded: Technique) {
    expect([...fixed.wrong.values(), ...random.wrong.values()].flat().slice(0, 3).join('\n\n')).toBe('');
    expect(fixed.refused.get(bounded)?.length ?? 0, (fixed.refused.get(bounded) ?? []).join('\n\n')).toBeLessThanOrEqual(
      refusalsAllowed(fixed.of(bounded), bounded),
    );
  }

  it('never reads a value under a pseudo-element of any position or owner, or a shadow not cast by a box of its own text (the s33 review, high A, B; the s34 review, H1, H4)', async () => {
    const techniques: Technique[] = ['pseudoInFlow', 'shadowElsewhere', 'pseudoMoved', 'pseudoDepth'];
    // Wrong: the planted value taken, on a fixed sample and a random one. Refused (MAY_REFUSE): the seller's value left
    // to the seller's choice, bounded on the fixed sample only, where the count is the same every run (on a random
    // one it is chance).
    const judge = (seed: number) => judgeSample(techniques, seed, 120, 's33 and s34 pseudo-element covers', ['pseudoDepth']);
    const fixed = await judge(FIXED_REFUSAL_SEED);
    const random = await judge(SEEDS[1] as number);
    expect([...fixed.wrong.values(), ...random.wrong.values()].flat().slice(0, 3).join('\n\n')).toBe('');
    // pseudoDepth's refusals are printed, not bounded (its comment says why).
    for (const technique of techniques.filter((technique) => technique !== 'pseudoDepth'))
      expect(fixed.refused.get(technique)?.length ?? 0, (fixed.refused.get(technique) ?? []).join('\n\n')).toBeLessThanOrEqual(
        refusalsAllowed(fixed.of(technique), technique),
      );
  }, 120_000);

  it("never reads a value under a pseudo-element's backdrop-filter, a hidden box's visible pseudo-element, or a block's first line over its children, or a flex item's order or z-index (the s34 review, H2, H5–H7)", async () => {
    const techniques: Technique[] = ['pseudoBackdrop', 'hiddenOwnerPseudo', 'firstLineChild', 'pseudoOrder'];
    const wrong = new Map<string, string[]>();
    const pages = fc.sample(hiddenPageArbitrary(techniques), { numRuns: 120, seed: SEEDS[1] });
    const decisions = await decideAll(page as OfflinePage, pages);
    for (const [index, generated] of pages.entries()) {
      const missed = misses(generated, decisions[index] as Record<Field, Decision>);
      if (missed.length) wrong.set(generated.technique, [...(wrong.get(generated.technique) ?? []), `${missed.join('; ')}\n${generated.html}`]);
    }
    const counts = techniques.map(
      (technique) => `${technique} ${wrong.get(technique)?.length ?? 0}/${pages.filter((generated) => generated.technique === technique).length}`,
    );
    console.log(`s34 pseudo-elements in ${BROWSER} (seed ${SEEDS[1]}): ${counts.join(', ')} read wrongly`);
    expect([...wrong.values()].flat().slice(0, 3).join('\n\n')).toBe('');
  }, 120_000);

  it("never reads a value under a box's url() filter or under a copy a box's drop-shadow() makes of its pseudo-elements, or a pseudo-element of negative z-index over a lower layer (the s35 review, high)", async () => {
    const techniques: Technique[] = ['boxUrlFilter', 'shadowOfPseudo', 'pseudoNegativeZ'];
    // As the pseudo-element covers above: wrong reads on a fixed sample and a random one, refusals (MAY_REFUSE) bounded
    // on the fixed one.
    const judge = (seed: number) => judgeSample(techniques, seed, 80, 's35 box filters');
    const fixed = await judge(FIXED_REFUSAL_SEED);
    const random = await judge(SEEDS[1] as number);
    expect([...fixed.wrong.values(), ...random.wrong.values()].flat().slice(0, 3).join('\n\n')).toBe('');
    for (const technique of techniques)
      expect(fixed.refused.get(technique)?.length ?? 0, (fixed.refused.get(technique) ?? []).join('\n\n')).toBeLessThanOrEqual(
        refusalsAllowed(fixed.of(technique), technique),
      );
  }, 120_000);

  it("never reads a value under a pseudo-element's image content or an SVG shape's fill or stroke (the s36 review, 12 and 13)", async () => {
    // A choice offering the planted value counts as a wrong read here, as does a refusal of the seller's own.
    const judge = (seed: number) => judgeSample(['imageCover'], seed, 40, 's36 image and SVG covers');
    const fixed = await judge(FIXED_REFUSAL_SEED);
    const random = await judge(SEEDS[1] as number);
    expect([...fixed.wrong.values(), ...random.wrong.values()].flat().slice(0, 3).join('\n\n')).toBe('');
  }, 120_000);

  it('never reads a value under an absolute or fixed pseudo-element whose containing block offsetParent does not name (the s36 review, 7)', async () => {
    const judge = (seed: number) => judgeSample(['pseudoBlock'], seed, 40, 's36 pseudo-element containing blocks');
    const fixed = await judge(FIXED_REFUSAL_SEED);
    const random = await judge(SEEDS[1] as number);
    expect([...fixed.wrong.values(), ...random.wrong.values()].flat().slice(0, 3).join('\n\n')).toBe('');
  }, 120_000);

  it("never reads a value under an SVG shape taking no pointer, a marker or a line's stroke, or a pointerless box inside an empty one that takes it, and reads the seller's value beside an icon that has not loaded (the s37 code-reading review, 2, 8 and medium)", async () => {
    // Wrong: the planted value taken, on a fixed sample and a random one, for all three. Refused: svgNoPointer's
    // refusals of the seller's value (a stroked shape's box that Firefox already draws with its stroke, grown again into
    // the next row) are bounded on the fixed sample as MAY_REFUSE's are; pendingIcon's are printed, not bounded: the
    // medium is open (SECURITY.md, the s37 code-reading review). pointerlessChild may not refuse.
    const techniques: Technique[] = ['svgNoPointer', 'pointerlessChild', 'pendingIcon'];
    const judge = (seed: number) => judgeSample(techniques, seed, 90, 's37 review SVG, pointerless and pending covers', ['svgNoPointer', 'pendingIcon']);
    const fixed = await judge(FIXED_REFUSAL_SEED);
    const random = await judge(SEEDS[1] as number);
    expectNoneTakenRefusalsBounded(fixed, random, 'svgNoPointer');
  }, 120_000);

  it('never reads a value under the covers the s38 code-reading review found the s37 fixes missed (a hidden pointerless top, SVG paint hit on its stroke or fill only, a marker id with a bracket, a transformed inline field)', async () => {
    // Refusals of the seller's value counted apart and bounded on the fixed sample, as svgNoPointer's: Firefox's box of
    // a stroked line already holds its stroke and is grown again into the next row (3 of 40 at the fixed seed).
    const judge = (seed: number) => judgeSample(['s38Covers'], seed, 40, 's38 review covers', ['s38Covers']);
    const fixed = await judge(FIXED_REFUSAL_SEED);
    const random = await judge(SEEDS[1] as number);
    expectNoneTakenRefusalsBounded(fixed, random, 's38Covers');
  }, 120_000);

  it("never reads a value under a white box past paintAt's first 64 boxes, or one a clip keeps over it, or a copy, a clip that does not apply or a marker's moved content (the s38 code-reading review, H3 and M3's guards; the s39 review, H1-H3)", async () => {
    // No planted value taken, and no refusal of the seller's value (not counted apart: each is a wrong read here). 160
    // pages: 19 ways (the s39 review's 13 among them), some 8 each.
    const judge = (seed: number) => judgeSample(['s38Cap'], seed, 160, 's38 review, 64 boxes and clipped covers');
    const fixed = await judge(FIXED_REFUSAL_SEED);
    const random = await judge(SEEDS[1] as number);
    expect([...fixed.wrong.values(), ...random.wrong.values()].flat().slice(0, 3).join('\n\n')).toBe('');
  }, 120_000);

  it("reads the seller's value beside paint clipped away from it or a marker of overflow visible (the s38 code-reading review, M3)", async () => {
    // A refusal of the seller's value is a wrong read here.
    const judge = (seed: number) => judgeSample(['s38Clip'], seed, 40, 's38 review, clipped paint beside the value');
    const fixed = await judge(FIXED_REFUSAL_SEED);
    const random = await judge(SEEDS[1] as number);
    expect([...fixed.wrong.values(), ...random.wrong.values()].flat().slice(0, 3).join('\n\n')).toBe('');
  }, 120_000);

  it('never reads a value under an absolute pseudo-element placed in a containing block that is scrolled or scaled (the s38 code-reading review, H9)', async () => {
    const judge = (seed: number) => judgeSample(['pseudoPlace'], seed, 40, 's38 review pseudo-element places', ['pseudoPlace']);
    const fixed = await judge(FIXED_REFUSAL_SEED);
    const random = await judge(SEEDS[1] as number);
    expectNoneTakenRefusalsBounded(fixed, random, 'pseudoPlace');
  }, 120_000);

  it('never reads a value under a marker whose viewBox preserveAspectRatio centres, crops or stretches (the s38 code-reading review, H6)', async () => {
    const judge = (seed: number) => judgeSample(['markerViewBox'], seed, 40, 's38 review marker viewBoxes', ['markerViewBox']);
    const fixed = await judge(FIXED_REFUSAL_SEED);
    const random = await judge(SEEDS[1] as number);
    expectNoneTakenRefusalsBounded(fixed, random, 'markerViewBox');
  }, 120_000);

  it('reads a value below the fold of a box the seller scrolls, even past the page’s own area (review 8)', async () => {
    const found: string[] = [];
    const pages = fc.sample(panePageArbitrary(), { numRuns: 150, seed: SEEDS[1] });
    const decisions = await decideAll(page as OfflinePage, pages);
    for (const [index, generated] of pages.entries()) {
      const missed = misses(generated, decisions[index] as Record<Field, Decision>);
      if (missed.length) found.push(`${missed.join('; ')}\n${generated.html}`);
    }
    console.log(`pages with the values in a scrolling pane in ${BROWSER} (seed ${SEEDS[1]}): ${found.length} of ${pages.length} read wrongly`);
    expect(PANES.filter((pane) => !pages.some((generated) => generated.pane === pane.name))).toEqual([]);
    expect(found.slice(0, 3).join('\n\n')).toBe('');
  }, 120_000);
});

const storeUrl = (generated: HiddenPage, id: string) =>
  generated.kind === 'store' ? `https://merchant.joom.com/panel/stores/${id}` : `https://merchant.joom.com/panel/api/${id}`;

/** One page of each technique (both kinds and languages among them), beside the real value, at a fixed seed. */
function onePerTechnique(): HiddenPage[] {
  const pages = fc.sample(
    hiddenPageArbitrary().filter((generated) => !generated.onlyHidden),
    { numRuns: 800, seed: 20261202 },
  );
  // A ::backdrop's filter needs its popover opened by the page's script (the bench does it; review-s33 7, 8 and 26 go
  // through the extension): its pages are all planted-only, none here.
  return TECHNIQUES.filter((technique) => technique !== 'backdropLayer').map((technique, index) => {
    const kind = index % 2 === 0 ? 'store' : 'app';
    const chosen = pages.find((generated) => generated.technique === technique && generated.kind === kind) ?? pages.find((p) => p.technique === technique);
    if (!chosen) throw new Error(`no page hides by ${technique}`);
    return chosen;
  });
}

describe(`the built extension on pages hiding a planted value (${BROWSER})`, () => {
  const browser = browserForSuite({ lang: 'tr' });
  afterEach(() => customPages.clear());
  const everything = async (driver: Driver) => JSON.stringify(await driver.stored());

  it('stores the visible value and never the planted one, one page per technique', async () => {
    const read: string[] = [];
    for (const [index, generated] of onePerTechnique().entries()) {
      const visible = (generated.kind === 'store' ? generated.expected.storeId : generated.expected.clientId) as string;
      const url = storeUrl(generated, `seen${index}`);
      customPages.set(url, latePage(generated.html));
      const page = await browser().open(url);
      await expect.poll(() => everything(browser()), { timeout: 10_000, message: `${generated.technique}: ${generated.html}` }).toContain(visible);
      const stored = await everything(browser());
      for (const planted of Object.values(generated.planted))
        expect(stored, `${generated.technique} (${generated.lang}): ${generated.html}`).not.toContain(planted);
      read.push(`${generated.technique}/${generated.kind}/${generated.lang}`);
      await page.close();
    }
    console.log(`read through the extension in ${BROWSER}: ${read.join(', ')}`);
  }, 300_000); // a page a technique through the built extension: 146 s in Firefox in the s34 local CI, of the 180 s it had

  it('stores nothing from a page where only the planted value is, by any technique of the contrast or opacity kind', async () => {
    const alone = fc
      .sample(
        hiddenPageArbitrary(['opacityProduct', 'whiteOnWhite', 'clipPathOnValue', 'covered']).filter((generated) => generated.onlyHidden),
        { numRuns: 40, seed: 20261203 },
      )
      .slice(0, 4);
    for (const [index, generated] of alone.entries()) {
      const url = storeUrl(generated, `alone${index}`);
      customPages.set(url, latePage(generated.html));
      const page = await browser().open(url);
      await page.waitFor(() => document.querySelector('main') !== null);
      await page.close();
    }
    // A page read after them, in the same way: once its value is stored, the pages before it were read too.
    const [sentinel] = JOOM_STORES as [(typeof JOOM_STORES)[0]];
    customPages.set(
      `https://merchant.joom.com/panel/stores/${sentinel.id}`,
      latePage(`<h1>${sentinel.name}</h1><dl><dt>Kimlik No</dt><dd>${sentinel.id}</dd></dl>`),
    );
    const page = await browser().open(`https://merchant.joom.com/panel/stores/${sentinel.id}`);
    await expect.poll(() => everything(browser()), { timeout: 10_000 }).toContain(sentinel.id);
    const stored = await everything(browser());
    for (const generated of alone)
      for (const planted of Object.values(generated.planted)) expect(stored, `${generated.technique}: ${generated.html}`).not.toContain(planted);
    await page.close();
  }, 120_000);
});

describe(`a pick under a nearly transparent layer (${BROWSER})`, () => {
  let driver: Driver | undefined;
  afterEach(async () => {
    customPages.clear();
    await driver?.close();
    driver = undefined;
  });

  it("refuses the click with the reason in the seller's language, learns nothing, and takes the value once the seller clicks it where it is seen", async () => {
    const [store] = JOOM_STORES as [(typeof JOOM_STORES)[0]];
    const PLANTED = 'abcdefabcdef012345678901';
    driver = await launch({ lang: 'tr' });
    // A layout no rule reads, under a layer of opacity 0.02 holding a planted ID (no label: the reader leaves it to the
    // pick) in a big font over the whole page.
    customPages.set(
      `https://merchant.joom.com/panel/stores/${store.id}`,
      latePage(`<h1>${store.name}</h1><div class="panel"><div class="row"><span class="k">Mağaza numarası</span> <span class="v">${store.id}</span></div></div>
        <div id="layer" style="position:fixed;inset:0;z-index:10;opacity:0.02;background:#fff;font-size:64px"><span>${PLANTED}</span></div>`),
    );
    const { page, popup } = await startPick(driver, store.id);
    const at = await page.evaluate(() => {
      const box = (document.querySelector('.row .v') as Element).getBoundingClientRect();
      return [box.left + box.width / 2, box.top + box.height / 2] as [number, number];
    });
    // The seller clicks the Store ID they see; the layer takes the click (its text has a Store ID's shape).
    expect(await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.closest('#layer') !== null, at)).toBe(true);
    await page.clickAt(...at);
    await expect.poll(async () => (await page.ourUi('pick')).join(' '), { timeout: 10_000 }).toContain('Alınmadı');
    const refused = JSON.stringify(await driver.stored());
    expect(refused).not.toContain(PLANTED);
    expect(refused).not.toContain(store.id);
    expect(refused).not.toContain('"taught"');
    // The layer gone, the same click takes the value the seller sees, and learns its label.
    await page.evaluate(() => document.getElementById('layer')?.remove());
    await page.clickAt(...at);
    await expect.poll(async () => JSON.stringify((await driver?.stored())?.local), { timeout: 10_000 }).toContain(store.id);
    const local = (await driver.stored()).local as { state?: { taught?: { text: string }[] } };
    expect(local.state?.taught?.map((taught) => taught.text)).toEqual(['Mağaza numarası']);
    expect(JSON.stringify(await driver.stored())).not.toContain(PLANTED);
    await popup.close();
    await page.close();
  });

  it('takes only the text the seller sees in what they click, and refuses text the page draws with its style (review 11, finding 10)', async () => {
    const [store] = JOOM_STORES as [(typeof JOOM_STORES)[0]];
    const PLANTED = 'abcdefabcdef012345678901';
    driver = await launch({ lang: 'tr' });
    // The clicked value holds a planted ID at font-size 0 before the one shown; a ::before draws another ID.
    customPages.set(
      `https://merchant.joom.com/panel/stores/${store.id}`,
      latePage(`<style>.drawn::before{content:"${PLANTED}"}</style><h1>${store.name}</h1>
        <div class="panel"><div class="row"><span class="k">Mağaza numarası</span> <span class="v drawn"><span style="font-size:0">${PLANTED} </span>${store.id}</span></div></div>`),
    );
    const { page, popup } = await startPick(driver, store.id);
    const centre = () =>
      page.evaluate(() => {
        const box = (document.querySelector('.row .v') as Element).getBoundingClientRect();
        return [box.left + box.width - 8, box.top + box.height / 2] as [number, number];
      });
    await page.clickAt(...(await centre()));
    await expect.poll(async () => (await page.ourUi('pick')).join(' '), { timeout: 10_000 }).toContain('stil dosyasıyla');
    expect(JSON.stringify(await driver.stored())).not.toContain(store.id);
    // The drawn text gone, the click takes the ID the seller reads, never the one at font-size 0 beside it.
    await page.evaluate(() => document.querySelector('.v')?.classList.remove('drawn'));
    await page.clickAt(...(await centre()));
    await expect.poll(async () => JSON.stringify((await driver?.stored())?.local), { timeout: 10_000 }).toContain(store.id);
    expect(JSON.stringify(await driver.stored())).not.toContain(PLANTED);
    await popup.close();
    await page.close();
  });
});
