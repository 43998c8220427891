import { customPages } from '../../panels/routes';
import { writeState } from '../write-state';
import { browserForSuite, type Driver } from './index';

/** What the extension stored after one visit: `local` is storage.local alone, `all` both areas (the Secret Key's). */
export interface StoredAfterVisit {
  local: string;
  all: string;
}

/**
 * The review probes' visit, for a describe block: one browser for its cases, and a visit that serves `html` at `url`,
 * opens it (with `fragment` on its address: a text fragment), gives the reader 3.5 s for its looks, runs `after` (what the seller does next), and answers what the
 * extension stored. Each visit starts from empty storage (stores read earlier would fill the offers and hold later
 * ones back): a fresh profile per case did the same at 5-9 s a launch. `shot` saves a screenshot of the tab there.
 */
export function useVisitProbe() {
  const driver = browserForSuite({ lang: 'tr' });
  return async (
    url: string,
    html: string,
    options: { after?: (driver: Driver) => Promise<void>; shot?: string; fragment?: string } = {},
  ): Promise<StoredAfterVisit> => {
    const popup = await driver().popup();
    await writeState(popup, { local: { stores: {}, apps: {}, links: {}, pushes: {}, saved: {}, auth: {} }, session: { secrets: {} } });
    await popup.close();
    customPages.set(url, html);
    const tab = await driver().open(`${url}${options.fragment ?? ''}`);
    try {
      await new Promise((resolve) => setTimeout(resolve, 3500));
      await options.after?.(driver());
      if (options.shot) await tab.screenshot(options.shot);
      const stored = await driver().stored();
      return { local: JSON.stringify(stored.local), all: JSON.stringify(stored) };
    } finally {
      await tab.close();
      customPages.delete(url);
    }
  };
}
