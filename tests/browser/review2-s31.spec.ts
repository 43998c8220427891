import { describe, expect, it } from 'vitest';
import { BROWSER } from './drivers';
import { useAttackPage } from './drivers/attack-page';
import { useVisitProbe } from './drivers/visit-probe';
import { apiForm } from './hidden-form-cases';

// review2-s31 (second adversarial review of issue 16, on 4a72e00): members of the classes the s31 fixes named that
// the fixes miss, and false refusals they may have opened, with the BUILT extension at real URLs. Hidden cases assert
// the SAFE outcome (nothing stored); controls must store (the probe is sound). R2_ONLY=i,j runs some cases.
// The page's script runs as the page is parsed (inline, no timer): the value never stands plainly shown first.
// Results on 4a72e00 (built test extension, screenshots checked): stored in Chromium 0, 1, 4, 5, 7, 8, 10; in Firefox
// 0, 1, 4, 5, 7 (Firefox paints neither 9's nor 10's ::selection over the ID: shown there, skipped). Held: 2, 3, 6,
// 11, 12, 13 in both; 8 in Firefox. 14 (the Secret Key drawn reversed) stored in both. All controls store. The form probes below: shadowPopover and nestedTop filled in
// both browsers; lightPopover, lightDialog, shadowDialog held; the four controls fill.
// Since 97abe68 every case here holds in Chromium and Firefox, and every control stores or fills.
const idFor = (index: number) => `64f1a2b3c4d5e6f70829${(0x3100 + index).toString(16)}`;
const NAMES = ['Anadolu Halı', 'Ege Tekstil', 'Marmara Kilim', 'Karadeniz Çay', 'Akdeniz Zeytin', 'Trakya Peynir', 'Bursa İpek', 'Konya Un', 'Rize Çay'];
const ONLY = process.env.R2_ONLY ? new Set(process.env.R2_ONLY.split(',').map(Number)) : undefined;

/** A store page: the Kimlik No row's value as `value` markup; `head` extra markup, `script` run inline after the body. */
const storePage = (name: string, value: string, head = '', script = '', after = '') =>
  `<!doctype html><html lang="tr"><head><meta charset="utf-8"><title>Joom Merchant</title>${head}</head>
<body style="background:#fff;color:#111;font:16px sans-serif"><main><h1>${name}</h1><section><h2>Genel Bilgi</h2>
<dl><div><dt>Mağaza Adı</dt><dd>${name}</dd></div><div><dt>Kimlik No</dt><dd>${value}</dd></div></dl></section></main>${after}
<script>${script}</script></body></html>`;

/** A component page built inline (no timer): the bare ID in a host whose root is `root`; `script` runs after (host is `host`). */
const componentPage = (name: string, id: string, root: string, script = '', mode = 'closed') =>
  `<!doctype html><html lang="tr"><head><meta charset="utf-8"><title>Joom Merchant</title></head>
<body style="background:#fff;color:#111;font:16px sans-serif"><main><h1>${name}</h1><h2>Genel Bilgi</h2><jm-id id="host">${id}</jm-id></main><script>
const host = document.getElementById('host');
host.attachShadow({ mode: '${mode}' }).innerHTML = ${JSON.stringify(root)};
${script}
</script></body></html>`;

/** A white, pointerless, full-viewport popover inside a shadow root of `mode` (appended after main). */
const shadowPopover = (mode: string, beforeBody = false) =>
  `const h = document.createElement('div'); ${beforeBody ? 'document.documentElement.insertBefore(h, document.body)' : 'document.body.append(h)'}; const r = h.attachShadow({ mode: '${mode}' });
const p = document.createElement('div'); p.popover = 'manual'; p.style.cssText = 'position:fixed;inset:0;width:100vw;height:100vh;max-width:none;max-height:none;margin:0;border:0;padding:0;background:#fff;pointer-events:none'; r.append(p); p.showPopover();`;

