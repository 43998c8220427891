import { within } from './hand-rules';

// The receipts of the seller's presses (issue 16, item 5): pure rules, no DOM, no browser (press-receipts.test.ts).
// Only the background uses them: the content scripts carry the receipt's word and nothing of these rules.

/** A press receipt proves its press within this long of the receipt's issue (the windows above are as long). */
export const RECEIPT_FOR_MS = 30 * 60 * 1000;
/**
 * Receipts kept at once, over all tabs (two per form shown, one per button, and two more after each press), and per
 * tab: this page's pair, the pair asked after its last press, and the pair of the page before.
 */
export const RECEIPTS_KEPT = 24;
export const RECEIPTS_PER_TAB = 6;

/**
 * A receipt for a press the seller may make: the background hands the page's content script one per button (Kaydet,
 * "Yetki Talep Et") of the qualified form, a random word the page never sees until the press. The content script
 * leaves it in the tab's sessionStorage at a counted press, beside its message: a message sent as the page leaves can
 * be lost (a Firefox background asleep, waking: 2 of 16 saves in a run here), and the next page in the tab hands the
 * receipt in. Seen by the page only after the seller's real press, a receipt proves nothing the press did not.
 */
export interface PressReceipt {
  tabId: number;
  kind: 'save' | 'authorize';
  word: string;
  code: string;
  /** When it was issued (the background's clock): the press it proves came later. */
  at: number;
  /** Its press has been heard (by its message or by the receipt): it proves nothing more. */
  used?: boolean;
}

/** When the last press of each kind was heard, whatever became of it since (a save confirmed, an answer counted). */
export type LastPresses = Partial<Record<PressReceipt['kind'], number>>;

/**
 * What a receipt handed in proves: its press, when it was issued to this tab, is unused and in time, and no press on
 * that kind of button has been heard since it was issued (a page that held the word back to hand it in later would
 * put an older press in place of the seller's newer one). Another tab's, an unknown word (made up, or dropped as
 * old), an expired one, one already used and one overtaken prove nothing.
 */
export function receiptPress(
  receipts: readonly PressReceipt[],
  tabId: number | undefined,
  word: string,
  now: number,
  last: LastPresses = {},
): { press: PressReceipt } | { refused: 'unknown' | 'otherTab' | 'used' | 'expired' | 'overtaken' } {
  const receipt = receipts.find((one) => one.word === word);
  if (!receipt) return { refused: 'unknown' };
  if (receipt.tabId !== tabId) return { refused: 'otherTab' };
  if (receipt.used) return { refused: 'used' };
  if (!within(receipt.at, now, RECEIPT_FOR_MS)) return { refused: 'expired' };
  if ((last[receipt.kind] ?? -1) >= receipt.at) return { refused: 'overtaken' };
  return { press: receipt };
}

/**
 * The receipts to keep once `issued` are added: none expired, at most RECEIPTS_PER_TAB of a tab (the latest: the page
 * shown before a reload keeps its pairs until the next page hands its receipt in) and RECEIPTS_KEPT in all.
 */
export function keptReceipts(receipts: readonly PressReceipt[], issued: readonly PressReceipt[], now: number): PressReceipt[] {
  const all = [...receipts.filter((one) => within(one.at, now, RECEIPT_FOR_MS)), ...issued].sort((a, b) => b.at - a.at);
  const perTab = new Map<number, number>();
  return all
    .filter((one) => {
      const count = (perTab.get(one.tabId) ?? 0) + 1;
      perTab.set(one.tabId, count);
      return count <= RECEIPTS_PER_TAB;
    })
    .slice(0, RECEIPTS_KEPT);
}

/** Press ids remembered (a press's copies arrive within seconds; a few presses a minute at most). */
export const PRESSES_HEARD = 16;

/**
 * Whether a press message is the first copy heard of its press: its id is not among those heard, and the receipt it
 * carries was not used (its press was heard by the receipt the next page handed in, its message arriving late). A copy
 * arriving after its save was confirmed put the save back as "not yet confirmed" (the press-keys flake in CI).
 * Returns the ids to keep with this one, or undefined for a copy.
 */
export function firstHeard(heard: readonly string[] = [], press: string, receiptUsed = false): string[] | undefined {
  if (receiptUsed || heard.includes(press)) return undefined;
  return [...heard, press].slice(-PRESSES_HEARD);
}
