// @vitest-environment happy-dom
import { APP, C, C2, K, K2, M, P1, P2, P3, R, S, S2, T, W } from './pages';
import { C3, K3, S3, X } from './pages-round2';
import { O, ROUND3_PAGES, U } from './pages-round3';
import { describeRound } from './round-suite';

// Round 3 of the unseen pages (pages-round3.ts), read like rounds 1 and 2 (round-suite.ts). The first run, before the
// reader learned from this round, took 9 wrong values of 249 fields (the closing note).

describeRound({
  number: 3,
  pages: ROUND3_PAGES,
  atLeast: 70,
  values: { storeId: [S, S2, S3, X, W, M, P1, P2, P3, APP, U, O], clientId: [C, C2, C3], secret: [K, K2, K3, T, R] },
});
