import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchBundle } from '../../bench/bundle';
import { BROWSER } from './drivers';
import { decideCredentials, decideWithOffers, type OfflinePage, openOfflinePage } from './drivers/offline';

// A caption under its value, laid out flat: "<b>5ac4…</b><small>Kimlik No</small><b>7d1f…</b><small>Müşteri Kimlik
// Numarası</small>…" in one box (the review of s43, F2, F2b, F3b). Read in order alone, each caption took the next
// value: the Client ID was given the Secret Key, the Secret Key a webhook's ID after it. The run of boxes says which
// way it goes by its values' shapes (core/places.ts runReading): each caption's value stands before it. The class:
// every value and caption markup, the fields in every order, with another captioned ID before or after them, one
// field on a line of its own, one field showing no value, in both languages. Each field shown is read as its own;
// a field whose caption has no value before it is never given another's.

const VALUES = { storeId: '5ac428108b2c3703c514adae', clientId: '7d1f04b2e9a36c58', secret: '3e9a0c7f51b24d86a1f09e3c7b5d2a48' } as const;
const OTHER = '9e0f1a2b3c4d5e6f70819203';
type Field = keyof typeof VALUES;
const FIELDS = Object.keys(VALUES) as Field[];
const LABELS: Record<'tr' | 'en', Record<Field, string>> = {
  tr: { storeId: 'Kimlik No', clientId: 'Müşteri Kimlik Numarası', secret: 'Gizli Anahtar' },
  en: { storeId: 'Store ID', clientId: 'Client ID', secret: 'Client secret' },
};

/** A value and its caption, as a panel draws a tile: the value's box, then the caption's. */
const PAIRS: Record<string, (value: string, caption: string) => string> = {
  'bold and small': (value, caption) => `<b>${value}</b><small>${caption}</small>`,
  'code and span': (value, caption) => `<code>${value}</code><span>${caption}</span>`,
  'strong and div': (value, caption) => `<strong>${value}</strong><div style="font-size:12px;color:#555">${caption}</div>`,
  'component and small': (value, caption) => `<x-id><template shadowrootmode="open"><span>${value}</span></template></x-id><small>${caption}</small>`,
};

/** The box the tiles stand in, flat. */
const BOXES: Record<string, (tiles: string) => string> = {
  inline: (tiles) => `<div>${tiles}</div>`,
  'wrapped flex': (tiles) => `<div style="display:flex;flex-wrap:wrap;gap:4px 12px">${tiles}</div>`,
  'grid, value over caption': (tiles) => `<div style="display:grid;grid-auto-flow:column;grid-template-rows:auto auto;gap:2px 24px">${tiles}</div>`,
};

const ORDERS: Field[][] = [
  ['storeId', 'clientId', 'secret'],
  ['secret', 'clientId', 'storeId'],
  ['clientId', 'secret', 'storeId'],
];

/**
 * What else stands in the run: another captioned ID of the Store ID's shape after the fields or before them, or
 * nothing. A webhook's ID makes the group a webhook's: a bare "Kimlik No" or "Gizli Anahtar" among its fields may be the
 * webhook's (core/qualify.ts aboutOtherObject), so there a field may be refused, never given another's value.
 */
const EXTRAS: Record<string, { at: 'before' | 'after'; caption: string; mayRefuse?: true } | undefined> = {
  none: undefined,
  'a reference after': { at: 'after', caption: 'Referans' },
  'a reference before': { at: 'before', caption: 'Referans' },
  'a webhook ID after': { at: 'after', caption: 'Webhook ID', mayRefuse: true },
};

/** Which field is not in the run: none, one on a line of its own under it, or one whose caption shows no value. */
const APART: Record<string, 'line' | 'empty' | undefined> = { 'all three': undefined, 'one on its own line': 'line', 'one with no value': 'empty' };

type Page = { what: string; html: string; unread?: Field; mayRefuse?: true };

