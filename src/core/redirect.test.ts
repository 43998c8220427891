import { describe, expect, it } from 'vitest';
import { checkRedirect, EXPECTED_REDIRECT } from './redirect';

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
