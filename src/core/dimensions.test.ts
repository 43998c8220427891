import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDimension, dimensionLabels, dimensionNote, inJoomUnit, splitLabelled, unitFromText } from './dimensions';

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
    ['a missing value asks for its unit, read in none', 'missing', 'cm', [['dimension_missingIn', 'cm']]],
    ['a missing weight, in kg', 'missing', 'kg', [['dimension_missingIn', 'kg']]],
    ['a missing value in a report without its unit', 'missing', undefined, [['dimension_missing']]],
    ['a zero says the unit it was read in', 'zero', 'kg', [['dimension_zero'], ['dimension_unitAssumed', 'kg']]],
    ['an implausible value, read in millimetres', 'implausible', 'mm', [['dimension_implausible'], ['dimension_unitAssumed', 'mm']]],
    ['an implausible value in a report without its unit', 'implausible', undefined, [['dimension_implausible']]],
  ] as const)('words the note: %s', (_name, problem, unit, parts) => {
    expect(dimensionNote(problem, unit)).toEqual(parts);
  });

  it.each(['tr', 'en'])('has every note part in the %s locale, with its placeholder', (lang) => {
    const path = join(import.meta.dirname, '..', '..', 'public', '_locales', lang, 'messages.json');
    const messages = JSON.parse(readFileSync(path, 'utf8')) as Record<string, { message: string }>;
    for (const problem of ['missing', 'zero', 'implausible'] as const) {
      for (const [key, ...substitutions] of [...dimensionNote(problem, 'cm'), ...dimensionNote(problem)]) {
        expect(messages[key]?.message, key).toBeDefined();
        expect(messages[key]?.message.includes('$1'), key).toBe(substitutions.length > 0);
      }
    }
  });
});
