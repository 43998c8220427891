import fc from 'fast-check';

// Generated Joom pages with known answers: store and application pages built from parts (layouts, languages,
// label case and colons, value before or after its label, section titles of several kinds) plus decoys of the same
// shape (product, order and variant IDs in lists, help text that mentions the label, hidden widgets with the right
// labels, a second store). Every page says what a careful reader must decide on it. Used by the unit test (a
// smaller run in a DOM without layout) and by `npm run bench` (2,000+ pages in real Chromium).

export type Layout =
  | 'dl'
  | 'grid'
  | 'inline'
  | 'boldColon'
  | 'colonSpan'
  | 'tableRow'
  | 'tableColumn'
  | 'cellPair'
  | 'card'
  | 'input'
  | 'truncated'
  | 'captionBelow';
export type Decoy =
  | 'productTable'
  | 'productCards'
  | 'orderTable'
  | 'productDetailId'
  | 'helpText'
  | 'hiddenWidget'
  | 'otherStoresList'
  | 'secondStoreCard'
  | 'otherAppsTable'
  | 'buyerChat'
  | 'webhookSection'
  | 'skeleton';
/**
 * How the page shows a value: as text, in a read-only or disabled input (a design system's input with a copy addon)
 * or a textarea, in <output>, <code>, <samp> or <kbd>, or shortened with the whole value in a copy button's attribute
 * or in the hidden element a copy button names.
 */
export type Carrier = 'text' | 'readonlyInput' | 'disabledInput' | 'textarea' | 'output' | 'code' | 'samp' | 'kbd' | 'shortenedCopy' | 'shortenedCopyTarget';
export const CARRIERS: readonly Carrier[] = [
  'text',
  'readonlyInput',
  'disabledInput',
  'textarea',
  'output',
  'code',
  'samp',
  'kbd',
  'shortenedCopy',
  'shortenedCopyTarget',
];
/**
 * How a design system's web component shows a field through a shadow root (declared with `<template
 * shadowrootmode>`, attached by attachDeclaredShadows): the label painted by an open root and the value in light DOM
 * slotted into it; label and value both inside a closed root; the label in light DOM slotted into the root's header
 * and the value inside the root.
 */
export type ShadowForm = 'slottedValue' | 'closed' | 'slottedLabel' | 'siblingRoots';
export const SHADOW_FORMS: readonly ShadowForm[] = ['slottedValue', 'closed', 'slottedLabel', 'siblingRoots'];
/** What stands beside the label in its box: nothing, an icon before it (a card header), a tooltip trigger, a badge. */
export type LabelDress = 'plain' | 'icon' | 'tooltip' | 'badge';
export const LABEL_DRESSES: readonly LabelDress[] = ['plain', 'icon', 'tooltip', 'badge'];
export const LAYOUTS: readonly Layout[] = [
  'dl',
  'grid',
  'inline',
  'boldColon',
  'colonSpan',
  'tableRow',
  'tableColumn',
  'cellPair',
  'card',
  'input',
  'truncated',
  'captionBelow',
];
/** The copy attributes panel kits use; the generated copy buttons take each in turn. */
const COPY_ATTRIBUTES = ['data-clipboard-text', 'data-copy', 'data-copy-text', 'data-value', 'data-clipboard'];

/** How a hidden widget is hidden. The last two need a layout engine (real browsers only). */
export type Hiding = 'displayNone' | 'hiddenAttribute' | 'visibilityHidden' | 'ariaHidden' | 'offscreen' | 'zeroSize';

/** What the reader must decide for a field: this value, "ambiguous" (the seller chooses), or nothing. */
export type Answer = string | 'ambiguous' | null;

export interface GeneratedPage {
  kind: 'store' | 'app';
  lang: 'tr' | 'en';
  layout: Layout;
  carrier: Carrier;
  labelDress: LabelDress;
  decoys: Decoy[];
  hiding?: Hiding;
  /** The page's own ID fields are web components of this form (shadowPages). */
  shadow?: ShadowForm;
  /** Whether the Store ID stands under a bare "ID" (a weak label) rather than "Kimlik No". */
  weakLabel: boolean;
  html: string;
  expected: { storeId: Answer; clientId: Answer; secret: Answer };
}

