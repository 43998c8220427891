import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { type ApiRoute, type ApiView, JOOM_APPS, JOOM_STORES, type JoomStore, type Lang, SV_API_ROUTES } from '../panels/data';
import { shopiverseServer } from '../panels/routes';
import { BROWSER, browserForSuite, type TestPage } from './drivers';
import { forgetPushes, formValues, openApiFormAt, pushFromPopup, readJoomOnce } from './steps';

// Issue 16, items 1 and 8: the push fills the Api Tanım form wherever ShopiVerse shows it (its address is unknown:
// PANELS.md), and a push that changes nothing asks nothing. The route shapes are the replica's SV_API_ROUTES, each
// in every view it has (tab, modal, drawer); language, store and framework are drawn by fast-check. Every case but
// /xx/settings/store/NNNNN failed on 3884e4b (the path gate answered noForm; the push stayed pending).

const [store] = JOOM_STORES as [JoomStore];
const [app] = JOOM_APPS as [(typeof JOOM_APPS)[0]];

interface RouteCase {
  route: ApiRoute;
  view: ApiView;
  lang: Lang;
  code: string;
  framework: 'react' | 'plain';
}

/** Every route shape in every view it has, each with a language, a Joom store and a framework drawn (seeded). */
const CASES: RouteCase[] = SV_API_ROUTES.flatMap((route) =>
  route.views.map((view, index) => {
    const [drawn] = fc.sample(
      fc.record({
        lang: fc.constantFrom<Lang>('tr', 'en'),
        code: fc.constantFrom('00159', '00161'),
        framework: fc.constantFrom<'react' | 'plain'>('react', 'plain'),
      }),
      { numRuns: 1, seed: 16_000 + SV_API_ROUTES.indexOf(route) * 10 + index },
    );
    return { route, view, ...(drawn as Omit<RouteCase, 'route' | 'view'>) };
  }),
);
const label = (c: RouteCase) => `${c.route.url(c.lang, c.code, c.view, c.framework).replace('https://app.shopiverse.tech', '')} (${c.view}, ${c.framework})`;

describe(`the push finds the Api Tanım form wherever ShopiVerse shows it (${BROWSER})`, () => {
  const driver = browserForSuite({ lang: 'tr' });
  let opened: TestPage[] = [];
  const ready = readJoomOnce(driver, store, app);
  afterEach(async () => {
    // Each address is judged on its own: after a fill the popup's next step is Kaydet, and it offers no Push.
    const popup = await driver().popup();
    await forgetPushes(popup);
    opened.push(popup);
    for (const page of opened) await page.close();
    opened = [];
    shopiverseServer.clear();
  });

  it('reads the Joom values once, and has a route shape for every view, and more than one address for each', async () => {
    await ready();
    expect(new Set(CASES.map((c) => c.view))).toEqual(new Set(['tab', 'modal', 'drawer']));
    expect(CASES.length).toBeGreaterThanOrEqual(12);
  });

  it.each(CASES.map((c) => [label(c), c] as const))('fills the form at %s', async (_name, at) => {
    await ready();
    const form = await openApiFormAt(driver(), at);
    const popup = await driver().popup();
    opened.push(form, popup);
    expect(await pushFromPopup(popup)).toBe('filled');
    expect(await formValues(form)).toEqual([app.secret, app.clientId, store.id]);
  });

  it('fills nothing under a transparent layer that takes the seller’s clicks, and says the form is hidden', async () => {
    await ready();
    // At the address the old code knew, so that only the layer is new.
    const [route] = SV_API_ROUTES.filter((r) => r.name === 'settings') as [ApiRoute];
    const form = await openApiFormAt(driver(), { route, view: 'tab', lang: 'tr', code: '00159', framework: 'react', cover: true });
    const popup = await driver().popup();
    opened.push(form, popup);
    expect(await pushFromPopup(popup)).toBe('hidden');
    expect(await formValues(form)).toEqual(['', '', '']);
    expect((await form.ourUi('fill-problem')).join('|')).toContain('gizli ya da üstü kapalı');
  });

  it('asks nothing when the form already holds the pushed values, and asks only about the field that differs', async () => {
    await ready();
    const [route] = SV_API_ROUTES.filter((r) => r.name === 'settings') as [ApiRoute];
    const at = { route, view: 'tab' as const, lang: 'tr' as const, code: '00159', framework: 'react' as const };
    shopiverseServer.set('00159', { secret: app.secret, clientId: app.clientId, storeId: store.id, status: true, asShown: false });
    const same = await openApiFormAt(driver(), at);
    await same.waitFor((want) => [...document.querySelectorAll('input')].some((input) => input.value === want), store.id);
    const popup = await driver().popup();
    opened.push(same, popup);
    expect(await pushFromPopup(popup)).toBe('filled');
    expect(await formValues(same)).toEqual([app.secret, app.clientId, store.id]);
    await same.close();
    await forgetPushes(popup);
    opened = [popup];

    // Another Secret Key in the field: only it is asked about, and nothing is written until the seller says so.
    shopiverseServer.set('00159', { secret: 'f'.repeat(32), clientId: app.clientId, storeId: store.id, status: true, asShown: false });
    const other = await openApiFormAt(driver(), at);
    await other.waitFor((want) => [...document.querySelectorAll('input')].some((input) => input.value === want), store.id);
    const again = await driver().popup();
    opened.push(other, again);
    expect(await pushFromPopup(again)).toBe('conflict');
    expect(await again.evaluate(() => document.querySelector('[data-push-status]')?.textContent ?? '')).toContain('(secret)');
    expect(await formValues(other)).toEqual(['f'.repeat(32), app.clientId, store.id]);
  });
});
