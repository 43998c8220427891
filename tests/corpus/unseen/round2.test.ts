// @vitest-environment happy-dom
import { C, C2, K, K2, S, S2 } from './pages';
import { C3, K3, ROUND2_PAGES, S3, X } from './pages-round2';
import { describeRound } from './round-suite';

// Round 2 of the unseen pages (pages-round2.ts), judged like pages.test.ts. happy-dom lays nothing out, so pages hidden
// only by layout (`needsLayout`) are judged in real browsers alone (tests/browser/unseen.spec.ts); every other page
// must take no wrong value here either (round-suite.ts).

describeRound({ number: 2, pages: ROUND2_PAGES, atLeast: 60, values: { storeId: [S, S2, S3, X], clientId: [C, C2, C3], secret: [K, K2, K3] } });
