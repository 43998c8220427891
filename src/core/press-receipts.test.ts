import { describe, expect, it } from 'vitest';
import { firstHeard, keptReceipts, PRESSES_HEARD, type PressReceipt, RECEIPT_FOR_MS, RECEIPTS_KEPT, RECEIPTS_PER_TAB, receiptPress } from './press-receipts';

const T = 1_800_000_000_000;

describe('what a press receipt handed in proves', () => {
  const save: PressReceipt = { tabId: 7, kind: 'save', word: 'w-save', code: '00159', at: T };
  const used: PressReceipt = { ...save, word: 'w-used', used: true };
  it.each([
    ['its press: issued to this tab, unused, in time', [save], 7, 'w-save', T + 5000, { press: save }],
    ['at 30 minutes', [save], 7, 'w-save', T + RECEIPT_FOR_MS, { press: save }],
    ['after 30 minutes', [save], 7, 'w-save', T + RECEIPT_FOR_MS + 1, { refused: 'expired' }],
    ['before it was issued (clock moved back)', [save], 7, 'w-save', T - 1, { refused: 'expired' }],
    ['handed in by another tab', [save], 8, 'w-save', T + 5000, { refused: 'otherTab' }],
    ['handed in with no tab', [save], undefined, 'w-save', T + 5000, { refused: 'otherTab' }],
    ['a word never issued (made up by the page)', [save], 7, 'w-made-up', T + 5000, { refused: 'unknown' }],
    ['no receipts at all', [], 7, 'w-save', T + 5000, { refused: 'unknown' }],
    ['one already used (its message was heard)', [save, used], 7, 'w-used', T + 5000, { refused: 'used' }],
  ] as const)('%s', (_name, receipts, tabId, word, now, want) => {
    expect(receiptPress(receipts, tabId, word, now)).toEqual(want);
  });
  it.each([
    ['a save heard before the receipt was issued: still its press', { save: T - 1 }, { press: save }],
    ['a press on the other button since: still its press', { authorize: T + 10 }, { press: save }],
    ['a save heard since it was issued (a receipt held back by the page, handed in late)', { save: T + 10 }, { refused: 'overtaken' }],
    ['a save heard the moment it was issued', { save: T }, { refused: 'overtaken' }],
  ] as const)('%s', (_name, last, want) => {
    expect(receiptPress([save], 7, 'w-save', T + 5000, last)).toEqual(want);
  });
});

describe('the press receipts kept', () => {
  const receipt = (tabId: number, at: number, word = `w${tabId}-${at}`): PressReceipt => ({ tabId, kind: 'save', word, code: '00159', at });
  it('drops expired ones', () => {
    expect(keptReceipts([receipt(1, T)], [receipt(2, T + RECEIPT_FOR_MS + 1)], T + RECEIPT_FOR_MS + 1).map((one) => one.word)).toEqual([
      `w2-${T + RECEIPT_FOR_MS + 1}`,
    ]);
  });
  it(`keeps the latest ${RECEIPTS_PER_TAB} of a tab: this page's pairs and the pair of the page before it`, () => {
    const old = Array.from({ length: RECEIPTS_PER_TAB }, (_, i) => receipt(1, T + i));
    const kept = keptReceipts(old, [receipt(1, T + 10), receipt(1, T + 11)], T + 11);
    expect(kept.map((one) => one.at)).toEqual([
      T + 11,
      T + 10,
      ...old
        .map((one) => one.at)
        .reverse()
        .slice(0, RECEIPTS_PER_TAB - 2),
    ]);
  });
  it(`keeps ${RECEIPTS_KEPT} in all, the latest, and another tab's as they are`, () => {
    const many = Array.from({ length: 30 }, (_, i) => receipt(100 + i, T + i));
    const kept = keptReceipts(many, [receipt(1, T + 100)], T + 100);
    expect(kept).toHaveLength(RECEIPTS_KEPT);
    expect(kept[0]?.tabId).toBe(1);
    expect(kept.at(-1)?.at).toBe(T + 30 - (RECEIPTS_KEPT - 1));
  });
});

describe('a press message counted once, whatever copies of it arrive', () => {
  const ids = Array.from({ length: PRESSES_HEARD }, (_, index) => `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`);
  const [first, second] = ids as [string, string];
  it.each([
    ['the first copy of a press', [], first, false, [first]],
    ['none heard yet (no list)', undefined, first, false, [first]],
    ['a second press', [first], second, false, [first, second]],
    ['its copy through the other way (port and message)', [first], first, false, undefined],
    ['"Yetki Talep Et"\'s click after its release', [first, second], second, false, undefined],
    ['a late message of a press its receipt already proved', [], first, true, undefined],
    [
      'a new press past the limit: the oldest forgotten',
      ids,
      'ffffffff-0000-4000-8000-000000000000',
      false,
      [...ids.slice(1), 'ffffffff-0000-4000-8000-000000000000'],
    ],
  ] as const)('%s', (_name, heard, press, receiptUsed, want) => {
    expect(firstHeard(heard as readonly string[] | undefined, press, receiptUsed)).toEqual(want);
  });
});
