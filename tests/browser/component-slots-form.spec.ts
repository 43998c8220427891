import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageBundle, ROOT } from '../../bench/bundle';
import { BROWSER } from './drivers';
import { type OfflinePage, openOfflinePage } from './drivers/offline';
import { apiForm } from './hidden-form-cases';

// The Api Tanım form slotted into a component whose root lays a sibling box (not one
// holding the slot) over it. Firefox's ShadowRoot.elementsFromPoint lists only the tree's own boxes, no host.
type Fill = (html: string) => Promise<{ status: string; secretIn: boolean }>;
const COVER = '<div style="position:absolute;left:0;top:0;width:100%;height:100%;background:#fff"></div>';
const host = (inner: string, light: string) => `<x-card><template shadowrootmode="open">${inner}</template>${light}</x-card>`;

describe(`no form under a sibling box of its component's root is filled (${BROWSER})`, () => {
  let page: OfflinePage | undefined;
  beforeAll(async () => {
    const script = await pageBundle(join(ROOT, 'tests', 'browser', 'component-entry.ts'), 'component-entry.js');
    page = await openOfflinePage(BROWSER, 'https://app.shopiverse.tech/tr/stores/00159', script, { width: 1280, height: 800 });
  });
  afterAll(async () => {
    await page?.close();
  });
  const fill = (html: string) =>
    (page as OfflinePage).evaluate((markup) => (window as unknown as { components: { fill: Fill } }).components.fill(markup), html);
  it('control: the form slotted into a plain component is filled', async () => {
    expect(await fill(host('<div><slot></slot></div>', apiForm()))).toEqual({ status: 'filled', secretIn: true });
  });
  it('fills no form under a sibling cover of the root (the host positioned by :host)', async () => {
    const outcome = await fill(host(`<style>:host{position:relative;display:block}</style><slot></slot>${COVER}`, apiForm()));
    expect(outcome.secretIn).toBe(false);
  });
});
