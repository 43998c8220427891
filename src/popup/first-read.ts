import { LOCAL_KEY, SESSION_KEY } from '../shared/stored';
import { type FirstRead, popupApi, type RawStored } from './api';

// The popup's first storage read, started by a small classic script of its own at the top of the page (built apart:
// vite.config.ts), while the popup's module (57 KB) is still being fetched and compiled: the browser answers it in
// the meantime, and the module renders the data as soon as it runs (issue 17: within 10 ms of an empty extension
// page). A change written before the module takes over starts a new read, so that the latest is never missed
// (use-state.ts takes it and stops this listener in one go, after adding its own).

function read(): Promise<RawStored> {
  const answer = Promise.all([popupApi.storage.local.get(LOCAL_KEY), popupApi.storage.session.get(SESSION_KEY)]);
  // A read that fails (or is replaced before it is taken) is not an unhandled rejection: use-state.ts handles the one it takes.
  answer.catch(() => undefined);
  return answer;
}

let latest = read();
const reread = () => {
  latest = read();
};
popupApi.storage.onChanged.addListener(reread);

const firstRead: FirstRead = {
  take() {
    popupApi.storage.onChanged.removeListener(reread);
    return latest;
  },
};
(globalThis as { joomFirstRead?: FirstRead }).joomFirstRead = firstRead;
