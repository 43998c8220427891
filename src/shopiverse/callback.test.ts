import { describe, expect, it } from 'vitest';
import { referrerOrigin } from './callback';

describe('the referrer a callback reports: its origin only', () => {
  it.each([
    ['Joom’s consent page, as strict-origin-when-cross-origin sends it', 'https://api-merchant.joom.com/', 'https://api-merchant.joom.com'],
    ['a full address: path and query dropped', 'https://api-merchant.joom.com/api/v2/oauth/authorize?client_id=abc', 'https://api-merchant.joom.com'],
    ['none', '', ''],
    ['not an address', 'nonsense', ''],
    ['not http', 'ftp://api-merchant.joom.com/', ''],
  ])('%s', (_name, referrer, want) => {
    expect(referrerOrigin(referrer)).toBe(want);
  });
});
