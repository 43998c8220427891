import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { pageBundle, ROOT } from '../../../bench/bundle';
import type { Attack2 } from '../attack2-entry';
import { BROWSER } from './index';
import { type OfflinePage, openOfflinePage } from './offline';

/**
 * A bare page at `url` running the reader and the form locator as a page script (attack2-entry.ts), opened before
 * the describe block's tests and closed after them: the probes of the attack reviews call it with a page's markup.
 */
export function useAttackPage(url: string) {
  let page: OfflinePage | undefined;
  beforeAll(async () => {
    const script = await pageBundle(join(ROOT, 'tests', 'browser', 'attack2-entry.ts'), 'attack2.js');
    page = await openOfflinePage(BROWSER, url, script, { width: 1280, height: 800 });
  }, 120_000);
  afterAll(async () => {
    await page?.close();
  });
  const open = () => {
    if (!page) throw new Error('the attack page is not open');
    return page;
  };
  /** Run one of the entry's functions in the page. */
  const call = <K extends keyof Attack2>(method: K, ...args: Parameters<Attack2[K]>) =>
    open().evaluate(({ method, args }) => (window as unknown as { attack2: Record<string, (...a: unknown[]) => unknown> }).attack2[method]?.(...args), {
      method,
      args,
    }) as ReturnType<Attack2[K]>;
  /** Run any function in the page (to look at what a call left there). */
  const evaluate: OfflinePage['evaluate'] = (fn, arg) => open().evaluate(fn, arg);
  return { call, evaluate };
}
