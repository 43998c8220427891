import { describe, expect, it } from 'vitest';
import { normalizeLabel } from './normalize';

describe('normalizeLabel drops the invisible marks translation files carry', () => {
  it.each([
    ['a byte-order mark and bidi marks around it', '\uFEFF\u200EKimlik No\u200E', 'kimlik no'],
    ['a zero-width joiner inside it', 'Gizli\u200D Anahtar', 'gizli anahtar'],
    ['a right-to-left embedding', '\u202BClient ID\u202C', 'client id'],
    ['a word joiner', 'Kimlik\u2060 No', 'kimlik no'],
    ['an ideographic space between words', 'Gizli\u3000Anahtar', 'gizli anahtar'],
    ['a full-width colon after it', 'Kimlik No：', 'kimlik no'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeLabel(input)).toBe(expected);
  });

  it('keeps a zero-width space a word break, as before', () => {
    expect(normalizeLabel('Kimlik\u200BNo')).toBe('kimlik no');
  });
});