const hex = (length: number) => fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: length, maxLength: length });
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const WORDS = {
  tr: {
    storeLabels: ['Kimlik No', 'Mağaza Kimlik No'],
    clientLabels: ['Müşteri Kimlik Numarası'],
    secretLabels: ['Gizli Anahtar', 'Gizli anahtar'],
    sections: ['Genel Bilgi', 'Kimlik Bilgileri'],
    other: [
      ['Mağaza Adı', 'Anadolu Halı'],
      ['Ülke', 'Türkiye'],
      ['Durum', 'Aktif'],
      ['Oluşturulma', '12.03.2024'],
    ],
    appOther: [
      ['Unvan', 'ShopiVerse'],
      ['Mağaza', 'Anadolu Halı'],
    ],
    products: 'Son Ürünler',
    product: 'Ürün',
    productIdLabels: ['ID', 'Ürün ID'],
    orders: 'Siparişler',
    orderIdLabel: 'Sipariş No',
    productDetail: 'Ürün Bilgileri',
    help: (label: string, example: string) => ['Lütfen ', ['b', label], ` değerini kopyalayıp ShopiVerse'e yapıştırın, örneğin ${example} gibi.`] as Part[],
    otherStores: 'Diğer mağazalarınız',
    otherApps: 'Diğer uygulamalar',
    chat: 'Alıcı mesajları',
    webhook: 'Webhook Ayarları',
    webhookSecretLabel: 'Gizli Anahtar',
    copy: 'Kopyala',
    tip: 'Bu değer ShopiVerse için gerekir',
    badges: ['API', 'Zorunlu', 'Yeni'],
  },
  en: {
    storeLabels: ['Store ID'],
    clientLabels: ['Client ID'],
    secretLabels: ['Client secret', 'Secret key'],
    sections: ['General information'],
    other: [
      ['Store name', 'Anatolian Rugs'],
      ['Country', 'Turkey'],
      ['Status', 'Active'],
      ['Created', '2024-03-12'],
    ],
    appOther: [
      ['Title', 'ShopiVerse'],
      ['Store', 'Anatolian Rugs'],
    ],
    products: 'Recent products',
    product: 'Product',
    productIdLabels: ['ID', 'Product ID'],
    orders: 'Orders',
    orderIdLabel: 'Order number',
    productDetail: 'Product details',
    help: (label: string, example: string) => ['Please copy the ', ['b', label], ` and paste it into ShopiVerse, for example ${example}.`] as Part[],
    otherStores: 'Your other stores',
    otherApps: 'Other applications',
    chat: 'Buyer messages',
    webhook: 'Webhook settings',
    webhookSecretLabel: 'Secret',
    copy: 'Copy',
    tip: 'ShopiVerse needs this value',
    badges: ['API', 'Required', 'New'],
  },
} as const;

/** A tiny markup tree: text, or [tag, ...children] with attributes as an object in the second place. */
type Part = string | [string, ...(Part | Record<string, string>)[]];

function render(part: Part): string {
  if (typeof part === 'string') return escapeHtml(part);
  const [tag, ...rest] = part;
  const attributes = rest.find((item): item is Record<string, string> => typeof item === 'object' && !Array.isArray(item)) ?? {};
  const children = rest.filter((item): item is Part => typeof item === 'string' || Array.isArray(item));
  const attrs = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  return ['input', 'path'].includes(tag) ? `<${tag}${attrs}>` : `<${tag}${attrs}>${children.map(render).join('')}</${tag}>`;
}

type LabelCase = 'asIs' | 'upper' | 'lower';
function labelForm(label: string, labelCase: LabelCase, colon: boolean): string {
  const cased = labelCase === 'upper' ? label.toLocaleUpperCase('tr') : labelCase === 'lower' ? label.toLocaleLowerCase('tr') : label;
  return colon ? `${cased}:` : cased;
}

/** How one field shows its label and value: the carrier of the value, the dress of the label. */
export interface FieldLook {
  carrier: Carrier;
  dress: LabelDress;
  /** Picks the copy attribute, the badge and the tooltip's form. */
  variant: number;
  copyWord: string;
  tip: string;
  badge: string;
}

export const PLAIN: FieldLook = { carrier: 'text', dress: 'plain', variant: 0, copyWord: 'Kopyala', tip: '', badge: '' };

