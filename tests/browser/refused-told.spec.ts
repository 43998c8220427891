import { afterEach, describe, expect, it } from 'vitest';
import { mustQualify, REAL_CODE, type ToldCase, toldCases, toldPage } from '../corpus/refused-told';
import { JOOM_APPS, JOOM_STORES } from '../panels/data';
import { customPages } from '../panels/routes';
import { BROWSER, browserForSuite, type TestPage } from './drivers';
import { activate, forgetPushes, pushFromPopup, readJoomOnce } from './steps';

// The fifth review, finding 2: markup the seller cannot see, or a heading two blocks up, turned the store's real
// Api Tanım form into "no form", and then the seller's presses on its Kaydet and Yetki Talep Et counted for nothing
// and nothing on the page said why (the note needed a waiting push). One page per way from the generator
// (tests/corpus/refused-told.ts), with no push: the unseen titles and the twin leave the form
// qualifying (our fill button shows beside it); every other refusal is said beside the Joom banner, and the seller's
// real press on Kaydet and on Yetki Talep Et is told, there and then, that it did not count.

const CASES = toldCases(0, 0).filter(
  (c, i, all) =>
    // One page per way: the first of each (header, before, message, fields), and two hidings of the dropdown's <h1>.
    all.findIndex((o) => o.header === c.header && o.before === c.before && o.message === c.message && o.fields === c.fields) === i ||
    (c.header === 'hiddenH1' && c.hiding === 'closedDetails'),
);
const wayOf = (c: ToldCase) =>
  [
    c.header === 'hiddenH1' && `a hidden <h1> (${c.hiding})`,
    c.header === 'seenH1' && `a seen <h1> “${c.word}” in an aside`,
    c.before !== 'none' && `${c.before} “${c.word}”`,
    c.message !== 'none' && `${c.message} in ${c.region}`,
    c.fields === 'unknown' && 'an unknown field',
  ]
    .filter(Boolean)
    .join(', ');

/** fill_notSure's words (tr): no first-person "tanıdığımız" (look verdict 8); the form, not the page, not recognised (issue 17: "bu sayfayı tanımadı" under a Joom banner read wrong). */
const NOT_SURE = 'bu formun alanlarından emin olamadı';
/** push_notSure's words (tr), in the popup. */
const PUSH_NOT_SURE = 'sayfanın düzenini tanımadı';
/** fillByHand's words (tr): said once, in the note beside the banner, never again in the press's note (look verdict 7). */
const BY_HAND = '“Okunan değerler” › “Kopyala”';
/** fillStillWorks's words (tr): the steps are not ticked, said once, in the note beside the banner (seller judge s47, 7). */
const NOT_COUNTED = 'penceresindeki adımlar kendiliğinden işaretlenmez';

/** The seller's real click on a button of the real form. */
function pressReal(page: TestPage, selector: string): Promise<void> {
  return page.click(`.real ${selector}`);
}

