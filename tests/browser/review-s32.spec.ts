import { describe, expect, it } from 'vitest';
import { BROWSER } from './drivers';
import { useAttackPage } from './drivers/attack-page';
import { useVisitProbe } from './drivers/visit-probe';
import { apiForm } from './hidden-form-cases';

// review-s32 (adversarial review of 225ce77): classes the s31 reviews did not try, with the BUILT extension at real
// URLs. Hidden cases assert the SAFE outcome (nothing stored); 'control' cases must store (the probe is sound).
// S32_ONLY=i,j runs some cases; S32_SHOT=1 saves screenshots to /tmp/s32. The page's script runs inline as parsed.
// Results on 225ce77 (built test extension, screenshots checked): stored in BOTH browsers 0-3, 6, 8, 9, 15-18, 20-22,
// 24-29, 31-34; in Chromium also 7 (-webkit-box-reflect: Chromium only). Held in both: 4, 5, 10-14, 19, 23, 30. All
// controls store. 20-22 (a digit drawn beside the ID), 27 (line-clamp's ellipsis over a character) and 29 (a narrow
// read-only field) are lows: the value is on screen, but not as the reader takes it. Forms: filled (holes) in both:
// ::details-content, saturate(0) (placeholders stay readable: a weak case), preserve-3d; Chromium also box-reflect;
// the text-shadow form case held in both. Since fixed, in both browsers (issue 16; SECURITY.md): every high and medium
// case and every form case. Open, and run as expected failures (`open`): the lows 20, 21, 27, 29 in both, 22 in Firefox.
const idFor = (index: number) => `64f1a2b3c4d5e6f70832${(0x3100 + index).toString(16)}`;
const NAMES = ['Anadolu Halı', 'Ege Tekstil', 'Marmara Kilim', 'Karadeniz Çay', 'Akdeniz Zeytin', 'Trakya Peynir', 'Bursa İpek', 'Konya Un', 'Rize Çay'];
const ONLY = process.env.S32_ONLY ? new Set(process.env.S32_ONLY.split(',').map(Number)) : undefined;
const secretFor = (id: string) => `${id}${id}`.slice(0, 32).replace(/^./, 'e');
const reversed = (text: string) => [...text].reverse().join('');
const pieces = (text: string, size: number, style: string) =>
  (text.match(new RegExp(`.{1,${size}}`, 'g')) ?? []).map((part) => `<span style="${style}">${part}</span>`).join('');
const half = (text: string) => [text.slice(0, text.length / 2), text.slice(text.length / 2)] as const;

/** A store page: the Kimlik No row's value as `value` markup; `head` extra markup, `script` run inline after the body. */
const storePage = (name: string, value: string, head = '', script = '') =>
  `<!doctype html><html lang="tr"><head><meta charset="utf-8"><title>Joom Merchant</title>${head}</head>
<body style="background:#fff;color:#111;font:16px sans-serif"><main><h1>${name}</h1><section><h2>Genel Bilgi</h2>
<dl><div><dt>Mağaza Adı</dt><dd>${name}</dd></div><div><dt>Kimlik No</dt><dd>${value}</dd></div></dl></section></main>
<script>${script}</script></body></html>`;

/** A component page built inline: the bare ID in a host whose closed root is `root`. */
const componentPage = (name: string, id: string, root: string) =>
  `<!doctype html><html lang="tr"><head><meta charset="utf-8"><title>Joom Merchant</title></head>
<body style="background:#fff;color:#111;font:16px sans-serif"><main><h1>${name}</h1><h2>Genel Bilgi</h2><jm-id id="host">${id}</jm-id></main><script>
document.getElementById('host').attachShadow({ mode: 'closed' }).innerHTML = ${JSON.stringify(root)};
</script></body></html>`;

/** An application page: title, Client ID shown, the Secret Key as `secret` markup. */
const appPage = (clientId: string, secret: string, head = '') =>
  `<!doctype html><html lang="tr"><head><meta charset="utf-8"><title>Joom Merchant</title>${head}</head>
<body style="background:#fff;color:#111;font:16px sans-serif"><main><h1>ShopiVerse</h1><section><h2>Genel Bilgi</h2>
<dl><div><dt>Unvan</dt><dd>ShopiVerse</dd></div><div><dt>Müşteri Kimlik Numarası</dt><dd><span>${clientId}</span></dd></div><div><dt>Gizli Anahtar</dt><dd>${secret}</dd></div></dl></section></main></body></html>`;

