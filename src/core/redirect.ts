// The redirect URL the Joom application must carry, from ShopiVerse's guide (PANELS.md, step 2).
export const EXPECTED_REDIRECT = 'https://app.shopiverse.tech/tr/settings/store/joomcallbackcode';

export const SHOPIVERSE_ORIGIN = 'https://app.shopiverse.tech';
export const JOOM_ORIGIN = 'https://merchant.joom.com';
/** Where a pending push sends the seller: the stores list (Ayarlar > Mağazalar). The path is a guess. */
export const SHOPIVERSE_STORES_URL = `${SHOPIVERSE_ORIGIN}/tr/settings/store`;

export type RedirectProblem = 'scheme' | 'host' | 'locale' | 'trailingSlash' | 'path' | 'extra' | 'notUrl';

export interface RedirectCheck {
  ok: boolean;
  problems: RedirectProblem[];
  /** Index of the first character where the seen URL departs from the expected one (-1 when equal). */
  firstDifference: number;
}

export function checkRedirect(seen: string, expected = EXPECTED_REDIRECT): RedirectCheck {
  const value = seen.trim();
  let firstDifference = -1;
  const shortest = Math.min(value.length, expected.length);
  for (let i = 0; i < shortest; i++) {
    if (value[i] !== expected[i]) {
      firstDifference = i;
      break;
    }
  }
  if (firstDifference === -1 && value.length !== expected.length) firstDifference = shortest;
  if (firstDifference === -1) return { ok: true, problems: [], firstDifference };

  let url: URL;
  let want: URL;
  try {
    url = new URL(value);
    want = new URL(expected);
  } catch {
    return { ok: false, problems: ['notUrl'], firstDifference };
  }
  const problems: RedirectProblem[] = [];
  if (url.protocol !== want.protocol) problems.push('scheme');
  if (url.host !== want.host) problems.push('host');
  const path = url.pathname.replace(/\/+$/, '');
  if (`/tr${path}` === want.pathname) problems.push('locale');
  else if (path !== want.pathname) problems.push('path');
  if (path !== url.pathname) problems.push('trailingSlash');
  if (url.search || url.hash) problems.push('extra');
  if (problems.length === 0) problems.push('path');
  return { ok: false, problems, firstDifference };
}
