import { afterEach, describe, expect, it } from 'vitest';
import { JOOM_APPS, JOOM_STORES, type JoomStore } from '../panels/data';
import { BROWSER, type Driver, launch, type TestPage } from './drivers';
import { openApiForm, pressRecord, pushFromPopup, readApp, readStore } from './steps';

// Review 7's finding 4: the seller's press on the qualified form's Kaydet that the press check refuses was told
// nowhere. Kaydet's text in a <span> (as component libraries draw a button: antd's <button><span>Kaydet</span></button>)
// and a chat bubble fixed at the corner over the end of that text: the form still qualifies (the button holds no
// text of its own, so isRendered does not judge its text), but controlSeen judges the span's text covered. The
// seller clicks the word's visible start (or presses Enter on it): the press does not count, and the page now says
// so above the button, why and what to do instead. Our own fill button, covered the same way, says so beside it.
// (Review 7's first case here, a pointer-events:none transformed layer over Kaydet counted as a save, is finding 2's
// "seen" class, left to that fix.)

const [store] = JOOM_STORES as [JoomStore];
const [app] = JOOM_APPS as [(typeof JOOM_APPS)[0]];
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** pressNotSeen's words (tr), and fillByHand's. */
const NOT_SEEN = 'net göremedi';
const BY_HAND = '“Okunan değerler” › “Kopyala”';

/** Pushed and filled, the form in front; Kaydet's label put in a span, a bubble over its end if `bubbled`. */
async function formWithKaydet(driver: Driver, bubbled: boolean): Promise<{ form: TestPage; at: [number, number]; close: () => Promise<void> }> {
  await (await readStore(driver, store)).close();
  await (await readApp(driver, app)).close();
  const form = await openApiForm(driver, '00159');
  const popup = await driver.popup();
  expect(await pushFromPopup(popup)).toBe('filled');
  await form.bringToFront();
  await form.waitFor(() => document.querySelector('joom-connector-ui[data-key="fill-button"]') !== null, undefined, 15_000);
  const at = await form.evaluate((bubbled) => {
    const save = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Kaydet') as HTMLButtonElement;
    save.addEventListener('click', (event) => event.preventDefault(), { capture: true });
    const label = document.createElement('span');
    label.textContent = 'Kaydet';
    save.replaceChildren(label);
    const text = label.getBoundingClientRect();
    const bubble = document.createElement('div');
    bubble.textContent = '?';
    bubble.setAttribute(
      'style',
      `position:fixed;left:${text.left + text.width * 0.62}px;top:${text.top - 8}px;width:48px;height:${text.height + 16}px;border-radius:24px;background:#2563eb;color:#fff;z-index:50`,
    );
    if (bubbled) document.body.append(bubble);
    return [text.left + text.width * 0.2, text.top + text.height / 2] as [number, number];
  }, bubbled);
  // Let the twice-a-second sample see the page as it now is, as a person's press would.
  await wait(1200);
  expect(await form.evaluate(([x, y]) => document.elementFromPoint(x, y)?.closest('button')?.textContent, at)).toBe('Kaydet');
  return { form, at, close: () => popup.close() };
}

/** Whether our note's host stands above Kaydet (its bottom at or over Kaydet's top), in the page. */
const noteAboveKaydet = (form: TestPage) =>
  form.evaluate(() => {
    const host = document.querySelector('joom-connector-ui[data-key="press-not-counted"]');
    const save = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Kaydet');
    return !!host && !!save && host.getBoundingClientRect().bottom <= save.getBoundingClientRect().top + 1;
  });

describe(`a press on the qualified form's button that does not count says so beside it (${BROWSER})`, () => {
  let driver: Driver | undefined;
  afterEach(async () => {
    await driver?.close();
    driver = undefined;
  });

  it('control, no bubble: the press on Kaydet counts, and no note says otherwise', { timeout: 180_000 }, async () => {
    driver = await launch({ lang: 'tr' });
    const { form, at, close } = await formWithKaydet(driver, false);
    await form.clickAt(...at);
    await wait(1500);
    expect(await pressRecord(driver, 'Kaydet')).not.toBe('');
    expect(await form.ourUi('press-not-counted')).toEqual([]);
    await close();
  });

  it('a bubble over the end of Kaydet: the click on its visible start does not count, and the note above Kaydet says why', {
    timeout: 180_000,
  }, async () => {
    driver = await launch({ lang: 'tr' });
    const { form, at, close } = await formWithKaydet(driver, true);
    await form.clickAt(...at);
    await expect.poll(async () => (await form.ourUi('press-not-counted')).join('|'), { timeout: 10_000 }).toContain(NOT_SEEN);
    expect((await form.ourUi('press-not-counted')).join('|')).toContain(BY_HAND);
    expect(await noteAboveKaydet(form)).toBe(true);
    await wait(1000);
    expect(await pressRecord(driver, 'Kaydet')).toBe('');
    await close();
  });

  it('a bubble over the end of Kaydet: Enter on the focused Kaydet does not count, and the note says why', { timeout: 180_000 }, async () => {
    driver = await launch({ lang: 'tr' });
    const { form, close } = await formWithKaydet(driver, true);
    await form.evaluate(() => ([...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Kaydet') as HTMLButtonElement).focus());
    await wait(700);
    await form.press('Enter');
    await expect.poll(async () => (await form.ourUi('press-not-counted')).join('|'), { timeout: 10_000 }).toContain(NOT_SEEN);
    expect(await noteAboveKaydet(form)).toBe(true);
    await wait(1000);
    expect(await pressRecord(driver, 'Kaydet')).toBe('');
    await close();
  });

  it('a bubble over the end of our fill button: the click on its visible start fills nothing, and beside it says why', { timeout: 180_000 }, async () => {
    driver = await launch({ lang: 'tr' });
    const { form, close } = await formWithKaydet(driver, false);
    // Empty the form again: a counted press would fill it.
    const at = await form.evaluate(() => {
      for (const input of document.querySelectorAll<HTMLInputElement>('input[type="text"], input:not([type])')) input.value = '';
      const host = document.querySelector('joom-connector-ui[data-key="fill-button"]') as Element;
      const box = host.getBoundingClientRect();
      const bubble = document.createElement('div');
      bubble.setAttribute(
        'style',
        `position:fixed;left:${box.left + box.width * 0.62}px;top:${box.top - 8}px;width:48px;height:${box.height + 16}px;border-radius:24px;background:#2563eb;z-index:50`,
      );
      document.body.append(bubble);
      return [box.left + box.width * 0.2, box.top + box.height / 2] as [number, number];
    });
    await wait(1200);
    await form.clickAt(...at);
    await expect.poll(async () => (await form.ourUi('fill-button')).join('|'), { timeout: 10_000 }).toContain(NOT_SEEN);
    expect((await form.ourUi('fill-button')).join('|')).toContain(BY_HAND);
    expect(
      await form.evaluate(() => [...document.querySelectorAll<HTMLInputElement>('input[type="text"], input:not([type])')].map((input) => input.value).join('')),
    ).toBe('');
    await close();
  });
});
