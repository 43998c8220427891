import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { Driver, LaunchOptions } from './types';

export type { Driver, TestPage } from './types';

/** The browser of this test project (vitest project `chromium` or `firefox`). */
export const BROWSER = (process.env.TEST_BROWSER ?? 'chromium') as 'chromium' | 'firefox';

export function launch(options: LaunchOptions = {}): Promise<Driver> {
  return BROWSER === 'firefox' ? launchFirefox(options) : launchChromium(options);
}

/**
 * One browser for all the tests of a describe block: launched before them, closed after. Call it in the block;
 * use the returned function in the tests.
 */
export function browserForSuite(options: LaunchOptions = {}): () => Driver {
  let driver: Driver | undefined;
  beforeAll(async () => {
    driver = await launch(options);
  });
  afterAll(async () => {
    await driver?.close();
  });
  return () => {
    if (!driver) throw new Error('the browser did not start');
    return driver;
  };
}
