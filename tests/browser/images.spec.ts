import { describe, expect, it } from 'vitest';
import { BROWSER, browserForSuite, type TestPage } from './drivers';
import { popupStates } from './steps';

// Product images on both panels' product lists, served at their own host by routing. Without the optional host
// permission, verdicts come from the loaded element's natural size, marked approximate.

const EXPECTED = { 'square.jpg': 'ok', 'portrait.png': 'ok', 'landscape.jpg': 'bad', 'small.png': 'bad' };

async function verdicts(page: TestPage) {
  await page.waitFor(() => document.querySelectorAll('img[data-joom-image]').length >= 4, undefined, 15_000);
  return page.evaluate(() =>
    Object.fromEntries([...document.querySelectorAll('img')].map((img) => [img.getAttribute('src')?.split('/').pop(), img.getAttribute('data-joom-image')])),
  );
}

describe(`product images (${BROWSER})`, () => {
  const browser = browserForSuite({ lang: 'tr' });

  it('marks product images on Joom’s product list and leaves the logo alone', async () => {
    const page = await browser().open('https://merchant.joom.com/panel/products');
    const marks = await verdicts(page);
    expect(marks).toMatchObject(EXPECTED);
    expect(marks['joom-logo.png']).toBeNull();
    const reasons = await page.ourUi('image');
    expect(reasons.join('|')).toContain('yatay');
    expect(reasons.join('|')).toContain('550');
    await page.close();
  });

  it('marks thumbnails on ShopiVerse’s Ürünlerim and reports counts and failures in the popup', async () => {
    const page = await browser().open('https://app.shopiverse.tech/tr/products');
    expect(await verdicts(page)).toMatchObject(EXPECTED);
    const popup = await browser().popup();
    expect((await popupStates(popup)).images).toBe('error');
    const summary = await popup.evaluate(() => document.querySelector('[data-images-summary]')?.textContent ?? '');
    expect(summary).toContain('2 uygun, 2 sorunlu');
    expect(summary).toContain('landscape.jpg');
    expect(summary).toContain('Kareye tamamla');
    if (popup.clickToDownload) {
      // "Pad to square" makes a white 1:1 copy, at least 550 px, and downloads it: here of the 1600×900 image.
      const file = await popup.clickToDownload('li button', 'Kareye tamamla');
      const { imageSize } = await import('image-size');
      expect(imageSize(new Uint8Array(file))).toMatchObject({ width: 1600, height: 1600, type: 'jpg' });
    }
    await popup.close();
    await page.close();
  });

  it('flags missing, zero and implausible dimensions on ShopiVerse’s product form without changing them', async () => {
    const page = await browser().open('https://app.shopiverse.tech/tr/products/new');
    await page.waitFor(() => document.querySelectorAll('input[data-joom-dimension]').length === 8);
    const marks = await page.evaluate(() =>
      [...document.querySelectorAll('input[data-joom-dimension]')].map((input) => [
        (input as HTMLInputElement).value,
        input.getAttribute('data-joom-dimension'),
      ]),
    );
    expect(marks).toEqual([
      ['160', 'ok'],
      ['230', 'ok'],
      ['', 'missing'],
      ['0', 'zero'],
      ['40', 'ok'],
      ['40', 'ok'],
      ['400', 'implausible'],
      ['12', 'ok'],
    ]);
    const popup = await browser().popup();
    expect((await popupStates(popup)).dimensions).toBe('error');
    await popup.close();
    // The seller fixes the height: the flag goes, the value is the seller's.
    await page.type('input[data-joom-dimension="missing"]', '5');
    await page.waitFor(() => document.querySelectorAll('input[data-joom-dimension="missing"]').length === 0);
    await page.close();
  });
});