const ICON: Part = ['svg', { viewBox: '0 0 16 16', width: '16', height: '16', 'aria-hidden': 'true' }, ['path', { d: 'M2 2h12v12H2z' }]];

/** The value as its carrier shows it. A plain text carrier is the string itself (layouts join it to the label). */
function carried(value: string, look: FieldLook): Part {
  switch (look.carrier) {
    case 'text':
      return value;
    case 'readonlyInput':
      // A design system's input with a copy addon: an icon button that copies the input's value.
      return [
        'div',
        { class: 'input-group' },
        ['input', { type: 'text', readonly: '', value }],
        ['button', { type: 'button', 'aria-label': look.copyWord }, ICON],
      ];
    case 'disabledInput':
      return ['input', { type: 'text', disabled: '', value }];
    case 'textarea':
      return ['textarea', { readonly: '', rows: '1' }, value];
    case 'output':
    case 'code':
    case 'samp':
    case 'kbd':
      return [look.carrier, value];
    case 'shortenedCopy': {
      const short = value.length > 16 ? `${value.slice(0, 6)}…${value.slice(-4)}` : value;
      const attribute = COPY_ATTRIBUTES[look.variant % COPY_ATTRIBUTES.length] as string;
      return ['span', { class: 'copyable' }, ['span', short], ['button', { type: 'button', [attribute]: value, 'aria-label': look.copyWord }, ICON]];
    }
    case 'shortenedCopyTarget': {
      // clipboard.js: the button names the element it copies, a hidden input or a hidden element (round 4).
      const short = value.length > 16 ? `${value.slice(0, 6)}…${value.slice(-4)}` : value;
      const id = `whole-${value}`;
      const whole: Part = look.variant % 2 ? ['input', { type: 'hidden', id, value }] : ['span', { id, hidden: '' }, value];
      return [
        'span',
        { class: 'copyable' },
        ['span', short],
        whole,
        ['button', { type: 'button', 'data-clipboard-target': `#${id}`, 'aria-label': look.copyWord }, ICON],
      ];
    }
  }
}

/** The label's box: the label, and what a design system puts beside it. */
function dressed(label: string, look: FieldLook): Part[] {
  switch (look.dress) {
    case 'plain':
      return [label];
    case 'icon':
      return [ICON, ['span', { class: 'title' }, label]];
    case 'tooltip':
      return look.variant % 2
        ? [
            ['span', label],
            ['span', { role: 'button', tabindex: '0', 'data-tooltip': look.tip, class: 'tip' }, 'ⓘ'],
          ]
        : [
            ['span', label],
            ['button', { type: 'button', 'aria-label': look.tip, class: 'tip' }, '?'],
          ];
    case 'badge':
      return [
        ['span', label],
        ['span', { class: 'badge' }, look.badge],
      ];
  }
}

/** One field row in the page's layout. */
function fieldRow(layout: Layout, label: string, value: string, look: FieldLook = PLAIN): Part[] {
  const shown = carried(value, look);
  const text = typeof shown === 'string';
  const name = dressed(label, look);
  const bare = label.replace(/:$/, '');
  switch (layout) {
    case 'dl':
      return [
        ['dt', ...name],
        ['dd', shown],
      ];
    case 'grid':
      return [['div', { class: 'row' }, ['div', { class: 'lbl' }, ...name], ['div', { class: 'val' }, shown]]];
    case 'inline':
      // A paragraph cannot hold a box (an input group would end it): a value in a box stands in a div's line.
      return [text ? ['p', `${bare}: ${value}`] : ['div', `${bare}: `, shown]];
    case 'boldColon':
      return [['div', ['b', `${bare}:`], ' ', shown]];
    case 'tableRow':
      return [['tr', ['th', ...name], ['td', shown]]];
    case 'tableColumn':
      return [['table', ['thead', ['tr', ['th', ...name]]], ['tbody', ['tr', ['td', shown]]]]];
    case 'cellPair':
      // Ant Design's Descriptions without borders: label and value side by side inside one cell.
      return [['td', ['div', ['span', { class: 'label' }, ...name], ['span', { class: 'content' }, shown]]]];
    case 'colonSpan':
      return [['div', ['span', bare], ['span', ':'], ' ', ['span', shown]]];
    case 'card':
      // A design system's card: the label in its header beside an icon or a badge, the value in its body.
      return [['div', { class: 'card' }, ['div', { class: 'card-header' }, ...name], ['div', { class: 'card-body' }, ['div', text ? ['span', shown] : shown]]]];
    case 'input':
      return [['div', { class: 'field' }, ['label', ...name], text ? ['input', { readonly: '', value }] : shown]];
    case 'truncated': {
      const short = value.length > 16 ? `${value.slice(0, 6)}…${value.slice(-4)}` : value;
      return [
        [
          'div',
          { class: 'row' },
          ['span', { class: 'lbl' }, ...name],
          ['span', { class: 'val', title: value }, short],
          ['i', { class: 'icon' }, '⧉'],
          ['button', { type: 'button', 'data-clipboard-text': value }, look.copyWord],
        ],
      ];
    }
    case 'captionBelow':
      return [['div', { class: 'stat' }, ['strong', shown], ['small', ...name]]];
  }
}

