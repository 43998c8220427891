import { describe, expect, it } from 'vitest';
import { copyValueCounts, fits, isValueSized, RULES, shapedValue, shapeHint, showsMaskRun } from './shape-rules';

// The reader's rules about masks and copy attributes, moved out of the page collector (dom/evidence.ts).

describe('a run of mask dots', () => {
  it.each<[string, boolean]>([
    ['••••••••', true],
    ['Gizli: ●●●●●●●●', true],
    ['a1b2****c3', true],
    ['∙∙∙∙', true],
    ['•••', false],
    ['***', false],
    ['a1b2c3d4e5f6', false],
    ['', false],
  ])('%j: %s', (text, expected) => {
    expect(showsMaskRun(text)).toBe(expected);
  });
});

describe("a copy button's value", () => {
  it.each<[string, string, string[], boolean]>([
    ['an icon button alone (no text shown)', 'a1b2c3d4e5f60718', [], true],
    ['the box shows that very value', 'a1b2c3d4e5f60718', ['a1b2c3d4e5f60718', 'Kopyala'], true],
    ['the box shows another value (a planted attribute)', 'ffffeeeeddddcccc', ['a1b2c3d4e5f60718'], false],
    ['an empty attribute', '', [], false],
  ])('%s: %s', (_name, value, shown, expected) => {
    expect(copyValueCounts(value, shown)).toBe(expected);
  });
});

describe("a box's whole text as a value", () => {
  it.each<[string, boolean]>([
    ['5ac428108b2c3703c514adae', true],
    ['', false],
    ['x'.repeat(300), true],
    ['x'.repeat(301), false],
  ])('%j: %s', (text, expected) => {
    expect(isValueSized(text)).toBe(expected);
  });
});

describe('a value described by its shape', () => {
  it('says a Store ID is exactly 24 characters, with the start of the public sample', () => {
    expect(shapeHint('storeId')).toEqual({ length: 24, exact: true, sample: '5ac4…' });
    expect(shapedValue('storeId', '5ac428108b2c3703c514adae')).toBe('5ac428108b2c3703c514adae');
    expect(fits(RULES.storeId, '5ac428108b2c3703c514ada')).toBe(false);
    expect(fits(RULES.storeId, '5ac428108b2c3703c514adaef')).toBe(false);
    expect(fits(RULES.storeId, '5AC428108B2C3703C514ADAE')).toBe(false);
  });

  it('says a Client ID and a Secret Key by their least length, from the rules', () => {
    expect(shapeHint('clientId')).toEqual({ length: RULES.clientId.min, exact: false, sample: '9f3c…' });
    expect(shapeHint('secret')).toEqual({ length: RULES.secret.min, exact: false });
  });
});