function* pages(): Generator<Page> {
  for (const language of ['tr', 'en'] as const) {
    for (const [pairName, pair] of Object.entries(PAIRS)) {
      for (const [boxName, box] of Object.entries(BOXES)) {
        for (const order of ORDERS) {
          for (const [extraName, extra] of Object.entries(EXTRAS)) {
            for (const [apartName, apart] of Object.entries(APART)) {
              // The field apart is the run's middle one: neither end changes which way the run goes.
              const odd = apart ? order[1] : undefined;
              const tiles = order
                .filter((field) => !(apart === 'line' && field === odd))
                .map((field) => pair(field === odd ? '' : VALUES[field], LABELS[language][field]));
              const other = extra && pair(OTHER, extra.caption);
              if (other && extra.at === 'after') tiles.push(other);
              if (other && extra.at === 'before') tiles.unshift(other);
              const line = apart === 'line' && odd ? `<p>${LABELS[language][odd]}: <span>${VALUES[odd]}</span></p>` : '';
              yield {
                what: `${language}, ${pairName}, ${boxName}, ${order.join(' ')}, ${extraName}, ${apartName}`,
                html: `<main><h1>ShopiVerse</h1><section>${box(tiles.join(''))}${line}</section></main>`,
                unread: apart === 'empty' ? odd : undefined,
                // A value at each end, every label's value fitting its field either way (the Store ID last, another
                // ID of its shape after it): the run does not say which way it goes, and the seller is asked.
                ...((extra?.mayRefuse || (extra?.at === 'after' && order.at(-1) === 'storeId')) && { mayRefuse: true }),
              };
            }
          }
        }
      }
    }
  }
}

describe(`a caption under its value, laid out flat, is its value's (${BROWSER})`, () => {
  let offline: OfflinePage | undefined;
  beforeAll(async () => {
    offline = await openOfflinePage(BROWSER, 'https://merchant.joom.com/panel/captions', await benchBundle(), { width: 1280, height: 800 });
  });
  afterAll(async () => {
    await offline?.close();
  });

  it('reads each caption’s value before it, never the next caption’s, and gives a caption with none no other value', async () => {
    const all = [...pages()];
    const wrong: string[] = [];
    for (const { what, html, unread, mayRefuse } of all) {
      const decided = await decideCredentials(offline as OfflinePage, html);
      for (const field of FIELDS) {
        const read = decided[field];
        const right = field === unread ? read === null : read === VALUES[field] || (mayRefuse && read === null);
        if (!right) wrong.push(`${what}: ${field} read ${read}`);
      }
    }
    expect(all.length).toBe(2 * 4 * 3 * 3 * 4 * 3);
    expect(wrong.join('\n')).toBe('');
  }, 300_000);
});

// The same class in the variants the review of s44 (5) found still wrong: values in read-only inputs, a copy button
// between each value and its caption, the captions at the top of a shadow root, a table row of values then captions,
// values shortened with the whole one in a copy attribute. Each field is read as its own or refused, never given
// another's; the same boxes laid out label first (the label, then its value) are read right, as they were.

const COPY: Record<'tr' | 'en', string> = { tr: 'Kopyala', en: 'Copy' };
const shortened = (value: string) => `${value.slice(0, 6)}…${value.slice(-4)}`;

