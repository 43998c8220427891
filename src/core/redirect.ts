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

/**
 * Where a seen redirect URL differs from the expected one, as the seller should look at it: the common start, the
 * common end, and between them the part that differs in each (either may be empty: a gap where the other has more).
 * The end is taken after the start, never overlapping it, so `prefix + seen + suffix` rebuilds the seen URL and
 * `prefix + expected + suffix` the expected one. Marking only from the first difference to the end painted a missing
 * "tr/" as if all of "settings/store/joomcallbackcode", which is right, were wrong.
 */
export interface RedirectDiff {
  prefix: string;
  seen: string;
  expected: string;
  suffix: string;
}

export function redirectDiff(seen: string, expected = EXPECTED_REDIRECT): RedirectDiff {
  const value = seen.trim();
  const shortest = Math.min(value.length, expected.length);
  let start = 0;
  while (start < shortest && value[start] === expected[start]) start++;
  let end = 0;
  while (end < shortest - start && value[value.length - 1 - end] === expected[expected.length - 1 - end]) end++;
  return {
    prefix: value.slice(0, start),
    seen: value.slice(start, value.length - end),
    expected: expected.slice(start, expected.length - end),
    suffix: value.slice(value.length - end),
  };
}

export function checkRedirect(seen: string, expected = EXPECTED_REDIRECT): RedirectCheck {
  const value = seen.trim();
  const diff = redirectDiff(value, expected);
  const same = diff.seen === '' && diff.expected === '';
  const firstDifference = same ? -1 : diff.prefix.length;
  if (same) return { ok: true, problems: [], firstDifference };

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
