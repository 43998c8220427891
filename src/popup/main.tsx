import { render } from 'preact';
import { App } from './App';

// After the imports have run: the browser tests tell module loading apart from our own work.
performance.mark('joom-start');
render(<App />, document.getElementById('app') as HTMLElement);
