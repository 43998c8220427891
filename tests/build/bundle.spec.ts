import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

// What the built extension contains: no eval or Function anywhere, markup from strings only in Preact's own
// dangerouslySetInnerHTML path (which our code never uses), and only the permissions the README names.

const ROOT = join(import.meta.dirname, '..', '..');

function scripts(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe.each(['chrome', 'firefox'])('dist/%s', (browser) => {
  const dist = join(ROOT, 'dist', browser);
  const files = scripts(dist);

  it('has no eval or Function constructor in any bundle', () => {
    // Every script the build writes: the worker's loader, the background, the popup (one module since it is built
    // apart: vite.config.ts) and the two content scripts.
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      expect(source, file).not.toMatch(/\beval\s*\(|new\s+Function\s*\(|\bFunction\s*\(\s*["'`]/);
    }
  });

  it('builds markup from strings nowhere but in the popup’s Preact chunk', () => {
    const withHtml = files.filter((file) => /\.innerHTML\s*=|insertAdjacentHTML|outerHTML\s*=/.test(readFileSync(file, 'utf8')));
    expect(withHtml.map((file) => file.split('/').pop())).toEqual(withHtml.length ? [expect.stringMatching(/^index\.html-/)] : []);
  });

  // The Joom script carries the reader (evidence, scoring, visibility, sections, lists) and pick-and-learn: its
  // budget was 14 KB (issue 9) and is 15 KB since the reader learned the classes 242 blind pages taught it (others'
  // words, parallel columns, ARIA links and grids, CSS masking, illustrations, struck-out values). The ShopiVerse script's is 11.5 KB: 10 KB in issue 12, 11 KB with the form
  // qualification of issue 11, and half a KB more since the label finder it shares with the reader learned the
  // labels of the second blind round (invisible marks, full-width colons, marks in their own elements, every cell of
  // a row): the form's labels are matched the same way. 12 KB since issue 16 (the in-page "Fill from Joom Connector"
  // button, the hit-tested presses on Kaydet and "Yetki Talep Et", the why-not-filled notes: 11.4 → 11.7 KB).
  // joom.js grew to 16 KB with issue 18: the label's box (icons, tooltip triggers, tags beside a label, judged in
  // core/places.ts), every value carrier, the reading's remembered verdicts and the one field vocabulary took it
  // from 15.1 KB to 15.9 KB (test build). 19 KB since the seen and reader branches were merged: each was measured
  // under 16 KB alone, together main (2c5252a) built 18,579 bytes (the one "seen" definition's opacity, clip, colour
  // and cover tests beside the reader's facts and core predicates), and round 4's fixes (same-origin frames, <output>
  // by aria-label, split shortened values, guessed labels) add 336 bytes: 18,915. shopiverse.js, which shares the
  // label finder and the "seen" definition, was 13,895 bytes on that main (the merge took it past 11.5 KB too) and
  // is 13,901 now (the <output> tag): 14 KB.
  // shopiverse.js is 16.9 KB with the rest of issue 16 merged (the form qualified at any address with every submit
  // path resolved, the seller's-hand presses and the in-page fill button, the submit guard, the why-not notes):
  // 17.5 KB. The second and third reviews' "seen" fixes (covers that no hit test sees, canvas-resolved colours,
  // gradients, ::first-line, text under 6 px) and round 4 of the reader took joom.js to 21,045 bytes and
  // shopiverse.js to 19,520. The split: the ShopiVerse script carried the whole Joom label table for the others'-content
  // words it shares (core/others-regions.ts now): 18,691. Then, merged in one day: the reader's facts and named
  // predicates (+549 bytes in joom.js), one reading's style cache (+375/+276), answers typed to their messages with
  // one zod-free spec per shape (each script carries the answer table: +462/+316), the presses judged before and
  // during the press (shopiverse.js +378) and the formdata net and titles over a form (+477): 22,430 and 20,176.
  // Budgets 22.5 and 20.5 KB. Then the fourth review's fixes (the glyphs' own paint judged first and the fade counted
  // into the contrast, in both; others' content judged per part of a form and the safe Durum tick, in shopiverse.js),
  // the new-application form's report (joom.js) and the presses kept across the background's sleep (shopiverse.js):
  // 23,052 and 20,965 bytes. Budgets 23 and 21 KB. Then the fifth review's fixes, from 22,809 and 20,831 bytes on
  // 3b363ed: "seen" judging a background only where it paints, covers at three points and tints summed (+1,047 and
  // +1,030, both scripts), titles only where seen and the refusal told beside the banner (shopiverse.js +377), the
  // seller's keys counted (+411), presses through the woken port, the store name picked with its heading: 24,326 and
  // 23,103. Then the sixth review's paint (inset shadows, blended images, border images, inside outlines, borders
  // under the text, gradients' colours between their stops): 24,674 and 23,514. Budgets 24.5 and 23.5 KB. Then the
  // seventh review's fixes (a form drawn over another, layers as covers, every refused press told beside its button,
  // the "not sure" report): 24,881 and 24,119 (gzip -9). Budgets 24.5 and 24 KB. Then the press receipts (a press's
  // message lost as its page left: the word left in the tab and handed in, +49 and +344) and one note for a missing
  // dimension (+66 in shopiverse.js): 25,125 and 24,684 by this test's gzip (25,076 and 24,274 on fb820fe). Budgets 25
  // and 24.5 KB. Then a text or box pushed out of any box that clips it (review 7, finding 2: clipArea along the
  // containing-block chain, in both: +111 and +216), the picker's prompt by the value's shape (joom.js) and the refused
  // press's note naming its button (shopiverse.js): 25,644 and 25,150. Budgets 25.5 and 25 KB. Then review 8's fixes
  // of that (a readable part of each line, the padding box, every stacking context as a layer, a pane's fold, an
  // ellipsis), the masked-secret note naming its button (joom.js) and the calm not-sure note (shopiverse.js): 26,207
  // and 25,760. Budgets 26 and 25.5 KB. Then review 9's fixes (every line of every text, layers at z auto, clip-path
  // shapes, more holders of fixed boxes), the page's names for ShopiVerse's buttons (shopiverse.js), the marks beside
  // a choice's values (joom.js), and the pick's bar and the menu paths in the panel's words: 26,852 and 26,513 (26,560
  // and 26,158 before the last two: the second 46 bytes over, found by a local CI run). Budgets 26.5 and 26 KB. Then review 10's fixes
  // of "seen", in both scripts (text laid sideways, turned or mirrored; a line's first and last glyph drawn whole; text
  // squashed by a transform; panes scrolled from their end; a pane that takes no wheel; sticky and fixed covers where a
  // pane is scrolled; flex and grid items as covers; covers in frames) and the page's own button names in the push
  // answers: 28,365 and 27,815. Budgets 28 and 27.5 KB. Then review 11's fixes, in both (what a clip-path or clip keeps
  // cut from the text, collapse, a text with no line boxes, a field's value at no size, colour filters, the caption
  // as a button's name; the pick's seen text in joom.js): 29,593 and 28,843. Budgets 29.5 and 28.5 KB. Then the
  // second look at those fixes and review 12's (clip shapes in the box's own px, decoration bands and strokes, the paint
  // inside pointerless layers and drop-shadow copies, a frame's canvas, pseudo-elements moved or inside, bidi order,
  // captions with drawn words), in both: 30,941 and 30,425. Budgets 30.5 and 30 KB. Then review 12's open highs and
  // reviews 13 and 14 (shadow trees opened in the hit test and every climb through slots, shapes judged on the line
  // they cut, covers with no background, inline boxes, floats and flex order in paint order, pieces drawn out of
  // order), in both: 32,985 and 32,326. Budgets 32.5 and 32 KB. Then the reader reads shadow roots as the page (open,
  // and closed ones through the extension's API; a slot as what it shows: +145 in joom.js, issue 18) and the pick
  // banners name the value by the glossary: 33,366 and 32,521. Budget 33 KB for joom.js. Then a slotted text judged
  // where it is drawn and where its slot's paint is seen (the shared seen code, in both): shopiverse.js 32,770 (2 bytes
  // over, found by a local CI run). Budget 32.5 KB for it. Then a component's own text judged through the boxes of
  // its own tree (the s30 attack review) and a label's box climbed in the flat tree: joom.js 33,832. And issue 17's
  // seller look (the marks beside two IDs say their section as the popup does, a URL in a note breaks only after a
  // slash, a note on its own line under a field, an estimated image size not called fitting): joom.js 33,638 → 34,036,
  // shopiverse.js 32,705 → 32,935 alone. Both merged: 34,240 and 33,098. Then the second look at the s30 fixes (a
  // component's chrome over its own text in every tree): 34,315 and 33,179. Budget 34 KB for joom.js. Then the s31
  // review's classes of "seen" in both (bidi overrides around a text, squeezed glyphs, selection and custom highlights,
  // the top layer and its backdrops, a hidden tab, a view transition), the flat tree through sibling components and
  // the s31 seller look (notes at 14 px, the pick bar at the foot, the redirect's red bar): 35,276 and 34,047. Budgets
  // 35 and 34 KB. Then the s32 seller look (the redirect URL compared word by word, each difference marked alone,
  // instead of one mark from the first difference to the last): joom.js 35,900 as this spec counts. Budget 36 KB for
  // joom.js. Then the s32 review's eight high and four medium classes of "seen", in both (colours through the filters
  // that draw them, ::details-content, ::target-text, position-visibility, a text's shadows and a box's reflection as
  // covers, covers in 3-D and text behind the eye, glyphs placed one by one, stacked strikes composed): 37,495 and
  // 35,789 bytes (gzip -9), each of the three fixes +400 to +830 alone. Budgets 37.5 and 35.5 KB.
  // The s33 review's backdrop-filters (colours under a backdrop-filter modelled, a ::backdrop's filter covering),
  // transforms composed and faces turned away, a glow's fall-off: +808 and +796 (38,303 and 36,585). shopiverse.js's
  // budget raised by that much: 36.25 KB.
  // Left: send split per context, so that each script carries only its own answers.
  // The s33 covers (pseudo-elements of any position or owner, shadows not cast by a box of its own text, emphasis
  // marks), with the backdrop fixes: joom.js 40,206 and shopiverse.js 38,507 bytes (gzip -9). Budgets 40 and 38.5 KB.
  // The s34 review's pseudo-element classes (s35: flex order and z-index, a backdrop-filter's paint, a hidden box's
  // visible pseudo-elements, a first line over children, drifts of margins, filters, depth, motion paths and zoom), in
  // both: +999 and +1,019 (41,323 and 39,631). Budgets raised by that much: 40.5 and 39 KB.
  // The s35 review's open highs (s36: a box's url() filter over its whole filter region, a drop-shadow() copying a
  // box's pseudo-elements, a negative-z pseudo-element over a lower layer), in both: +902 and +938 (42,225 and 40,569).
  // Budgets 41.5 and 40 KB.
  // The s36 review's highs (s37: quoted brackets in a filter, a hidden box's filter copying its visible children, a
  // z-index only where it applies, negative-z boxes, content images and SVG shapes as covers), in both: 42,830 and
  // 41,137 as this spec counts (found by a local CI run). Budgets 42 and 40.5 KB. Then its findings 2, 3 and 6 (a filter SMIL
  // animates bounded by every region it names, an opacity() before a url() not counted on covers, chained drop-shadows
  // on every box): +702 and +688 (43,532 and 41,825). Budgets 43 and 41 KB.
  // The s37 code-reading review's findings (s38: a display: contents box thins nothing, -webkit-gradient() content,
  // transforms and containment only where they apply, a pseudo-element's containing block, a z-index only where it
  // applies, SVG shapes and boxes taking no pointer kept as covers, strokes and markers' reach), in both: +1,416 and
  // +1,382 (44,948 and 43,207). Budgets 44.5 and 42.5 KB. Then the s38 review's H1, H4, H7, H8, M1 and M2 (a hidden
  // pointerless top, SVG paint hit on part of it, marker ids read as url()s, form controls atomic, markers two deep, the
  // walk to a layer remembered): +217 and +225 (45,165 and 43,432). Budget 43 KB for shopiverse.js. Then its H3 and M3
  // (paintAt's caps answering "covers", boxes clipped by their overflow ancestors, an overflowing marker's content
  // measured): +306 and +338 (45,471 and 43,770). Then its H6 and H9 (a marker's viewBox mapped with
  // preserveAspectRatio, an absolute pseudo-element placed with its block's scroll and scale): joom.js 46,158 and
  // shopiverse.js 44,458 together (+687 and +688).
  // Budgets 45.5 and 43.5 KB. Then the s39 review's M2, H4, L1, H5 and H6 (Enter in a field judged on the field and on
  // a Kaydet seen where a scroll brings it, a second sample; a button's text on screen inside its clippers and
  // without the scrollbars; the body's own scroll; a sheared block's whole frame): joom.js 46,203 (+45), shopiverse.js
  // 44,809 (+351). Then the s39 review's H1-H3 (no clip on a copy's source point, none past the top layer, a clip
  // margin or a box overflow does not apply to; a marker's moved or filtered content unbounded): joom.js 46,551 and
  // shopiverse.js 45,123 together. Budgets 45.5 and 44.5 KB. Then s41: pieces joined only when no dropped piece draws
  // among them, paintAt's walk skipping display:none subtrees, a fill refused when heard late: joom.js 46,862 (+311).
  // Budget 46 KB for joom.js. Then the two reviews of s41 (a left-out text of any script, between pieces too, clipped as
  // a cover; a gap between pieces): joom.js 47,198 (+336). Budget 46.5 KB for joom.js. Then s42: the gap between a
  // value's pieces looked into (a field, an image, a pseudo-element's character, a shadow cast there), a value in spans
  // after an inline label read whole: joom.js 48,086 (+888), shopiverse.js 45,136. Budget 47.5 KB for joom.js. Then
  // s43 (a label's value never another label's; a row with no value still a row; any space between groups; the
  // in-page notes' lines): joom.js 48,777 (+691), shopiverse.js 45,510 (+374). Budget 48 KB for joom.js. Then s44 (a
  // caption's value stands before it, a hint is no label's line; the by-hand note's button names and title): joom.js
  // 49,478 (+701: which way a flat run reads, by its values' shapes), shopiverse.js 45,678 (+168). Budgets 48.5 and 45 KB.
  // Then s45 (a character CSS generates without quotes is drawn; runs of inputs, copy buttons, a shadow root's top, table
  // rows and shortened values as captions, a value with another label before it; the by-hand note a line per field):
  // joom.js 49,928 (+450), shopiverse.js 45,782 (+104). Budget 49 KB for joom.js. Then s46 (a part of the page parted
  // by seen, worded boundaries; a column's value drawn on its label's row; an input's padding box in Firefox; markers,
  // shadow text, display:contents pseudos and pseudo images in a value's gap; labels dressed with icons or in two
  // languages, which the ShopiVerse script's label matching shares): joom.js 51,121 (+1,193), shopiverse.js 46,279
  // (+497). Budgets 50.5 and 45.5 KB. Then s47 (a run told by the text a value is read by, a dark mode's root filter
  // judged by colour and a frame drawn through its parent's filters, a character placed over a gap from outside the
  // value's box, a label's for believed only where it is its own, a hidden box stepped over): joom.js 52,011 (+890),
  // shopiverse.js 46,805 (+526). Budgets 51 and 46 KB. Then s49 (every word a page hides kept out of every decision:
  // a label matched and quoted, a group's words, the page title, the ShopiVerse banner drawn over its box and the
  // titles over a part read in their seen words, one seenText for all; a cover's pseudo-element through its owner's
  // opacity): joom.js 52,381 (+370), shopiverse.js 47,088 (+283), this test's gzip. Budgets 51.5 and 46.5 KB.
  const BUDGET_KB: Record<string, number> = { 'joom.js': 51.5, 'shopiverse.js': 46.5 };

  it('keeps each content script within its budget gzipped, without zod or image-size (they run on every panel page)', () => {
    // The content folder of this build: a checkout whose own path holds "content/" must not put every chunk under a content budget.
    for (const file of files.filter((path) => relative(dist, path).startsWith(join('content', '')))) {
      const source = readFileSync(file);
      expect(gzipSync(source, { level: 9 }).length, file).toBeLessThanOrEqual((BUDGET_KB[file.split('/').pop() ?? ''] ?? 10) * 1024);
      expect(source.toString('utf8'), file).not.toMatch(/_zod|\$ZodType|unsupported file type/);
    }
  });

  it('asks for the least permissions', () => {
    const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
    expect(manifest.permissions).toEqual(['storage', 'clipboardWrite']);
    expect(manifest.host_permissions).toEqual(['https://merchant.joom.com/*', 'https://app.shopiverse.tech/*']);
    // Image files are read over https only: no plain-http host, and no http: in what extension pages may load.
    expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
    expect(manifest.content_security_policy.extension_pages).toContain("script-src 'self'");
    expect(manifest.content_security_policy.extension_pages).not.toMatch(/\shttp:/);
    expect(manifest.externally_connectable).toBeUndefined();
  });
});