/** One field's boxes, captions after their values (`captions`) or labels before them, per variant; and the run's box. */
const VARIANTS: Record<string, { pair: (value: string, label: string, copy: string, captions: boolean) => string; box: (tiles: string) => string }> = {
  'read-only inputs': {
    pair: (value, label, _copy, captions) =>
      captions ? `<input readonly value="${value}"><small>${label}</small>` : `<small>${label}</small><input readonly value="${value}">`,
    box: (tiles) => `<div>${tiles}</div>`,
  },
  'a copy button after each value': {
    pair: (value, label, copy, captions) =>
      captions ? `<b>${value}</b><button>${copy}</button><small>${label}</small>` : `<small>${label}</small><b>${value}</b><button>${copy}</button>`,
    box: (tiles) => `<div>${tiles}</div>`,
  },
  // A copy button named by an icon alone (its name in aria-label): stepped over as a worded one is (s47).
  'an icon copy button after each value': {
    pair: (value, label, copy, captions) => {
      const button = `<button aria-label="${copy}"><svg width="12" height="12"><rect width="12" height="12"></rect></svg></button>`;
      return captions ? `<b>${value}</b>${button}<small>${label}</small>` : `<small>${label}</small><b>${value}</b>${button}`;
    },
    box: (tiles) => `<div>${tiles}</div>`,
  },
  'at the top of a shadow root': {
    pair: (value, label, _copy, captions) => (captions ? `<b>${value}</b><small>${label}</small>` : `<small>${label}</small><b>${value}</b>`),
    box: (tiles) => `<x-c><template shadowrootmode="open">${tiles}</template></x-c>`,
  },
  'a table row': {
    pair: (value, label, _copy, captions) => (captions ? `<td>${value}</td><td>${label}</td>` : `<td>${label}</td><td>${value}</td>`),
    box: (tiles) => `<table><tbody><tr>${tiles}</tr></tbody></table>`,
  },
  'shortened, the whole in data-copy': {
    pair: (value, label, _copy, captions) =>
      captions
        ? `<b data-copy="${value}">${shortened(value)}</b><small>${label}</small>`
        : `<small>${label}</small><b data-copy="${value}">${shortened(value)}</b>`,
    box: (tiles) => `<div>${tiles}</div>`,
  },
};

function* variantPages(): Generator<Page & { captions: boolean }> {
  for (const language of ['tr', 'en'] as const) {
    for (const [name, variant] of Object.entries(VARIANTS)) {
      for (const order of ORDERS) {
        for (const captions of [true, false]) {
          const tiles = order.map((field) => variant.pair(VALUES[field], LABELS[language][field], COPY[language], captions)).join('');
          yield {
            what: `${language}, ${name}, ${captions ? 'captions after values' : 'labels before values'}, ${order.join(' ')}`,
            html: `<main><h1>ShopiVerse</h1><section>${variant.box(tiles)}</section></main>`,
            captions,
          };
        }
      }
    }
  }
}

describe(`captions after inputs, copy buttons, at a root's top, in a row, shortened: never another's value (${BROWSER})`, () => {
  let offline: OfflinePage | undefined;
  beforeAll(async () => {
    offline = await openOfflinePage(BROWSER, 'https://merchant.joom.com/panel/captions', await benchBundle(), { width: 1280, height: 800 });
  });
  afterAll(async () => {
    await offline?.close();
  });

  it('reads each caption’s value or refuses it, and reads labels before their values right', async () => {
    const all = [...variantPages()];
    const wrong: string[] = [];
    const wrongPages = new Set<string>();
    for (const { what, html, captions } of all) {
      const decided = await decideCredentials(offline as OfflinePage, html);
      for (const field of FIELDS) {
        const read = decided[field];
        // Captions after their values: the value or a refusal (where either reading fits, the seller is asked).
        const right = read === VALUES[field] || (captions && read === null);
        if (!right) {
          wrong.push(`${what}: ${field} read ${read}`);
          wrongPages.add(what);
        }
      }
    }
    expect(all.length).toBe(2 * 6 * 3 * 2);
    expect(`${wrongPages.size} pages, ${wrong.length} reads wrong\n${wrong.join('\n')}`).toBe('0 pages, 0 reads wrong\n');
  }, 300_000);
});

// A value's box holding more than its value, in a run of labels and values (the second review of s46, F2, F4): a copy
// component's shadow "Kopyala" button, a hidden "Kopyalandı" tooltip, an icon's title. The run was told by the box's
// whole text, button names and hidden text in it ("5ac4…adaeKopyala"): the Store ID no longer fit its label, the run
// read as captions, and the Secret Key was given the Client ID's value, the Client ID offered the Store ID. The class:
// every such dress on each field's value, in every flat layout, label first or caption after; a run is told by the
// text a value is read by (what the seller sees, without a control's name), so each field is read as its own.

