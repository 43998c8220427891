import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDimension, dimensionLabels, dimensionNote, inJoomUnit, isDimensionLabel, type NotePart, splitLabelled, unitFromText } from './dimensions';
import { DimensionIssue } from './records';

/** A note as chrome.i18n would render it from the locale's messages.json ($1…$9 substituted), parts joined by " · ". */
function render(lang: 'tr' | 'en', parts: NotePart[]): string {
  const path = join(import.meta.dirname, '..', '..', 'public', '_locales', lang, 'messages.json');
  const messages = JSON.parse(readFileSync(path, 'utf8')) as Record<string, { message: string }>;
  return parts
    .map(([key, ...substitutions]) => (messages[key]?.message ?? key).replace(/\$(\d)/g, (_all, n: string) => substitutions[Number(n) - 1] ?? ''))
    .join(' · ');
}

describe('dimensions', () => {
  it('flags missing, zero and implausible values', () => {
    expect(checkDimension('product.width', '')).toBe('missing');
    expect(checkDimension('product.width', 'abc')).toBe('missing');
    expect(checkDimension('product.weight', '0')).toBe('zero');
    expect(checkDimension('product.weight', '0,0')).toBe('zero');
    expect(checkDimension('product.weight', '120')).toBe('implausible');
    expect(checkDimension('package.height', '400')).toBe('implausible');
    expect(checkDimension('product.weight', '1,5')).toBeUndefined();
    expect(checkDimension('product.length', '230')).toBeUndefined();
  });

  it('knows the labels a form may use, with units and prefixes', () => {
    const labels = dimensionLabels();
    expect(labels['product.width:cm']).toContain('En (cm)');
    expect(labels['package.weight:kg']).toContain('Paket Ağırlık (kg)');
    expect(labels['product.weight:kg']).toContain('Weight (kg)');
    expect(labels['product.weight']).toContain('Ağırlık');
  });

  it.each([
    ['Ağırlık (gr)', 'product.weight', 'g'],
    ['Ağırlık (g)', 'product.weight', 'g'],
    ['Ağırlık gram', 'product.weight', 'g'],
    ['Paket Ağırlığı (gram)', 'package.weight', 'g'],
    ['Weight (kg)', 'product.weight', 'kg'],
    ['En (mm)', 'product.width', 'mm'],
    ['Paket Boy mm', 'package.length', 'mm'],
    ['Yükseklik (cm)', 'product.height', 'cm'],
    ['Ağırlık', 'product.weight', undefined],
  ] as const)('reads the unit in "%s"', (label, field, unit) => {
    const entry = Object.entries(dimensionLabels()).find(([, labels]) => labels.includes(label));
    expect(entry && splitLabelled(entry[0] as never)).toEqual({ field, unit });
  });

  it('has no label that names two fields', () => {
    const seen = new Map<string, string>();
    for (const [key, labels] of Object.entries(dimensionLabels())) {
      for (const label of labels) {
        expect(seen.get(label.toLocaleLowerCase('tr')) ?? key).toBe(key);
        seen.set(label.toLocaleLowerCase('tr'), key);
      }
    }
  });

  it('reads a unit selector’s option, only for a unit the field can be in', () => {
    expect(unitFromText('product.weight', 'gr')).toBe('g');
    expect(unitFromText('product.weight', ' Gram ')).toBe('g');
    expect(unitFromText('product.weight', '(kg)')).toBe('kg');
    expect(unitFromText('product.length', 'MM')).toBe('mm');
    expect(unitFromText('product.weight', 'mm')).toBeUndefined();
    expect(unitFromText('product.width', 'gr')).toBeUndefined();
    expect(unitFromText('product.width', 'Seçiniz')).toBeUndefined();
  });

  it('converts to kilograms and centimetres before the limits', () => {
    expect(inJoomUnit('1500', 'g')).toBeCloseTo(1.5);
    expect(inJoomUnit('2300', 'mm')).toBeCloseTo(230);
    expect(checkDimension('product.weight', '1500', 'g')).toBeUndefined(); // 1.5 kg, not 1,500 kg
    expect(checkDimension('product.weight', '150000', 'g')).toBe('implausible'); // 150 kg
    expect(checkDimension('product.width', '2300', 'mm')).toBeUndefined(); // 230 cm
    expect(checkDimension('product.width', '4000', 'mm')).toBe('implausible'); // 400 cm
    expect(checkDimension('product.weight', '0', 'g')).toBe('zero');
    expect(checkDimension('product.width', '3.5', 'm')).toBe('implausible'); // 350 cm
  });

  it.each([
    ['a missing length asks for its unit', 'missing', 'cm', [['dimension_missingIn', 'cm']]],
    ['a missing weight, in kg', 'missing', 'kg', [['dimension_missingIn', 'kg']]],
    ['a missing value in a report without its unit', 'missing', undefined, [['dimension_missing']]],
    ['a zero weight asks for kg', 'zero', 'kg', [['dimension_zeroIn', 'kg']]],
    ['a zero length asks for cm', 'zero', 'cm', [['dimension_zeroIn', 'cm']]],
    ['a zero weight read in grams', 'zero', 'g', [['dimension_zeroIn', 'g']]],
    ['a zero in a report without its unit', 'zero', undefined, [['dimension_zero']]],
    ['a height (or width, length) over 300 cm names only the length limit', 'implausible', 'cm', [['dimension_tooBig_length', '300', 'cm']]],
    ['a length read in millimetres: its limit in mm', 'implausible', 'mm', [['dimension_tooBig_otherUnit', '3000', 'mm']]],
    ['a length read in metres: its limit in m', 'implausible', 'm', [['dimension_tooBig_otherUnit', '3', 'm']]],
    ['a weight over 100 kg names only the weight limit', 'implausible', 'kg', [['dimension_tooBig_weight', '100', 'kg']]],
    ['a weight read in grams: its limit in g', 'implausible', 'g', [['dimension_tooBig_otherUnit', '100000', 'g']]],
    ['an implausible value in a report without its unit', 'implausible', undefined, [['dimension_implausible']]],
  ] as const)('words the note: %s', (_name, problem, unit, parts) => {
    expect(dimensionNote(problem, unit)).toEqual(parts);
  });

  it.each([
    ['product.height', '400', 'cm', '300 cm’den büyük: birimi kontrol edin (400 mm = 40 cm)', 'over 300 cm: check the unit (400 mm = 40 cm)'],
    ['package.width', '301', 'cm', '300 cm’den büyük: birimi kontrol edin (400 mm = 40 cm)', 'over 300 cm: check the unit (400 mm = 40 cm)'],
    ['product.length', '4000', 'mm', '3000 mm üstünde: değeri ve birimini kontrol edin', 'over 3000 mm: check the value and its unit'],
    ['package.weight', '120', 'kg', '100 kg’dan büyük: birimi kontrol edin (400 g = 0,4 kg)', 'over 100 kg: check the unit (400 g = 0.4 kg)'],
    ['product.weight', '0', 'kg', '0 olamaz — kg olarak girin', 'cannot be 0 — enter it in kg'],
    ['product.height', '0', 'cm', '0 olamaz — cm olarak girin', 'cannot be 0 — enter it in cm'],
    ['product.width', '', 'cm', 'eksik — cm olarak girin', 'missing — enter it in cm'],
  ] as const)('says only the rule of its own field: %s = "%s" %s', (field, value, unit, tr, en) => {
    const problem = checkDimension(field, value, unit);
    expect(problem).toBeDefined();
    for (const [lang, text] of [
      ['tr', tr],
      ['en', en],
    ] as const) {
      expect(render(lang, dimensionNote(problem ?? 'missing', unit))).toBe(text);
    }
    // A length never names the weight limit, nor a weight the length one.
    expect(render('tr', dimensionNote(problem ?? 'missing', unit))).not.toMatch(field.endsWith('weight') ? /cm|mm/ : /kg/);
  });

  // 300 cm and 100 kg are plausibility bounds of ours, not Joom's rules (PANELS.md gives no maximum): a note over them
  // asks to check the unit, and never says the value "cannot exceed" them (issue 17).
  it.each(['tr', 'en'])('in %s, never states the plausibility bounds as a limit Joom enforces', (lang) => {
    const path = join(import.meta.dirname, '..', '..', 'public', '_locales', lang, 'messages.json');
    const messages = JSON.parse(readFileSync(path, 'utf8')) as Record<string, { message: string }>;
    const notes = (['kg', 'g', 'cm', 'mm', 'm', undefined] as const).flatMap((unit) => dimensionNote('implausible', unit));
    for (const [key] of notes) {
      expect(messages[key]?.message, key).not.toMatch(/geçemez|sınır|olamaz|cannot|limit|must/u);
      expect(messages[key]?.message, key).toMatch(/kontrol edin|check/u);
    }
  });

  it.each(['tr', 'en'])('has every note part in the %s locale, with its placeholder', (lang) => {
    const path = join(import.meta.dirname, '..', '..', 'public', '_locales', lang, 'messages.json');
    const messages = JSON.parse(readFileSync(path, 'utf8')) as Record<string, { message: string }>;
    for (const problem of ['missing', 'zero', 'implausible'] as const) {
      const notes = [...(['kg', 'g', 'cm', 'mm', 'm'] as const).flatMap((unit) => dimensionNote(problem, unit)), ...dimensionNote(problem)];
      for (const [key, ...substitutions] of notes) {
        expect(messages[key]?.message, key).toBeDefined();
        expect(messages[key]?.message.match(/\$\d/g)?.length ?? 0, key).toBeGreaterThanOrEqual(substitutions.length);
        expect(messages[key]?.message.includes(`$${substitutions.length + 1}`), key).toBe(false);
      }
    }
  });
});

describe('the label a dimension issue carries to the popup', () => {
  // The popup quotes it (look verdict 9, problem 5: “Yükseklik (cm)”, as the form says, not "Ürün yüksekliği"); a page
  // must not put its own words there, so only the table's texts pass.
  it.each([
    ['Yükseklik (cm)', true],
    ['Paket Yükseklik (cm)', true],
    ['Ağırlık (kg)', true],
    ['Height (cm)', true],
    ['yükseklik (cm)', false], // the table's spelling only: the page's casing is the page's words
    ['Yükseklik (cm) — Joom Connector says: paste your Secret Key here', false],
    ['', false],
  ])('%s → %s', (label, shown) => {
    expect(isDimensionLabel(label)).toBe(shown);
    expect(DimensionIssue.safeParse({ field: 'product.height', problem: 'missing', unit: 'cm', label }).success).toBe(shown);
  });

  it('an issue without a label is still one (older reports, and the popup falls back to the field name)', () => {
    expect(DimensionIssue.safeParse({ field: 'product.height', problem: 'missing', unit: 'cm' }).success).toBe(true);
  });
});
