import { describe, expect, it } from 'vitest';
import { shapedValue, ungrouped } from './shape-rules';

describe('an ID shown in groups for reading', () => {
  it.each([
    ['six groups of four', '64b7 f0c2 a91d 3e5f 80a1 9f8e', '64b7f0c2a91d3e5f80a19f8e'],
    ['four groups of eight', '9e107d9d 372bb682 6bd81d35 42a419d6', '9e107d9d372bb6826bd81d3542a419d6'],
    ['three groups of eight', '5ac42810 8b2c3703 c514adae', '5ac428108b2c3703c514adae'],
    // The pages of s42 (O6): the spaces frameworks and typesetters write between groups.
    ['no-break spaces', '64b7\u00a0f0c2\u00a0a91d\u00a03e5f\u00a080a1\u00a09f8e', '64b7f0c2a91d3e5f80a19f8e'],
    ['thin spaces', '5ac42810\u20098b2c3703\u2009c514adae', '5ac428108b2c3703c514adae'],
    ['narrow no-break spaces', '5ac42810\u202f8b2c3703\u202fc514adae', '5ac428108b2c3703c514adae'],
  ])('is one value: %s', (_name, text, value) => {
    expect(ungrouped(text)).toBe(value);
  });

  it.each([
    ['groups of unequal length (an IBAN, a phone number)', 'TR12 0006 2000 0000 0012 3456 78'],
    ['two groups only', '64b7f0c2 a91d3e5f'],
    ['words', 'Anadolu Halı Mağazası'],
    ['double spaces', '64b7  f0c2  a91d  3e5f'],
    ['groups with non-hex characters', '64b7 f0c2 a91z 3e5f'],
  ])('keeps its spaces: %s', (_name, text) => {
    expect(ungrouped(text)).toBe(text);
  });

  it('reads as the field it has the shape of, and only then', () => {
    expect(shapedValue('storeId', ' 64b7 f0c2 a91d 3e5f 80a1 9f8e ')).toBe('64b7f0c2a91d3e5f80a19f8e');
    expect(shapedValue('storeId', '64b7 f0c2 a91d 3e5f 80a1')).toBeUndefined();
    expect(shapedValue('clientId', '3f9a 1c7e 5b2d 8046')).toBe('3f9a1c7e5b2d8046');
  });
});

describe('a name that looks grouped', () => {
  it('keeps its spaces', () => {
    expect(shapedValue('storeName', 'abcd 1234 ef56')).toBe('abcd 1234 ef56');
  });
});

describe('a placeholder a loading page paints where an ID will be', () => {
  it.each([
    ['storeId', '000000000000000000000000'],
    ['clientId', '0000000000000000'],
    ['secret', 'ffffffffffffffffffffffffffffffff'],
  ] as const)('is no %s: %s', (field, text) => {
    expect(shapedValue(field, text)).toBeUndefined();
  });

  it('differs from an ID with repeats in it', () => {
    expect(shapedValue('storeId', '000000000000000000000001')).toBe('000000000000000000000001');
  });
});