/** 40 full blocks whose glyphs are transparent and whose white text-shadows are drawn back over what stands before them. */
const shadowBlocks = (shift: number) =>
  `<span style="color:transparent;white-space:nowrap;text-shadow:-${shift}px 0 0 #fff,-${shift / 2}px 0 0 #fff,-${shift * 1.5}px 0 0 #fff">${'\u2588'.repeat(40)}</span>`;
const LRI = '&#x2066;';
const PDI = '&#x2069;';
const RLM = '&#x200F;';

type Extra = {
  /** A fragment put on the page's address (a text fragment: `:~:text=`). */
  hash?: (id: string) => string;
  /** Only in these browsers (a feature the other has not). */
  only?: (typeof BROWSER)[];
  /** Still a hole in these browsers (SECURITY.md, open): the case runs and is expected to fail. */
  open?: (typeof BROWSER)[];
};
type Case = [string, (id: string, name: string) => string, Extra?];
const CASES: Case[] = [
  // a filter "seen" calls harmless turns two colours of one luminance into one grey: green on red read 2.6:1.
  [
    'filter grayscale(1) on a red box with green text (same luma)',
    (id, name) => storePage(name, `<span style="display:inline-block;padding:2px 4px;background:#f00;color:#004c00;filter:grayscale(1)">${id}</span>`),
  ],
  [
    'filter saturate(0) on a red box with green text (same luma)',
    (id, name) => storePage(name, `<span style="display:inline-block;padding:2px 4px;background:#f00;color:#004c00;filter:saturate(0)">${id}</span>`),
  ],
  // an open <details>' content box (::details-content, the UA root's slot) faded or clipped: no box of the page's
  // flat tree carries it.
  [
    '::details-content opacity 0.05 on an open details',
    (id, name) =>
      storePage(
        name,
        `<details open><summary style="list-style:none"></summary><span>${id}</span></details>`,
        '<style>details::details-content{opacity:.05}</style>',
      ),
  ],
  [
    '::details-content clip-path inset(50%)',
    (id, name) =>
      storePage(
        name,
        `<details open><summary style="list-style:none"></summary><span>${id}</span></details>`,
        '<style>details::details-content{clip-path:inset(50%)}</style>',
      ),
  ],
  // backface-visibility: the value turned away (not drawn) inside a 2-D mirror: the matrices multiply to no mirror.
  [
    'backface hidden, rotateY(180deg) inside a scaleX(-1) box',
    (id, name) =>
      storePage(
        name,
        `<span style="display:inline-block;transform:scaleX(-1)"><span style="display:inline-block;transform:rotateY(180deg);backface-visibility:hidden">${id}</span></span>`,
      ),
  ],
  [
    'backface hidden, rotateY(180deg) alone',
    (id, name) => storePage(name, `<span style="display:inline-block;transform:rotateY(180deg);backface-visibility:hidden">${id}</span>`),
  ],
  // a later sibling's white text-shadow (of transparent full blocks) drawn back over the value: no hit test sees a shadow.
  ['white text-shadow of a later sibling over the value', (id, name) => storePage(name, `<span>${id}</span>${shadowBlocks(240)}`)],
  // a white box reflected (-webkit-box-reflect: below) over the value under it.
  [
    '-webkit-box-reflect of a white box over the value',
    (id, name) =>
      storePage(name, `<div style="height:30px;background:#fff;-webkit-box-reflect:below 0"></div><div style="height:30px;line-height:30px">${id}</div>`),
    { only: ['chromium'] },
  ],
  // six nested line-throughs of white at 0.45 alpha, each a band over the glyphs: each alone is below 0.5.
  [
    'six nested translucent white line-through bands',
    (id, name) =>
      storePage(
        name,
        `${'<span style="text-decoration:line-through rgba(255,255,255,.45);text-decoration-thickness:1.3em">'.repeat(6)}${id}${'</span>'.repeat(6)}`,
      ),
  ],
  // ::target-text white on white, the page opened at a text fragment naming the ID.
  [
    '::target-text white on white (text fragment)',
    (id, name) => storePage(name, `<span>${id}</span>`, '<style>::target-text{color:#fff;background:#fff}</style>'),
    { hash: (id) => `#:~:text=${id}` },
  ],
  // content:url() on the value's element replaces its text with an image of another ID.
  [
    'content:url(svg of another ID) on the value element',
    (id, name) =>
      storePage(
        name,
        `<span id="v">${id}</span>`,
        `<style>#v{content:url("data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg' width='260' height='20'><text x='0' y='15' font-size='16' font-family='sans-serif'>0123456789abcdef01234567</text></svg>")}</style>`,
      ),
  ],
  // zoom and a 3-D tilt shrink the glyphs.
  ['zoom 0.05 on the value', (id, name) => storePage(name, `<span style="zoom:0.05">${id}</span>`)],
  [
    'perspective(200px) rotateX(88deg)',
    (id, name) => storePage(name, `<span style="display:inline-block;transform:perspective(200px) rotateX(88deg)">${id}</span>`),
  ],
  // text-overflow: ellipsis shows "64f1a2b3c…".
  [
    'text-overflow ellipsis at 110px',
    (id, name) =>
      storePage(
        name,
        `<span style="display:inline-block;max-width:110px;overflow:hidden;white-space:nowrap;text-overflow:ellipsis;vertical-align:bottom">${id}</span>`,
      ),
  ],
  // the ID broken into columns of 4 characters; the 5th and 6th columns overflow the box and are clipped.
  [
    'multicolumn: the last characters in clipped overflow columns',
    (id, name) =>
      storePage(
        name,
        `<div style="width:176px;height:1.3em;line-height:1.3em;columns:4;column-gap:4px;column-fill:auto;overflow:hidden;word-break:break-all;font-family:monospace">${id}</div>`,
      ),
  ],
  // the halves drawn swapped in a right-to-left paragraph by marks and isolates (no override character).
  ['dir=rtl block, RLM between the halves', (id, name) => storePage(name, `<div dir="rtl" style="text-align:left">${half(id)[0]}${RLM}${half(id)[1]}</div>`)],
  [
    'unicode-bidi:plaintext block opened by an RLM, RLM between the halves',
    (id, name) => storePage(name, `<div style="unicode-bidi:plaintext;text-align:left">${RLM}${half(id)[0]}${RLM}${half(id)[1]}</div>`),
  ],
  ['span dir=rtl, each half in LRI…PDI', (id, name) => storePage(name, `<span dir="rtl">${LRI}${half(id)[0]}${PDI}${LRI}${half(id)[1]}${PDI}</span>`)],
  // glyphs squeezed in pieces too short to be judged by width (fewer than 4 glyphs each).
  ['letter-spacing -0.45em on 3-character pieces', (id, name) => storePage(name, pieces(id, 3, 'letter-spacing:-0.45em'))],
  ['font-size-adjust 0.12 on 3-character pieces', (id, name) => storePage(name, pieces(id, 3, 'font-size-adjust:0.12'))],
  // what is drawn is not the DOM string: a hex digit drawn before it (::before, a root's text, a hyphen).
  [
    '::before draws a hex digit before the ID',
    (id, name) => storePage(name, `<span id="v">${id}</span>`, '<style>#v::before{content:"9"}</style>'),
    { open: ['chromium', 'firefox'] },
  ],
  [
    'component: root text "9" before the slot',
    (id, name) => componentPage(name, id, '<span>Kimlik No</span> 9<slot></slot>'),
    { open: ['chromium', 'firefox'] },
  ],
  [
    'hyphenate-character "7" at a soft hyphen mid-ID',
    (id, name) =>
      storePage(name, `<div style="width:9em;hyphens:manual;-webkit-hyphenate-character:'7';hyphenate-character:'7'">${half(id)[0]}&shy;${half(id)[1]}</div>`),
    // Chromium draws no hyphenate-character at this break.
    { open: ['firefox'] },
  ],
  // the DOM's ID at font-size 0, another ID drawn by ::after.
  [
    'font-size 0 text, ::after draws another ID',
    (id, name) =>
      storePage(name, `<span id="v" style="font-size:0">${id}</span>`, '<style>#v::after{content:"0123456789abcdef01234567";font-size:16px}</style>'),
  ],
  // a white pointerless cover earlier in the DOM, brought in front of the value by 3-D depth (preserve-3d, translateZ).
  [
    'preserve-3d: an earlier white pointerless cover at translateZ(20px) over the value at translateZ(1px)',
    (id, name) =>
      storePage(
        name,
        `<div style="position:relative;transform-style:preserve-3d;height:24px"><div style="position:absolute;inset:-4px;background:#fff;pointer-events:none;transform:translateZ(20px)"></div><div style="position:relative;transform:translateZ(1px)">${id}</div></div>`,
      ),
  ],
  // the value moved behind the viewer (translateZ past the perspective): not drawn.
  [
    'translateZ(150px) under perspective 100px (behind the eye)',
    (id, name) => storePage(name, `<div style="perspective:100px"><span style="display:inline-block;transform:translateZ(150px)">${id}</span></div>`),
  ],
  // position-visibility: no-overflow hides an absolute box that overflows its containing block.
  [
    'position-visibility: no-overflow on an overflowing absolute value',
    (id, name) =>
      storePage(
        name,
        `<span style="position:relative;display:inline-block;width:40px;height:20px"><span style="position:absolute;left:0;top:0;white-space:nowrap;position-visibility:no-overflow">${id}</span></span>`,
      ),
  ],
  // -webkit-line-clamp: 1 with overflow visible: the lines after the first are not drawn (the ID wraps at 8em).
  [
    '-webkit-line-clamp 1, overflow visible, the ID wrapped',
    (id, name) =>
      storePage(
        name,
        `<div style="display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:1;overflow:visible;word-break:break-all;width:8em">${id}</div>`,
      ),
    { open: ['chromium', 'firefox'] },
  ],
  // grouped ID ("64f1 a2b3 …", read ungrouped) whose groups overlap by a negative word-spacing (the width check passes).
  [
    'grouped ID, word-spacing -1.4em overlaps the groups',
    (id, name) => storePage(name, `<span style="word-spacing:-1.4em">${(id.match(/.{4}/g) ?? []).join(' ')}</span>`),
  ],
  // a read-only field 40px wide shows the ID's first 4 characters.
  [
    'read-only input 40px wide (4 characters shown)',
    (id, name) => storePage(name, `<input readonly value="${id}" style="width:40px;font:16px sans-serif">`),
    { open: ['chromium', 'firefox'] },
  ],
  // an overflow box 0.94em narrower than the ID (monospace): the last character and a half are cut, within MAX_CUT_EMS.
  [
    'overflow cuts the last 1.5 characters (216px of 231px, monospace)',
    (id, name) =>
      storePage(
        name,
        `<span style="display:inline-block;width:216px;overflow:hidden;white-space:nowrap;vertical-align:bottom;font:16px monospace">${id}</span>`,
      ),
  ],
  // application pages: the Secret Key under the same tricks (stored anywhere, local or session).
  ['application page: Secret Key under a white text-shadow', (id) => appPage(id.slice(0, 16), `<span>${secretFor(id)}</span>${shadowBlocks(320)}`)],
  [
    'application page: Secret Key halves swapped by an RLM in a dir=rtl block',
    (id) => appPage(id.slice(0, 16), `<div dir="rtl" style="text-align:left">${half(secretFor(id))[0]}${RLM}${half(secretFor(id))[1]}</div>`),
  ],
  ['application page: Secret Key squeezed in 3-character pieces', (id) => appPage(id.slice(0, 16), pieces(secretFor(id), 3, 'letter-spacing:-0.45em'))],
  [
    'application page: Secret Key greyed by filter grayscale',
    (id) =>
      appPage(id.slice(0, 16), `<span style="display:inline-block;padding:2px 4px;background:#f00;color:#004c00;filter:grayscale(1)">${secretFor(id)}</span>`),
  ],
  // controls (must store)
  ['control: plain value', (id, name) => storePage(name, `<span>${id}</span>`)],
  ['control: grayscale(1) on black text', (id, name) => storePage(name, `<span style="display:inline-block;filter:grayscale(1)">${id}</span>`)],
  ['control: dir=rtl block, no mark', (id, name) => storePage(name, `<div dir="rtl" style="text-align:left">${id}</div>`)],
  ['control: 3-character pieces, no spacing', (id, name) => storePage(name, pieces(id, 3, ''))],
  [
    'control: the page opened at a text fragment, default ::target-text',
    (id, name) => storePage(name, `<span>${id}</span>`),
    { hash: (id) => `#:~:text=${id}` },
  ],
  ['control: application page, Secret Key shown', (id) => appPage(id.slice(0, 16), `<span>${secretFor(id)}</span>`)],
];

