// Review 7's markup of Store IDs the seller cannot see (tests/browser/review7-seen.spec.ts).

export const PLANTED = 'abcdefabcdef012345678901';

/** Each: a name, and the markup of the planted value (the seller sees no Store ID there). */
export const UNSEEN_CASES: [string, string][] = [
  // A value pushed out of an overflow:hidden box: the clipping ancestor has a size, so onPage passes; the text's own
  // box is not clipping, so textSeen's overflow test is not asked; visibleTextArea gives up where the cut is empty;
  // the hit test at the text's points answers a box holding it (the dd), nothing above.
  [
    'overflowPushedMargin',
    `<span style="display:inline-block;width:120px;overflow:hidden;white-space:nowrap;vertical-align:top"><span style="display:inline-block;margin-left:400px">${PLANTED}</span></span>`,
  ],
  [
    'overflowPushedRelative',
    `<span style="display:inline-block;width:120px;height:1.4em;overflow:hidden;vertical-align:top"><span style="position:relative;left:400px;white-space:nowrap">${PLANTED}</span></span>`,
  ],
  ['overflowSecondLine', `<div style="height:1.4em;overflow:hidden"><div style="height:1.4em">&nbsp;</div><div>${PLANTED}</div></div>`],
  // A sibling painted under the text (z-index:-1 in the box's own stacking context): white on it, while the climb
  // through ancestors finds the box's black background (review 6 named it; still open).
  [
    'siblingUnderZMinus1',
    `<span style="display:inline-block;position:relative;z-index:0;background:#000;padding:2px"><i style="position:absolute;inset:0;background:#fff;z-index:-1"></i><span style="color:#fff">${PLANTED}</span></span>`,
  ],
  // The same without a negative z-index: a positioned text after a positioned white sibling paints over it.
  [
    'siblingUnderPositioned',
    `<span style="display:inline-block;position:relative;background:#000;padding:2px"><i style="position:absolute;inset:0;background:#fff"></i><span style="position:relative;color:#fff">${PLANTED}</span></span>`,
  ],
  // Covers tested at three points on one line only: two opaque blocks leave a 2px strip through the middle of the
  // glyphs, where the three points lie (review 6 named it; still open).
  [
    'stripCover',
    `<span style="position:relative;display:inline-block">${PLANTED}<i style="position:absolute;left:-2px;right:-2px;top:-4px;bottom:calc(50% + 1px);background:#fff"></i><i style="position:absolute;left:-2px;right:-2px;bottom:-4px;top:calc(50% + 1px);background:#fff"></i></span>`,
  ],
  // Blocks between the three points (at 30 %, 50 %, 70 % of the width): slivers of 1 % of the text are left.
  [
    'pickets',
    `<span style="position:relative;display:inline-block">${PLANTED}` +
      [
        [-2, 29.5],
        [30.5, 49.5],
        [50.5, 69.5],
        [70.5, 102],
      ]
        .map(([from, to]) => `<i style="position:absolute;top:-2px;bottom:-2px;left:${from}%;width:${(to as number) - (from as number)}%;background:#fff"></i>`)
        .join('') +
      `</span>`,
  ],
  // An opaque cover the hit test cannot see (pointer-events:none) that is not positioned: an inline-block after the
  // text paints over it, but unhitCovers scans only positioned boxes.
  [
    'staticPointerlessCover',
    `<span style="white-space:nowrap"><span>${PLANTED}</span><span style="display:inline-block;pointer-events:none;width:320px;height:1.6em;margin-left:-310px;vertical-align:middle;background:#fff"></span></span>`,
  ],
  // The same with a block after the value, drawn over it as a layer by a transform (a stacking context, not positioned).
  [
    'transformBlockCover',
    `<div>${PLANTED}</div><div style="pointer-events:none;transform:translateY(0);background:#fff;height:1.3em;margin-top:-1.3em"></div>`,
  ],
  // Cover paint that is not a background: coverAlpha (src/dom/visibility.ts) counts a layer's background colour or
  // image only, so a layer drawn by its border, its outline or its own glyphs hides nothing to it.
  [
    'borderCover',
    `<span style="position:relative;display:inline-block">${PLANTED}<i style="position:absolute;left:-4px;top:-4px;width:0;height:0;border-style:solid;border-color:#fff;border-width:14px 160px"></i></span>`,
  ],
  [
    'outlineCover',
    `<span style="position:relative;display:inline-block">${PLANTED}<i style="position:absolute;left:0;right:0;top:50%;height:0;outline:14px solid #fff"></i></span>`,
  ],
  [
    'glyphCover',
    `<span style="position:relative;display:inline-block">${PLANTED}<i style="position:absolute;left:-6px;top:-10px;font-size:40px;line-height:1;color:#fff;letter-spacing:-2px;white-space:nowrap;font-style:normal">\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588</i></span>`,
  ],
  // unhitCovers scans the first 5000 elements only: markup that puts 5000 empty elements before its pointer-events:none
  // cover (attack2's own case, closed) hides it from the scan.
  [
    'pointerlessCoverPast5000',
    `<span style="position:relative;display:inline-block">${PLANTED}<span style="display:none">${'<i></i>'.repeat(5000)}</span><i style="position:absolute;inset:-2px;background:#fff;pointer-events:none"></i></span>`,
  ],
  // onPage climbs 8 ancestors for a clipping box of no size: a value nested deeper in a 0-height overflow:hidden box.
  ['deepZeroClip', `<div style="height:0;overflow:hidden">${'<div>'.repeat(9)}${PLANTED}${'</div>'.repeat(9)}</div>`],
];

