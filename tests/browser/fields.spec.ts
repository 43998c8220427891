import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchBundle } from '../../bench/bundle';
import { BROWSER } from './drivers';
import { misreadPages, type OfflinePage, openOfflinePage } from './drivers/offline';

// Read-only fields holding the values, dressed as panels dress them: padding, borders, box sizing. On 71f2b0d Firefox
// refused every field with a horizontal padding of 12 px or more (its clientWidth of an <input> leaves the padding
// out, so the field's own padding box, which clips its text, came out narrower than the text's line by the padding),
// and with it the outlined-input pages of parts.spec. Generated: padding × border × box sizing × element, each page's
// decision as three letters (S, C, K the right value, - refused).

const S = '5ac428108b2c3703c514adae';
const C = '7d1f04b2e9a36c58';
const K = '3e9a0c7f51b24d86a1f09e3c7b5d2a48';
const letter = (value: string | null) => (value === null ? '-' : value === S ? 'S' : value === C ? 'C' : value === K ? 'K' : `?(${value})`);

const PADDINGS = ['0', '4px', '8px 12px', '12px', '16px 20px', '6px 24px'];
const BORDERS = ['0', '1px solid #999', '3px solid #999'];
const SIZINGS = ['content-box', 'border-box'];
const FIELDS: [string, string][] = [
  ['Kimlik No', S],
  ['Müşteri Kimlik Numarası', C],
  ['Gizli Anahtar', K],
];

function page(padding: string, border: string, sizing: string, element: 'input' | 'textarea'): string {
  const style = `width:420px;font:14px monospace;padding:${padding};border:${border};box-sizing:${sizing}`;
  const field = (value: string) =>
    element === 'input' ? `<input readonly style="${style}" value="${value}">` : `<textarea readonly rows="1" style="${style};resize:none">${value}</textarea>`;
  return `<main><h1>API</h1>${FIELDS.map(([label, value]) => `<div style="margin:12px 0"><label style="display:block">${label}</label>${field(value)}</div>`).join('')}</main>`;
}

const PAGES: [string, string][] = [];
for (const padding of PADDINGS)
  for (const border of BORDERS)
    for (const sizing of SIZINGS)
      for (const element of ['input', 'textarea'] as const)
        PAGES.push([`${element} padding ${padding}, border ${border}, ${sizing}`, page(padding, border, sizing, element)]);

describe(`read-only fields as panels dress them (${BROWSER})`, () => {
  let offline: OfflinePage | undefined;
  beforeAll(async () => {
    offline = await openOfflinePage(BROWSER, 'https://merchant.joom.com/panel/fields', await benchBundle(), { width: 1280, height: 800 });
  });
  afterAll(async () => {
    await offline?.close();
  });

  it(`reads each field whatever its padding, border and box sizing (${PAGES.length} generated pages)`, async () => {
    expect((await misreadPages(offline as OfflinePage, PAGES, letter)).join('\n')).toBe('');
  }, 120_000);
});
