import { render } from 'preact';
import { App } from './App';
import { firstAnswer } from './use-state';

// After the imports have run: the browser tests tell module loading apart from our own work.
performance.mark('joom-start');
// The first render waits for the stored data (a storage read started as the script loaded), so that the first frame
// shows it: no empty frame first.
void firstAnswer.then(() => {
  render(<App />, document.getElementById('app') as HTMLElement);
  performance.mark('joom-rendered');
});