/** One field row as a web component of `form` (in a grid's rows: a table cannot hold a custom element). */
function shadowRow(form: ShadowForm, label: string, value: string, look: FieldLook): Part[] {
  const name = dressed(label, look);
  const shown = carried(value, look);
  switch (form) {
    case 'slottedValue':
      return [['jm-field', ['template', { shadowrootmode: 'open' }, ['div', { class: 'lbl' }, ...name], ['div', { class: 'val' }, ['slot']]], shown]];
    case 'closed':
      return [['jm-field', ['template', { shadowrootmode: 'closed' }, ...fieldRow('grid', label, value, look)]]];
    case 'slottedLabel':
      return [
        [
          'jm-field',
          ['template', { shadowrootmode: 'open' }, ['header', ['slot', { name: 'title' }]], ['div', { class: 'val' }, shown]],
          ['span', { slot: 'title' }, ...name],
        ],
      ];
    case 'siblingRoots':
      // A label component and a value component side by side, each painting its part in its own (closed) root.
      return [
        [
          'div',
          { class: 'row' },
          ['jm-label', ['template', { shadowrootmode: 'closed' }, ['span', { class: 'lbl' }, ...name]]],
          ['jm-value', ['template', { shadowrootmode: 'closed' }, ['span', { class: 'val' }, shown]]],
        ],
      ];
  }
}

/** Rows of one layout inside the container that layout needs. */
function block(layout: Layout, rows: Part[][]): Part {
  const flat = rows.flat();
  if (layout === 'dl') return ['dl', ...flat];
  if (layout === 'tableRow') return ['table', ['tbody', ...flat]];
  if (layout === 'cellPair') return ['table', ['tbody', ...rows.map((cells) => ['tr', ...cells] as Part)]];
  return ['div', { class: 'fields' }, ...flat];
}

type SectionStyle = 'h2' | 'h3' | 'divTitle' | 'cardHeader' | 'fieldset';
function section(style: SectionStyle, title: string, body: Part): Part {
  switch (style) {
    case 'h2':
      return ['section', ['h2', title], body];
    case 'h3':
      return ['div', ['h3', title], body];
    case 'divTitle':
      return ['div', ['div', { class: 'section-title' }, title], body];
    case 'cardHeader':
      return ['div', { class: 'card' }, ['div', { class: 'card-header' }, ['h4', title], ['a', { href: '#' }, '✎']], ['div', { class: 'card-body' }, body]];
    case 'fieldset':
      return ['fieldset', ['legend', title], body];
  }
}

const HIDE: Record<Hiding, Record<string, string>> = {
  displayNone: { style: 'display:none' },
  hiddenAttribute: { hidden: '' },
  visibilityHidden: { style: 'visibility:hidden' },
  ariaHidden: { 'aria-hidden': 'true' },
  offscreen: { style: 'position:absolute;left:-9999px;top:0' },
  zeroSize: { style: 'width:0;height:0;overflow:hidden' },
};

export interface CorpusOptions {
  /** Include hidings that only a layout engine can see through (off-screen, zero-size). */
  layoutEngine: boolean;
}

export function pageArbitrary(options: CorpusOptions): fc.Arbitrary<GeneratedPage> {
  return inputArbitrary(options).map((input) => build(input));
}

