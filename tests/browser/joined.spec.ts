import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchBundle } from '../../bench/bundle';
import { shapedValue } from '../../src/core/shape-rules';
import { BROWSER } from './drivers';
import { decideCredentials, type OfflinePage, openOfflinePage } from './drivers/offline';

// A value split over pieces is read joined only as the seller reads it (dom/visibility.ts readsAsJoined): by the
// reader and by the pick alike. Pages of the review of s41 (A2, A4) and the second (R6, A3): a decoy drawn between
// the pieces that the reader leaves out for any reason is no value, nor one that is no text of it (a field, a
// pseudo-element) in a gap; a screen reader's label clipped away beside the value, or a tooltip hidden on it, takes
// nothing from the seller's value. The generated members of the class are in seen.spec (interleavedPieces,
// piecesAmong, shortDecoys).

const FIRST = '5ac428108b2c';
const SECOND = '3703c514adae';
const VALUE = FIRST + SECOND;
const page = (value: string) =>
  `<main><h1>Anatolian Rugs</h1><section><h2>General information</h2><dl><div><dt>Store name</dt><dd><span>Anatolian Rugs</span></dd></div><div><dt>Store ID</dt><dd id="v">${value}</dd></div></dl></section></main>`;
const between = (decoy: string) => page(`<span>${FIRST}</span>${decoy}<span>${SECOND}</span>`);
const groupsWith = (separator: string) => (VALUE.match(/.{1,4}/g) as string[]).map((group) => `<span>${group}</span>`).join(separator);
const groups = (value: string) => (value.match(/.{1,4}/g) as string[]).map((group) => `<span>${group}</span>`).join('');
const BARE_FIELD = 'border:0;padding:0;margin:0;font:inherit;color:inherit;background:transparent';
const SR_ONLY = 'position:absolute;width:1px;height:1px;overflow:hidden;white-space:nowrap';

/** [what, the page, whether the seller sees the Store ID whole]. */
/** What lets CSS generate a "k" or a "7" without quoting it: a counter at 7, quotes of "k". */
const GENERATOR = '.d{counter-reset:n 7;quotes:"k" "k"}';
const SVG_K = `url("data:image/svg+xml,${encodeURIComponent("<svg xmlns='http://www.w3.org/2000/svg' width='9' height='14'><text y='12' font-size='14'>k</text></svg>")}")`;
/** Ways CSS generates a character in a pseudo-element other than a quoted string. */
const GENERATED: [string, string][] = [
  ['attr()', 'attr(data-d)'],
  ['counter()', 'counter(n)'],
  ['open-quote', 'open-quote'],
  ['an empty string then attr()', '"" attr(data-d)'],
  ['an image of it', SVG_K],
];
/** A "k" as CSS draws it in a ::before, an ::after or a marker: a class `k` on the box that draws it. */
const K_STYLES = `<style>${GENERATOR}.k-bg::after,.k-mask::before{content:"";display:inline-block;width:9px;height:14px}.k-bg::after{background:${SVG_K}}.k-mask::before{background:#000;-webkit-mask:${SVG_K} no-repeat;mask:${SVG_K} no-repeat}.k-marker{display:list-item;list-style:inside "k"}.k-inline-marker{display:inline list-item;list-style:inside "k"}.k-marker-image{display:list-item;list-style:inside;list-style-image:${SVG_K}}.k-contents{display:contents}.k-contents::before{content:"k"}.k-counter{display:contents}.k-counter::before{content:counter(n)}</style>`;
/**
 * A character drawn between the pieces by what is no ::before or ::after of a box in the gap (review-s45, A1–A10, the
 * A7 class): a marker of the next piece, a shadow root's own text before its slot, the pseudo-element of a box with no
 * box of its own (display: contents), an empty pseudo-element painting an image of the character. Each was read as
 * the value on dc27d34, in both browsers.
 */
