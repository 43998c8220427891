import { render } from 'preact';
import { App } from './App';
import { firstRead } from './first-read';
import { firstAnswer } from './use-state';

// After the imports have run: the browser tests tell module loading apart from our own work.
performance.mark('joom-start');
// The first render waits for the stored data and the tab under the popup (asked for before this module ran:
// first-read.ts), so that the first frame shows them: no empty frame first, no card that changes a frame later.
void Promise.all([firstAnswer, firstRead().activeUrl]).then(() => {
  render(<App />, document.getElementById('app') as HTMLElement);
  performance.mark('joom-rendered');
});