const reversed = (id: string) => [...id].reverse().join('');
/** The third member: the browsers in which the case hides the value (Firefox paints no ancestor's or component's ::selection over it: shown there, seen by the seller). */
type Case = [string, (id: string, name: string) => string, string[]?];
const CASES: Case[] = [
  // 0-1: an RLO character in the text AROUND the value's element (the parent's text, a sibling's): it reverses the run
  // to the paragraph's end, though no style overrides and the value's own text holds no control character.
  ['RLO character in the dd text before the value span', (id, name) => storePage(name, `&#x202E;<span>${id}</span>`)],
  ['RLO character in a sibling <i> before the value span', (id, name) => storePage(name, `<i>&#x202E;</i><span>${id}</span>`)],
  // 2-3: the top layer is looked for with document.querySelectorAll, which does not enter shadow roots.
  [
    'pointerless white popover inside an OPEN shadow root, over a z-index max value',
    (id, name) => storePage(name, `<span style="position:relative;z-index:2147483647">${id}</span>`, '', shadowPopover('open')),
  ],
  [
    'pointerless white popover inside a CLOSED shadow root, over a z-index max value',
    (id, name) => storePage(name, `<span style="position:relative;z-index:2147483647">${id}</span>`, '', shadowPopover('closed')),
  ],
  // 4: a modal dialog inside a closed shadow root whose ::backdrop paints the page white.
  [
    'modal dialog in a closed shadow root, white ::backdrop, pointerless',
    (id, name) =>
      storePage(
        name,
        `<span>${id}</span>`,
        '',
        `const h = document.createElement('div'); document.body.append(h); const r = h.attachShadow({ mode: 'closed' });
r.innerHTML = '<style>dialog::backdrop{background:#fff;pointer-events:none}</style><dialog style="width:1px;height:1px;padding:0;border:0;opacity:0;pointer-events:none"></dialog>';
r.querySelector('dialog').showModal();`,
      ),
  ],
  // 5: two popovers: the value's (later in the document, opened first) under a white pointerless one (earlier in the
  // document, opened second): the top layer draws in the order they were opened, the check in document order.
  [
    'nested top layer: a white popover opened after the value popover, earlier in the document',
    (id, name) =>
      storePage(
        name,
        '',
        '',
        `document.getElementById('v').showPopover(); document.getElementById('w').showPopover();`,
        `<div id="w" popover="manual" style="position:fixed;inset:0;width:100vw;height:100vh;max-width:none;max-height:none;margin:0;border:0;padding:0;background:#fff;pointer-events:none"></div>
<div id="v" popover="manual" style="position:fixed;top:40px;left:40px;margin:0;padding:8px;border:0;background:#fff"><h2>Genel Bilgi</h2><dl><div><dt>Kimlik No</dt><dd><span>${id}</span></dd></div></dl></div>`,
      ).replace(/<div><dt>Kimlik No<\/dt><dd><\/dd><\/div>/, ''),
  ],
  // 6: glyphs shrunk to dots by font-size-adjust, spread apart by letter-spacing: the width check passes.
  ['font-size-adjust 0.02 with letter-spacing 0.6em', (id, name) => storePage(name, `<span style="font-size-adjust:0.02;letter-spacing:0.6em">${id}</span>`)],
  // 7: the first glyph painted away (::first-letter): the seller reads 23 characters.
  [
    '::first-letter transparent',
    (id, name) => storePage(name, `<span id="v" style="display:inline-block">${id}</span>`, '<style>#v::first-letter{color:transparent}</style>'),
  ],
  // 8: a custom highlight painted by the COMPONENT's stylesheet over light-DOM text shown through its slot.
  [
    'component: ::highlight in the root styles the slotted ID white on white',
    (id, name) =>
      componentPage(
        name,
        id,
        '<style>::highlight(h){color:#fff;background-color:#fff}</style><span>Kimlik No</span> <slot></slot>',
        `const r = new Range(); r.selectNodeContents(host.firstChild); CSS.highlights.set('h', new Highlight(r));`,
      ),
  ],
  // 9: ::selection styled on an ANCESTOR (highlight inheritance): the value's own ::selection is default.
  [
    'dd::selection white on white over a planted selection of a span inside it',
    (id, name) =>
      storePage(
        name,
        `<span id="v">${id}</span>`,
        '<style>dd::selection{color:#fff;background:#fff}</style>',
        `getSelection().selectAllChildren(document.getElementById('v'));`,
      ),
    ['chromium'],
  ],
  // 10: the component's ::selection over slotted text.
  [
    'component: ::slotted/::selection in the root paints the slotted ID white on white',
    (id, name) =>
      componentPage(
        name,
        id,
        '<style>::selection{color:#fff;background:#fff}</style><span>Kimlik No</span> <slot></slot>',
        `getSelection().selectAllChildren(host);`,
      ),
    ['chromium'],
  ],
  // 11: squashed vertically by the `scale` property.
  ['scale: 1 0.04 on an inline-block value', (id, name) => storePage(name, `<span style="display:inline-block;scale:1 0.04">${id}</span>`)],
  // 12: a ::highlight that paints only a text-shadow-free transparent fill via -webkit-text-fill-color on an ancestor.
  [
    'highlight on the dd (range over the dd) paints the span text transparent',
    (id, name) =>
      storePage(
        name,
        `<span id="v">${id}</span>`,
        '<style>::highlight(h){color:transparent;-webkit-text-fill-color:transparent}</style>',
        `const r = new Range(); r.selectNode(document.getElementById('v').parentElement); CSS.highlights.set('h', new Highlight(r));`,
      ),
  ],
  // 13: the popover's host put before <body> (a page script may): the ShopiVerse probe below fills under it.
  [
    'pointerless white popover in a closed shadow root whose host stands before <body>',
    (id, name) => storePage(name, `<span style="position:relative;z-index:2147483647">${id}</span>`, '', shadowPopover('closed', true)),
  ],
  // 14: an application page whose Secret Key is drawn reversed by an RLO character in the text before it (anywhere
  // stored: local or session).
  [
    'application page: RLO character before the Secret Key span',
    (id) =>
      `<!doctype html><html lang="tr"><head><meta charset="utf-8"><title>Joom Merchant</title></head>
<body style="background:#fff;color:#111;font:16px sans-serif"><main><h1>ShopiVerse</h1><section><h2>Genel Bilgi</h2>
<dl><div><dt>Unvan</dt><dd>ShopiVerse</dd></div><div><dt>Müşteri Kimlik Numarası</dt><dd><span>${id.slice(0, 16)}</span></dd></div><div><dt>Gizli Anahtar</dt><dd>&#x202E;<span>${`${id}${id}`.slice(0, 32).replace(/^./, 'e')}</span></dd></div></dl></section></main></body></html>`,
  ],
  // controls (must store)
  ['control: plain value', (id, name) => storePage(name, `<span>${id}</span>`)],
  [
    'control: the value inside an open modal dialog (default backdrop)',
    (id, name) =>
      storePage(
        name,
        '',
        '',
        `document.getElementById('d').showModal();`,
        `<dialog id="d"><h2>Genel Bilgi</h2><dl><div><dt>Kimlik No</dt><dd><span>${id}</span></dd></div></dl></dialog>`,
      ).replace(/<div><dt>Kimlik No<\/dt><dd><\/dd><\/div>/, ''),
  ],
  [
    'control: an open popover menu elsewhere on the page',
    (id, name) =>
      storePage(
        name,
        `<span>${id}</span>`,
        '',
        `document.getElementById('m').showPopover();`,
        `<div id="m" popover style="position:fixed;top:0;right:0;left:auto;margin:0;width:160px"><a href="#">Çıkış</a></div>`,
      ),
  ],
  [
    "control: the seller's selection over the value (default colours)",
    (id, name) => storePage(name, `<span id="v">${id}</span>`, '', `getSelection().selectAllChildren(document.getElementById('v'));`),
  ],
  [
    'control: a narrow font (font-stretch condensed, letter-spacing -0.05em)',
    (id, name) => storePage(name, `<span style="font-stretch:condensed;letter-spacing:-0.05em;font-family:monospace">${id}</span>`),
  ],
  ['control: a small monospace 12px value', (id, name) => storePage(name, `<code style="font-size:12px">${id}</code>`)],
];

