import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRedirect, EXPECTED_REDIRECT, missingPieces, redirectDiff, redirectParts, urlPieces } from './redirect';

describe('checkRedirect', () => {
  it('accepts the exact URL', () => {
    expect(checkRedirect(EXPECTED_REDIRECT)).toEqual({ ok: true, problems: [], firstDifference: -1 });
    expect(checkRedirect(` ${EXPECTED_REDIRECT} `).ok).toBe(true);
  });

  it.each([
    ['http://app.shopiverse.tech/tr/settings/store/joomcallbackcode', ['scheme'], 4],
    ['https://app.shopiverse.tech/settings/store/joomcallbackcode', ['locale'], 28],
    ['https://app.shopiverse.tech/tr/settings/store/joomcallbackcode/', ['trailingSlash'], EXPECTED_REDIRECT.length],
    ['https://app.shopiverse.tech/tr/settings/store/joomcalbackcode', ['path'], 53],
    ['https://app.shopiverse.tec/tr/settings/store/joomcallbackcode', ['host'], 26],
    ['http://app.shopiverse.tech/settings/store/joomcallbackcode/', ['scheme', 'locale', 'trailingSlash'], 4],
    ['https://app.shopiverse.tech/tr/settings/store/joomcallbackcode?x=1', ['extra'], EXPECTED_REDIRECT.length],
    ['not a url', ['notUrl'], 0],
  ])('%s → %j', (seen, problems, at) => {
    const check = checkRedirect(seen);
    expect(check.ok).toBe(false);
    expect(check.problems).toEqual(problems);
    expect(check.firstDifference).toBe(at);
  });
});

describe('redirectDiff: only the part that differs is marked, in both URLs', () => {
  const HOST = 'https://app.shopiverse.tech/';
  it.each([
    // seen → [common start, differing in seen, differing in expected, common end]
    ['https://app.shopiverse.tech/settings/store/joomcallbackcode', [HOST, '', 'tr/', 'settings/store/joomcallbackcode']],
    ['http://app.shopiverse.tech/tr/settings/store/joomcallbackcode', ['http', '', 's', '://app.shopiverse.tech/tr/settings/store/joomcallbackcode']],
    [`${EXPECTED_REDIRECT}/`, [EXPECTED_REDIRECT, '/', '', '']],
    ['https://app.shopiverse.tech/tr/settings/store/joomcalbackcode', [`${HOST}tr/settings/store/joomcal`, '', 'l', 'backcode']],
    ['https://app.shopiverse.tech/en/settings/store/joomcallbackcode', [HOST, 'en', 'tr', '/settings/store/joomcallbackcode']],
    ['https://app.shopiverse.tec/tr/settings/store/joomcallbackcode', ['https://app.shopiverse.tec', '', 'h', '/tr/settings/store/joomcallbackcode']],
    [`${EXPECTED_REDIRECT}?x=1`, [EXPECTED_REDIRECT, '?x=1', '', '']],
    ['https://other.example/callback', ['https://', 'other.example/callback', 'app.shopiverse.tech/tr/settings/store/joomcallbackcode', '']],
    [` ${EXPECTED_REDIRECT} `, [EXPECTED_REDIRECT, '', '', '']],
    ['', ['', '', EXPECTED_REDIRECT, '']],
  ])('%s', (seen, [prefix, seenPart, expectedPart, suffix]) => {
    expect(redirectDiff(seen)).toEqual({ prefix, seen: seenPart, expected: expectedPart, suffix });
  });

  it('rebuilds both URLs, and marks nothing the two share at either edge of the marked part', () => {
    // URLs near the expected one: characters dropped, doubled, inserted and replaced anywhere.
    const edit = fc.tuple(fc.nat(EXPECTED_REDIRECT.length), fc.nat(4), fc.string({ maxLength: 4 }));
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 3 }), (edits) => {
        const seen = edits.reduce((url, [at, cut, insert]) => url.slice(0, at) + insert + url.slice(at + cut), EXPECTED_REDIRECT).trim();
        const diff = redirectDiff(seen);
        expect(diff.prefix + diff.seen + diff.suffix).toBe(seen);
        expect(diff.prefix + diff.expected + diff.suffix).toBe(EXPECTED_REDIRECT);
        // Maximal start and end: the marked parts never begin (or end) with a character both share there.
        if (diff.seen && diff.expected) {
          expect(diff.seen[0]).not.toBe(diff.expected[0]);
          expect(diff.seen.at(-1)).not.toBe(diff.expected.at(-1));
        }
        expect(checkRedirect(seen).ok).toBe(diff.seen === '' && diff.expected === '');
      }),
    );
  });
});

