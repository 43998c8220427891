import { COPY_ATTRIBUTES, COPY_TARGET_ATTRIBUTE, TIMEOUTS } from '../core/fields';

// One throttled MutationObserver per page, shared by every feature, plus single-page navigation: when the URL
// changes, the running features are aborted and started again (refined-github's feature manager, in small).

export interface Feature {
  /** For logs and tests. */
  name: string;
  /** Runs on each page (and again after each single-page navigation); stops when `signal` aborts. */
  init(signal: AbortSignal): void;
}

type Listener = () => void;

const THROTTLE_MS = TIMEOUTS.scanThrottleMs;
const listeners = new Set<Listener>();
let timer: ReturnType<typeof setTimeout> | undefined;
let lastUrl = '';
let onNavigate: Listener | undefined;

/** Statistics for the benchmark: how many batches came and how many scans ran (counted only in the test build). */
export const watchStats = { batches: 0, scans: 0 };

function flush(): void {
  timer = undefined;
  if (location.href !== lastUrl) {
    lastUrl = location.href;
    onNavigate?.();
    return;
  }
  if (__TEST_HOOKS__) watchStats.scans++;
  scanAfterTransition();
  for (const listener of [...listeners]) {
    try {
      listener();
    } catch (error) {
      // A feature's failure must never become an error in the seller's page.
      console.warn('[joom-connector]', error instanceof Error ? error.message : 'scan failed');
    }
  }
}

function onMutations(): void {
  // The per-batch cost is this: a counter and, at most once per throttle window, a timer.
  if (__TEST_HOOKS__) watchStats.batches++;
  if (timer === undefined) timer = setTimeout(flush, THROTTLE_MS);
}

/** Ask for a scan soon, for changes no mutation shows (an image finished loading, a value typed). */
export function requestScan(): void {
  if (timer === undefined) timer = setTimeout(flush, THROTTLE_MS);
}

/**
 * While a view transition runs, the seller sees its snapshots, not the page (dom/visibility.ts: nothing is seen): scan
 * again once it has finished, though no mutation may follow.
 */
function scanAfterTransition(): void {
  const transition = (document as Document & { activeViewTransition?: { finished: Promise<unknown> } | null }).activeViewTransition;
  transition?.finished.then(requestScan, requestScan);
}

/**
 * Call `listener` now and after DOM changes (at most every 150 ms) until `signal` aborts.
 */
export function onDomChange(signal: AbortSignal, listener: Listener): void {
  if (signal.aborted) return;
  listeners.add(listener);
  signal.addEventListener('abort', () => listeners.delete(listener), { once: true });
  scanAfterTransition();
  try {
    listener();
  } catch (error) {
    console.warn('[joom-connector]', error instanceof Error ? error.message : 'scan failed');
  }
}

const OBSERVED: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  // A value changed in an input or behind a copy button (or the element it copies from) is read again; an image's
  // address is checked again.
  attributeFilter: ['value', ...COPY_ATTRIBUTES, COPY_TARGET_ATTRIBUTE, 'src', 'srcset'],
};
let observer: MutationObserver | undefined;
const watchedRoots = new WeakSet<ShadowRoot>();

/**
 * Watch a shadow root the reader read, as the page is watched: a change inside a root reaches no observer of the
 * document (a component that renders its value later, after its data arrives, was never read again).
 */
export function watchRoot(root: ShadowRoot): void {
  if (!observer || watchedRoots.has(root)) return;
  watchedRoots.add(root);
  observer.observe(root, OBSERVED);
}

/** Start the features on this page and keep them in step with single-page navigation. */
export function runFeatures(features: readonly Feature[]): void {
  let controller = new AbortController();
  const start = () => {
    controller.abort();
    controller = new AbortController();
    for (const feature of features) {
      try {
        feature.init(controller.signal);
      } catch (error) {
        console.warn('[joom-connector]', feature.name, error instanceof Error ? error.message : 'failed');
      }
    }
  };
  lastUrl = location.href;
  onNavigate = start;
  observer = new MutationObserver(onMutations);
  observer.observe(document.documentElement, OBSERVED);
  // Back and forward change the URL without necessarily changing the DOM first.
  addEventListener('popstate', requestScan);
  start();
}
