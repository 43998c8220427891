import { describe, expect, it } from 'vitest';
import { JOOM_APPS, JOOM_STORES } from '../panels/data';
import { BROWSER, browserForSuite } from './drivers';
import { EXPECTED_REDIRECT, popupStates, readApp, readStore } from './steps';

const [store, storeTwo] = JOOM_STORES as [(typeof JOOM_STORES)[0], (typeof JOOM_STORES)[0]];
const [app, maskedApp] = JOOM_APPS as [(typeof JOOM_APPS)[0], (typeof JOOM_APPS)[0]];

describe(`reading values on Joom (${BROWSER})`, () => {
  const browser = browserForSuite({ lang: 'tr' });

  it('keeps an application read before any store, then ties it to its store', async () => {
    const page = await readApp(browser(), app);
    const stored = await browser().stored();
    // The application page names its store by name only: no store yet, nothing dropped.
    expect(JSON.stringify(stored.session)).toContain(app.secret);
    expect(JSON.stringify(stored.local)).not.toContain(app.secret);
    await page.close();
  });

  it('reads the Store ID after a single-page navigation, with the store name, and puts a copy button beside it', async () => {
    const page = await readStore(browser(), store);
    const local = (await browser().stored()).local as { state: { stores: Record<string, { name?: string }> } };
    expect(local.state.stores[store.id]?.name).toBe(store.name);
    expect((await page.ourUi('copy-storeId')).join('|')).toMatch(/Kopyala: /);
    await page.clickOurUi('copy-storeId', 'Kopyala');
    await expect.poll(async () => (await page.ourUi('copy-storeId')).join('|'), { timeout: 10_000 }).toContain('Kopyalandı');
    if (browser().name === 'chromium') expect(await browser().readClipboard(page)).toBe(store.id);
    // The application read before is now tied to this store (its page named the store by name).
    const popup = await browser().popup();
    const states = await popupStates(popup);
    expect([states['store-id'], states['api-app'], states['client-id'], states.secret]).toEqual(['done', 'done', 'done', 'done']);
    await popup.close();
    // The decoy product ID on the same page was not taken.
    expect(JSON.stringify((await browser().stored()).local)).not.toContain('6a0b1c2d3e4f5a6b7c8d9e0f');
    await page.close();
  });

  it('keeps two stores apart', async () => {
    const page = await readStore(browser(), storeTwo);
    const local = (await browser().stored()).local as { state: { stores: Record<string, unknown> } };
    expect(Object.keys(local.state.stores).sort()).toEqual([store.id, storeTwo.id].sort());
    await page.close();
    // A store read later never selects itself (issue 16): the popup offers it, and the seller takes it; the cases
    // below work on Ege Tekstil.
    const popup = await browser().popup();
    await popup.waitFor(() => document.querySelector(`[data-offer] [data-answer="select"]`) !== null);
    await popup.click('[data-offer] [data-answer="select"]');
    await popup.waitFor(() => document.querySelector('[data-offer]') === null);
    await popup.close();
  });

  it('asks for a masked secret to be revealed, presses the panel’s reveal button when asked, then reads it', async () => {
    const page = await browser().open(`https://merchant.joom.com/panel/api/${maskedApp.id}`);
    await page.waitFor(() => document.querySelector('joom-connector-ui[data-key="masked"]') !== null);
    expect(JSON.stringify((await browser().stored()).session)).not.toContain(maskedApp.secret);
    // The note names the button to press, ours beside it, not Joom's own "Göster" (look verdict 7).
    expect((await page.ourUi('masked')).join('|')).toContain('“Anahtarı oku” düğmesine basın');
    await page.clickOurUi('masked', 'Anahtarı oku');
    await expect.poll(async () => JSON.stringify((await browser().stored()).session), { timeout: 10_000 }).toContain(maskedApp.secret);
    await page.close();
  });

  it('flags a redirect URL that differs from ShopiVerse’s, in the page and in the popup', async () => {
    const page = await browser().open(`https://merchant.joom.com/panel/api/${maskedApp.id}`);
    await expect.poll(async () => (await page.ourUi('redirect')).join('|'), { timeout: 10_000 }).toContain('https olmalı');
    const alert = (await page.ourUi('redirect')).join('|');
    expect(alert).toContain('https olmalı');
    expect(alert).toContain('/tr/ eksik');
    expect(alert).toContain(EXPECTED_REDIRECT);
    // Each address says whose it is, and why the expected one holds /tr/ (look verdict 9, problem 11).
    expect(alert).toContain('Joom’daki adres: ');
    expect(alert).toContain('/tr/ ile verir');
    // What the marks mean, both drawn here (a missing "tr/" boxed, an extra "/" struck: seller judge s47, point 11).
    expect(alert).toContain('(kesik çizgili kutu: eksik · üstü çizili: fazla ya da yanlış)');
    // The fix as steps in the order they are done, the copy first and why /tr/ after them (seller judge s44, panels 05).
    const at = [
      'Doğru URL’yi kopyala',
      'Bu sayfada uygulamayı düzenlemek için Joom’un düzenleme düğmesine basın.',
      'kopyaladığınızı yapıştırın ve kaydedin',
      '/tr/ ile verir',
    ].map((words) => alert.indexOf(words));
    expect(at.every((place) => place > alert.lastIndexOf(EXPECTED_REDIRECT))).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // Beside the fault, its fix: a button that copies the right address.
    await page.clickOurUi('redirect', 'Doğru URL’yi kopyala');
    if (browser().name === 'chromium') expect(await browser().readClipboard(page)).toBe(EXPECTED_REDIRECT);
    await page.close();
    const popup = await browser().popup();
    // The popup shows the store read most recently: the second store, whose application has the wrong URL.
    const states = await popupStates(popup);
    expect(states['api-app']).toBe('error');
    // Only the places that differ are marked (issue 17: one mark from "://" to the end covered the right middle too):
    // in Joom's URL the missing "s" and "tr/" drawn where they go (boxed, apart from the URL) and the extra "/" struck;
    // in the expected one, "s" and "tr/".
    const marks = (side: string) =>
      popup.evaluate(
        (url) =>
          [...document.querySelectorAll(`[data-url="${url}"] mark`)].map(
            (mark) => `${mark.hasAttribute('data-gap') ? 'missing' : mark.hasAttribute('data-extra') ? 'extra' : 'mark'} ${mark.textContent}`,
          ),
        side,
      );
    expect(await marks('seen')).toEqual(['missing s', 'missing tr/', 'extra /']);
    expect(await marks('expected')).toEqual(['mark s', 'mark tr/']);
    expect(maskedApp.redirectUrl).toBe('http://app.shopiverse.tech/settings/store/joomcallbackcode/');
    expect(await popup.evaluate(() => document.querySelector('[data-why-locale]')?.textContent)).toContain('/tr/ ile verir');
    await popup.close();
  });

  it('prefills the new-application form into React’s own state, and never submits it', async () => {
    const page = await browser().open('https://merchant.joom.com/panel/api');
    await page.clickText('Yeni Uygulama Oluştur', 'a');
    await page.waitFor(() => [...document.querySelectorAll('input')].some((input) => input.value === 'ShopiVerse'));
    await page.waitFor(() => (document.querySelector('select') as HTMLSelectElement | null)?.value !== '');
    // A note beside the form says who filled it and that saving is the seller's.
    await expect
      .poll(async () => (await page.ourUi('prefilled')).join('|'), { timeout: 10_000 })
      .toContain('Joom Bağlayıcı formu doldurdu; kontrol edip “Kaydet” düğmesine basın.');
    // On a line of its own under the redirect field: beside the wide field it ran under the open popup (issue 17).
    const under = await page.evaluate(() => {
      const host = document.querySelector('joom-connector-ui[data-key="prefilled"]')?.getBoundingClientRect();
      const field = [...document.querySelectorAll('input')].find((input) => input.value.startsWith('https://'))?.getBoundingClientRect();
      return host && field ? host.top >= field.bottom - 1 && Math.abs(host.left - field.left) <= 1 : undefined;
    });
    expect(under).toBe(true);
    const submittedBefore = await page.evaluate(() => window.__replicaSubmitted ?? null);
    expect(submittedBefore).toBeNull();
    await page.clickText('Kaydet', 'button');
    await page.waitFor(() => window.__replicaSubmitted !== undefined);
    const submitted = await page.evaluate(() => window.__replicaSubmitted);
    // The store read most recently (Ege Tekstil) is the one preselected.
    expect(submitted).toEqual({ title: 'ShopiVerse', store: storeTwo.id, redirect: EXPECTED_REDIRECT });
    await page.close();
  });

  it('works from the keyboard: Tab to the next step’s button, Enter does it', async () => {
    const popup = await browser().popup();
    // The store shown is Ege Tekstil, whose application has the wrong redirect URL: fixing it is the next step.
    await popup.waitFor(() => document.querySelector('[data-next="api-app"] [data-action="next"]') !== null);
    for (let i = 0; i < 30; i++) {
      if (await popup.evaluate(() => document.activeElement?.getAttribute('data-action') === 'next')) break;
      await popup.press('Tab');
    }
    expect(await popup.evaluate(() => document.activeElement?.textContent)).toBe('Doğru URL’yi kopyala, uygulamanın sayfasını aç');
    const before = (await browser().pages()).length;
    await popup.press('Enter');
    // The right URL is copied and the application's page the seller last used opens, where it is pasted (one primary
    // action for a wrong redirect URL: issue 17, point 6).
    await expect
      .poll(async () => (await browser().pages()).map((page) => page.url()), { timeout: 10_000 })
      .toContain(`https://merchant.joom.com/panel/api/${maskedApp.id}`);
    expect((await browser().pages()).length).toBe(before + 1);
    await popup.close();
  });
});
