import { describe, expect, it } from 'vitest';
import {
  AUTHORIZE_FOR_MS,
  authorizedStore,
  PENDING_FOR_MS,
  pendingDecision,
  pushTarget,
  type ReadBack,
  SAVE_CONFIRM_FOR_MS,
  type SavePress,
  saveConfirmed,
  storeOfCode,
} from './hand-rules';

const T = 1_800_000_000_000;
const STORE = '5ac428108b2c3703c514adae';
const OTHER = '64f1a2b3c4d5e6f708192a3b';

describe('a pending push', () => {
  const pending = { storeId: STORE, at: T };
  const seen = { code: '00159', fits: true, lookedAt: true };
  it.each([
    ['no push waits', undefined, seen, T, 'none'],
    ['fills a form holding nothing but the pushed values the seller looks at, at once', pending, seen, T + 1000, 'fill'],
    ['fills at 10 minutes', pending, seen, T + PENDING_FOR_MS, 'fill'],
    ['is dropped a moment after 10 minutes', pending, seen, T + PENDING_FOR_MS + 1, 'expired'],
    ['is dropped when the clock went back (a press "from the future")', pending, seen, T - 1, 'expired'],
    ['waits while the form is in a tab the seller does not look at', pending, { ...seen, lookedAt: false }, T + 1000, 'wait'],
    ['does not wait past 10 minutes in a background tab', pending, { ...seen, lookedAt: false }, T + PENDING_FOR_MS + 1, 'expired'],
    ['is dropped by a form that holds other values', pending, { ...seen, fits: false }, T + 1000, 'held'],
    ['is dropped by another store’s form than the one open at the press', { ...pending, code: '00161' }, seen, T + 1000, 'otherStore'],
    ['fills the store’s form named at the press', { ...pending, code: '00159' }, seen, T + 1000, 'fill'],
  ] as const)('%s', (_name, push, form, now, want) => {
    expect(pendingDecision(push, form, now)).toBe(want);
  });
});

describe('the store a form’s banner code belongs to', () => {
  it.each([
    ['none pushed', {}, undefined],
    ['the store pushed into that code', { [STORE]: { at: T, code: '00159' } }, STORE],
    ['not a push without a code', { [STORE]: { at: T } }, undefined],
    ['not a push into another code', { [STORE]: { at: T, code: '00161' } }, undefined],
    ['the latest push into that code', { [STORE]: { at: T, code: '00159' }, [OTHER]: { at: T + 1, code: '00159' } }, OTHER],
  ] as const)('%s', (_name, pushes, want) => {
    expect(storeOfCode(pushes, '00159')).toBe(want);
  });
});

describe('a save is confirmed by the form shown again after the seller’s press', () => {
  const press: SavePress = { storeId: STORE, code: '00159', at: T, clickedAt: T - 5 };
  const pushed = { storeId: STORE, clientId: '9f3c2a1b4d5e6f70' };
  const shown: ReadBack = { code: '00159', storeId: STORE, clientId: '9f3c2a1b4d5e6f70', secretFilled: true, ticked: true, loadedAt: T + 300 };
  it.each([
    ['the reloaded form holds the pushed values', press, shown, T + 1000, true],
    ['no press: a page showing the values proves nothing', undefined, shown, T + 1000, false],
    ['the same document as the press (no reload)', press, { ...shown, loadedAt: T - 10 }, T + 1000, false],
    ['an empty Secret Key', press, { ...shown, secretFilled: false }, T + 1000, false],
    ['“Durum” not ticked', press, { ...shown, ticked: false }, T + 1000, false],
    ['another Client ID', press, { ...shown, clientId: 'typed-elsewhere-123' }, T + 1000, false],
    ['another Store ID', press, { ...shown, storeId: OTHER }, T + 1000, false],
    ['another store code’s form', press, { ...shown, code: '00161' }, T + 1000, false],
    ['too late', press, shown, T + SAVE_CONFIRM_FOR_MS + 1, false],
    ['a press for another store than the one pushed', { ...press, storeId: OTHER }, shown, T + 1000, false],
  ] as const)('%s', (_name, p, s, now, want) => {
    expect(saveConfirmed(p, pushed, s, now)).toBe(want);
  });
  it('nothing pushed: nothing to confirm', () => {
    expect(saveConfirmed(press, undefined, shown, T + 1000)).toBe(false);
  });
});

describe('Joom’s callback', () => {
  it.each([
    ['no press', undefined, T, undefined],
    ['right after the press', { storeId: STORE, at: T }, T + 5000, STORE],
    ['at 30 minutes', { storeId: STORE, at: T }, T + AUTHORIZE_FOR_MS, STORE],
    ['after 30 minutes', { storeId: STORE, at: T }, T + AUTHORIZE_FOR_MS + 1, undefined],
    ['before the press (clock moved back)', { storeId: STORE, at: T }, T - 1, undefined],
  ] as const)('%s', (_name, press, now, want) => {
    expect(authorizedStore(press, now)).toBe(want);
  });
});

describe('the tab a push from the popup fills', () => {
  it.each([
    ['none ready', [], 3, undefined],
    ['the one ready tab, wherever it is', [7], 3, 7],
    ['the tab the seller looks at, among several', [5, 7], 7, 7],
    ['two ready, the seller on neither: a question', [5, 7], 3, 'many'],
    ['two ready, no tab looked at', [5, 7], undefined, 'many'],
  ] as const)('%s', (_name, ready, lookedAt, want) => {
    expect(pushTarget(ready, lookedAt)).toBe(want);
  });
});