const DRAWN_OTHERWISE: [string, string, boolean][] = [
  [
    "the next piece's marker, in a flex row",
    page(`${K_STYLES}<span style="display:flex"><span>${FIRST}</span><span class="k-marker">${SECOND}</span></span>`),
    false,
  ],
  ["the next piece's marker, an inline list item", page(`${K_STYLES}<span>${FIRST}</span><span class="k-inline-marker">${SECOND}</span>`), false],
  [
    "the next piece's marker image, in a flex row",
    page(`${K_STYLES}<span style="display:flex"><span>${FIRST}</span><span class="k-marker-image">${SECOND}</span></span>`),
    false,
  ],
  [
    "the next piece's shadow root drawing its own text before its slot",
    page(`<span>${FIRST}</span><span><template shadowrootmode="open">k<slot></slot></template>${SECOND}</span>`),
    false,
  ],
  [
    "a display: contents box's ::before in the gap",
    page(`${K_STYLES}<span class="d"><span>${FIRST}</span><span class="k-contents"></span><span>${SECOND}</span></span>`),
    false,
  ],
  [
    "a display: contents box's ::before counter in the gap",
    page(`${K_STYLES}<span class="d"><span>${FIRST}</span><span class="k-counter"></span><span>${SECOND}</span></span>`),
    false,
  ],
  ["the first piece's empty ::after painting an image of it", page(`${K_STYLES}<span class="k-bg">${FIRST}</span><span>${SECOND}</span>`), false],
  ["the next piece's empty ::before masking a block into it", page(`${K_STYLES}<span>${FIRST}</span><span class="k-mask">${SECOND}</span>`), false],
  [
    "an empty box's empty ::after painting an image of it in the gap",
    page(`${K_STYLES}<span>${FIRST}</span><span class="k-bg"></span><span>${SECOND}</span>`),
    false,
  ],
  // What stays the value: a marker before it, a copy icon after it, a piece's shadow root that only slots it.
  ["the value's own marker before it", page(`${K_STYLES}<span class="k-marker"><span>${FIRST}</span><span>${SECOND}</span></span>`), true],
  ["a copy icon painted by the value's empty ::after", page(`${K_STYLES}<span class="k-bg"><span>${FIRST}</span><span>${SECOND}</span></span>`), true],
  [
    "the next piece's shadow root only slotting it",
    page(`<span>${FIRST}</span><span><template shadowrootmode="open"><slot></slot></template>${SECOND}</span>`),
    true,
  ],
];
/**
 * A character placed over the gap from outside the value's box, where no hit test at the gap finds it (review-s45, A11,
 * A12): an absolute ::after of the row around the value, a sibling taking no pointer. A monospace row, the second
 * piece a character's width after the first, the "k" placed at the twelfth character: the seller reads
 * "5ac428108b2ck3703c514adae". Read as the value on 17805b1 in both browsers. What stays the value: the row's placed
 * chevron at its end, its placed underline, a tooltip taking no pointer above the row.
 */
const placedRow = (extra: string, style = '') =>
  `<main><h1>Anatolian Rugs</h1><section><h2>General information</h2><style>.row{position:relative;font:16px/20px monospace}${style}</style><dl><div class="row"><dt>Store ID</dt><dd id="v" style="margin:0"><span>${FIRST}</span><span style="margin-left:1ch">${SECOND}</span></dd>${extra}</div></dl></section></main>`;