describe('redirectParts: every place that differs is marked, and only those', () => {
  const HOST = 'https://app.shopiverse.tech/';
  it.each([
    // Issue 17, panel frame 05: http, no "tr/", a trailing "/": three small marks, not one from "://" to the end.
    [
      'http://app.shopiverse.tech/settings/store/joomcallbackcode/',
      [
        { same: 'http' },
        { seen: '', expected: 's' },
        { same: '://app.shopiverse.tech/' },
        { seen: '', expected: 'tr/' },
        { same: 'settings/store/joomcallbackcode' },
        { seen: '/', expected: '' },
      ],
    ],
    [
      'https://app.shopiverse.tech/settings/store/joomcallbackcode',
      [{ same: HOST }, { seen: '', expected: 'tr/' }, { same: 'settings/store/joomcallbackcode' }],
    ],
    [
      'https://app.shopiverse.tech/en/settings/store/joomcallbackcode',
      [{ same: HOST }, { seen: 'en', expected: 'tr' }, { same: '/settings/store/joomcallbackcode' }],
    ],
    [
      'https://app.shopiverse.tech/tr/settings/store/joomcalbackcode',
      [{ same: `${HOST}tr/settings/store/joomcal` }, { seen: '', expected: 'l' }, { same: 'backcode' }],
    ],
    // Another address altogether: one difference, not a mark on every word between shared dots and slashes.
    [
      'https://other.example/callback',
      [{ same: 'https://' }, { seen: 'other.example/callback', expected: 'app.shopiverse.tech/tr/settings/store/joomcallbackcode' }],
    ],
    [` ${EXPECTED_REDIRECT} `, [{ same: EXPECTED_REDIRECT }]],
    ['', [{ seen: '', expected: EXPECTED_REDIRECT }]],
  ])('%s', (seen, parts) => {
    expect(redirectParts(seen)).toEqual(parts);
  });

  it('names what Joom’s URL lacks, each piece to sit in one pair of quotes', () => {
    expect(missingPieces(redirectParts('http://app.shopiverse.tech/settings/store/joomcallbackcode/'))).toBe('s”, “tr/');
    expect(missingPieces(redirectParts('https://app.shopiverse.tech/settings/store/joomcallbackcode'))).toBe('tr/');
    expect(missingPieces(redirectParts(`${EXPECTED_REDIRECT}/`))).toBe('');
  });

  it('rebuilds both URLs, marks no more than the one-span diff, and marks nothing when they are equal', () => {
    const edit = fc.tuple(fc.nat(EXPECTED_REDIRECT.length), fc.nat(4), fc.string({ maxLength: 4 }));
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 3 }), (edits) => {
        const seen = edits.reduce((url, [at, cut, insert]) => url.slice(0, at) + insert + url.slice(at + cut), EXPECTED_REDIRECT).trim();
        const parts = redirectParts(seen);
        const side = (which: 'seen' | 'expected') => parts.map((part) => ('same' in part ? part.same : part[which])).join('');
        expect(side('seen')).toBe(seen);
        expect(side('expected')).toBe(EXPECTED_REDIRECT);
        const marked = parts.reduce((sum, part) => sum + ('same' in part ? 0 : part.seen.length), 0);
        expect(marked).toBeLessThanOrEqual(redirectDiff(seen).seen.length);
        expect(parts.every((part) => 'same' in part)).toBe(checkRedirect(seen).ok);
        // No empty pieces, and never two of a kind side by side.
        for (const [index, part] of parts.entries()) {
          expect('same' in part ? part.same : part.seen + part.expected).not.toBe('');
          const next = parts[index + 1];
          if (next) expect('same' in part).not.toBe('same' in next);
        }
      }),
    );
  });
});

describe('urlPieces: one side of the parts, as both notes draw it', () => {
  const parts = redirectParts('http://app.shopiverse.tech/settings/store/joomcallbackcode');
  it.each([
    [
      'seen',
      [
        ['plain', 'http'],
        ['gap', ''],
        ['plain', '://app.shopiverse.tech/'],
        ['gap', ''],
        ['plain', 'settings/store/joomcallbackcode'],
      ],
    ],
    [
      'expected',
      [
        ['plain', 'http'],
        ['mark', 's'],
        ['plain', '://app.shopiverse.tech/'],
        ['mark', 'tr/'],
        ['plain', 'settings/store/joomcallbackcode'],
      ],
    ],
  ] as const)('%s', (side, want) => {
    expect(urlPieces(parts, side).map((piece) => [piece.kind, piece.text])).toEqual(want);
  });
  it('says at each gap what the expected URL has there', () => {
    expect(urlPieces(parts, 'seen').flatMap((piece) => (piece.kind === 'gap' ? [piece.missing] : []))).toEqual(['s', 'tr/']);
  });
});