describe(`the seller's real form is taken, or the seller is told why not (${BROWSER})`, () => {
  const driver = browserForSuite({ lang: 'tr' });
  const opened: TestPage[] = [];
  afterEach(async () => {
    for (const page of opened.splice(0)) await page.close();
    customPages.clear();
  });

  it.each(CASES.map((c, i) => [wayOf(c), c, i] as const))('%s', { timeout: 90_000 }, async (_name, c, i) => {
    const url = `https://app.shopiverse.tech/tr/settings/store/${REAL_CODE}/told${i}`;
    customPages.set(url, `<!doctype html><html lang="tr"><head><meta charset="utf-8"><title>ShopiVerse</title></head><body>${toldPage(c)}</body></html>`);
    const page = await driver().open(url);
    opened.push(page);
    await page.waitFor(() => document.querySelector('.real .banner') !== null);
    await page.bringToFront();
    if (mustQualify(c)) {
      // Qualified: our fill button beside the form, and no note saying it is not.
      await expect.poll(async () => (await page.ourUi('fill-button')).length, { timeout: 15_000 }).toBe(1);
      expect(await page.ourUi('fill-problem')).toEqual([]);
      return;
    }
    // Told beside the banner, with no push waiting: why, and what to do instead.
    await expect.poll(async () => (await page.ourUi('fill-problem')).join('|'), { timeout: 15_000 }).toContain(NOT_SURE);
    expect((await page.ourUi('fill-problem')).join('|')).toContain(BY_HAND);
    // Whose note it is, and the step pasting by hand needs and the guide has: tick Durum, then Kaydet (seller judge s43).
    expect((await page.ourUi('fill-problem')).join('|')).toContain('Joom Bağlayıcı: form doldurulmadı');
    expect((await page.ourUi('fill-problem')).join('|')).toContain('4. “Durum” işaretli değilse işaretleyin, sonra “Kaydet” düğmesine basın.');
    // A line per field, in the form's order (seller judge s44).
    expect((await page.ourUi('fill-problem')).join('|')).toMatch(
      /\n1\. Gizli Anahtar \(Secret Key\): [^\n]+\n2\. Müşteri Kimlik Numarası \(Client Id\): [^\n]+\n3\. Kimlik No \(Store Id\): /,
    );
    expect(await page.ourUi('fill-button')).toEqual([]);
    // The seller presses Kaydet, then Yetki Talep Et: neither counts, and each is told beside the button.
    await pressReal(page, '.save');
    await expect.poll(async () => (await page.ourUi('press-not-counted')).length, { timeout: 10_000 }).toBe(1);
    expect((await page.ourUi('fill-problem')).join('|')).toContain(NOT_COUNTED);
    // Not "cannot see the presses" above "you pressed Kaydet" beside it (seller judge s48, 1): it cannot see their outcome.
    expect((await page.ourUi('fill-problem')).join('|')).toContain('işlemin sonucunu göremez');
    expect((await page.ourUi('press-not-counted')).join('|')).not.toContain(NOT_COUNTED);
    // What to do next, not only what was not counted (seller judge s44, panels 07).
    expect((await page.ourUi('press-not-counted')).join('|')).toContain('sıradaki adım “Yetki Talep Et” düğmesine basmak');
    expect((await page.ourUi('press-not-counted')).join('|')).not.toContain(BY_HAND);
    expect((await page.ourUi('fill-problem')).join('|').split(BY_HAND).length - 1).toBe(1);
    // One note above the row of buttons, for either press: told again for Yetki Talep Et on the page loaded anew.
    await page.goto(url);
    await page.waitFor(() => document.querySelector('.real .banner') !== null);
    await expect.poll(async () => (await page.ourUi('fill-problem')).join('|'), { timeout: 15_000 }).toContain(NOT_SURE);
    expect(await page.ourUi('press-not-counted')).toEqual([]);
    await pressReal(page, '.authorize');
    await expect.poll(async () => (await page.ourUi('press-not-counted')).length, { timeout: 10_000 }).toBe(1);
    expect((await page.ourUi('press-not-counted')).join('|')).toContain('Yetkinin verilip verilmediğini');
    const session = (await driver().stored()).session as { session?: { saveClick?: unknown; authorizeClick?: unknown } };
    expect(session.session?.saveClick).toBeUndefined();
    expect(session.session?.authorizeClick).toBeUndefined();
  });

  it('tells no press on a page without a Joom banner: a Kaydet of another page is none of ours', { timeout: 60_000 }, async () => {
    const url = 'https://app.shopiverse.tech/tr/products/42';
    customPages.set(
      url,
      '<!doctype html><html lang="tr"><head><meta charset="utf-8"><title>ShopiVerse</title></head><body><main><h1>Ürün</h1><form><input placeholder="Ad"><button type="button" class="save">Kaydet</button></form></main></body></html>',
    );
    const page = await driver().open(url);
    opened.push(page);
    await page.bringToFront();
    await page.click('.save');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await page.ourUi('press-not-counted')).toEqual([]);
    expect(await page.ourUi('fill-problem')).toEqual([]);
  });
  // The popup says what the page says: "not sure this is your Joom store's form", never "open the Api Tanım tab" while
  // the seller looks at it (before: the push went pending and the popup sent the seller to the tab in front of them).
  const ready = readJoomOnce(driver, JOOM_STORES[0] as (typeof JOOM_STORES)[0], JOOM_APPS[0] as (typeof JOOM_APPS)[0]);
  const refused = CASES.findIndex((c) => !mustQualify(c));

  it('says "not sure" in the popup for a push on the refused page in front, and fills nothing', { timeout: 90_000 }, async () => {
    await ready();
    const url = `https://app.shopiverse.tech/tr/settings/store/${REAL_CODE}/told-push`;
    customPages.set(
      url,
      `<!doctype html><html lang="tr"><head><meta charset="utf-8"><title>ShopiVerse</title></head><body>${toldPage(CASES[refused] as ToldCase)}</body></html>`,
    );
    const page = await driver().open(url);
    const popup = await driver().popup();
    opened.push(page, popup);
    await page.waitFor(() => document.querySelector('.real .banner') !== null);
    await expect.poll(async () => (await page.ourUi('fill-problem')).join('|'), { timeout: 15_000 }).toContain(NOT_SURE);
    // The page's tab in front, as under the real popup (opened here as a tab of its own).
    await activate(popup, url);
    expect(await pushFromPopup(popup)).toBe('notSure');
    expect(await popup.evaluate(() => document.querySelector('[data-push-status]')?.textContent ?? '')).toContain(PUSH_NOT_SURE);
    // Nothing filled anywhere on the page.
    expect(
      await page.evaluate(
        () => [...document.querySelectorAll('input:not([type="checkbox"])')].filter((input) => (input as HTMLInputElement).value !== '').length,
      ),
    ).toBe(0);
    const session = (await driver().stored()).session as { session?: { pending?: unknown } };
    expect(session.session?.pending).toBeUndefined();
    await forgetPushes(popup);
  });

  it('says "not sure" on the popup\'s card while a push waits and that page is open', { timeout: 90_000 }, async () => {
    await ready();
    const url = `https://app.shopiverse.tech/tr/settings/store/${REAL_CODE}/told-wait`;
    customPages.set(
      url,
      `<!doctype html><html lang="tr"><head><meta charset="utf-8"><title>ShopiVerse</title></head><body>${toldPage(CASES[refused] as ToldCase)}</body></html>`,
    );
    const page = await driver().open(url);
    opened.push(page);
    await page.waitFor(() => document.querySelector('.real .banner') !== null);
    await expect.poll(async () => (await page.ourUi('fill-problem')).join('|'), { timeout: 15_000 }).toContain(NOT_SURE);
    // The popup in front: the push waits for the form (it opens the store's page), and says why it will not fill here.
    const popup = await driver().popup();
    opened.push(popup);
    expect(await pushFromPopup(popup)).toBe('pending');
    opened.push(...(await driver().pages()).filter((tab) => tab.url() !== url && tab.url().startsWith('https://app.shopiverse.tech/')));
    // The push put the store's page in front (the popup says to open the Api Tanım tab there); the seller turns back to
    // the refused page, and the popup opened again over it says why it will not fill there.
    const turner = await driver().popup();
    opened.push(turner);
    await activate(turner, url);
    await expect
      .poll(async () => ((await driver().stored()).session as { session?: { formSeen?: { status?: string } } }).session?.formSeen?.status, {
        timeout: 15_000,
      })
      .toBe('notSure');
    const again = await driver().popup();
    opened.push(again);
    await again.waitFor(() => document.querySelector('[data-next="pushed"] [data-pending]') !== null, undefined, 15_000);
    expect(await again.evaluate(() => document.querySelector('[data-pending]')?.getAttribute('data-pending'))).toBe('fill_notSure');
    expect(await again.evaluate(() => document.querySelector('[data-next]')?.textContent ?? '')).toContain('“Okunan değerler” > “Kopyala”');
    await forgetPushes(again);
  });
});
