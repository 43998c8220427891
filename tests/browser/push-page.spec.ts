import { afterEach, describe, expect, it } from 'vitest';
import { JOOM_APPS, JOOM_STORES, type JoomStore } from '../panels/data';
import { BROWSER, type Driver, launch, type TestPage } from './drivers';
import { openApiForm, pushFromPopup, readApp, readStore } from './steps';

// The page a push filled is kept (local.pushes[store].page, on disk) to send the seller back to it. It is the tab's
// address taken before the values were sent (background/push.ts), never after: the page's script chooses its path and,
// once it holds the Secret Key, may write it there in any spelling. Review 7, finding 5 (on 08fe8f8): split over two
// segments, upper-cased or reversed, the key was kept, since only its exact spelling was looked for.

const [store] = JOOM_STORES as [JoomStore];
const [app] = JOOM_APPS as [(typeof JOOM_APPS)[0]];
type Local = { state?: { pushes: Record<string, { code?: string; page?: string }> } };

const SPELLINGS = ['split', 'upper', 'reversed'] as const;

/** The page's own script: once the three values are in, it writes the Secret Key into its path, spelled `how`. */
function writeKeyIntoPath(page: TestPage, how: (typeof SPELLINGS)[number]): Promise<void> {
  return page.evaluate((spelling) => {
    document.addEventListener(
      'change',
      () => {
        const values = [...document.querySelectorAll('form input')].map((input) => (input as HTMLInputElement).value);
        const secret = values.find((value) => value.length >= 32);
        if (!secret || !values.some((value) => value.length === 24) || location.pathname.includes('/k/')) return;
        const spelled =
          spelling === 'split' ? `${secret.slice(0, 16)}/${secret.slice(16)}` : spelling === 'upper' ? secret.toUpperCase() : [...secret].reverse().join('');
        history.pushState(null, '', `${location.pathname.replace(/\/$/, '')}/k/${spelled}`);
      },
      true,
    );
  }, how);
}

/** The page kept for the store's push, once recorded: the form's address as it was before the fill. */
async function keptPage(driver: Driver): Promise<string> {
  await expect.poll(async () => ((await driver.stored()).local as Local).state?.pushes[store.id], { timeout: 10_000 }).toMatchObject({ code: '00159' });
  const local = (await driver.stored()).local as Local;
  expect(JSON.stringify(local)).not.toContain(app.secret);
  return local.state?.pushes[store.id]?.page ?? '';
}

describe(`the page a push keeps is the form's address before the fill (${BROWSER})`, () => {
  let driver: Driver | undefined;
  afterEach(async () => {
    await driver?.close();
    driver = undefined;
  });

  for (const spelling of SPELLINGS)
    it(`keeps the form's own address when a page script writes the Secret Key into its path, ${spelling}`, { timeout: 180_000 }, async () => {
      driver = await launch({ lang: 'tr' });
      await (await readStore(driver, store)).close();
      await (await readApp(driver, app)).close();
      const form = await openApiForm(driver, '00159');
      const before = await form.evaluate(() => `${location.origin}${location.pathname}`, undefined);
      await expect.poll(() => form.ourUi('fill-button'), { timeout: 10_000 }).toEqual([expect.stringContaining('Üç alanı Joom Bağlayıcı ile doldur')]);
      await writeKeyIntoPath(form, spelling);
      await form.clickOurUi('fill-button', 'Üç alanı Joom Bağlayıcı ile doldur');
      await expect.poll(() => form.evaluate(() => location.pathname, undefined), { timeout: 5_000 }).toContain('/k/');
      expect(await keptPage(driver)).toBe(before);
    });

  it('keeps the form’s own address for a waiting push, filled when the form appears', { timeout: 180_000 }, async () => {
    driver = await launch({ lang: 'tr' });
    await (await readStore(driver, store)).close();
    await (await readApp(driver, app)).close();
    expect(await pushFromPopup(await driver.popup())).toBe('pending');
    // The seller opens the store's page, then its Api Tanım tab (the page's script is there before the form).
    const page = await driver.open('https://app.shopiverse.tech/tr/settings/store/00159');
    await page.waitFor(() => [...document.querySelectorAll('button')].some((button) => button.textContent === 'Api Tanım'), undefined, 15_000);
    await writeKeyIntoPath(page, 'split');
    const before = await page.evaluate(() => `${location.origin}${location.pathname}`, undefined);
    await page.clickText('Api Tanım', 'button');
    await expect.poll(() => page.evaluate(() => location.pathname, undefined), { timeout: 15_000 }).toContain('/k/');
    expect(await keptPage(driver)).toBe(before);
  });
});
