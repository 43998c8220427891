import { customPages } from '../../panels/routes';
import { type Driver, launch } from './index';

/** What the extension stored after one visit: `local` is storage.local alone, `all` both areas (the Secret Key's). */
export interface StoredAfterVisit {
  local: string;
  all: string;
}

/**
 * The review probes' visit: `html` served at `url`, opened in a fresh profile (stores read earlier would fill the
 * offers and hold later ones back), 3.5 s for the reader's looks, then `after` (what the seller does next), and what
 * the extension stored. `shot` saves a screenshot of the tab there.
 */
export async function storedAfterVisit(
  url: string,
  html: string,
  options: { after?: (driver: Driver) => Promise<void>; shot?: string } = {},
): Promise<StoredAfterVisit> {
  customPages.set(url, html);
  const driver = await launch({ lang: 'tr' });
  try {
    const tab = await driver.open(url);
    await new Promise((resolve) => setTimeout(resolve, 3500));
    await options.after?.(driver);
    if (options.shot) await tab.screenshot(options.shot);
    const stored = await driver.stored();
    return { local: JSON.stringify(stored.local), all: JSON.stringify(stored) };
  } finally {
    await driver.close();
    customPages.delete(url);
  }
}
