// @vitest-environment happy-dom
import { C4, C5, K4, K5, ORD, ROUND4_PAGES, S4, S5, S6, SKU, USR, WHK, ZERO24 } from './pages-round4';
import { describeRound } from './round-suite';

// Round 4 of the unseen pages (pages-round4.ts), read like rounds 1-3: no wrong value but on pages that need a real
// browser's layout or style engine (needsLayout), which tests/browser/unseen.spec.ts judges in Chromium and Firefox
// (happy-dom does not load srcdoc frames either). It prints the counts, per class and in all, and every miss.
// The first run, before the reader learned from this round: happy-dom 35 wrong (all needsLayout), 32 undecided,
// 13 falsely ambiguous, 79.8 % decided; Chromium and Firefox 18 wrong, 32 undecided, 6 falsely ambiguous, 85.9 %.

describeRound({
  number: 4,
  pages: ROUND4_PAGES,
  atLeast: 100,
  values: { storeId: [S4, S5, S6, SKU, ORD, USR, ZERO24], clientId: [C4, C5], secret: [K4, K5, WHK] },
  byClass: true,
});
