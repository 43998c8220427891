import { describe, expect, it } from 'vitest';
import { copyValueCounts, isValueSized, showsMaskRun } from './shape-rules';

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
