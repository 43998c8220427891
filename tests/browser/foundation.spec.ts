import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOOM_STORES } from '../panels/data';
import { BROWSER, type Driver, launch } from './drivers';

describe(`foundation (${BROWSER})`, () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await launch({ lang: 'tr' });
  });
  afterAll(async () => {
    await driver?.close();
  });

  it('runs the Joom content script on the replica at the real URL', async () => {
    const store = JOOM_STORES[0];
    const page = await driver.open(`https://merchant.joom.com/panel/stores/${store?.id}`);
    await page.waitFor(() => document.querySelector('joom-connector-ui') !== null);
    const stored = await driver.stored();
    expect(JSON.stringify(stored.local)).toContain(store?.id);
    await page.close();
  });

  it('runs the ShopiVerse content script on the replica at the real URL', async () => {
    const page = await driver.open('https://app.shopiverse.tech/tr/settings/store/joomcallbackcode?error=access_denied');
    await expect.poll(async () => JSON.stringify((await driver.stored()).local), { timeout: 10_000 }).toContain('access_denied');
    await page.close();
  });

  it('renders the popup', async () => {
    const popup = await driver.popup();
    await popup.waitFor(() => document.querySelectorAll('[data-step]').length === 9);
    const steps = await popup.evaluate(() =>
      [...document.querySelectorAll('[data-step]')].map((step) => `${step.getAttribute('data-step')}=${step.getAttribute('data-state')}`),
    );
    expect(steps).toContain('store-id=done');
    expect(steps).toContain('pushed=todo');
    await popup.close();
  });
});
