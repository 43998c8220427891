import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMasked, pastedValue, shapedValue } from './shapes';

describe('value shapes', () => {
  it('takes a Store ID of 24 lowercase hex only', () => {
    expect(shapedValue('storeId', '5ac428108b2c3703c514adae')).toBe('5ac428108b2c3703c514adae');
    expect(shapedValue('storeId', '  5ac428108b2c3703c514adae\u00a0')).toBe('5ac428108b2c3703c514adae');
    expect(shapedValue('storeId', '5ac428108b2c3703c514ada')).toBeUndefined(); // one short
    expect(shapedValue('storeId', '5ac428108b2c3703c514adae0')).toBeUndefined(); // one long
    expect(shapedValue('storeId', '5AC428108B2C3703C514ADAE')).toBeUndefined();
    expect(shapedValue('storeId', '5ac428108b2c3703c514adzz')).toBeUndefined();
  });

  it('keeps Client ID and Secret loose but never takes words', () => {
    expect(shapedValue('clientId', '9f3c2a1b4d5e6f70')).toBe('9f3c2a1b4d5e6f70');
    expect(shapedValue('clientId', 'Regenerate')).toBeUndefined();
    expect(shapedValue('clientId', 'ShopiVerse')).toBeUndefined();
    expect(shapedValue('clientId', 'abc 123 def 456')).toBeUndefined();
    expect(shapedValue('secret', 'a1b2c3d4e5f60718293a4b5c6d7e8f90')).toBe('a1b2c3d4e5f60718293a4b5c6d7e8f90');
    expect(shapedValue('secret', ' a1b2c3d4e5f60718293a4b5c6d7e8f90\n')).toBe('a1b2c3d4e5f60718293a4b5c6d7e8f90');
    expect(shapedValue('secret', 'dGhpcyBpcyBhIHNlY3JldCAxMjM0NQ==')).toBe('dGhpcyBpcyBhIHNlY3JldCAxMjM0NQ==');
    expect(shapedValue('secret', 'short1')).toBeUndefined();
  });

  it('recognizes masked secrets', () => {
    for (const masked of ['••••••••', '********', '●●●●●●', ' ****** ']) expect(isMasked(masked)).toBe(true);
    for (const clear of ['a1b2c3d4', '***', '', 'xxxxxx']) expect(isMasked(clear)).toBe(false);
  });

  it('never throws on any input (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('storeId', 'clientId', 'secret', 'redirectUrl', 'storeName', 'appTitle' as const),
        fc.string({ maxLength: 600 }),
        (field, raw) => {
          const value = shapedValue(field, raw);
          if (value !== undefined) expect(value).toBe(value.trim());
          isMasked(raw);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('accepts every 24-hex string as a Store ID (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9a-f]{24}$/), (id) => {
        expect(shapedValue('storeId', id)).toBe(id);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('pastedValue', () => {
  it.each([
    ['  5ac428108b2c3703c514adae \n', '5ac428108b2c3703c514adae'],
    ['Kimlik No: 5ac428108b2c3703c514adae', '5ac428108b2c3703c514adae'],
    ['Müşteri Kimlik Numarası：9f3c2a1b4d5e6f70', '9f3c2a1b4d5e6f70'],
    ['https://app.shopiverse.tech/x', 'https://app.shopiverse.tech/x'],
    ['9f3c2a1b 4d5e6f70', '9f3c2a1b 4d5e6f70'],
  ])('%j → %s', (text, expected) => {
    expect(pastedValue(text)).toBe(expected);
  });
});