describe(`review-s32: a value the seller cannot read is never stored (${BROWSER})`, () => {
  const storedAfterVisit = useVisitProbe();
  for (const [index, [name, build, extra]] of CASES.entries())
    ((ONLY && !ONLY.has(index)) || (extra?.only && !extra.only.includes(BROWSER)) ? it.skip : extra?.open?.includes(BROWSER) ? it.fails : it)(
      `${index}: ${name}`,
      async () => {
        const id = idFor(index);
        const app = name.includes('application page');
        const url = `https://merchant.joom.com/panel/${app ? 'api' : 'stores'}/review-s32-${index}`;
        const stored = await storedAfterVisit(url, build(id, NAMES[index % NAMES.length] as string), {
          fragment: extra?.hash?.(id),
          shot: process.env.S32_SHOT ? `/tmp/s32/${BROWSER}-${index}.png` : undefined,
        });
        const planted = app ? secretFor(id) : id;
        const [a, b] = half(planted);
        const hit = [planted, reversed(planted), `${b}${a}`].find((form) => stored.all.includes(form));
        if (hit) console.log(`${BROWSER} [${index}: ${name}] stored ${hit === planted ? 'the DOM string' : hit}`);
        if (name.startsWith('control')) expect(hit).toBe(planted);
        else expect(hit).toBeUndefined();
      },
      30_000,
    );
});

