import { LOCAL_KEY, SESSION_KEY } from '../shared/stored';
import { popupApi } from './api';

// What the popup's first frame needs, asked for once per opening, by whichever of its two scripts runs first:
// early.ts, a small classic script the browser runs while it still fetches the popup's module (an idle 10–20 ms in
// which, in Chromium, the main thread waits), or the module itself. The answers are kept on the page's global, the
// one place both scripts share; an extension page's globals are its own (no page script runs here).

/** Both storage areas as stored (use-state.ts gives them their shape). */
export type RawAreas = readonly [local: unknown, session: unknown];

export interface FirstRead {
  areas: Promise<RawAreas>;
  /** The address of the tab under the popup (undefined when the browser does not tell: no host permission). */
  activeUrl: Promise<string | undefined>;
  /** The address once known: the first render waits for it, so that it can start from it. */
  knownActiveUrl?: string;
  /** Storage changed after `areas` was asked for: the data shown must be read again. */
  changedSince: boolean;
}

export function readAreas(): Promise<RawAreas> {
  return Promise.all([popupApi.storage.local.get(LOCAL_KEY), popupApi.storage.session.get(SESSION_KEY)]).then(
    ([local, session]) => [local[LOCAL_KEY], session[SESSION_KEY]] as const,
  );
}

function start(): FirstRead {
  const read: FirstRead = {
    areas: readAreas(),
    activeUrl: popupApi.tabs.query({ active: true, currentWindow: true }).then(
      (tabs) => tabs[0]?.url,
      () => undefined,
    ),
    changedSince: false,
  };
  void read.activeUrl.then((url) => {
    read.knownActiveUrl = url;
  });
  popupApi.storage.onChanged.addListener(() => {
    read.changedSince = true;
  });
  return read;
}

const scope = globalThis as unknown as { joomFirstRead?: FirstRead };

/** The reads of this opening, started on the first call. */
export function firstRead(): FirstRead {
  scope.joomFirstRead ??= start();
  return scope.joomFirstRead;
}
