import { describe, expect, it } from 'vitest';
import { PRIVATE_HOSTS, TRAP_ORIGINALS } from '../panels/data';
import { privateRequests } from '../panels/routes';
import { BROWSER, browserForSuite, type TestPage } from './drivers';
import { popupStates } from './steps';

// Product images on both panels' product lists, served at their own host by routing. Without the optional host
// permission, verdicts come from the loaded element's natural size, marked approximate, and the format from the
// file's first bytes, which the image host lets pages read (CORS).

const EXPECTED = { 'square.jpg': 'ok', 'portrait.png': 'ok', 'landscape.jpg': 'bad', 'small.png': 'bad', 'photo.webp': 'bad' };

async function verdicts(page: TestPage, count = 5) {
  await page.waitFor((least) => document.querySelectorAll('img[data-joom-image]').length >= least, count, 15_000);
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
    expect(reasons.join('|')).toContain('Yatay');
    expect(reasons.join('|')).toContain('550');
    expect(reasons.join('|')).toContain('WEBP dosyası: Joom yalnızca PNG veya JPEG kabul eder');
    await page.close();
  });

  it('marks thumbnails on ShopiVerse’s Ürünlerim and reports counts and failures in the popup', async () => {
    const page = await browser().open('https://app.shopiverse.tech/tr/products');
    expect(await verdicts(page)).toMatchObject(EXPECTED);
    // An image that fits by the size shown on the page only: its estimated size, not yet verified, and no check mark.
    const badges = await page.ourUi('image');
    expect(badges.join('|')).toContain('≈\u00a0800×800 piksel (tahmini) · sorun görünmüyor');
    expect(badges.join('|')).not.toContain('✓');
    const popup = await browser().popup();
    expect((await popupStates(popup)).images).toBe('error');
    const summary = await popup.evaluate(() => document.querySelector('[data-images-summary]')?.textContent ?? '');
    // Sized from the page only (no host permission here): a fit by an estimated size is not called fitting (issue 17).
    expect(summary).toContain('2 görsel sorunsuz görünüyor (boyutlar tahmini), 3 görsel sorunlu');
    expect(summary).not.toContain('uygun,');
    expect(summary).toContain('photo.webp');
    expect(summary).toContain('landscape.jpg');
    // Each fix is named for the problem it fixes: the landscape image is padded, the small one upscaled.
    const fixes = await popup.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll('[data-images-summary] li')].map((item) => [
          item.querySelector('code')?.textContent,
          item.querySelector('button')?.textContent ?? null,
        ]),
      ),
    );
    expect(fixes['landscape.jpg']).toBe('Beyaz kenarlı kare kopyasını indir');
    expect(fixes['small.png']).toBe('Büyütülmüş kopyasını indir (bulanık olabilir)');
    if (popup.clickToDownload) {
      // The problems sit folded under "Images with problems" (on the checked page too, issue 17 point 1), and the seller
      // unfolds them first.
      if (await popup.evaluate(() => document.querySelector('[data-images-summary] details:not([open])') !== null)) {
        await popup.click('[data-images-summary] summary');
      }
      // "Pad to square" makes a white 1:1 copy, at least 550 px, and downloads it: here of the 1600×900 image.
      const file = await popup.clickToDownload('li button', 'Beyaz kenarlı kare kopyasını indir');
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
    // Each note names only its own field's rule and the unit to enter or check it in (no "… cinsinden okundu" tail).
    const noteOf = async (state: string) =>
      (
        await page.ourUi(await page.evaluate((at) => document.querySelector(`joom-connector-ui[data-state^="${at}"]`)?.getAttribute('data-key') ?? '', state))
      ).join(' ');
    expect(await noteOf('missing')).toContain('eksik — cm olarak girin');
    expect(await noteOf('missing')).not.toContain('cinsinden okundu');
    expect(await noteOf('zero')).toContain('0 olamaz — kg olarak girin');
    expect(await noteOf('implausible')).toContain('300 cm’den büyük: birimi kontrol edin (400 mm = 40 cm)');
    expect(await noteOf('implausible')).not.toContain('kg');
    const popup = await browser().popup();
    expect((await popupStates(popup)).dimensions).toBe('error');
    // The popup names each field by the label the form shows (look verdict 9, problem 5), not by a name of its own.
    const lines = await popup.evaluate(() => [...document.querySelectorAll('[data-step="dimensions"] li')].map((item) => item.textContent?.trim()));
    expect(lines).toEqual([
      '“Yükseklik (cm)”: eksik — cm olarak girin',
      '“Ağırlık (kg)”: 0 olamaz — kg olarak girin',
      expect.stringMatching(/^“Paket Yükseklik \(cm\)”: 300 cm’den büyük: birimi kontrol edin/u),
    ]);
    await popup.close();
    // The seller fixes the height: the flag goes, the value is the seller's.
    await page.type('input[data-joom-dimension="missing"]', '5');
    await page.waitFor(() => document.querySelectorAll('input[data-joom-dimension="missing"]').length === 0);
    await page.close();
  });
  it('reads weights in grams and lengths in millimetres, from the label or a unit selector, and says so', async () => {
    const page = await browser().open('https://app.shopiverse.tech/tr/products/new?units=1');
    await page.waitFor(() => document.querySelectorAll('input[data-joom-dimension]').length === 8);
    const marks = await page.evaluate(() =>
      [...document.querySelectorAll('input[data-joom-dimension]')].map((input) => [
        (input as HTMLInputElement).value,
        input.getAttribute('data-joom-dimension'),
        input.getAttribute('data-joom-unit'),
      ]),
    );
    expect(marks).toEqual([
      ['1600', 'ok', 'mm'], // "En (mm)": 160 cm
      ['230', 'ok', 'cm'],
      ['5', 'ok', 'cm'],
      ['1500', 'ok', 'g'], // "Ağırlık (gr)": 1.5 kg, not 1,500 kg
      ['40', 'ok', 'cm'], // no unit anywhere: Joom's centimetres
      ['4000', 'implausible', 'mm'], // selector "mm": 400 cm
      ['40', 'ok', 'cm'],
      ['1500', 'ok', 'g'], // selector "gr"
    ]);
    // Our notes sit in closed shadow roots: read through the automation protocol, by the flagged host's key.
    const key = await page.evaluate(() => document.querySelector('joom-connector-ui[data-state^="implausible"]')?.getAttribute('data-key') ?? '');
    expect((await page.ourUi(key)).join(' ')).toContain('3000 mm üstünde: değeri ve birimini kontrol edin');
    // The seller switches the package weight's selector to kg: 1,500 kg is implausible now.
    await page.evaluate(() => {
      const select = [...document.querySelectorAll('select')].find((element) => element.textContent?.includes('gr')) as HTMLSelectElement;
      select.value = 'kg';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await page.waitFor(() => document.querySelectorAll('input[data-joom-dimension="implausible"]').length === 2);
    await page.close();
  });
});

