import { afterEach, describe, expect, it } from 'vitest';
import { JOOM_APPS, JOOM_STORES, type JoomStore } from '../panels/data';
import { requestsSeen } from '../panels/routes';
import { BROWSER, type Driver, launch, type TestPage } from './drivers';
import { OVERLAY_FORM, OVERLAY_STYLE } from './hidden-form-cases';
import { openApiForm, pushFromPopup, readApp, readStore } from './steps';

// Review 7 (on 08fe8f8), finding 1 through the built extension: on the replica's Api Tanım tab, markup the page shows
// (inserted here by the test, as a toast rendered from HTML would be) lays a look-alike over the whole page, its form
// posting to a path the attacker chose. On 08fe8f8 the push filled the look-alike (the real form under it was unseen,
// so no second form) and the seller's press on its Kaydet posted the Secret Key to /tr/support/tickets/new. A seen
// form drawn over another Joom form is now two forms: nothing is filled, and the page and the popup say why.

const [store] = JOOM_STORES as [JoomStore];
const [app] = JOOM_APPS as [(typeof JOOM_APPS)[0]];

/** The store's values read on Joom, its Api Tanım form opened, and a toast laid over it holding the look-alike. */
async function overlaidForm(driver: Driver): Promise<TestPage> {
  await (await readStore(driver, store)).close();
  await (await readApp(driver, app)).close();
  const form = await openApiForm(driver, '00159');
  await form.evaluate(
    ([markup, style]) => {
      const toast = document.createElement('div');
      toast.setAttribute('role', 'status');
      toast.setAttribute('style', style);
      const parsed = new DOMParser().parseFromString(`<body>${markup}</body>`, 'text/html');
      toast.append(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
      document.body.append(toast);
    },
    [OVERLAY_FORM, OVERLAY_STYLE] as [string, string],
  );
  await new Promise((resolve) => setTimeout(resolve, 1000));
  return form;
}

describe(`a look-alike laid over the real form receives nothing (${BROWSER})`, () => {
  let driver: Driver | undefined;
  afterEach(async () => {
    await driver?.close();
    driver = undefined;
  });

  it('puts the Secret Key into no form but the real one', { timeout: 180_000 }, async () => {
    driver = await launch({ lang: 'tr' });
    const form = await overlaidForm(driver);
    const status = await pushFromPopup(await driver.popup());
    const holders = await form.evaluate(
      (secret) =>
        [...document.querySelectorAll('input')].filter((input) => input.value === secret).map((input) => `${input.form?.id || '(real)'}:${input.name}`),
      app.secret,
    );
    expect({ status, holders }).toEqual({ status: 'manyForms', holders: [] });
    await form.bringToFront();
    await expect.poll(async () => (await form.ourUi('fill-problem')).join('|'), { timeout: 15_000 }).toContain('birden çok “Api Tanım” formu');
  });

  it('sends the Secret Key nowhere but the real form’s POST when the seller presses the Kaydet they see', { timeout: 180_000 }, async () => {
    driver = await launch({ lang: 'tr' });
    const form = await overlaidForm(driver);
    expect(await pushFromPopup(await driver.popup())).toBe('manyForms');
    await form.bringToFront();
    await new Promise((resolve) => setTimeout(resolve, 1200));
    requestsSeen.length = 0;
    const at = await form.evaluate(() => {
      const box = (document.querySelector('#evil button') as HTMLElement).getBoundingClientRect();
      return [box.left + box.width / 2, box.top + box.height / 2] as [number, number];
    }, undefined);
    await form.clickAt(...at);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const leaked = requestsSeen.filter((request) => request.body.includes(app.secret)).map((request) => `${request.method} ${request.url}`);
    expect(
      leaked.filter((line) => line.includes('/support/')),
      leaked.join('; '),
    ).toEqual([]);
  });
});
