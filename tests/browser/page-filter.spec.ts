import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchBundle } from '../../bench/bundle';
import { FIELDS, type Field } from '../../src/core/fields';
import { type HiddenPage, hiddenPageArbitrary, judgeHidden } from '../corpus/hidden-pages';
import { BROWSER } from './drivers';
import { decideCredentials, type OfflinePage, openOfflinePage } from './drivers/offline';

// A whole page drawn through a colour filter on its root (pages-s46, M3): a dark-mode extension's filter mode
// (Dark Reader's `invert(100%) hue-rotate(180deg) contrast(90%)` on <html>), an inverting or dimming user style. Every
// text and background is painted through it alike, so the reader judges what the seller sees by the colours it paints;
// it refused every such page before. The class: each filter, wherever the page sets its background (the root, the
// body, an app's container), in three layouts and both languages, reads the three values. And the same filter over
// the pages that hide a planted value by every technique of seen.spec still reads the visible value, never the planted one.

const VALUES = { storeId: '5ac428108b2c3703c514adae', clientId: '7d1f04b2e9a36c58', secret: '3e9a0c7f51b24d86a1f09e3c7b5d2a48' } as const;
const LABELS: Record<'tr' | 'en', Record<Field, string>> = {
  tr: { storeId: 'Kimlik No', clientId: 'Müşteri Kimlik Numarası', secret: 'Gizli Anahtar' },
  en: { storeId: 'Store ID', clientId: 'Client ID', secret: 'Client secret' },
};

/** Filters a page's root is drawn through: dark modes, a dimmer, a night tint. */
const FILTERS: Record<string, string> = {
  "Dark Reader's filter mode": 'invert(100%) hue-rotate(180deg) contrast(90%)',
  'invert and rotate': 'invert(1) hue-rotate(180deg)',
  'invert alone': 'invert(1)',
  dimmed: 'brightness(0.7)',
  'grey and sharper': 'grayscale(1) contrast(1.2)',
  'night tint': 'sepia(0.6) brightness(0.9)',
};

/** Where the page paints its background: the root's, the body's (given to the canvas), or an app's container. */
const BACKGROUNDS: Record<string, { style: string; wrap: (inner: string) => string }> = {
  'on the root': { style: 'html{background:#fff}', wrap: (inner) => inner },
  'on the body': { style: 'body{background:#fafafa}', wrap: (inner) => inner },
  "on an app's container": {
    style: '',
    wrap: (inner) => `<div style="background:#f4f5f7;padding:16px"><div style="background:#fff;padding:16px">${inner}</div></div>`,
  },
};

const LAYOUTS: Record<string, (rows: [string, string][]) => string> = {
  'definition list': (rows) => `<dl>${rows.map(([label, value]) => `<dt>${label}</dt><dd>${value}</dd>`).join('')}</dl>`,
  grid: (rows) =>
    `<div style="display:grid;grid-template-columns:220px 1fr;gap:8px">${rows.map(([label, value]) => `<div style="color:#555">${label}</div><div><code>${value}</code></div>`).join('')}</div>`,
  table: (rows) =>
    `<table><tbody>${rows.map(([label, value]) => `<tr><th style="text-align:left">${label}</th><td>${value}</td></tr>`).join('')}</tbody></table>`,
};

const filterStyle = (filter: string, background = '') => `<style>html{filter:${filter}}${background}</style>`;

function* filteredPages(): Generator<{ what: string; html: string }> {
  for (const language of ['tr', 'en'] as const) {
    for (const [filterName, filter] of Object.entries(FILTERS)) {
      for (const [backgroundName, background] of Object.entries(BACKGROUNDS)) {
        for (const [layoutName, layout] of Object.entries(LAYOUTS)) {
          const rows = FIELDS.map((field): [string, string] => [LABELS[language][field], VALUES[field]]);
          yield {
            what: `${language}, ${filterName}, background ${backgroundName}, ${layoutName}`,
            html: `${filterStyle(filter, background.style)}<main><h1>${language === 'tr' ? 'API Uygulaması' : 'API application'}</h1>${background.wrap(layout(rows))}</main>`,
          };
        }
      }
    }
  }
}

/**
 * A frame's page under its parent's root filter (the attack review of s47, F1): its text was judged unfiltered against
 * the parent's filtered paint, and white text on white, inverted to black on black, was read. [what, the page, the
 * Store ID the seller sees there or null]. Black text in a frame under the filter may be refused: the frame's canvas
 * is judged both as the parent's paint and as filtered (the safe side), as before the root's filter was judged at all.
 */
