import { PENDING_FOR_MS, within } from './hand-rules';
import { selectedStore, shownApp } from './record-queries';
import type { LocalState, SessionState } from './records';
import { checkRedirect, type RedirectCheck } from './redirect';

// The guide's steps, derived from the facts each time: there is no stored "step 3 is done" to drift.

export const STEP_IDS = ['store-id', 'api-app', 'client-id', 'secret', 'pushed', 'saved', 'authorized', 'images', 'dimensions'] as const;
export type StepId = (typeof STEP_IDS)[number];
export type StepState = 'todo' | 'done' | 'error';

/** The steps that count towards the badge's progress; the last two are prerequisites checked on product pages. */
export const CORE_STEPS: readonly StepId[] = STEP_IDS.slice(0, 7);

export interface Step {
  id: StepId;
  state: StepState;
  /** A message key (in _locales) that explains an error or a waiting state, if any. */
  detail?: string;
}

export interface Checklist {
  storeId?: string;
  steps: Step[];
  redirect?: RedirectCheck & { seen: string };
  done: number;
  total: number;
  hasError: boolean;
}

export function checklist(local: LocalState, session: SessionState, storeId = selectedStore(local), now = Date.now()): Checklist {
  const app = shownApp(local, storeId);
  const redirect = app?.redirectUrl ? { ...checkRedirect(app.redirectUrl), seen: app.redirectUrl } : undefined;
  const secret = app ? session.secrets[app.clientId] : undefined;
  const pushed = storeId ? local.pushes[storeId] : undefined;
  const saved = storeId ? local.saved[storeId] : undefined;
  const auth = storeId ? local.auth[storeId] : undefined;
  const saveClick = session.saveClick;
  const images = session.images?.verdicts ?? [];
  const dimensions = session.dimensions;

  const state = (done: unknown): StepState => (done ? 'done' : 'todo');
  const steps: Step[] = [
    { id: 'store-id', state: state(storeId) },
    redirect && !redirect.ok ? { id: 'api-app', state: 'error', detail: 'stepApiAppWrongRedirect' } : { id: 'api-app', state: state(app) },
    { id: 'client-id', state: state(app) },
    secret ? { id: 'secret', state: 'done' } : { id: 'secret', state: 'todo', detail: local.note?.kind === 'masked' ? 'noteMasked' : undefined },
    { id: 'pushed', state: state(pushed), detail: storeId && session.pending?.storeId === storeId ? pendingDetail(session, now) : undefined },
    pushed && saved && saved.at >= pushed.at
      ? { id: 'saved', state: 'done' }
      : {
          id: 'saved',
          state: 'todo',
          detail: pushed && saveClick && saveClick.storeId === storeId && saveClick.at >= pushed.at ? 'stepSavedUnconfirmed' : undefined,
        },
    auth?.result === 'error' ? { id: 'authorized', state: 'error', detail: 'stepAuthorizedError' } : { id: 'authorized', state: state(auth) },
    images.length === 0
      ? { id: 'images', state: 'todo', detail: 'stepNotChecked' }
      : { id: 'images', state: images.some((v) => v.status === 'bad') ? 'error' : 'done' },
    !dimensions ? { id: 'dimensions', state: 'todo', detail: 'stepNotChecked' } : { id: 'dimensions', state: dimensions.issues.length > 0 ? 'error' : 'done' },
  ];
  const core = steps.filter((step) => CORE_STEPS.includes(step.id));
  return {
    storeId,
    steps,
    redirect,
    done: core.filter((step) => step.state === 'done').length,
    total: core.length,
    hasError: core.some((step) => step.state === 'error'),
  };
}

/**
 * Why a waiting push has not filled yet, never a silent wait: no form open yet (the way to it); a form the seller is
 * not looking at; or an open form that will not be filled (`fill_<status>`: not a Joom store's, sends elsewhere, …).
 */
function pendingDetail(session: SessionState, now: number): string {
  const seen = session.formSeen;
  if (session.pending && !within(session.pending.at, now, PENDING_FOR_MS)) return 'stepPushedExpired';
  if (!seen || !session.pending || seen.at < session.pending.at || seen.status === 'noForm') return 'stepPushedPending';
  return seen.status === 'one' ? 'stepPushedLook' : `fill_${seen.status}`;
}