/** An Api Tanım form (named fields, POST back to ShopiVerse), `around` styling its box, `parts` each part, `after` beside it. */
export const apiForm = (opts: { around?: string; after?: string; parts?: string } = {}) =>
  `<main><div${opts.around ? ` style="${opts.around}"` : ''}>` +
  `<div class="banner"${opts.parts ? ` style="${opts.parts}"` : ''}>Joom(Joom) Mağazasına ait düzenleme yapmaktasınız. ('00159' kodlu mağaza)</div>` +
  `<form id="api" method="post">` +
  `<div><input type="checkbox" name="status"><span>Durum</span></div>` +
  `<div><div>Secret Key</div><input name="secret" placeholder="Secret Key"${opts.parts ? ` style="${opts.parts}"` : ''}></div>` +
  `<div><div>Client Id</div><input name="clientId" placeholder="Client Id"${opts.parts ? ` style="${opts.parts}"` : ''}></div>` +
  `<div><div>Store Id</div><input name="storeId" placeholder="Store Id"${opts.parts ? ` style="${opts.parts}"` : ''}></div>` +
  `<button type="submit"${opts.parts ? ` style="${opts.parts}"` : ''}>Kaydet</button></form></div>${opts.after ?? ''}</main>`;

/** Each: the whole form hidden from the seller, every part still seen by dom/visibility.ts and hit by partsInSight. */
export const HIDDEN_FORMS: { name: string; html: string }[] = [
  {
    // Not positioned, so unhitCovers (position !== static only) never scans it; pointer-events:none, so no hit test
    // sees it; a transform makes it a layer painted over the form before it. It could show anything (a "click to
    // continue" text) where Kaydet lies, and the seller's click goes through it to Kaydet.
    name: 'a white static layer (transform, pointer-events:none) pulled up over the form by a negative margin',
    html: apiForm({ after: '<div style="pointer-events:none;transform:translateZ(0);background:#fff;height:3000px;margin-top:-1000px"></div>' }),
  },
  {
    name: 'the same layer made by opacity:0.999 instead of a transform',
    html: apiForm({ after: '<div style="pointer-events:none;opacity:0.999;background:#fff;height:3000px;margin-top:-1000px"></div>' }),
  },
  {
    // White text and transparent controls over a white sibling painted under them (z-index:-1), while the climb
    // through ancestors finds the box's black background and calls white on it seen.
    name: 'white parts on a white sibling under them (z-index:-1), the ancestors black',
    html: apiForm({
      around: 'position:relative;z-index:0;background:#000;color:#fff',
      parts: 'background:transparent;border:0;color:#fff;-webkit-text-fill-color:#fff',
      after: '',
    }).replace('<form id="api"', '<i style="position:absolute;inset:0;background:#fff;z-index:-1"></i><form id="api"'),
  },
  // The s32 review's covers and depth (issue 16), in variants of its own form cases.
  {
    name: 'white text-shadows of transparent blocks beside the form, drawn back along their lines over it',
    html: apiForm({
      around: 'display:inline-block;vertical-align:top',
      after: `<span style="display:inline-block;white-space:nowrap;font-size:200px;line-height:1;color:transparent;text-shadow:-400px 0 0 #fff,-800px 0 0 #fff,-200px 0 0 #fff,-600px 0 0 #fff">${'\u2588'.repeat(4)}<br>${'\u2588'.repeat(4)}<br>${'\u2588'.repeat(4)}</span>`,
    }),
  },
  {
    // Where the engine has no box-reflect (Firefox), the form is at opacity 0 instead: nothing fills in either.
    name: 'a white box before the form reflected below it (-webkit-box-reflect: below) over the form',
    html:
      '<style>@supports (-moz-appearance:none) or (not (-webkit-box-reflect:below 0)){#api{opacity:0}}</style>' +
      apiForm().replace('<main>', '<main><div style="height:1000px;background:#fff;-webkit-box-reflect:below 0"></div><div style="margin-top:-1000px">') +
      '</div>',
  },
  {
    name: 'preserve-3d: a white pointerless cover before the form, in front by a translate of 0 0 30px',
    html: `<div style="position:relative;transform-style:preserve-3d"><div style="position:absolute;inset:0;background:#fff;pointer-events:none;translate:0 0 30px"></div><div style="position:relative">${apiForm()}</div></div>`,
  },
  {
    name: 'the form behind the eye: translateZ(300px) under perspective: 200px',
    html: `<div style="perspective:200px"><div style="transform:translateZ(300px)">${apiForm()}</div></div>`,
  },
];