function inputArbitrary(options: CorpusOptions): fc.Arbitrary<BuildInput> {
  const hidings: Hiding[] = [
    'displayNone',
    'hiddenAttribute',
    'visibilityHidden',
    'ariaHidden',
    ...(options.layoutEngine ? (['offscreen', 'zeroSize'] as const) : []),
  ];
  return fc.record({
    kind: fc.constantFrom<'store' | 'app'>('store', 'store', 'app'),
    lang: fc.constantFrom<'tr' | 'en'>('tr', 'en'),
    layout: fc.constantFrom<Layout>(...LAYOUTS),
    carrier: fc.constantFrom<Carrier>(...CARRIERS),
    labelDress: fc.constantFrom<LabelDress>(...LABEL_DRESSES),
    /** An aside after the label: a help mark, or the English word beside the Turkish one. */
    aside: fc.constantFrom('', '', ' (?)', ' *'),
    /** Invisible format characters inside the value, as some UI kits insert them. */
    zeroWidth: fc.boolean(),
    labelCase: fc.constantFrom<LabelCase>('asIs', 'asIs', 'upper', 'lower'),
    colon: fc.boolean(),
    sectionStyle: fc.constantFrom<SectionStyle>('h2', 'h3', 'divTitle', 'cardHeader', 'fieldset'),
    weakLabel: fc.boolean(),
    labelPick: fc.nat(),
    position: fc.nat(4),
    decoys: fc.uniqueArray(
      fc.constantFrom<Decoy>(
        'productTable',
        'productCards',
        'orderTable',
        'productDetailId',
        'helpText',
        'hiddenWidget',
        'otherStoresList',
        'secondStoreCard',
        'otherAppsTable',
        'buyerChat',
        'webhookSection',
        'skeleton',
      ),
      { maxLength: 3 },
    ),
    hiding: fc.constantFrom(...hidings),
    productRows: fc.integer({ min: 2, max: 6 }),
    storeId: hex(24),
    clientId: hex(16),
    secret: hex(32),
    decoyIds: fc.array(hex(24), { minLength: 8, maxLength: 8 }),
    decoyClient: hex(16),
    decoySecret: hex(32),
  });
}

/**
 * Every carrier in every layout under every label dress, in both languages and both kinds of page: the rest of each
 * page (decoys, cases, sections) drawn from `seed`. The random corpus meets these too, only not each one surely.
 */
export function everyCarrierPage(seed: number, options: CorpusOptions): GeneratedPage[] {
  const grid = LAYOUTS.flatMap((layout) =>
    CARRIERS.flatMap((carrier) => LABEL_DRESSES.flatMap((labelDress) => (['tr', 'en'] as const).map((lang) => ({ layout, carrier, labelDress, lang })))),
  );
  const bases = fc.sample(inputArbitrary(options), { numRuns: grid.length, seed });
  return grid.map((cell, index) => {
    const base = bases[index] as BuildInput;
    return build({ ...base, ...cell, kind: index % 3 === 2 ? 'app' : 'store' });
  });
}

/**
 * The page's own ID fields as web components of each shadow form, in each carrier, label dress and language, on both
 * kinds of page, among the same decoys as any page (drawn from `seed`). Their roots are declared in the markup:
 * attachDeclaredShadows attaches them once the page is shown.
 */
export function shadowPages(seed: number, options: CorpusOptions): GeneratedPage[] {
  const grid = SHADOW_FORMS.flatMap((shadow) =>
    CARRIERS.flatMap((carrier) => LABEL_DRESSES.flatMap((labelDress) => (['tr', 'en'] as const).map((lang) => ({ shadow, carrier, labelDress, lang })))),
  );
  const bases = fc.sample(inputArbitrary(options), { numRuns: grid.length, seed });
  return grid.map((cell, index) => {
    const base = bases[index] as BuildInput;
    return build({ ...base, ...cell, layout: 'grid', kind: index % 3 === 2 ? 'app' : 'store' });
  });
}

type BuildInput = {
  kind: 'store' | 'app';
  lang: 'tr' | 'en';
  layout: Layout;
  carrier: Carrier;
  labelDress: LabelDress;
  labelCase: LabelCase;
  colon: boolean;
  aside: string;
  zeroWidth: boolean;
  sectionStyle: SectionStyle;
  weakLabel: boolean;
  labelPick: number;
  position: number;
  decoys: Decoy[];
  hiding: Hiding;
  productRows: number;
  storeId: string;
  clientId: string;
  secret: string;
  decoyIds: string[];
  decoyClient: string;
  decoySecret: string;
  shadow?: ShadowForm;
};

