import { describe, expect, it } from 'vitest';
import { BROWSER, type Driver } from './drivers';
import { useVisitProbe } from './drivers/visit-probe';

// review-s31 (adversarial review of d624cc3): store pages whose only Store ID is one the seller cannot read, with the
// BUILT extension and a real layout. Hidden cases must store nothing; 'control' cases must store the ID (the probe is
// sound). S31_ONLY=i,j runs some cases; S31_SHOT=1 saves screenshots to /tmp/s31.
// Results on d624cc3 (built test extension): Chromium 16 of 17 hidden cases stored (all but 9, font-size-adjust, and 14,
// the hidden-tab case, whose headless tabs never turn hidden); Firefox 16 of 17 (all but 9). The 4 controls store.
// A page's script runs as the page is parsed, before the reader's first look: the review ran it 200 ms after the load,
// so the value stood plainly on screen until then and was read while shown (what the seller could read counts).
const idFor = (index: number) => `64f1a2b3c4d5e6f70819${(0x3100 + index).toString(16)}`;
const NAMES = ['Anadolu Halı', 'Ege Tekstil', 'Marmara Kilim', 'Karadeniz Çay', 'Akdeniz Zeytin', 'Trakya Peynir', 'Bursa İpek', 'Konya Un', 'Rize Çay'];
const ONLY = process.env.S31_ONLY ? new Set(process.env.S31_ONLY.split(',').map(Number)) : undefined;

/** A store page: name row shown, the Kimlik No row's value as `value` markup; `head` extra markup (styles), `script` run after load. */
const storePage = (
  name: string,
  value: string,
  head = '',
  script = '',
) => `<!doctype html><html lang="tr"><head><meta charset="utf-8"><title>Joom Merchant</title>${head}</head>
<body style="background:#fff;color:#111;font:16px sans-serif"><main><h1>${name}</h1><section><h2>Genel Bilgi</h2>
<dl><div><dt>Mağaza Adı</dt><dd>${name}</dd></div><div><dt>Kimlik No</dt><dd>${value}</dd></div></dl></section></main>
<script>${script}</script></body></html>`;

/** A component page: the bare ID in a host whose root is `root`. */
const componentPage = (name: string, id: string, root: string, mode = 'closed', tag = 'jm-id') =>
  `<!doctype html><html lang="tr"><head><meta charset="utf-8"><title>Joom Merchant</title></head>
<body style="background:#fff;color:#111;font:16px sans-serif"><div id="root"></div><script>
setTimeout(() => {
  const h1 = document.createElement('h1'); h1.textContent = ${JSON.stringify(name)};
  const h2 = document.createElement('h2'); h2.textContent = 'Genel Bilgi';
  const host = document.createElement('${tag}'); host.textContent = ${JSON.stringify(id)};
  host.attachShadow({ mode: '${mode}' }).innerHTML = ${JSON.stringify(root)};
  document.getElementById('root').append(h1, h2, host);
}, 200);
</script></body></html>`;

const secretFor = (id: string) => `${id}${id}`.slice(0, 32).replace(/^./, 'e');
/** An application page: title, Client ID shown, the Secret Key as `secret` markup. */
const appPage = (
  clientId: string,
  secret: string,
  head = '',
  script = '',
) => `<!doctype html><html lang="tr"><head><meta charset="utf-8"><title>Joom Merchant</title>${head}</head>
<body style="background:#fff;color:#111;font:16px sans-serif"><main><h1>ShopiVerse</h1><section><h2>Genel Bilgi</h2>
<dl><div><dt>Unvan</dt><dd>ShopiVerse</dd></div><div><dt>Müşteri Kimlik Numarası</dt><dd><span>${clientId}</span></dd></div><div><dt>Gizli Anahtar</dt><dd>${secret}</dd></div></dl></section></main>
<script>${script}</script></body></html>`;
const reversed = (id: string) => [...id].reverse().join('');

