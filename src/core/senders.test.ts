import { describe, expect, it } from 'vitest';
import { Message } from './messages';
import { type Sender, senderProblem } from './senders';

const SELF = { id: 'ext-id', base: 'chrome-extension://ext-id/' };
const STORE = 'https://merchant.joom.com/panel/stores/5ac428108b2c3703c514adae';
const FORM = 'https://app.shopiverse.tech/tr/settings/store/00159';
const tab = (url: string, frameId = 0, frameUrl = url): Sender => ({ id: SELF.id, url: frameUrl, frameId, tab: { url } });

describe('senderProblem', () => {
  it('accepts a panel message from the top frame of its own panel', () => {
    expect(senderProblem('joom/store', tab(STORE), SELF)).toBeUndefined();
    expect(senderProblem('sv/page', tab(FORM), SELF)).toBeUndefined();
    expect(senderProblem('images/check', tab(FORM), SELF)).toBeUndefined();
    expect(senderProblem('images/check', tab(STORE), SELF)).toBeUndefined();
  });

  it.each([
    ['another extension', { ...tab(STORE), id: 'other' }, 'foreign extension'],
    ['a look-alike host', tab('https://merchant.joom.com.example.test/panel/stores/1'), 'wrong origin for joom/store'],
    ['plain http', tab('http://merchant.joom.com/panel/stores/1'), 'wrong origin for joom/store'],
    ['a frame inside the panel', tab(STORE, 3), 'not the top frame'],
    ['the panel framed by another site', tab('https://evil.example/', 2, STORE), 'not the top frame'],
    ['the other panel', tab(FORM), 'wrong origin for joom/store'],
    ['an extension page', { id: SELF.id, url: `${SELF.base}src/popup/index.html` }, 'no tab'],
  ] as const)('refuses joom/store from %s', (_name, sender, reason) => {
    expect(senderProblem('joom/store', sender, SELF)).toBe(reason);
  });

  it('takes a message the panel sent as it navigated away, delivered when its tab already shows the next site', () => {
    expect(senderProblem('sv/page', tab('https://api-merchant.joom.com/api/v2/oauth/authorize', 0, FORM), SELF)).toBeUndefined();
    expect(senderProblem('sv/page', tab(FORM, 0, 'https://evil.example/'), SELF)).toBe('wrong origin for sv/page');
  });

  it('takes popup messages only from the extension’s own pages, not from a web tab', () => {
    expect(senderProblem('popup/push', { id: SELF.id, url: `${SELF.base}src/popup/index.html` }, SELF)).toBeUndefined();
    expect(
      senderProblem('popup/push', { id: SELF.id, url: `${SELF.base}src/popup/index.html`, tab: { url: `${SELF.base}src/popup/index.html` } }, SELF),
    ).toBeUndefined();
    expect(senderProblem('popup/push', tab(FORM), SELF)).toBe('not an extension page');
    expect(senderProblem('popup/push', { id: SELF.id, url: `${SELF.base}x.html`, tab: { url: FORM } }, SELF)).toBe('extension page inside a web tab');
  });

  it('takes the popup\'s "forget the Secret Key" from the extension\'s own pages only, parsed with its Client ID', () => {
    const popup = { id: SELF.id, url: `${SELF.base}src/popup/index.html` };
    expect(senderProblem('popup/forget-secret', popup, SELF)).toBeUndefined();
    expect(senderProblem('popup/forget-secret', tab(FORM), SELF)).toBe('not an extension page');
    expect(senderProblem('popup/forget-secret', tab(STORE), SELF)).toBe('not an extension page');
    expect(senderProblem('popup/forget-secret', { ...popup, id: 'other' }, SELF)).toBe('foreign extension');
    expect(Message.safeParse({ type: 'popup/forget-secret', clientId: '9f3c2a1b4d5e6f70' }).success).toBe(true);
    // No Client ID, or a value that is no Client ID (a key, a script): refused before any handler runs.
    expect(Message.safeParse({ type: 'popup/forget-secret' }).success).toBe(false);
    expect(Message.safeParse({ type: 'popup/forget-secret', clientId: '<img src=x>' }).success).toBe(false);
    expect(Message.safeParse({ type: 'popup/forget-secret', clientId: '9f3c2a1b4d5e6f70', extra: 1 }).success).toBe(true);
  });
});
