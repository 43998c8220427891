// @vitest-environment happy-dom
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { COPY_ATTRIBUTES, TIMEOUTS } from '../core/fields';
import { onDomChange, runFeatures, watchRoot } from './watch';

// The observer watches what the reader reads: a value changed only behind a copy button is read again (it watched
// one copy attribute of the reader's five, so a changed data-copy was never read again).

// The build defines this flag; the unit project does not.
vi.stubGlobal('__TEST_HOOKS__', false);

const settle = () => new Promise((resolve) => setTimeout(resolve, TIMEOUTS.scanThrottleMs * 2));
let scans = 0;

beforeAll(() => {
  runFeatures([{ name: 'count', init: (signal) => onDomChange(signal, () => scans++) }]);
});

describe('the change observer', () => {
  it.each(COPY_ATTRIBUTES)('scans again when a copy button changes its %s', async (attribute) => {
    const button = document.createElement('button');
    button.setAttribute(attribute, '5ac428108b2c3703c514adae');
    document.body.replaceChildren(button);
    await settle();
    const before = scans;
    button.setAttribute(attribute, '64f1a2b3c4d5e6f708192a3b');
    await settle();
    expect(scans).toBeGreaterThan(before);
  });

  it('does not scan for an attribute the reader does not read', async () => {
    const button = document.createElement('button');
    document.body.replaceChildren(button);
    await settle();
    const before = scans;
    button.setAttribute('data-state', 'open');
    await settle();
    expect(scans).toBe(before);
  });

  it('scans again when a shadow root the reader read changes inside (a component rendering its value late)', async () => {
    const host = document.createElement('jm-store-info');
    const root = host.attachShadow({ mode: 'open' });
    document.body.replaceChildren(host);
    await settle();
    watchRoot(root);
    const before = scans;
    const value = document.createElement('code');
    value.textContent = '5ac428108b2c3703c514adae';
    root.append(value);
    await settle();
    expect(scans).toBeGreaterThan(before);
  });
});
