import { render } from 'preact';
import { App } from './App';
import { firstRead } from './first-read';
import { firstAnswer } from './use-state';

// After the imports have run: the browser tests tell module loading apart from our own work.
performance.mark('joom-start');
// The first render waits for the stored data and the tab under the popup (asked for before this module ran:
// first-read.ts), so that the first frame shows them: no empty frame first, no card that changes a frame later. The
// tab for 200 ms at most (it answers within a few): a browser that never answered would leave the popup blank, with
// nothing said (review-s49, L2); the card then takes the tab when it comes (NextCard.tsx useActiveUrl).
const TAB_WAIT_MS = 200;
const tabOrLater = Promise.race([firstRead().activeUrl, new Promise((resolve) => setTimeout(resolve, TAB_WAIT_MS))]);
void Promise.all([firstAnswer, tabOrLater]).then(() => {
  render(<App />, document.getElementById('app') as HTMLElement);
  performance.mark('joom-rendered');
});