const PLACED_OVER: [string, string, boolean][] = [
  ["the row's absolute ::after", placedRow('', '.row::after{content:"k";position:absolute;left:12ch;bottom:0}'), false],
  ["the row's absolute ::before", placedRow('', '.row::before{content:"k";position:absolute;left:12ch;bottom:0}'), false],
  [
    "the list's absolute ::after",
    placedRow('', 'dl{position:relative;font:16px/20px monospace}.row{position:static}dl::after{content:"k";position:absolute;left:12ch;bottom:0}'),
    false,
  ],
  ['a sibling taking no pointer', placedRow('<i style="position:absolute;left:12ch;bottom:0;pointer-events:none;font-style:normal">k</i>'), false],
  [
    'a wrapper taking no pointer around a character',
    placedRow('<span style="position:absolute;left:12ch;bottom:0;pointer-events:none"><b>k</b></span>'),
    false,
  ],
  ["the row's chevron at its end", placedRow('', '.row::after{content:"›";position:absolute;right:0;bottom:0}'), true],
  ["the row's underline", placedRow('', '.row::after{content:"";position:absolute;left:0;right:0;bottom:-2px;height:1px;background:#ccc}'), true],
  [
    'a tooltip taking no pointer above the row',
    placedRow('<span role="tooltip" style="position:absolute;left:0;top:-40px;pointer-events:none">Kopyalandı</span>'),
    true,
  ],
];
const PAGES: [string, string, boolean][] = [
  ['two pieces side by side', between(''), true],
  // The pages of s42 (O6): the spaces frameworks write between a grouped value's spans, as the browser draws them.
  ['groups with no-break spaces between them', page(groupsWith('&nbsp;')), true],
  ['groups with a template’s line breaks between them', page(groupsWith('\n      ')), true],
  ['inline-block groups with line breaks between them', page(groupsWith('\n  ').replaceAll('<span>', '<span style="display:inline-block">')), true],
  ['groups with thin spaces between them', page(groupsWith('\u2009')), true],
  [
    'a decoy in the gap under a 2 px white bar',
    between('<span style="position:relative">QWXYZ<i style="position:absolute;left:50%;top:0;width:2px;height:100%;background:#fff"></i></span>'),
    false,
  ],
  [
    'a decoy in the gap under a 1 px white dot',
    between('<span style="position:relative">QWXYZ<i style="position:absolute;left:50%;top:50%;width:1px;height:1px;background:#fff"></i></span>'),
    false,
  ],
  ['an aria-hidden decoy in the gap', between('<span aria-hidden="true">QWXYZ</span>'), false],
  ['a tooltip decoy in the gap', between('<span role="tooltip">QWXYZ</span>'), false],
  ['an inert decoy in the gap', between('<span inert>QWXYZ</span>'), false],
  ['a decoy squashed to 45 % in the gap', between('<span style="display:inline-block;transform:scaleX(.45)">QWXYZ</span>'), false],
  ['a decoy squeezed by letter-spacing in the gap', between('<span style="letter-spacing:-0.45em">QWXYZW</span>'), false],
  ['a decoy in a 5 px font in the gap', between('<span style="font-size:5px">QWXYZ</span>'), false],
  ['a screen reader label clipped away before the value', page(`<span style="${SR_ONLY};clip:rect(0 0 0 0)">Store ID</span>${VALUE}`), true],
  [
    'a screen reader label clipped by clip-path before the value',
    page(`<span style="${SR_ONLY};clip-path:inset(50%)">Store ID</span><span>${VALUE}</span>`),
    true,
  ],
  ['a screen reader label before the value in groups', page(`<span style="${SR_ONLY};clip:rect(0 0 0 0)">Store ID</span>${groups(VALUE)}`), true],
  ['separators hidden from screen readers between the groups', page(groupsWith('<span aria-hidden="true"> · </span>')), true],
  ['a decoy in a display: contents box in the gap', between('<span style="display:contents">QWXYZ</span>'), false],
  ['a decoy under a clip-path path keeping all of it', between(`<span aria-hidden="true" style="clip-path:path('M0 0H999V99H0Z')">QWXYZ</span>`), false],
  ['a screen reader "Copy" after the value in groups', page(`${groups(VALUE)}<span style="${SR_ONLY};clip:rect(0 0 0 0)">Copy</span>`), true],
  [
    'a tooltip scaled to nothing over the value',
    page(`<span style="position:relative">${VALUE}<span role="tooltip" style="position:absolute;left:0;top:0;transform:scale(0)">Copied</span></span>`),
    true,
  ],
  [
    'a tooltip clipped to nothing over the value',
    page(`<span style="position:relative">${VALUE}<span style="position:absolute;left:0;top:0;clip-path:inset(50%)">Copied</span></span>`),
    true,
  ],
  // A decoy of one character, no text node of the value or off its line, in a gap of 0.7 em (the second review of s41,
  // R6 and A3): the gap a value's pieces may keep is 0.35 em, what a space or a separator of its own does not fill.
  ["a piece's ::after drawing one character", page(`<style>.d::after{content:"k"}</style><span class="d">${FIRST}</span><span>${SECOND}</span>`), false],
  // The same character generated otherwise than by a quoted string (review4-s42 A7: read as no character), drawn by
  // either piece's own box.
  ...GENERATED.flatMap(([how, content]): [string, string, boolean][] => [
    [
      `a piece's ::after drawing a character by ${how}`,
      page(`<style>${GENERATOR}.d::after{content:${content}}</style><span class="d" data-d="k">${FIRST}</span><span>${SECOND}</span>`),
      false,
    ],
    [
      `the next piece's ::before drawing a character by ${how}`,
      page(`<style>${GENERATOR}.d::before{content:${content}}</style><span>${FIRST}</span><span class="d" data-d="k">${SECOND}</span>`),
      false,
    ],
  ]),
  ['a character raised 0.9 em in the gap', between('<span aria-hidden="true" style="position:relative;top:-0.9em">k</span>'), false],
  ['a one-character borderless field in the gap', between(`<input readonly value="k" style="${BARE_FIELD};width:0.7em">`), false],
  [
    'a character cast into the gap by the shadow of a transparent text above',
    between(
      '<span style="display:inline-block;width:0.7em;height:1em;position:relative"><span aria-hidden="true" style="position:absolute;left:0;top:-3em;color:transparent;text-shadow:0 3em 0 #000">k</span></span>',
    ),
    false,
  ],
  ['pieces 0.3 em apart', between('<span style="margin-left:0.3em"></span>'), true],
  ['groups split by spaces', page(groupsWith(' ')), true],
  ['separators with margins hidden from screen readers', page(groupsWith('<span aria-hidden="true" style="margin:0 .2ch">-</span>')), true],
  ['two pieces a space apart, no value as the seller reads it', page(`<span>${FIRST}</span> <span>${SECOND}</span>`), false],
  // The pages of s42 (N1): groups drawn apart by a flex gap, margins or padding, nothing in the gaps, are the value.
  ['groups in a flex row with an 8 px gap', page(`<span style="display:inline-flex;gap:8px">${groups(VALUE)}</span>`), true],
  ['groups as inline blocks half an em apart', page(groupsWith('').replaceAll('<span>', '<span style="display:inline-block;margin-right:.5em">')), true],
  ['groups padded 3 px each side', page(groupsWith('').replaceAll('<span>', '<span style="padding:0 3px">')), true],
  // The third review of s42: a gap looked into whatever fills it (H1), a letter-spacing's room (H2), a widened space
  // (M1), a symbol reading as a digit (M2), a picture of a digit in a narrow gap (L1).
  [
    'a field over spaces left out in the gap',
    between(
      `<span aria-hidden="true" style="position:relative">&nbsp;&nbsp;&nbsp;&nbsp;<input readonly value="k" style="${BARE_FIELD};position:absolute;left:0;top:0;width:1em"></span>`,
    ),
    false,
  ],
  [
    'a ::after over transparent separators in the gap',
    page(
      `<style>.f{position:relative;color:transparent}.f::after{content:"k";color:#000;position:absolute;left:.1em;top:0}</style><span>${FIRST}</span><span class="f" aria-hidden="true">···</span><span>${SECOND}</span>`,
    ),
    false,
  ],
  [
    'a field in the room a letter-spacing leaves',
    page(
      `<span>${FIRST.slice(0, -1)}</span><span style="position:relative;letter-spacing:.8em">${FIRST.slice(-1)}<input readonly value="k" style="${BARE_FIELD};position:absolute;left:.6em;top:0;width:.6em"></span><span>${SECOND}</span>`,
    ),
    false,
  ],
  [
    'a character drawn twice by its shadow',
    page(`<span>${FIRST.slice(0, -1)}</span><span style="letter-spacing:.55em;text-shadow:.58em 0 #000">${FIRST.slice(-1)}</span><span>${SECOND}</span>`),
    false,
  ],
  [
    'a field in a widened space between groups',
    page(
      `${groupsWith(' ').replace('</span> <span>8b2c</span>', `</span> <span>8b2c</span><span style="position:relative;word-spacing:.45em"> <input readonly value="k" style="${BARE_FIELD};position:absolute;left:.05em;top:0;width:.7em"></span>`)}`,
    ),
    false,
  ],
  ...DRAWN_OTHERWISE,
  ...PLACED_OVER,
  ['a symbol reading as a zero left out in the gap', between('<span aria-hidden="true">∅</span>'), false],
  [
    'a picture of a digit in a narrow gap',
    between(
      `<span style="display:inline-block;width:.34em;height:1em;background:url(&quot;data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' width='6' height='16'><text y='13' font-size='14'>1</text></svg>&quot;)"></span>`,
    ),
    false,
  ],
];