/**
 * The real form on its page, and injected markup (a toast or notification rendered from HTML, no heading over it)
 * laying a look-alike over the whole page: the real form's parts are covered, so not seen, and only the look-alike
 * qualifies. Its action is a path of app.shopiverse.tech the attacker chose (an endpoint that shows what it receives
 * to someone else), its Secret Key field named as that endpoint expects.
 */
export const OVERLAY_FORM =
  '<div class="banner">Joom(Joom) Mağazasına ait düzenleme yapmaktasınız. (\'00159\' kodlu mağaza)</div>' +
  '<form id="evil" action="/tr/support/tickets/new" method="post">' +
  '<div><input type="checkbox" name="urgent"><span>Durum</span></div>' +
  '<div><div>Secret Key</div><input name="body" placeholder="Secret Key"></div>' +
  '<div><div>Client Id</div><input name="subject" placeholder="Client Id"></div>' +
  '<div><div>Store Id</div><input name="ref" placeholder="Store Id"></div>' +
  '<button type="submit">Kaydet</button></form>';
/** The layer a toast would be: fixed over the whole page, opaque. */
export const OVERLAY_STYLE = 'position:fixed;inset:0;z-index:99;background:#fff;padding:8px';
export const OVERLAID_REAL_FORM = `${apiForm().replace('<main>', '<main><h1>Mağaza Ayarları</h1>')}<div role="status" style="${OVERLAY_STYLE}">${OVERLAY_FORM}</div>`;