function build(input: BuildInput): GeneratedPage {
  const words = WORDS[input.lang];
  const pick = <T>(list: readonly T[]) => list[input.labelPick % list.length] as T;
  const form = (label: string) => labelForm(`${label}${input.aside}`, input.labelCase, input.colon);
  // Every field of the page and of its decoys shows its value the same way: a decoy of the same shape.
  const look: FieldLook = {
    carrier: input.layout === 'truncated' ? 'text' : input.carrier,
    dress: input.labelDress,
    variant: input.labelPick,
    copyWord: words.copy,
    tip: words.tip,
    badge: words.badges[input.labelPick % words.badges.length] as string,
  };
  const textual = look.carrier === 'text' || look.carrier === 'output' || look.carrier === 'code' || look.carrier === 'samp' || look.carrier === 'kbd';
  // Zero-width spaces inside an ID's text (not in an input, whose value the seller would copy whole).
  const shown = (value: string) => (input.zeroWidth && input.layout !== 'input' && textual ? `${value.slice(0, 8)}\u200b${value.slice(8)}` : value);
  const ids = [...input.decoyIds];
  const nextId = () => ids.shift() ?? input.decoyIds[0] ?? '';
  const decoys =
    input.kind === 'store'
      ? input.decoys.filter((decoy) => decoy !== 'otherAppsTable' && decoy !== 'webhookSection')
      : input.decoys.filter((decoy) => decoy !== 'secondStoreCard');
  // A bare "ID" is only the Store ID's label under the store's general section, on a store page.
  const weakLabel = input.kind === 'store' && input.weakLabel;
  const expected: GeneratedPage['expected'] = { storeId: null, clientId: null, secret: null };
  const main: Part[] = [];
  const idRow = (label: string, value: string) => (input.shadow ? shadowRow(input.shadow, label, value, look) : fieldRow(input.layout, label, value, look));

  if (input.kind === 'store') {
    const rows = words.other.map(([label, value]) => fieldRow(input.layout, form(label), value, look));
    const storeLabel = weakLabel ? form('ID') : form(pick(words.storeLabels));
    rows.splice(input.position % (rows.length + 1), 0, idRow(storeLabel, shown(input.storeId)));
    main.push(['h1', words.other[0]?.[1] ?? '']);
    main.push(section(input.sectionStyle, pick(words.sections), block(input.layout, rows)));
    expected.storeId = input.storeId;
  } else {
    const rows = words.appOther.map(([label, value]) => fieldRow(input.layout, form(label), value, look));
    rows.splice(input.position % (rows.length + 1), 0, idRow(form(pick(words.clientLabels)), shown(input.clientId)));
    rows.push(idRow(form(pick(words.secretLabels)), shown(input.secret)));
    main.push(['h1', 'ShopiVerse']);
    main.push(block(input.layout, rows));
    expected.clientId = input.clientId;
    expected.secret = input.secret;
  }

  const storeLabel = pick(words.storeLabels);
  for (const decoy of decoys) {
    switch (decoy) {
      case 'productTable': {
        const label = pick(words.productIdLabels);
        const body = Array.from(
          { length: input.productRows },
          (_, i) => ['tr', ['td', nextId()], ['td', `${words.product} ${i + 1}`], ['td', `${100 + i},90 TRY`]] as Part,
        );
        main.push(['h3', words.products], ['table', ['thead', ['tr', ['th', label], ['th', words.product], ['th', '₺']]], ['tbody', ...body]]);
        break;
      }
      case 'productCards': {
        const label = pick(words.productIdLabels);
        const items = Array.from(
          { length: input.productRows },
          (_, i) => ['li', ['span', `${words.product} ${i + 1}`], ['div', ['span', label], ['span', nextId()]]] as Part,
        );
        main.push(['ul', { class: 'products' }, ...items]);
        break;
      }
      case 'orderTable': {
        const body = Array.from({ length: input.productRows }, () => ['tr', ['td', nextId()], ['td', nextId()]] as Part);
        main.push(['h3', words.orders], ['table', ['thead', ['tr', ['th', words.orderIdLabel], ['th', 'ID']]], ['tbody', ...body]]);
        break;
      }
      case 'productDetailId':
        main.push(section('h3', words.productDetail, ['div', ['div', 'ID'], ['div', nextId()]]));
        break;
      case 'helpText':
        main.push([
          'p',
          { class: 'help' },
          ...words.help(input.kind === 'store' ? storeLabel : pick(words.clientLabels), input.kind === 'store' ? nextId() : input.decoyClient),
        ]);
        break;
      case 'hiddenWidget': {
        const rows =
          input.kind === 'store'
            ? [fieldRow('grid', storeLabel, nextId(), look)]
            : [fieldRow('grid', pick(words.clientLabels), input.decoyClient, look), fieldRow('grid', pick(words.secretLabels), input.decoySecret, look)];
        main.push(['div', { class: 'widget', ...HIDE[input.hiding] }, ...rows.flat()]);
        break;
      }
      case 'otherStoresList': {
        const items = Array.from(
          { length: input.productRows },
          (_, i) => ['li', ['a', { href: '#' }, `${words.other[0]?.[1]} ${i + 2}`], ['p', `${storeLabel}: ${nextId()}`]] as Part,
        );
        main.push(['aside', ['h3', words.otherStores], ['ul', ...items]]);
        break;
      }
      case 'secondStoreCard':
        // A second store's ID under a strong label of its own, in another box. Beside "Kimlik No" under "Genel Bilgi"
        // it is plainly another store; beside a bare "ID" the page truly names two stores, and the seller chooses.
        main.push(['aside', ['h3', words.otherStores], ['div', ['div', storeLabel], ['div', nextId()]]]);
        if (weakLabel) expected.storeId = 'ambiguous';
        break;
      case 'buyerChat': {
        // A buyer quotes a label and a value of the right shape in a conversation: their words, not the page's.
        const quoted = input.kind === 'store' ? `${storeLabel}: ${nextId()}` : `${pick(words.secretLabels)}: ${input.decoySecret}`;
        main.push(['section', ['h3', words.chat], ['div', { role: 'log' }, ['p', quoted]]]);
        break;
      }
      case 'webhookSection':
        // A webhook's signing secret under a label that does not say whose, laid out as the app's own fields.
        main.push(
          section(
            'h3',
            words.webhook,
            block(input.layout, [
              fieldRow(input.layout, 'URL', 'https://app.shopiverse.tech/hooks/joom', look),
              fieldRow(input.layout, words.webhookSecretLabel, input.decoySecret, look),
            ]),
          ),
        );
        break;
      case 'skeleton': {
        // A card still loading: the label and a placeholder of the value's length, painted transparent on grey.
        const [label, length] = input.kind === 'store' ? [storeLabel, 24] : [pick(words.secretLabels), 32];
        main.push(['div', { 'aria-busy': 'true', style: 'color:transparent;background:#eee' }, ...fieldRow(input.layout, label, '0'.repeat(length), look)]);
        break;
      }
      case 'otherAppsTable': {
        const label = pick(words.clientLabels);
        const body = Array.from({ length: input.productRows }, (_, i) => ['tr', ['td', `App ${i}`], ['td', nextId().slice(0, 16)]] as Part);
        main.push(['h3', words.otherApps], ['table', ['thead', ['tr', ['th', 'Unvan'], ['th', label]]], ['tbody', ...body]]);
        break;
      }
    }
  }
  const html = render(['main', ...main]);
  return {
    kind: input.kind,
    lang: input.lang,
    layout: input.layout,
    carrier: look.carrier,
    labelDress: input.labelDress,
    decoys,
    hiding: decoys.includes('hiddenWidget') ? input.hiding : undefined,
    shadow: input.shadow,
    weakLabel,
    html,
    expected,
  };
}

export type Outcome = 'right' | 'ambiguousRight' | 'wrong' | 'undecided' | 'falseAmbiguous';

/** Judge one field's decision against the page's answer. */
export function judge(expected: Answer, decision: { value?: string; ambiguous: boolean }): Outcome | undefined {
  if (expected === null) return decision.value ? 'wrong' : undefined;
  if (expected === 'ambiguous') return decision.ambiguous ? 'ambiguousRight' : decision.value ? 'wrong' : 'undecided';
  if (decision.value === expected) return 'right';
  if (decision.value) return 'wrong';
  return decision.ambiguous ? 'falseAmbiguous' : 'undecided';
}
