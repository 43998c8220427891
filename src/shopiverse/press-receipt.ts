import { send } from '../shared/send';

// The receipt of the seller's counted press (core/press-receipts.ts PressReceipt) outlives the page that is leaving: it is
// left in the tab's sessionStorage beside the press's message, and the next page of app.shopiverse.tech in the tab
// hands it in before it reports anything. A Firefox background asleep when the press came lost the message as the
// page left (2 of 16 saves in each of two runs of press-durable.spec); the receipt still arrives. It is a random word, no value of the seller's.

/** Where a counted press leaves its receipt: the tab's sessionStorage for app.shopiverse.tech. */
const KEY = 'joom-connector-receipt';
/** The shape of a receipt's word (crypto.randomUUID): anything else in the key is the page's, and ignored. */
const WORD = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** How long this page's first report waits for the receipt to be heard (a background waking up answers in a second). */
const HAND_IN_WITHIN_MS = 10_000;

export function leaveReceipt(word: string | undefined): void {
  if (!word) return;
  try {
    sessionStorage.setItem(KEY, word);
  } catch {
    // Storage refused (a sandboxed page, full): the press's message is all that goes.
  }
}

let handedIn: Promise<void> | undefined;

/** The receipt the page before this one left, handed in once: this page's reports wait for it, briefly. */
export function handInReceipt(): Promise<void> {
  handedIn ??= (async () => {
    let word: string | null = null;
    try {
      word = sessionStorage.getItem(KEY);
      sessionStorage.removeItem(KEY);
    } catch {
      return;
    }
    if (!word || !WORD.test(word)) return;
    await Promise.race([send({ type: 'sv/receipt', word }), new Promise((resolve) => setTimeout(resolve, HAND_IN_WITHIN_MS))]);
  })();
  return handedIn;
}