describe(`review2-s31: a Store ID the seller cannot read is never stored (${BROWSER})`, () => {
  const storedAfterVisit = useVisitProbe();
  for (const [index, [name, build, hiddenIn]] of CASES.entries())
    ((ONLY && !ONLY.has(index)) || (hiddenIn && !hiddenIn.includes(BROWSER)) ? it.skip : it)(
      `${index}: ${name}`,
      async () => {
        const id = idFor(index);
        const app = name.startsWith('application page');
        const url = `https://merchant.joom.com/panel/${app ? 'api' : 'stores'}/review2-s31-${index}`;
        const stored = await storedAfterVisit(url, build(id, NAMES[index % NAMES.length] as string), {
          shot: process.env.R2_SHOT ? `/tmp/r2/${BROWSER}-${index}.png` : undefined,
        });
        if (app) {
          const secret = `${id}${id}`.slice(0, 32).replace(/^./, 'e');
          expect(stored.all.includes(secret) || stored.all.includes(reversed(secret)), 'stored the Secret Key drawn reversed').toBe(false);
          return;
        }
        const hit = stored.local.includes(id) ? id : stored.local.includes(reversed(id)) ? reversed(id) : undefined;
        if (hit) console.log(`${BROWSER} [${index}: ${name}] stored ${hit === id ? 'the DOM string' : 'the reversed string'}`);
        if (name.startsWith('control')) expect(stored.local).toContain(id);
        else expect(hit).toBeUndefined();
      },
      30_000,
    );
});

