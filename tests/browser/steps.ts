import { expect } from 'vitest';
import type { JoomApp, JoomStore, Lang } from '../panels/data';
import { SV_TEXT } from '../panels/data';
import type { Driver, TestPage } from './drivers';

// Steps of the seller's journey, shared by the browser tests.

export const EXPECTED_REDIRECT = 'https://app.shopiverse.tech/tr/settings/store/joomcallbackcode';

/** Open the Joom stores list and reach the store's page by a single-page navigation, as a seller clicks. */
export async function readStore(driver: Driver, store: JoomStore): Promise<TestPage> {
  const page = await driver.open('https://merchant.joom.com/panel/stores');
  await page.clickText(store.name, 'a');
  await page.waitFor((id) => location.pathname.endsWith(id), store.id);
  await expect.poll(async () => JSON.stringify((await driver.stored()).local), { timeout: 10_000 }).toContain(store.id);
  return page;
}

export async function readApp(driver: Driver, app: JoomApp): Promise<TestPage> {
  const page = await driver.open(`https://merchant.joom.com/panel/api/${app.id}`);
  await expect.poll(async () => JSON.stringify((await driver.stored()).local), { timeout: 10_000 }).toContain(app.clientId);
  return page;
}

/** ShopiVerse: a store's page, then its "Api Tanım" tab. */
export async function openApiForm(driver: Driver, code: string, lang: Lang = 'tr'): Promise<TestPage> {
  const page = await driver.open(`https://app.shopiverse.tech/${lang}/settings/store/${code}`);
  await page.clickText(SV_TEXT[lang].apiTab ?? 'Api Tanım', 'button');
  await page.waitFor(() =>
    [...document.querySelectorAll('input')].some((input) => input.placeholder === 'Store Id' || input.closest('div')?.textContent === 'Store Id'),
  );
  return page;
}

/** The popup's next step (its top card). */
export async function nextStepShown(popup: TestPage): Promise<string> {
  await popup.waitFor(() => document.querySelector('[data-next]') !== null);
  return popup.evaluate(() => document.querySelector('[data-next]')?.getAttribute('data-next') ?? '');
}

/** Each step's state, once the popup shows its steps (all but the empty state, which shows only its one card). */
export async function popupStates(popup: TestPage): Promise<Record<string, string>> {
  await popup.waitFor(() => document.querySelectorAll('[data-step]').length === 9);
  return popup.evaluate(() =>
    Object.fromEntries([...document.querySelectorAll('[data-step]')].map((step) => [step.getAttribute('data-step'), step.getAttribute('data-state')])),
  );
}

export async function waitForStep(popup: TestPage, step: string, state: string): Promise<void> {
  await popup.waitFor(
    ([s, want]) => document.querySelector(`[data-step="${s}"]`)?.getAttribute('data-state') === want,
    [step, state] as [string, string],
    15_000,
  );
}

/** The values of the Api Tanım form's three text fields, in order (Secret Key, Client Id, Store Id). */
export function formValues(page: TestPage): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll('form input:not([type="checkbox"])')].map((input) => (input as HTMLInputElement).value));
}

/** Press Push: the next-step card's primary button, or "push again" once connected. */
export async function pushFromPopup(popup: TestPage): Promise<string> {
  await popup.waitFor(() => document.querySelector('button[data-push]') !== null, undefined, 15_000);
  await popup.click('button[data-push]');
  await popup.waitFor(() => document.querySelector('[data-push-status]') !== null, undefined, 15_000);
  return popup.evaluate(() => document.querySelector('[data-push-status]')?.getAttribute('data-push-status') ?? '');
}