describe(`a value joined from pieces, as the seller reads it (${BROWSER})`, () => {
  let offline: OfflinePage | undefined;
  beforeAll(async () => {
    offline = await openOfflinePage(BROWSER, 'https://merchant.joom.com/panel/seen', await benchBundle(), { width: 1280, height: 800 });
  });
  afterAll(async () => {
    await offline?.close();
  });

  it('is read, by the reader and the pick, only where the seller sees it whole', async () => {
    const wrong: string[] = [];
    for (const [what, html, seen] of PAGES) {
      const read = await (offline as OfflinePage).evaluate((markup: string) => {
        scrollTo(0, 0);
        const bench = (
          window as unknown as { benchmark: { decidePage(html: string): { storeId: { value?: string } }; pickText(selector: string): string | null } }
        ).benchmark;
        return { reader: bench.decidePage(markup).storeId.value ?? null, pick: bench.pickText('#v') };
      }, html);
      const expected = seen ? VALUE : 'anything but the value';
      if ((read.reader === VALUE) !== seen) wrong.push(`${what}: the reader read ${read.reader}, expected ${expected}`);
      // What the pick keeps of the text it took, as the pick does (a grouped ID ungrouped, a lone space kept).
      const picked = read.pick === null ? undefined : shapedValue('storeId', read.pick);
      if ((picked === VALUE) !== seen) wrong.push(`${what}: the pick took ${JSON.stringify(read.pick)}, expected ${expected}`);
    }
    expect(wrong.join('\n')).toBe('');
  }, 120_000);

  // The pages of s42, O2: a Client ID in two spans after an inline label was read as its first twelve characters (a
  // Client ID's shape), and the connection would fail with it.
  it('reads a value split over spans after an inline label whole, and leaves a badge after it out', async () => {
    const CLIENT = '7d1f04b2e9a36c58';
    const SECRET = '3e9a0c7f51b24d86a1f09e3c7b5d2a48';
    const app = (client: string, secret: string) =>
      `<main><h1>ShopiVerse</h1><section><p>Unvan: ShopiVerse</p><p>Müşteri Kimlik Numarası: ${client}</p><p>Gizli Anahtar: ${secret}</p></section></main>`;
    const pages: [string, string][] = [
      [
        'in two spans',
        app(
          `<span><span>${CLIENT.slice(0, 12)}</span><span>${CLIENT.slice(12)}</span></span>`,
          `<span><span>${SECRET.slice(0, 12)}</span><span>${SECRET.slice(12)}</span></span>`,
        ),
      ],
      [
        'with a badge after it',
        app(`<span>${CLIENT}</span><span style="margin-left:8px">Aktif</span>`, `<span>${SECRET}</span><span style="margin-left:8px">Gizli</span>`),
      ],
    ];
    const wrong: string[] = [];
    for (const [what, html] of pages) {
      const read = await decideCredentials(offline as OfflinePage, html);
      if (read.clientId !== CLIENT) wrong.push(`${what}: the Client ID read ${read.clientId}`);
      if (read.secret !== SECRET) wrong.push(`${what}: the Secret Key read ${read.secret}`);
    }
    expect(wrong.join('\n')).toBe('');
  }, 60_000);
});
