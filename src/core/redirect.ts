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
  return edgeDiff(seen.trim(), expected);
}

/** redirectDiff on the text as it is (a piece of a URL: its spaces, if any, are its own). */
function edgeDiff(value: string, expected: string): RedirectDiff {
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

/**
 * One piece of a seen redirect URL held against the expected one: text both share, or a place where they differ
 * (`seen` what Joom's URL has there, `expected` what it should have; either may be empty: a gap).
 */
export type RedirectPart = { same: string } | { seen: string; expected: string };

/** A URL in words and the separators between them ("http", ":", "/", "/", "app", ".", …): the units the diff aligns. */
const urlTokens = (url: string) => url.split(/(?=[/:.?&=#])|(?<=[/:.?&=#])/).filter((token) => token !== '');

const SEPARATORS = /^[/:.?&=#]+$/;

/**
 * Every place a seen redirect URL differs from the expected one, and only those (issue 17: a URL that is http, lacks
 * "tr/" and ends in "/" differs at three places; one mark from the first to the last painted nearly the whole
 * address, its right middle too). The two URLs are aligned word by word (a longest common subsequence), a lone
 * separator between two differences is taken into them (other.example/callback is one difference, not three), and a
 * difference keeps only its differing middle (redirectDiff: "http" against "https" is a missing "s").
 * Joining the parts' `same` and `seen` rebuilds the seen URL; their `same` and `expected`, the expected one.
 */
export function redirectParts(seen: string, expected = EXPECTED_REDIRECT): RedirectPart[] {
  const a = urlTokens(seen.trim());
  const b = urlTokens(expected);
  // common(i, j): the length of the longest common subsequence of a[i..] and b[j..], in one flat table.
  const width = b.length + 1;
  const table = new Array<number>((a.length + 1) * width).fill(0);
  const common = (i: number, j: number) => table[i * width + j] ?? 0;
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--) table[i * width + j] = a[i] === b[j] ? common(i + 1, j + 1) + 1 : Math.max(common(i + 1, j), common(i, j + 1));
  const raw: RedirectPart[] = [];
  const push = (part: RedirectPart) => {
    const last = raw.at(-1);
    if (last && 'same' in last && 'same' in part) last.same += part.same;
    else if (last && !('same' in last) && !('same' in part)) {
      last.seen += part.seen;
      last.expected += part.expected;
    } else raw.push({ ...part });
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const mine = a[i];
    const theirs = b[j];
    if (mine !== undefined && mine === theirs) {
      push({ same: mine });
      i++;
      j++;
    } else if (theirs !== undefined && (mine === undefined || common(i, j + 1) >= common(i + 1, j))) {
      // A word only the expected URL has is taken first: the gap falls after a separator ("tech/▌settings").
      push({ seen: '', expected: theirs });
      j++;
    } else {
      push({ seen: mine ?? '', expected: '' });
      i++;
    }
  }
  // A lone separator between two differences belongs to them.
  const merged: RedirectPart[] = [];
  for (const [index, part] of raw.entries()) {
    const before = merged.at(-1);
    const after = raw[index + 1];
    if ('same' in part && SEPARATORS.test(part.same) && before && !('same' in before) && after && !('same' in after)) {
      before.seen += part.same;
      before.expected += part.same;
    } else if (before && !('same' in before) && !('same' in part)) {
      before.seen += part.seen;
      before.expected += part.expected;
    } else merged.push({ ...part });
  }
  // Each difference down to its differing middle; what its ends share joins the text around it.
  const parts: RedirectPart[] = [];
  const add = (part: RedirectPart) => {
    const last = parts.at(-1);
    if ('same' in part) {
      if (!part.same) return;
      if (last && 'same' in last) last.same += part.same;
      else parts.push(part);
    } else if (part.seen || part.expected) parts.push(part);
  };
  for (const part of merged) {
    if ('same' in part) add(part);
    else {
      const diff = edgeDiff(part.seen, part.expected);
      add({ same: diff.prefix });
      add({ seen: diff.seen, expected: diff.expected });
      add({ same: diff.suffix });
    }
  }
  return parts;
}

/** A run of one URL as drawn: text both share, text that differs (marked), or a gap where Joom's lacks something. */
/** A gap has no text of its own (it is not in the URL); `missing` is what the other URL has there. */
export type UrlPiece = { text: string; kind: 'plain' | 'mark' | 'gap'; missing?: string };

/**
 * One side's pieces of redirectParts, in order, as the Joom page's note and the popup both draw them: Joom's URL
 * ('seen') has a gap where the expected one has more; the expected URL is exactly its text.
 */
export function urlPieces(parts: RedirectPart[], side: 'seen' | 'expected'): UrlPiece[] {
  return parts.flatMap((part): UrlPiece[] => {
    if ('same' in part) return [{ text: part.same, kind: 'plain' }];
    if (part[side]) return [{ text: part[side], kind: 'mark' }];
    return side === 'seen' ? [{ text: '', kind: 'gap', missing: part.expected }] : [];
  });
}

/**
 * What Joom's URL lacks, for the words beside it: the pieces, joined to sit inside one pair of quotes in the message
 * ("“s”, “tr/” eksik"); empty when it lacks nothing.
 */
export const missingPieces = (parts: RedirectPart[]) => parts.flatMap((part) => ('same' in part || part.seen ? [] : [part.expected])).join('”, “');

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
