import { describe, expect, it } from 'vitest';
import { type BesideLabel, dressesLabel, isTagText } from './places';

describe('a tag beside a label', () => {
  it.each([
    ['API', true],
    ['Yeni', true],
    ['Zorunlu', true],
    ['Read only', true],
    ['—', false],
    ['-', false],
    ['', false],
    ['5ac428108b2c3703c514adae', false],
    ['12.03.2024', false],
    ['a value with many words', false],
    ['Çokuzunbirkelimeburada', false],
  ])('%j is a tag: %s', (text, expected) => {
    expect(isTagText(text)).toBe(expected);
  });
});

const node = (facts: Partial<BesideLabel>): BesideLabel => ({
  marksOnly: false,
  icon: false,
  trigger: false,
  holdsValue: false,
  text: '',
  after: true,
  ...facts,
});

describe('what dresses a label', () => {
  it.each<[string, Partial<BesideLabel>, boolean]>([
    ['a colon', { marksOnly: true, text: ':' }, true],
    ['an icon', { icon: true }, true],
    ['a ligature icon', { icon: true, text: 'info' }, true],
    ['a tooltip trigger', { trigger: true, text: 'ⓘ' }, true],
    ['a badge', { text: 'Yeni' }, true],
    ['a word before the label (another label)', { text: 'Unvan', after: false }, false],
    ['a placeholder', { text: '—' }, false],
    ['a value', { text: '5ac428108b2c3703c514adae' }, false],
    ['an input', { holdsValue: true }, false],
    ["a word with the field's shape (a title beside 'Unvan')", { text: 'ShopiVerse', holdsValue: true }, false],
    ['a copy button', { trigger: true, holdsValue: true }, false],
  ])('%s: %s', (_name, facts, expected) => {
    expect(dressesLabel(node(facts))).toBe(expected);
  });
});
