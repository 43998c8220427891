import { describe, expect, it } from 'vitest';
import { TIMEOUTS } from './fields';
import {
  AUTHORIZE_FOR_MS,
  authorizedStore,
  BESIDE_PX,
  besideAnchor,
  type CallbackVisit,
  callbackAnswers,
  filterKeepsLook,
  keyActivates,
  MIN_PRESS_OPACITY,
  type Painted,
  PENDING_FOR_MS,
  pendingAnswer,
  pendingDecision,
  pickAnswered,
  pointIn,
  pressHiddenBy,
  pushTarget,
  type ReadBack,
  SAVE_CONFIRM_FOR_MS,
  type SavePress,
  saveConfirmed,
  storeOfCode,
  unmoved,
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

describe('what a page is told of a pending push', () => {
  it.each([
    ['no push: nothing waits', 'none', { fill: false, pending: false }],
    ['its form is filled', 'fill', { fill: true, pending: true }],
    ['it keeps waiting for the seller to look', 'wait', { fill: false, pending: true }],
    ['too old: dropped, and the page says so', 'expired', { fill: false, pending: false, dropped: 'expired' }],
    ['another store’s form: dropped', 'otherStore', { fill: false, pending: false, dropped: 'otherStore' }],
    ['a form holding other values: dropped as a conflict', 'held', { fill: false, pending: false, dropped: 'conflict' }],
  ] as const)('%s', (_name, decision, want) => {
    expect(pendingAnswer(decision)).toStrictEqual(want);
  });
});

describe('a value picked on a page answers the popup’s pick', () => {
  const picking = { tabId: 7, field: 'clientId', at: T } as const;
  const from = { tabId: 7, field: 'clientId' } as const;
  it.each([
    ['from the tab it was sent to, for its field, at once', picking, from, T + 1000, true],
    ['at the end of its time', picking, from, T + TIMEOUTS.pickMs, true],
    ['not after its time', picking, from, T + TIMEOUTS.pickMs + 1, false],
    ['not before it started (clock moved back)', picking, from, T - 1, false],
    ['not when none was started', undefined, from, T + 1000, false],
    ['not from another tab', picking, { ...from, tabId: 8 }, T + 1000, false],
    ['not from a sender without a tab', picking, { ...from, tabId: undefined }, T + 1000, false],
    ['not for another field', picking, { ...from, field: 'secret' }, T + 1000, false],
  ] as const)('%s', (_name, started, given, now, want) => {
    expect(pickAnswered(started, given, now)).toBe(want);
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

describe('which press Joom’s callback may answer', () => {
  const JOOM = 'https://api-merchant.joom.com';
  const press = { storeId: STORE, at: T, tabId: 7 };
  const own: CallbackVisit = { tabId: 7, openerTabId: undefined, referrer: JOOM };
  it.each([
    ['the press’s tab, back from Joom’s consent', press, own, T + 5000, { storeId: STORE }],
    ['a tab the press’s tab opened, back from Joom', press, { tabId: 9, openerTabId: 7, referrer: JOOM }, T + 5000, { storeId: STORE }],
    ['consent on Joom’s panel host', press, { ...own, referrer: 'https://merchant.joom.com' }, T + 5000, { storeId: STORE }],
    ['at 30 minutes', press, own, T + AUTHORIZE_FOR_MS, { storeId: STORE }],
    ['no press', undefined, own, T, { refused: 'noPress' }],
    ['after 30 minutes', press, own, T + AUTHORIZE_FOR_MS + 1, { refused: 'noPress' }],
    ['before the press (clock moved back)', press, own, T - 1, { refused: 'noPress' }],
    ['another tab, even from Joom', press, { tabId: 9, openerTabId: undefined, referrer: JOOM }, T + 5000, { refused: 'otherTab' }],
    ['another tab opened by a third', press, { tabId: 9, openerTabId: 8, referrer: JOOM }, T + 5000, { refused: 'otherTab' }],
    ['no tab', press, { tabId: undefined, openerTabId: 7, referrer: JOOM }, T + 5000, { refused: 'otherTab' }],
    ['the press’s tab sent by a ShopiVerse page script', press, { ...own, referrer: 'https://app.shopiverse.tech' }, T + 5000, { refused: 'notFromJoom' }],
    ['the press’s tab with no referrer (what Joom sends is unknown: no refusal)', press, { ...own, referrer: '' }, T + 5000, { storeId: STORE }],
    ['a login on another Joom host', press, { ...own, referrer: 'https://www.joom.com' }, T + 5000, { storeId: STORE }],
    ['a host ending in joom.com that is not Joom', press, { ...own, referrer: 'https://notjoom.com' }, T + 5000, { refused: 'notFromJoom' }],
    ['a look-alike of Joom’s host', press, { ...own, referrer: 'https://api-merchant.joom.com.evil.example' }, T + 5000, { refused: 'notFromJoom' }],
    ['Joom’s host over http', press, { ...own, referrer: 'http://api-merchant.joom.com' }, T + 5000, { refused: 'notFromJoom' }],
  ] as const)('%s', (_name, p, visit, now, want) => {
    expect(callbackAnswers(p, visit, now)).toEqual(want);
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

describe('a press on what the seller sees as it is', () => {
  const plain: Painted = { filter: 'none', mixBlendMode: 'normal', masks: ['none', 'none', 'none'], opacity: 1 };
  it.each([
    ['none', true],
    ['', true],
    ['drop-shadow(rgba(0, 0, 0, 0.5) 2px 2px 4px)', true],
    ['drop-shadow(rgb(0, 0, 0) 1px 1px 0px) drop-shadow(rgba(0, 0, 0, 0.2) 0px 4px 8px)', true],
    ['brightness(0) invert(1)', false],
    ['opacity(0.02)', false],
    ['drop-shadow(rgb(0, 0, 0) 1px 1px 0px) invert(1)', false],
    ['url("#hide")', false],
    ['contrast(0)', false],
    ['blur(20px)', false],
  ] as const)('filter %j keeps the look: %s', (filter, want) => {
    expect(filterKeepsLook(filter)).toBe(want);
  });
  it.each([
    ['a plain chain', [plain, plain], undefined],
    ['brightness(0) invert(1) on the button (attack2)', [{ ...plain, filter: 'brightness(0) invert(1)' }, plain], 'filter'],
    ['a filter on an ancestor', [plain, { ...plain, filter: 'invert(1)' }], 'filter'],
    // A dark mode's colour filter on the root draws the whole page, our button with it (pages-s46, M3); not a blur or a url().
    ["Dark Reader's filter mode on the root", [plain, { ...plain, root: true, filter: 'invert(1) hue-rotate(180deg) contrast(0.9)' }], undefined],
    ['a dimmer on the root', [plain, { ...plain, root: true, filter: 'brightness(0.7)' }], undefined],
    ['a blur on the root', [plain, { ...plain, root: true, filter: 'blur(4px)' }], 'filter'],
    ['a url() filter on the root', [plain, { ...plain, root: true, filter: 'url("#x")' }], 'filter'],
    [
      'a colour filter on the button under a dark root',
      [
        { ...plain, filter: 'invert(1)' },
        { ...plain, root: true, filter: 'invert(1)' },
      ],
      'filter',
    ],
    ['multiply on the button (attack2)', [{ ...plain, mixBlendMode: 'multiply' }], 'blend'],
    ['screen on an ancestor', [plain, { ...plain, mixBlendMode: 'screen' }], 'blend'],
    ['a mask-image', [{ ...plain, masks: ['none', 'linear-gradient(transparent, transparent)', 'none'] }], 'mask'],
    ['a -webkit-mask-image on an ancestor', [plain, { ...plain, masks: ['none', 'none', 'url("x.svg")'] }], 'mask'],
    ['our button at opacity 0.99: we never make it translucent', [{ ...plain, opacity: 0.99 }], 'opacity'],
    ['our button under an ancestor at 0.5', [plain, { ...plain, opacity: 0.5 }], 'opacity'],
    ['an opacity that does not parse, ours', [{ ...plain, opacity: Number.NaN }], 'opacity'],
  ] as const)('%s', (_name, chain, want) => {
    expect(pressHiddenBy(chain, MIN_PRESS_OPACITY.ours)).toBe(want);
  });
  it.each([
    ['Enter on a button clicks at its keypress', 'button', 'keypress', 'Enter', true],
    ['not at its keydown (the keypress may land elsewhere)', 'button', 'keydown', 'Enter', false],
    ['nor at its keyup', 'button', 'keyup', 'Enter', false],
    ['Space on a button clicks at its keyup', 'button', 'keyup', ' ', true],
    ['not at its keydown', 'button', 'keydown', ' ', false],
    ['nor at its keypress', 'button', 'keypress', ' ', false],
    ['Enter in a text field submits: clicks the default button at its keypress', 'field', 'keypress', 'Enter', true],
    ['Space in a text field types a space', 'field', 'keyup', ' ', false],
    ['another key clicks nothing', 'button', 'keypress', 'a', false],
    ['nor does Tab', 'button', 'keyup', 'Tab', false],
  ] as const)('a key that clicks: %s', (_name, on, type, key, want) => {
    expect(keyActivates(on, type, key)).toBe(want);
  });
});

describe('where a press lies', () => {
  const box = { left: 100, top: 100, right: 300, bottom: 200 };
  it.each([
    ['inside', 150, 150, true],
    ['on the edge', 300, 200, true],
    ['left of it', 99, 150, false],
    ['below it', 150, 201, false],
  ] as const)('a point %s the form box', (_name, x, y, want) => {
    expect(pointIn(box, x, y)).toBe(want);
  });
  const anchor = { left: 100, top: 100, right: 300, bottom: 130 };
  it.each([
    ['right after the field, on its line', { left: 306, top: 104, right: 420, bottom: 126 }, true],
    ['wrapped under the field', { left: 100, top: 130, right: 214, bottom: 152 }, true],
    [`${BESIDE_PX} px away`, { left: 300 + BESIDE_PX, top: 104, right: 420 + BESIDE_PX, bottom: 126 }, true],
    ['slid under the pointer elsewhere (attack2)', { left: 394, top: 294, right: 508, bottom: 316 }, false],
    ['over the field but of no size', { left: 150, top: 110, right: 150, bottom: 110 }, false],
  ] as const)('our button %s', (_name, ours, want) => {
    expect(besideAnchor(ours, anchor)).toBe(want);
  });
  it.each([
    [['none', 'none', 'none', 'none'], true],
    [['', 'none', 'none', 'none'], true],
    [['matrix(1, 0, 0, 1, 300, 200)', 'none', 'none', 'none'], false],
    [['none', '300px 200px', 'none', 'none'], false],
    [['none', 'none', '180deg', 'none'], false],
    [['none', 'none', 'none', '0'], false],
  ] as const)('our host with transform, translate, rotate, scale %j is unmoved: %s', (transforms, want) => {
    expect(unmoved(transforms)).toBe(want);
  });
});
