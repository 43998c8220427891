import { describe, expect, it } from 'vitest';
import { ILLUSTRATIVE, listingWindow, NOT_MADE_BY, shownAddress, windowSize } from './store-shots';

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

describe('the frames’ window', () => {
  it('is one size in every frame: the largest any frame needs', () => {
    const short = { content: { width: 500, height: 200 }, popupSize: { width: 380, height: 600 }, popupFull: 420 };
    const tall = { content: { width: 700, height: 560 }, popupSize: { width: 380, height: 600 }, popupFull: 560 };
    const one = listingWindow([short, tall]);
    expect(one).toEqual(listingWindow([tall, short]));
    expect(one.width).toBe(Math.max(windowSize(short).width, windowSize(tall).width));
    expect(one.height).toBe(Math.max(windowSize(short).height, windowSize(tall).height));
    expect(windowSize(short).height).toBeLessThan(one.height);
  });
});