const W = '9e0f1a2b3c4d5e6f70819203';
const framed = (parent: string, frame: string) =>
  `<style>${parent} body{background:#fff}</style><main><h1>Anadolu Halı</h1><iframe style="border:0;width:600px;height:120px" srcdoc="<body style='margin:0'>${frame}</body>"></iframe></main>`;
const FRAMES: [string, string, string | null][] = [
  [
    "white text in a frame under Dark Reader's filter",
    framed('html{filter:invert(100%) hue-rotate(180deg)}', `<p style='color:#fff'>Kimlik No: ${W}</p>`),
    null,
  ],
  ['white text in a frame under a blacked-out page', framed('html{filter:brightness(0)}', `<p style='color:#fff'>Kimlik No: ${W}</p>`), null],
  ['white text in a frame, no filter', framed('', `<p style='color:#fff'>Kimlik No: ${W}</p>`), null],
  [
    "black text in a frame under Dark Reader's filter",
    framed('html{filter:invert(100%) hue-rotate(180deg)}', `<p>Kimlik No: ${VALUES.storeId}</p>`),
    VALUES.storeId,
  ],
];

describe(`a page drawn through a colour filter on its root is read as the seller sees it (${BROWSER})`, () => {
  let offline: OfflinePage | undefined;
  beforeAll(async () => {
    offline = await openOfflinePage(BROWSER, 'https://merchant.joom.com/panel/filtered', await benchBundle(), { width: 1280, height: 800 });
  });
  afterAll(async () => {
    await offline?.close();
  });

  it('reads the three values under every filter, wherever the page sets its background', async () => {
    const all = [...filteredPages()];
    const wrong: string[] = [];
    for (const { what, html } of all) {
      const decided = await decideCredentials(offline as OfflinePage, html);
      const read = FIELDS.map((field) => (decided[field] === VALUES[field] ? field[0] : '-')).join('');
      if (read !== 'scs') wrong.push(`${what}: ${read}`);
    }
    expect(all.length).toBe(2 * 6 * 3 * 3);
    expect(`${wrong.length} pages misread\n${wrong.join('\n')}`).toBe('0 pages misread\n');
  }, 300_000);

  it("judges a frame's text through its parent's root filter", async () => {
    const wrong: string[] = [];
    for (const [what, html, expected] of FRAMES) {
      const read = await (offline as OfflinePage).evaluate(async (markup: string) => {
        // Shown as decidePage shows a page (parsed, imported), the frames' own pages loaded before the reading.
        const parsed = new DOMParser().parseFromString(`<!doctype html><body>${markup}</body>`, 'text/html');
        document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
        await Promise.all(
          [...document.querySelectorAll('iframe')].map(
            (frame) =>
              new Promise((resolve) => (frame.contentDocument?.body?.childElementCount ? resolve(0) : frame.addEventListener('load', resolve, { once: true }))),
          ),
        );
        const bench = (window as unknown as { benchmark: { find(): { type: string; storeId?: string }[] } }).benchmark;
        return bench.find().find((message) => message.type === 'joom/store')?.storeId ?? null;
      }, html);
      if (read !== expected && !(expected !== null && read === null)) wrong.push(`${what}: read ${read}, expected ${expected}`);
    }
    expect(wrong.join('\n')).toBe('');
  }, 60_000);

  it('never reads a planted value the seller cannot see under any of these filters, by every hiding technique', async () => {
    const found: string[] = [];
    let refused = 0;
    let pages = 0;
    for (const [index, [filterName, filter]] of Object.entries(FILTERS).entries()) {
      for (const generated of fc.sample(hiddenPageArbitrary(), { numRuns: 50, seed: 20261207 + index })) {
        pages++;
        const html = `${filterStyle(filter, 'html{background:#fff}')}${generated.html}`;
        const decisions = await (offline as OfflinePage).evaluate((markup: string) => {
          scrollTo(0, 0);
          return (window as unknown as { benchmark: { decidePage(html: string): Record<Field, { value?: string; ambiguous: boolean }> } }).benchmark.decidePage(
            markup,
          );
        }, html);
        for (const field of FIELDS) {
          const miss = judgeHidden(generated as HiddenPage, field, decisions[field]);
          // Taking the planted value is the hole; a refusal of the visible one is the safe side, counted apart.
          if (miss && /^decided (nothing|a choice), not /.test(miss)) refused++;
          else if (miss) found.push(`${filterName}, ${generated.technique} ${generated.layout} ${generated.place}: ${field} ${miss}`);
        }
      }
    }
    console.log(`${pages} hidden-value pages under a root filter in ${BROWSER}: ${found.length} wrong reads, ${refused} visible values refused`);
    expect(pages).toBe(300);
    expect(found.join('\n')).toBe('');
  }, 300_000);
});
