import fc from 'fast-check';

// Generated Joom pages that hide a planted value of the right shape, under the right label, by one technique of the
// class "text the seller cannot see" (issue 16 item 2), next to the real visible value or alone. Every page says
// what a careful reader decides: the visible value, never the planted one; and where only the planted one is there,
// nothing. Used by the unit test (the techniques a DOM without layout can judge) and by tests/browser/seen.spec.ts
// (every technique, in real Chromium and Firefox).

export type Technique =
  /** The product of opacities across 1–3 ancestors is below 0.1, each one above it where there are several. */
  | 'opacityProduct'
  /** `filter: opacity(…)` instead of the opacity property. */
  | 'filterOpacity'
  | 'clipPathOnValue'
  | 'clipPathOnAncestor'
  | 'clipRect'
  | 'zeroSize'
  | 'offscreen'
  /** An opaque box of the page's colour laid over the value. */
  | 'covered'
  | 'whiteOnWhite'
  /** A text colour a few steps from its background (contrast below 1.5), on a coloured box. */
  | 'nearColour'
  /** A transparent text colour, or one of alpha below 0.1, on white. */
  | 'transparentColour'
  /** `-webkit-text-fill-color` the colour of the background, over a dark `color`. */
  | 'fillColour';

export const TECHNIQUES: readonly Technique[] = [
  'opacityProduct',
  'filterOpacity',
  'clipPathOnValue',
  'clipPathOnAncestor',
  'clipRect',
  'zeroSize',
  'offscreen',
  'covered',
  'whiteOnWhite',
  'nearColour',
  'transparentColour',
  'fillColour',
];
/** What a DOM without layout (happy-dom) can judge: no sizes, places, hit tests or computed `clip` there. */
export const WITHOUT_LAYOUT: readonly Technique[] = [
  'opacityProduct',
  'filterOpacity',
  'clipPathOnValue',
  'clipPathOnAncestor',
  'whiteOnWhite',
  'nearColour',
  'transparentColour',
];

export type Answer = string | null;
export interface HiddenPage {
  kind: 'store' | 'app';
  lang: 'tr' | 'en';
  technique: Technique;
  layout: 'dl' | 'grid' | 'inline' | 'table';
  /** The planted row in the real value's own list, or in a block of its own beside it. */
  place: 'sameList' | 'ownBlock';
  /** Only the planted value is on the page (nothing must be read). */
  onlyHidden: boolean;
  html: string;
  planted: { storeId?: string; clientId?: string; secret?: string };
  expected: { storeId: Answer; clientId: Answer; secret: Answer };
}

const hex = (length: number) => fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: length, maxLength: length });
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const WORDS = {
  tr: {
    store: 'Kimlik No',
    client: 'Müşteri Kimlik Numarası',
    secret: 'Gizli Anahtar',
    section: 'Genel Bilgi',
    name: ['Mağaza Adı', 'Anadolu Halı'],
    title: ['Unvan', 'ShopiVerse'],
  },
  en: {
    store: 'Store ID',
    client: 'Client ID',
    secret: 'Client secret',
    section: 'General information',
    name: ['Store name', 'Anatolian Rugs'],
    title: ['Title', 'ShopiVerse'],
  },
} as const;

interface Hide {
  /** Wrappers around the value, outermost first, each with its style. */
  wrappers: string[];
  /** The value's own style. */
  value: string;
  /** The style of the box holding the planted row (a background for the contrast techniques). */
  row: string;
  /** Whether an opaque box of the row's colour is laid over the value. */
  cover: boolean;
}

interface Input {
  kind: 'store' | 'app';
  lang: 'tr' | 'en';
  technique: Technique;
  layout: HiddenPage['layout'];
  place: HiddenPage['place'];
  onlyHidden: boolean;
  plantedFirst: boolean;
  depth: number;
  /** 0–1: where in its range each technique's free number falls. */
  spread: number[];
  background: [number, number, number];
  storeId: string;
  clientId: string;
  secret: string;
  plantedStore: string;
  plantedClient: string;
  plantedSecret: string;
}

const between = (low: number, high: number, at: number) => low + (high - low) * at;
const rgb = ([r, g, b]: readonly number[]) => `rgb(${r}, ${g}, ${b})`;

