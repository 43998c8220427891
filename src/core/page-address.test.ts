import { describe, expect, it } from 'vitest';
import { pageAddress } from './page-address';

describe('the page a report names', () => {
  it('keeps origin and path, never the query string or fragment', () => {
    expect(pageAddress('https://app.shopiverse.tech/tr/products/new?token=s3cret&q=x#frag')).toBe('https://app.shopiverse.tech/tr/products/new');
    expect(pageAddress('https://merchant.joom.com/panel/products/1?sid=abc')).toBe('https://merchant.joom.com/panel/products/1');
    expect(pageAddress('not a url')).toBe('');
  });
});
