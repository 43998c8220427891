import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { Driver, LaunchOptions } from './types';

export type { Driver, TestPage } from './types';

/** The browser of this test project (vitest project `chromium` or `firefox`). */
export const BROWSER = (process.env.TEST_BROWSER ?? 'chromium') as 'chromium' | 'firefox';

export function launch(options: LaunchOptions = {}): Promise<Driver> {
  return BROWSER === 'firefox' ? launchFirefox(options) : launchChromium(options);
}