// The ShopiVerse side: the Api Tanım form (as the push fills it) under covers the hit test cannot see. Hidden cases
// must leave the Secret Key out; the control fills.
const FORMS: [string, string, boolean, (typeof BROWSER)[]?][] = [
  ['control: the plain form', apiForm(), true],
  [
    'white text-shadows of transparent blocks after the form, drawn up over it',
    apiForm({
      after: `<div style="white-space:nowrap;font-size:300px;line-height:1;color:transparent;text-shadow:0 -300px 0 #fff,0 -600px 0 #fff">${'\u2588'.repeat(6)}</div>`,
    }),
    false,
  ],
  [
    'a white box after the form reflected (-webkit-box-reflect: above) over it',
    apiForm({ after: '<div style="height:700px;background:#fff;-webkit-box-reflect:above 0"></div>' }),
    false,
    ['chromium'],
  ],
  [
    'the form inside an open details whose ::details-content has opacity 0.05',
    `<style>details::details-content{opacity:.05}</style><details open><summary style="list-style:none"></summary>${apiForm()}</details>`,
    false,
  ],
  [
    'the form inside a filter: saturate(0) box whose fields and captions are one grey',
    `<div style="filter:saturate(0)">${apiForm({ around: 'background:#f00;color:#004c00', parts: 'background:#f00;color:#004c00;-webkit-text-fill-color:#004c00;border:1px solid #004c00' })}</div>`,
    false,
  ],
  [
    'preserve-3d: a white pointerless cover before the form, in front by translateZ(20px)',
    `<div style="position:relative;transform-style:preserve-3d"><div style="position:absolute;inset:0;background:#fff;pointer-events:none;transform:translateZ(20px)"></div><div style="transform:translateZ(1px)">${apiForm()}</div></div>`,
    false,
  ],
];

describe(`review-s32: the Api Tanım form under covers no hit test sees (${BROWSER})`, () => {
  const { call } = useAttackPage('https://app.shopiverse.tech/tr/stores/00159');
  for (const [name, html, fills, only] of FORMS)
    (only && !only.includes(BROWSER) ? it.skip : it)(`${fills ? 'control: fills' : 'fills nothing'}: ${name}`, async () => {
      const outcome = await call('fill', html);
      expect(outcome.secretIn, `${name}: ${outcome.status}`).toBe(fills);
    });
});