function hiding(input: Input): Hide {
  const plain: Hide = { wrappers: [], value: '', row: '', cover: false };
  const [a = 0.5, b = 0.5, c = 0.5] = input.spread;
  switch (input.technique) {
    case 'opacityProduct': {
      // Depth 1: one opacity of 0.01–0.09; 2: two of 0.2–0.3 (product 0.04–0.09); 3: three of 0.3–0.44.
      const ranges: Record<number, [number, number]> = { 1: [0.01, 0.09], 2: [0.2, 0.3], 3: [0.3, 0.44] };
      const [low, high] = ranges[input.depth] ?? [0.01, 0.09];
      const opacities = [a, b, c].slice(0, input.depth).map((at) => between(low, high, at).toFixed(3));
      return { ...plain, wrappers: opacities.slice(1).map((opacity) => `opacity:${opacity}`), value: `opacity:${opacities[0]}` };
    }
    case 'filterOpacity':
      return { ...plain, value: `filter:opacity(${between(1, 9, a).toFixed(1)}%)` };
    case 'clipPathOnValue':
      return { ...plain, value: a < 0.5 ? 'clip-path:inset(50%)' : 'clip-path:inset(0 50% 0 50%)' };
    case 'clipPathOnAncestor':
      return { ...plain, wrappers: [a < 0.5 ? 'clip-path:inset(50%)' : 'clip-path:circle(0)', ...Array(input.depth - 1).fill('')] };
    case 'clipRect':
      return {
        ...plain,
        wrappers: ['position:relative;height:1.5em'],
        value: `position:absolute;clip:${a < 0.5 ? 'rect(0 0 0 0)' : 'rect(1px, 1px, 1px, 1px)'}`,
      };
    case 'zeroSize':
      return { ...plain, value: 'display:inline-block;width:0;height:0;overflow:hidden;vertical-align:top' };
    case 'offscreen':
      return { ...plain, value: a < 0.5 ? 'position:absolute;left:-10000px' : 'position:absolute;top:-10000px' };
    case 'covered':
      return { ...plain, wrappers: ['position:relative;display:inline-block'], cover: true };
    case 'whiteOnWhite':
      return { ...plain, value: a < 0.5 ? 'color:#fff' : 'color:rgb(255, 255, 255)', row: a < 0.25 ? 'background:#fff' : '' };
    case 'nearColour': {
      // A step of 1–6 on each channel from a coloured box: the contrast stays below 1.5 for any background.
      const step = Math.round(between(1, 6, b)) * (c < 0.5 ? 1 : -1);
      const text = input.background.map((channel) => Math.min(255, Math.max(0, channel + step)));
      // The label beside it stays readable: black or white, whichever stands out from the box.
      const label = input.background.reduce((sum, channel) => sum + channel, 0) > 3 * 140 ? '#000' : '#fff';
      return { ...plain, value: `color:${rgb(text)}`, row: `background:${rgb(input.background)};color:${label}` };
    }
    case 'transparentColour':
      return { ...plain, value: a < 0.5 ? 'color:transparent' : `color:rgba(0, 0, 0, ${between(0.01, 0.06, b).toFixed(2)})` };
    case 'fillColour':
      return { ...plain, value: 'color:#111;-webkit-text-fill-color:#fff' };
  }
}

/** The value's markup, hidden as `hide` says. */
function hiddenValue(value: string, hide: Hide): string {
  const cover = hide.cover ? '<span style="position:absolute;inset:-2px;background:#fff"></span>' : '';
  let html = `<span style="${hide.value}">${escapeHtml(value)}</span>${cover}`;
  for (const wrapper of [...hide.wrappers].reverse()) html = `<span style="${wrapper}">${html}</span>`;
  return html;
}

/** One field row of the layout; `valueHtml` is markup already. */
function row(layout: HiddenPage['layout'], label: string, valueHtml: string, rowStyle = ''): string {
  const style = rowStyle ? ` style="${rowStyle}"` : '';
  switch (layout) {
    case 'dl':
      return `<div${style}><dt>${escapeHtml(label)}</dt><dd>${valueHtml}</dd></div>`;
    case 'grid':
      return `<div class="row"${style}><div class="lbl">${escapeHtml(label)}</div><div class="val">${valueHtml}</div></div>`;
    case 'inline':
      return `<p${style}>${escapeHtml(label)}: ${valueHtml}</p>`;
    case 'table':
      return `<tr${style}><th>${escapeHtml(label)}</th><td>${valueHtml}</td></tr>`;
  }
}

