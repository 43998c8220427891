import { describe, expect, it } from 'vitest';
import { normalizeLabel } from './normalize';

describe('normalizeLabel reads the invisible marks translation files carry as spaces', () => {
  it.each([
    ['a byte-order mark and bidi marks around it', '\uFEFF\u200EKimlik No\u200E', 'kimlik no'],
    ['a zero-width joiner beside a space', 'Gizli\u200D Anahtar', 'gizli anahtar'],
    ['a right-to-left embedding', '\u202BClient ID\u202C', 'client id'],
    ['a word joiner between words', 'Kimlik\u2060No', 'kimlik no'],
    ['a zero-width space between words', 'Kimlik\u200BNo', 'kimlik no'],
    ['an ideographic space between words', 'Gizli\u3000Anahtar', 'gizli anahtar'],
    ['a full-width colon after it', 'Kimlik No：', 'kimlik no'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeLabel(input)).toBe(expected);
  });
});

describe('normalizeLabel keeps the marks that change what the seller sees', () => {
  // A right-to-left override draws "Gizli Anahtar" as "ratahnA ilziG": the seller sees no label there, nor should we.
  it.each([
    ['a right-to-left override', '\u202EGizli Anahtar\u202C'],
    ['a left-to-right override', '\u202DGizli Anahtar\u202C'],
  ])('%s', (_name, input) => {
    expect(normalizeLabel(input)).not.toBe('gizli anahtar');
  });
});
