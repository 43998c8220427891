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

export function checklist(local: LocalState, session: SessionState, storeId = selectedStore(local)): Checklist {
  const app = shownApp(local, storeId);
  const redirect = app?.redirectUrl ? { ...checkRedirect(app.redirectUrl), seen: app.redirectUrl } : undefined;
  const secret = app ? session.secrets[app.clientId] : undefined;
  const pushed = storeId ? local.pushes[storeId] : undefined;
  const saved = storeId ? local.saved[storeId] : undefined;
  const auth = storeId ? local.auth[storeId] : undefined;
  const images = session.images?.verdicts ?? [];
  const dimensions = session.dimensions;

  const state = (done: unknown): StepState => (done ? 'done' : 'todo');
  const steps: Step[] = [
    { id: 'store-id', state: state(storeId) },
    redirect && !redirect.ok ? { id: 'api-app', state: 'error', detail: 'stepApiAppWrongRedirect' } : { id: 'api-app', state: state(app) },
    { id: 'client-id', state: state(app) },
    secret ? { id: 'secret', state: 'done' } : { id: 'secret', state: 'todo', detail: local.note?.kind === 'masked' ? 'noteMasked' : undefined },
    { id: 'pushed', state: state(pushed), detail: storeId && session.pending?.storeId === storeId ? 'stepPushedPending' : undefined },
    { id: 'saved', state: state(pushed && saved && saved.at >= pushed.at) },
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