// The ShopiVerse side: the Api Tanım form (as the push fills it: qualification, then the parts' hit tests) under the
// same top-layer tricks. A page script prepares the top layer around the form as it is parsed (a MutationObserver
// opens the popovers the moment the form's markup lands). Hidden cases must leave the Secret Key out; controls fill.
type Setup = 'none' | 'shadowPopover' | 'shadowDialog' | 'lightPopover' | 'lightDialog' | 'nestedTop' | 'menuPopover' | 'formInModal' | 'formInPopover';
const setUp = (kind: Setup) => {
  for (const old of document.querySelectorAll('[data-r2]')) old.remove();
  (window as unknown as { r2?: MutationObserver }).r2?.disconnect();
  const cover =
    'position:fixed;inset:0;width:100vw;height:100vh;max-width:none;max-height:none;margin:0;border:0;padding:0;background:#fff;pointer-events:none';
  const before = (element: Element) => {
    element.setAttribute('data-r2', '');
    document.documentElement.insertBefore(element, document.body);
  };
  if (kind === 'shadowPopover' || kind === 'shadowDialog' || kind === 'lightPopover' || kind === 'lightDialog') {
    const host = document.createElement('div');
    before(host);
    const root = kind.startsWith('light') ? host : host.attachShadow({ mode: 'closed' });
    if (kind === 'shadowPopover' || kind === 'lightPopover') {
      const p = document.createElement('div');
      p.popover = 'manual';
      p.style.cssText = cover;
      root.append(p);
      p.showPopover();
    } else {
      const style = document.createElement('style');
      style.textContent = 'dialog::backdrop{background:#fff;pointer-events:none}';
      const d = document.createElement('dialog');
      d.style.cssText = 'width:1px;height:1px;padding:0;border:0;opacity:0;pointer-events:none';
      root.append(style, d);
      d.showModal();
    }
    return;
  }
  if (kind === 'nestedTop' || kind === 'menuPopover' || kind === 'formInModal' || kind === 'formInPopover') {
    const white = document.createElement('div');
    white.popover = 'manual';
    if (kind === 'nestedTop') {
      white.style.cssText = cover;
      before(white);
    }
    const observer = new MutationObserver(() => {
      const wrap = document.getElementById('r2wrap') as HTMLElement | null;
      if (!wrap) return;
      observer.disconnect();
      if (kind === 'formInModal') (wrap as HTMLDialogElement).showModal();
      else if (kind !== 'menuPopover') wrap.showPopover();
      if (kind === 'nestedTop') white.showPopover();
      if (kind === 'menuPopover') (document.getElementById('r2menu') as HTMLElement).showPopover();
    });
    observer.observe(document.body, { childList: true, subtree: true });
    (window as unknown as { r2?: MutationObserver }).r2 = observer;
  }
};
const wrapIn = (kind: Setup, form: string) => {
  if (kind === 'formInModal') return `<dialog id="r2wrap" style="width:800px;max-height:90vh">${form}</dialog>`;
  if (kind === 'nestedTop' || kind === 'formInPopover')
    return `<div id="r2wrap" popover="manual" style="position:fixed;top:10px;left:10px;margin:0;width:900px;height:700px;background:#fff;border:1px solid #ccc">${form}</div>`;
  if (kind === 'menuPopover')
    return `${form}<div id="r2wrap"></div><div id="r2menu" popover style="position:fixed;top:0;right:0;left:auto;margin:0;width:160px"><a href="#">Çıkış</a></div>`;
  return form;
};

describe(`review2-s31: the Api Tanım form under the top layer (${BROWSER})`, () => {
  const { call, evaluate } = useAttackPage('https://app.shopiverse.tech/tr/stores/00159');
  const fillWith = async (kind: Setup) => {
    await evaluate(setUp, kind);
    return call('fill', wrapIn(kind, apiForm()));
  };
  const CASES_SV: [Setup, boolean][] = [
    ['none', true],
    ['menuPopover', true],
    ['formInModal', true],
    ['formInPopover', true],
    ['lightPopover', false],
    ['lightDialog', false],
    ['shadowPopover', false],
    ['shadowDialog', false],
    ['nestedTop', false],
  ];
  for (const [kind, fills] of CASES_SV)
    it(`${fills ? 'control: fills' : 'fills nothing'}: ${kind}`, async () => {
      const outcome = await fillWith(kind);
      expect(outcome.secretIn, `${kind}: ${outcome.status}`).toBe(fills);
    });
});