const DRESSES: Record<string, (value: string, copy: string) => string> = {
  none: (value) => `<span>${value}</span>`,
  'a copy button joined': (value, copy) => `<span>${value}</span><button>${copy}</button>`,
  'a copy component': (value, copy) => `<x-copy><template shadowrootmode="open"><slot></slot><button>${copy}</button></template><span>${value}</span></x-copy>`,
  'a copy component, split value': (value, copy) =>
    `<x-copy><template shadowrootmode="open"><slot></slot><button>${copy}</button></template><span>${value.slice(0, 12)}</span><span>${value.slice(12)}</span></x-copy>`,
  'a visually hidden note': (value) =>
    `<span>${value}</span><span style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap">Kopyalandı</span>`,
  'a tooltip not shown': (value) => `<span>${value}</span><span style="display:none">Kopyalandı</span>`,
  'an icon with a title': (value, copy) => `<span>${value}</span><svg width="12" height="12"><title>${copy}</title><rect width="12" height="12"></rect></svg>`,
  'an icon font': (value) => `<span>${value}</span><i aria-hidden="true" style="font-style:normal">content_copy</i>`,
};

/** A flat run of label and value boxes: a label's box and its value's, in the order the run reads. */
const RUNS: Record<string, { cell: (inner: string) => string; box: (cells: string) => string }> = {
  'a grid of two columns': {
    cell: (inner) => `<div>${inner}</div>`,
    box: (cells) => `<div style="display:grid;grid-template-columns:220px 1fr;gap:8px">${cells}</div>`,
  },
  'a table row': { cell: (inner) => `<td>${inner}</td>`, box: (cells) => `<table><tbody><tr>${cells}</tr></tbody></table>` },
  'a wrapped flex': { cell: (inner) => `<div>${inner}</div>`, box: (cells) => `<div style="display:flex;flex-wrap:wrap;gap:6px 12px">${cells}</div>` },
  'inline boxes': { cell: (inner) => `<span style="display:inline-block;margin-right:10px">${inner}</span>`, box: (cells) => `<div>${cells}</div>` },
};

function* dressedPages(): Generator<Page & { captions: boolean }> {
  for (const language of ['tr', 'en'] as const) {
    for (const [dressName, dress] of Object.entries(DRESSES)) {
      for (const [runName, run] of Object.entries(RUNS)) {
        for (const dressed of FIELDS) {
          for (const captions of [false, true]) {
            const cells = FIELDS.map((field) => {
              const value = run.cell(field === dressed ? dress(VALUES[field], COPY[language]) : `<span>${VALUES[field]}</span>`);
              const label = run.cell(LABELS[language][field]);
              return captions ? value + label : label + value;
            }).join('');
            yield {
              what: `${language}, ${dressName} on the ${dressed}, ${runName}, ${captions ? 'captions after values' : 'labels before values'}`,
              html: `<main><h2>${language === 'tr' ? 'API Erişimi' : 'API access'}</h2>${run.box(cells)}</main>`,
              captions,
            };
          }
        }
      }
    }
  }
}

describe(`a value's box holding a control's name or hidden text tells no run the wrong way (${BROWSER})`, () => {
  let offline: OfflinePage | undefined;
  beforeAll(async () => {
    offline = await openOfflinePage(BROWSER, 'https://merchant.joom.com/panel/captions', await benchBundle(), { width: 1280, height: 800 });
  });
  afterAll(async () => {
    await offline?.close();
  });

  it('reads each field as its own, and offers no field another’s value', async () => {
    const all = [...dressedPages()];
    const wrong: string[] = [];
    const wrongPages = new Set<string>();
    for (const { what, html, captions } of all) {
      const decided = await decideWithOffers(offline as OfflinePage, html);
      for (const field of FIELDS) {
        const { value, offered } = decided[field];
        // Labels before values: read. Captions after values: read, or refused where the run reads either way.
        const right = value === VALUES[field] || (captions && value === null);
        const foreign = offered.filter((item) => item !== VALUES[field]);
        if (!right || foreign.length > 0) {
          wrong.push(`${what}: ${field} read ${value}${foreign.length > 0 ? `, offered ${foreign.join(' ')}` : ''}`);
          wrongPages.add(what);
        }
      }
    }
    expect(all.length).toBe(2 * 8 * 4 * 3 * 2);
    expect(`${wrongPages.size} pages, ${wrong.length} reads wrong\n${wrong.join('\n')}`).toBe('0 pages, 0 reads wrong\n');
  }, 300_000);
});