describe(`product images a page cannot vouch for (${BROWSER})`, () => {
  const browser = browserForSuite({ lang: 'tr' });

  // The badge's text is in a closed shadow root: read through the automation protocol, by the host's place among all.
  const badgeOf = async (page: TestPage, name: string) => {
    const { mark, index } = await page.evaluate((product) => {
      const row = [...document.querySelectorAll('tr')].find((tr) => tr.cells[1]?.textContent === product);
      const host = row?.querySelector('joom-connector-ui[data-key="image"]');
      return {
        mark: row?.querySelector('img')?.getAttribute('data-joom-image'),
        index: [...document.querySelectorAll('joom-connector-ui[data-key="image"]')].indexOf(host as Element),
      };
    }, name);
    return { mark, text: (await page.ourUi('image'))[index] ?? '' };
  };

  it('marks a WebP bad for its format, and says "format not checked" where the host lets no one read the file', async () => {
    const page = await browser().open('https://app.shopiverse.tech/tr/products?show=closed');
    await verdicts(page, 7);
    // Read from the file's first bytes (the host allows cross-origin reads).
    expect(await badgeOf(page, 'Halı WebP')).toMatchObject({
      mark: 'bad',
      text: expect.stringContaining('WEBP dosyası: Joom yalnızca PNG veya JPEG kabul eder'),
    });
    // Declared by the <picture> source the browser chose (the host allows no cross-origin read).
    expect(await badgeOf(page, 'Seccade WebP')).toMatchObject({ mark: 'bad', text: expect.stringContaining('WEBP') });
    // Right size and ratio, but nothing tells the format: never "ok".
    expect(await badgeOf(page, 'Seccade')).toMatchObject({ mark: 'unknown', text: expect.stringContaining('Biçim denetlenmedi') });
    const popup = await browser().popup();
    // The popup renders once its data arrived: wait for the summary rather than read it at once.
    await popup.waitFor(() => document.querySelector('[data-images-summary]')?.textContent?.includes('photo.webp'));
    // The square JPEG copy also fixes the format.
    expect(
      await popup.evaluate(() => [...document.querySelectorAll('li')].find((li) => li.textContent?.includes('photo.webp'))?.querySelector('button') != null),
    ).toBe(true);
    await popup.close();
    await page.close();
  });

  it('fetches no image original that a srcset puts on the seller’s network', async () => {
    privateRequests.length = 0;
    const page = await browser().open('https://app.shopiverse.tech/tr/products?show=traps');
    await verdicts(page, 5 + TRAP_ORIGINALS.length);
    for (let index = 0; index < TRAP_ORIGINALS.length; index++) expect((await badgeOf(page, `Tuzak ${index}`)).mark).toBe('bad');
    // Every "pad to square" and "check the original files" in the popup, pressed: none may reach those hosts.
    const popup = await browser().popup();
    await popup.waitFor(() => document.querySelectorAll('[data-images-summary] li button').length >= 1);
    await popup.evaluate(() => {
      for (const button of document.querySelectorAll<HTMLButtonElement>('[data-images-summary] button')) button.click();
    });
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(privateRequests, `requests to ${PRIVATE_HOSTS.join(' ')}`).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('skips an image address too long for a message, and still checks the others', async () => {
    const page = await browser().open('https://app.shopiverse.tech/tr/products?show=long');
    await verdicts(page, 5);
    expect(await badgeOf(page, 'Uzun adres')).toMatchObject({ mark: null });
    expect(await badgeOf(page, 'Halı WebP')).toMatchObject({ mark: 'bad' });
    await page.close();
  });
});