type Extra = {
  /** The page's path under https://merchant.joom.com (a store page by default). */
  path?: string;
  /** The strings that must not be stored anywhere (local or session), from the case's id; default [id]. */
  planted?: (id: string) => string[];
  /** What the seller does after the page loads (another tab in front, …). */
  after?: (driver: Driver) => Promise<void>;
  /** Still open in this browser (SECURITY.md): expected to fail there. */
  openIn?: typeof BROWSER;
};
type Case = [string, (id: string, name: string) => string, Extra?];
const CASES: Case[] = [
  // 0-3: a bidi override on a box AROUND the value's element draws the ID reversed: the seller reads another string.
  [
    'bidi override on the dd around a <code> value',
    (id, name) => storePage(name, `<span style="unicode-bidi:bidi-override;direction:rtl"><code>${id}</code></span>`),
  ],
  ['bdo dir=rtl around a <span> value', (id, name) => storePage(name, `<bdo dir="rtl"><span>${id}</span></bdo>`)],
  ['component: slot inside <bdo dir=rtl> in own root', (id, name) => componentPage(name, id, `<span>Kimlik No</span> <bdo dir="rtl"><slot></slot></bdo>`)],
  [
    'component: slot inside a bidi-override span in own root',
    (id, name) => componentPage(name, id, `<span>Kimlik No</span> <span style="unicode-bidi:bidi-override;direction:rtl"><slot></slot></span>`),
  ],
  // 4-6: letter-spacing squeezes 24 glyphs into one blob (each advance ~0.05em).
  ['letter-spacing -0.55em on the value', (id, name) => storePage(name, `<span style="letter-spacing:-0.55em">${id}</span>`)],
  [
    'letter-spacing -0.55em on the dd (inherited)',
    (id, name) => storePage(name, `<span style="letter-spacing:-0.55em"><b style="font-weight:normal">${id}</b></span>`),
  ],
  [
    'component: letter-spacing squeeze on the slot wrapper',
    (id, name) => componentPage(name, id, `<span>Kimlik No</span> <span style="letter-spacing:-0.55em"><slot></slot></span>`),
  ],
  // 7-8: the CSS Custom Highlight API paints the ID's glyphs transparent (a page script).
  [
    '::highlight paints the value transparent',
    (id, name) =>
      storePage(
        name,
        `<span id="v">${id}</span>`,
        '<style>::highlight(h){color:transparent;-webkit-text-fill-color:transparent}</style>',
        `const r = new Range(); r.selectNodeContents(document.getElementById('v').firstChild); CSS.highlights.set('h', new Highlight(r));`,
      ),
  ],
  [
    '::highlight paints the value white on white',
    (id, name) =>
      storePage(
        name,
        `<span id="v">${id}</span>`,
        '<style>::highlight(h){color:#fff;background-color:#fff}</style>',
        `const r = new Range(); r.selectNodeContents(document.getElementById('v').firstChild); CSS.highlights.set('h', new Highlight(r));`,
      ),
  ],
  // 9: font-size-adjust shrinks the glyphs, not the computed font size.
  ['font-size-adjust 0.02', (id, name) => storePage(name, `<span style="font-size-adjust:0.02">${id}</span>`)],
  // 10: ::selection white on white over a script-made selection of the value.
  [
    '::selection white on white over a planted selection',
    (id, name) =>
      storePage(
        name,
        `<span id="v">${id}</span>`,
        '<style>#v::selection{color:#fff;background:#fff}</style>',
        `getSelection().selectAllChildren(document.getElementById('v'));`,
      ),
  ],
  // 14: a View Transition whose new snapshot is held transparent: the seller sees the old page (no ID) while the DOM has it.
  [
    'view transition: the new state (with the ID) never painted',
    (id, name) =>
      storePage(
        name,
        `<span id="v"></span>`,
        '<style>::view-transition-group(root){animation-duration:1000000s}::view-transition-new(root){animation:none;opacity:0}::view-transition-old(root){animation:none;opacity:1}</style>',
        `document.startViewTransition(() => { document.getElementById('v').textContent = '${id}'; });`,
      ),
  ],
  // 15: a pointerless white popover in the top layer over a value in a max z-index layer.
  [
    'top-layer popover, pointerless, over a z-index max value',
    (id, name) =>
      storePage(
        name,
        `<span style="position:relative;z-index:2147483647">${id}</span><div id="p" popover="manual" style="position:fixed;inset:0;width:100vw;height:100vh;margin:0;border:0;padding:0;background:#fff;pointer-events:none"></div>`,
        '',
        `document.getElementById('p').showPopover();`,
      ),
  ],
  // 16: a modal dialog of no size whose ::backdrop paints the whole page white, taking no pointer.
  [
    'modal dialog ::backdrop white, pointerless',
    (id, name) =>
      storePage(
        name,
        `<span>${id}</span><dialog id="d" style="width:1px;height:1px;padding:0;border:0;opacity:0;pointer-events:none"></dialog>`,
        '<style>#d::backdrop{background:#fff;pointer-events:none}</style>',
        `document.getElementById('d').showModal();`,
      ),
  ],
  // 17: the ID shown only while the tab is hidden (the seller looks at another tab).
  [
    'shown only while the tab is hidden',
    (id, name) =>
      storePage(
        name,
        `<span id="v"></span>`,
        '',
        `const set = () => { document.getElementById('v').textContent = document.hidden ? '${id}' : ''; }; set(); document.addEventListener('visibilitychange', set);`,
      ),
    {
      after: async (driver) => {
        const other = await driver.open('https://merchant.joom.com/panel/stores/review-s31-other');
        await other.bringToFront();
        await new Promise((resolve) => setTimeout(resolve, 2500));
        await other.close();
      },
      // Headless Chromium never hides a tab; in Firefox the value shown only in a hidden tab is still read: a hidden
      // tab is not asked by "seen", as the tests' popup tab hides the page it speaks of (SECURITY.md, left open).
      openIn: 'firefox',
    },
  ],
  // 18: an application page: Client ID shown, Secret Key squeezed by letter-spacing (the secret must not be taken).
  [
    'application page: Secret Key squeezed by letter-spacing',
    (id) => appPage(id.slice(0, 16), `<span style="letter-spacing:-0.55em">${secretFor(id)}</span>`),
    { path: '/panel/api/review-s31-app', planted: (id) => [secretFor(id)] },
  ],
  // 19: an application page: Secret Key painted transparent by ::highlight.
  [
    'application page: Secret Key painted away by ::highlight',
    (id) =>
      appPage(
        id.slice(0, 16),
        `<span id="v">${secretFor(id)}</span>`,
        '<style>::highlight(h){color:transparent;-webkit-text-fill-color:transparent}</style>',
        `const r = new Range(); r.selectNodeContents(document.getElementById('v').firstChild); CSS.highlights.set('h', new Highlight(r));`,
      ),
    { path: '/panel/api/review-s31-app2', planted: (id) => [secretFor(id)] },
  ],
  // controls
  ['control: plain value', (id, name) => storePage(name, `<span>${id}</span>`)],
  ['control: component, shown slot', (id, name) => componentPage(name, id, `<span>Kimlik No</span> <code><slot></slot></code>`)],
  [
    'control: application page, Secret Key shown',
    (id) => appPage(id.slice(0, 16), `<span>${secretFor(id)}</span>`),
    { path: '/panel/api/review-s31-app3', planted: (id) => [secretFor(id)] },
  ],
  ['control: letter-spacing 0.05em', (id, name) => storePage(name, `<span style="letter-spacing:0.05em">${id}</span>`)],
];

describe(`review-s31: a Store ID the seller cannot read is never stored (${BROWSER})`, () => {
  const storedAfterVisit = useVisitProbe();
  for (const [index, [name, build, extra]] of CASES.entries())
    (ONLY && !ONLY.has(index) ? it.skip : extra?.openIn === BROWSER ? it.fails : it)(
      `${index}: ${name}`,
      async () => {
        const id = idFor(index);
        const url = `https://merchant.joom.com${extra?.path ?? `/panel/stores/review-s31-${index}`}`;
        const stored = await storedAfterVisit(url, build(id, NAMES[index % NAMES.length] as string), {
          after: extra?.after,
          shot: process.env.S31_SHOT ? `/tmp/s31/${BROWSER}-${index}.png` : undefined,
        });
        if (extra?.planted) {
          for (const planted of extra.planted(id))
            if (name.startsWith('control')) expect(stored.all, `${name}: the shown value`).toContain(planted);
            else expect(stored.all, `${name}: stored the planted value`).not.toContain(planted);
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
