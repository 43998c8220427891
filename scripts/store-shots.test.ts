import { describe, expect, it } from 'vitest';
import { ILLUSTRATIVE, NOT_MADE_BY, shownAddress } from './store-shots';

// The listing's frames show replicas of the panels: never a guessed address as if it were the real panel's (PANELS.md
// confirms only Joom's stores list and ShopiVerse's callback), and a label saying the screen is illustrative (issue 17).
describe('the frames’ address bar', () => {
  it.each([
    ['https://merchant.joom.com/panel/stores', 'merchant.joom.com/panel/stores'],
    ['https://app.shopiverse.tech/tr/settings/store/joomcallbackcode?code=abc', 'app.shopiverse.tech/tr/settings/store/joomcallbackcode'],
    // Guesses or unknown in PANELS.md: the host alone.
    ['https://merchant.joom.com/panel/stores/5ac428108b2c3703c514adae', 'merchant.joom.com'],
    ['https://merchant.joom.com/panel/api/new', 'merchant.joom.com'],
    ['https://merchant.joom.com/panel/api/9f3c2a1b4d5e6f70', 'merchant.joom.com'],
    ['https://app.shopiverse.tech/tr/settings/store/00159', 'app.shopiverse.tech'],
    ['https://app.shopiverse.tech/en/settings/store/00159', 'app.shopiverse.tech'],
    ['https://app.shopiverse.tech/en/products/new', 'app.shopiverse.tech'],
  ])('shows %s as %s', (url, shown) => {
    expect(shownAddress(url)).toBe(shown);
  });
});

describe('the frames’ own words', () => {
  it('say the screen is illustrative in both languages, beside the not-official line', () => {
    for (const lang of ['tr', 'en'] as const) {
      expect(ILLUSTRATIVE[lang].length).toBeGreaterThan(0);
      expect(NOT_MADE_BY[lang].length).toBeGreaterThan(0);
    }
  });
});