// The attack review of s47 (F3, F4): a run of labels before values whose Store ID box reads as another shape (a badge
// joined to it, upper case, a digit too many) and whose secret is behind "Göster" or empty read as captions, and the
// Secret Key took the Client ID's value; a Client ID with a footnote's <sup>2</sup> or a badge joined to it was decided
// as one junk string. Each field is now its own value or refused, never another field's, never a string with a mark.
const gridOf = (cells: string) => `<main><h2>API Erişimi</h2><div style="display:grid;grid-template-columns:220px 1fr;gap:8px">${cells}</div></main>`;
const SECRET_BEHIND: Record<string, string> = { 'behind “Göster”': '<button>Göster</button>', 'behind a “Göster” link': '<a href="#">Göster</a>', empty: '' };
const STORE_BOX: Record<string, string> = {
  'a badge joined': `<span>${VALUES.storeId}</span><span style="margin-left:8px;background:#dfd;padding:0 4px">Aktif</span>`,
  'upper case': `<span>${VALUES.storeId.toUpperCase()}</span>`,
  'a digit too many': `<span>${VALUES.storeId}0</span>`,
};
const REVIEW_S47: [string, string][] = [
  ...Object.entries(STORE_BOX).flatMap(([storeName, store]) =>
    Object.entries(SECRET_BEHIND).map(([secretName, secret]): [string, string] => [
      `the Store ID's box ${storeName}, the secret ${secretName}`,
      gridOf(
        `<div>Kimlik No</div><div>${store}</div><div>Müşteri Kimlik Numarası</div><div><span>${VALUES.clientId}</span></div><div>Gizli Anahtar</div><div>${secret}</div>`,
      ),
    ]),
  ),
  [
    'a flat run, the Store ID and a badge in one box, no secret',
    `<main><h2>API Erişimi</h2><div><small>Kimlik No</small> <b>${VALUES.storeId}Aktif</b> <small>Müşteri Kimlik Numarası</small> <b>${VALUES.clientId}</b> <small>Gizli Anahtar</small></div></main>`,
  ],
  ['the Client ID and a footnote mark', gridOf(`<div>Müşteri Kimlik Numarası</div><div><span>${VALUES.clientId}</span><sup>2</sup></div>`)],
  [
    'the Client ID and a badge joined after a label',
    `<main><h2>API Erişimi</h2><p>Müşteri Kimlik Numarası: <span><span>${VALUES.clientId}</span><span style="margin-left:6px;background:#dfd">Aktif</span></span></p></main>`,
  ],
];

describe(`a run with a value of another shape and a value not shown gives no field another's value (${BROWSER})`, () => {
  let offline: OfflinePage | undefined;
  beforeAll(async () => {
    offline = await openOfflinePage(BROWSER, 'https://merchant.joom.com/panel/captions', await benchBundle(), { width: 1280, height: 800 });
  });
  afterAll(async () => {
    await offline?.close();
  });

  it('decides each field as its own value or not at all', async () => {
    const wrong: string[] = [];
    for (const [what, html] of REVIEW_S47) {
      const decided = await decideCredentials(offline as OfflinePage, html);
      for (const field of FIELDS) {
        const read = decided[field];
        if (read !== null && read !== VALUES[field]) wrong.push(`${what}: ${field} read ${read}`);
      }
    }
    expect(wrong.join('\n')).toBe('');
  }, 120_000);
});