function list(layout: HiddenPage['layout'], rows: string[]): string {
  if (layout === 'dl') return `<dl>${rows.join('')}</dl>`;
  if (layout === 'table') return `<table><tbody>${rows.join('')}</tbody></table>`;
  return `<div class="fields">${rows.join('')}</div>`;
}

function build(input: Input): HiddenPage {
  const words = WORDS[input.lang];
  const hide = hiding(input);
  const planted = (label: string, value: string) => row(input.layout, label, hiddenValue(value, hide), hide.row);
  const shown = (label: string, value: string) => row(input.layout, label, `<span>${escapeHtml(value)}</span>`);
  const expected: HiddenPage['expected'] = { storeId: null, clientId: null, secret: null };
  let real: string[];
  let hidden: string[];
  let heading: string;
  if (input.kind === 'store') {
    heading = words.name[1];
    real = [shown(words.name[0], words.name[1]), ...(input.onlyHidden ? [] : [shown(words.store, input.storeId)])];
    hidden = [planted(words.store, input.plantedStore)];
    if (!input.onlyHidden) expected.storeId = input.storeId;
  } else {
    heading = 'ShopiVerse';
    real = [shown(words.title[0], words.title[1]), ...(input.onlyHidden ? [] : [shown(words.client, input.clientId), shown(words.secret, input.secret)])];
    hidden = [planted(words.client, input.plantedClient), planted(words.secret, input.plantedSecret)];
    if (!input.onlyHidden) {
      expected.clientId = input.clientId;
      expected.secret = input.secret;
    }
  }
  let body: string;
  if (input.place === 'sameList') {
    body = list(input.layout, input.plantedFirst ? [...hidden, ...real] : [...real, ...hidden]);
  } else {
    const own = `<div class="widget">${list(input.layout, hidden)}</div>`;
    const main = list(input.layout, real);
    body = input.plantedFirst ? own + main : main + own;
  }
  const html = `<main><h1>${escapeHtml(heading)}</h1><section><h2>${escapeHtml(words.section)}</h2>${body}</section></main>`;
  return {
    kind: input.kind,
    lang: input.lang,
    technique: input.technique,
    layout: input.layout,
    place: input.place,
    onlyHidden: input.onlyHidden,
    html,
    planted: input.kind === 'store' ? { storeId: input.plantedStore } : { clientId: input.plantedClient, secret: input.plantedSecret },
    expected,
  };
}

export function hiddenPageArbitrary(techniques: readonly Technique[] = TECHNIQUES): fc.Arbitrary<HiddenPage> {
  const channel = fc.integer({ min: 40, max: 250 });
  return fc
    .record({
      kind: fc.constantFrom<'store' | 'app'>('store', 'app'),
      lang: fc.constantFrom<'tr' | 'en'>('tr', 'en'),
      technique: fc.constantFrom(...techniques),
      layout: fc.constantFrom<HiddenPage['layout']>('dl', 'grid', 'inline', 'table'),
      place: fc.constantFrom<HiddenPage['place']>('sameList', 'ownBlock'),
      onlyHidden: fc.nat(3).map((n) => n === 0),
      plantedFirst: fc.boolean(),
      depth: fc.integer({ min: 1, max: 3 }),
      spread: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }),
      background: fc.tuple(channel, channel, channel),
      storeId: hex(24),
      clientId: hex(16),
      secret: hex(32),
      plantedStore: hex(24),
      plantedClient: hex(16),
      plantedSecret: hex(32),
    })
    .filter((input) => input.storeId !== input.plantedStore && input.clientId !== input.plantedClient && input.secret !== input.plantedSecret)
    .map(build);
}

/** One field's decision on a hidden page: right only when it is the visible value (or nothing, where none is). */
export function judgeHidden(page: HiddenPage, field: 'storeId' | 'clientId' | 'secret', decision: { value?: string; ambiguous: boolean }): string | undefined {
  const expected = page.expected[field];
  const planted = page.planted[field];
  if (planted === undefined) return undefined;
  if (expected === null) return decision.value || decision.ambiguous ? `read ${decision.value ?? 'a choice'} where only the planted ${planted} is` : undefined;
  if (decision.value === expected) return undefined;
  return decision.value === planted
    ? `took the planted ${planted}`
    : `decided ${decision.value ?? (decision.ambiguous ? 'a choice' : 'nothing')}, not ${expected}`;
}
