import { FIELDS } from './fields';
import { AUTHORIZE_FOR_MS, PENDING_FOR_MS, within } from './hand-rules';
import { pageAddress } from './page-address';
import { selectedStore, shownApp, storeOfApp } from './record-queries';
import type { Choices, Conflict, LocalState, PickField, SessionState } from './records';
import { checkRedirect, JOOM_ORIGIN, type RedirectCheck, SHOPIVERSE_ORIGIN, SHOPIVERSE_STORES_URL } from './redirect';

// The guide's steps, derived from the facts each time: there is no stored "step 3 is done" to drift.

export const STEP_IDS = ['store-id', 'api-app', 'client-id', 'secret', 'pushed', 'saved', 'authorized', 'images', 'dimensions'] as const;
export type StepId = (typeof STEP_IDS)[number];
/** `asked`: a value was read twice and the card asks which stays; neither a tick (settled) nor a circle (unread). */
export type StepState = 'todo' | 'done' | 'error' | 'asked';

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
  /**
   * The product checks' own count, shown beside their group's title: `done` passed of the `ran` that ran, of `total`
   * (productCount says it; "0/2 sorunsuz" before any check had run read as two failures, look verdict 8).
   */
  products: { done: number; ran: number; total: number; waiting: StepId[] };
  /**
   * Why a push of a store already pushed waits (a push again once its step is ticked): a secondary note, never a
   * detail under the ticked step (issue 17: "✓ Değerler aktarıldı" with "nothing was filled" under it read as two states).
   */
  pushWaiting?: string;
}

/**
 * Joom's callback page opened after the store's last push and after the last answer that counted, with no press of
 * the seller's counted for it (it came before Joom Connector had seen the button, or as the background woke): while
 * the store is not authorized, say so within the window a press counts in, so the seller presses again instead of
 * waiting. Keyed to the push (what a press counts for), not to a confirmed save: whether ShopiVerse shows the saved
 * Secret Key again, which the confirmation needs, is unknown (PANELS.md), and a guess must not silence this. An
 * authorized store stays authorized: any site can open the callback page, and a page can add, never switch.
 */
function unboundAnswer(session: SessionState, pushedAt: number | undefined, auth: { at: number; result: string } | undefined, now: number): boolean {
  const at = session.unboundCallback;
  if (at === undefined || pushedAt === undefined || at < pushedAt || !within(at, now, AUTHORIZE_FOR_MS)) return false;
  return auth === undefined || (auth.result === 'error' && at > auth.at);
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
  const waiting = storeId && session.pending?.storeId === storeId ? pendingDetail(session, now) : undefined;
  // A value with two candidates was read: while a card asks which stays, its step is read, never "not read" beside it.
  const asked = new Set((session.conflicts ?? []).filter((conflict) => concerns(local, conflict, storeId)).map((conflict) => conflict.field));
  // A value read twice: its step is neither settled (a tick beside the card's open question read as settled, look
  // verdict 7) nor unread. "Choose above" only when the card asks it now: behind another value, it is asked next.
  const askedStep = (id: Step['id'], field: PickField): Step | undefined =>
    asked.has(field) ? { id, state: 'asked', detail: askedNow(session, field) ? 'stepAskedAbove' : 'stepAskedNext' } : undefined;
  const steps: Step[] = [
    askedStep('store-id', 'storeId') ?? { id: 'store-id', state: state(storeId) },
    redirect && !redirect.ok ? { id: 'api-app', state: 'error', detail: 'stepApiAppWrongRedirect' } : { id: 'api-app', state: state(app) },
    askedStep('client-id', 'clientId') ?? { id: 'client-id', state: state(app) },
    askedStep('secret', 'secret') ??
      (secret ? { id: 'secret', state: 'done' } : { id: 'secret', state: 'todo', detail: local.note?.kind === 'masked' ? 'noteMasked' : undefined }),
    { id: 'pushed', state: state(pushed), detail: !pushed && waiting ? waiting : undefined },
    pushed && saved && saved.at >= pushed.at
      ? { id: 'saved', state: 'done' }
      : {
          id: 'saved',
          state: 'todo',
          detail: pushed && saveClick && saveClick.storeId === storeId && saveClick.at >= pushed.at ? 'stepSavedUnconfirmed' : undefined,
        },
    unboundAnswer(session, pushed?.at, auth, now)
      ? { id: 'authorized', state: 'todo', detail: 'stepAuthorizedUnseen' }
      : auth?.result === 'error'
        ? { id: 'authorized', state: 'error', detail: 'stepAuthorizedError' }
        : { id: 'authorized', state: state(auth) },
    images.length === 0
      ? { id: 'images', state: 'todo', detail: 'stepNotChecked' }
      : { id: 'images', state: images.some((v) => v.status === 'bad') ? 'error' : 'done' },
    // Over the plausibility bound (300 cm, 100 kg: ours, not Joom's; PANELS.md gives no maximum) is a warning listed
    // under the step, never a failed check: only a missing value or a zero fails it (issue 17).
    !dimensions
      ? { id: 'dimensions', state: 'todo', detail: 'stepNotChecked' }
      : { id: 'dimensions', state: dimensions.issues.some((issue) => issue.problem !== 'implausible') ? 'error' : 'done' },
  ];
  const core = steps.filter((step) => CORE_STEPS.includes(step.id));
  return {
    storeId,
    steps,
    redirect,
    done: core.filter((step) => step.state === 'done').length,
    total: core.length,
    hasError: core.some((step) => step.state === 'error'),
    products: {
      done: steps.filter((step) => PRODUCT_STEPS.includes(step.id) && step.state === 'done').length,
      ran: steps.filter((step) => PRODUCT_STEPS.includes(step.id) && step.state !== 'todo').length,
      total: PRODUCT_STEPS.length,
      waiting: steps.filter((step) => PRODUCT_STEPS.includes(step.id) && step.state === 'todo').map((step) => step.id),
    },
    pushWaiting: pushed ? waiting : undefined,
  };
}

/**
 * Whether a conflict is about the shown store's values: its Store ID or Client ID (owned by the store), or the Secret
 * Key of its application, or of an application no store is tied to yet (the popup shows no other for it). A conflict
 * about another store's values never ticks this store's steps.
 */
function concerns(local: LocalState, conflict: Conflict, storeId: string | undefined): boolean {
  if (conflict.field !== 'secret') return conflict.owner === storeId;
  const app = local.apps[conflict.owner];
  if (!app) return false;
  const owner = storeOfApp(local, app);
  return owner === undefined || owner === storeId;
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

/**
 * The product checks' count as a message key and its placeholders: only the checks that ran are counted ("0/2
 * sorunsuz" under "✓ Bağlandı" before any had run read as a false alarm, look verdict 8). None ran: "not run yet";
 * else how many found problems (or passed, when none did), and how many wait.
 */
export function productCount(products: Checklist['products']): { key: string; args: string[] } {
  const { done, ran, total, waiting } = products;
  if (ran === 0) return { key: 'groupCountNotRun', args: [] };
  // Some wait: what ran is told by its outcome, never as a fraction ("0/1 sorunsuz" of two checks read as wrong sums),
  // and what waits is named ("1 bekliyor" did not say what waited, issue 17): the check by its name when one waits.
  const outcome = done < ran ? 'Fail' : 'Pass';
  const shown = done < ran ? ran - done : done;
  const [only, ...more] = waiting;
  if (ran < total && only && more.length === 0) return { key: `groupCount${outcome}Waiting_${only}`, args: [String(shown)] };
  if (ran < total) return { key: `groupCount${outcome}Waiting`, args: [String(shown), String(total - ran)] };
  if (done < ran) return { key: 'groupCountFail', args: [String(ran - done)] };
  return { key: 'groupCountPass', args: [String(done), String(ran)] };
}

// The guide's one next action, derived from the same facts: the popup's top card shows it with one primary button.

/** The connection's steps (the badge's progress) and the product checks, shown as two groups with their own counts. */
export const PRODUCT_STEPS: readonly StepId[] = STEP_IDS.slice(7);

/** The Joom panel's one confirmed address (PANELS.md): the stores list, with the account menu (the seller's name) in its top bar. */
export const JOOM_STORES_URL = `${JOOM_ORIGIN}/panel/stores`;

export type NextId = StepId | 'choose' | 'conflict' | 'connected';

/**
 * What the primary button does. `open`: a page whose address is known (`confirmed`), the address the seller last
 * used for it (`last`, from a record's source), or the panel's home with where to click (`home`). `shopiverse`:
 * back to the ShopiVerse tab already open, else its stores list (whose path is a guess: the card says where to
 * click). `push`: the push itself. `choose`: the card's own choices are the action.
 */
export type NextAction =
  | { kind: 'open'; url: string; known: 'confirmed' | 'last' | 'home' }
  | { kind: 'shopiverse'; url: string }
  | { kind: 'push' }
  | { kind: 'choose' }
  | { kind: 'none' };

export interface NextStep {
  id: NextId;
  state: 'todo' | 'error' | 'done';
  action: NextAction;
  /** Every connection step is done: the popup says "connected", and Push becomes a secondary "push again". */
  connected: boolean;
  /** A push waits for its form. */
  pending: boolean;
}

/**
 * The value question the card asks now: the first one waiting. A store a page offered never comes before it: the
 * offer is a one-line bar under the card (issue 17: the offer took the card, and the seller's own question about
 * their Secret Key was pushed down to a grey "next question").
 */
function askedNow(session: SessionState, field: PickField): boolean {
  return session.conflicts?.[0]?.field === field;
}

/**
 * A store a page offered, not the selected one: the popup asks once whether to select it (core/apply.ts), in a
 * one-line bar under the card; the card stays the selected store's next step or the seller's own question.
 */
export function offeredStore(local: LocalState): string | undefined {
  return offeredStores(local)[0];
}

/** Every store offered and still to answer, oldest first: the bar shows the first and how many wait after it. */
export function offeredStores(local: LocalState): string[] {
  const selected = selectedStore(local);
  return (local.offers ?? []).filter((offer) => offer !== selected && local.stores[offer] !== undefined);
}

/** A page address the extension may send the seller to: only the two panels' https origins. */
function panelUrl(page: string | undefined, origin: string): string | undefined {
  if (!page) return undefined;
  try {
    const url = new URL(page, origin);
    return url.origin === origin && (url.origin === JOOM_ORIGIN || url.origin === SHOPIVERSE_ORIGIN) ? `${url.origin}${url.pathname}` : undefined;
  } catch {
    return undefined;
  }
}

const stateOf = (list: Checklist, id: StepId) => list.steps.find((step) => step.id === id)?.state ?? 'todo';

/**
 * The one next action. `activeUrl`: the tab under the popup; of the two product checks, the one whose report is
 * about that page comes first (seller review B3: over a product form with missing dimensions, the card spoke of the
 * product list's images and sent the seller there).
 */
export function nextStep(local: LocalState, session: SessionState, list: Checklist = checklist(local, session), activeUrl?: string): NextStep {
  const storeId = list.storeId;
  const app = shownApp(local, storeId);
  // A value asked again (read twice) does not undo a connection: a page can add a question, never take a step back.
  const connected = CORE_STEPS.every((id) => stateOf(list, id) === 'done' || stateOf(list, id) === 'asked');
  const pending = Boolean(storeId && session.pending?.storeId === storeId);
  const shape = (id: NextId, action: NextAction, state: NextStep['state'] = 'todo'): NextStep => ({ id, state, action, connected, pending });
  // The seller's answer comes first: a value waits on it, and a card below it would push a value not yet decided. One
  // question at a time. A store a page offered is never the card (issue 17): it waits in its bar under the card.
  if (session.conflicts?.length) return shape('conflict', { kind: 'choose' });
  if (session.choices && Object.values(session.choices.fields).some((candidates) => candidates?.length)) return shape('choose', { kind: 'choose' });
  const appPage = panelUrl(app?.source?.page, JOOM_ORIGIN);
  const openApp: NextAction = appPage ? { kind: 'open', url: appPage, known: 'last' } : { kind: 'open', url: JOOM_STORES_URL, known: 'home' };
  const shopiverse: NextAction = { kind: 'shopiverse', url: SHOPIVERSE_STORES_URL };
  if (stateOf(list, 'store-id') !== 'done') return shape('store-id', { kind: 'open', url: JOOM_STORES_URL, known: 'confirmed' });
  // The new-application form's address is unknown (PANELS.md): the page where it was last prefilled, else the stores
  // list, whose account menu leads to it.
  const newAppPage = panelUrl(session.newAppForm?.page, JOOM_ORIGIN);
  if (!app) return shape('api-app', newAppPage ? { kind: 'open', url: newAppPage, known: 'last' } : { kind: 'open', url: JOOM_STORES_URL, known: 'home' });
  if (stateOf(list, 'api-app') === 'error') return shape('api-app', openApp, 'error');
  if (stateOf(list, 'secret') !== 'done') return shape('secret', openApp);
  if (stateOf(list, 'pushed') !== 'done') return shape('pushed', pending ? shopiverse : { kind: 'push' });
  if (stateOf(list, 'saved') !== 'done') return shape('saved', shopiverse);
  if (stateOf(list, 'authorized') !== 'done') return shape('authorized', shopiverse, stateOf(list, 'authorized') === 'error' ? 'error' : 'todo');
  // Connected: the product checks are what is left, on the page the seller last checked, else ShopiVerse's home.
  const productsPage = panelUrl(session.images?.page, SHOPIVERSE_ORIGIN) ?? panelUrl(session.images?.page, JOOM_ORIGIN);
  const products: NextAction = productsPage
    ? { kind: 'open', url: productsPage, known: 'last' }
    : { kind: 'open', url: `${SHOPIVERSE_ORIGIN}/`, known: 'home' };
  const formPage = panelUrl(session.dimensions?.page, SHOPIVERSE_ORIGIN);
  const form: NextAction = formPage ? { kind: 'open', url: formPage, known: 'last' } : { kind: 'open', url: `${SHOPIVERSE_ORIGIN}/`, known: 'home' };
  const left = (id: 'images' | 'dimensions') => stateOf(list, id) !== 'done';
  const check = (id: 'images' | 'dimensions') => shape(id, id === 'images' ? products : form, stateOf(list, id) === 'error' ? 'error' : 'todo');
  if (left('dimensions') && reportIsHere(session.dimensions?.page, activeUrl)) return check('dimensions');
  if (left('images')) return check('images');
  if (left('dimensions')) return check('dimensions');
  return shape('connected', { kind: 'none' }, 'done');
}

/**
 * Where the store's Api Tanım form is, for a push the open form refused (another marketplace's store): the page where
 * this store's form was last filled, else ShopiVerse's stores list (its path is a guess: the card says where to click).
 */
export function storeFormAction(local: LocalState, storeId: string | undefined): Extract<NextAction, { kind: 'open' }> {
  const page = storeId ? panelUrl(local.pushes[storeId]?.page, SHOPIVERSE_ORIGIN) : undefined;
  return page ? { kind: 'open', url: page, known: 'last' } : { kind: 'open', url: SHOPIVERSE_STORES_URL, known: 'home' };
}

/**
 * How the popup tells what the last push answered when the open form is another marketplace's store's (`notJoom`).
 * Before the store is connected, the refusal is the seller's next step: the top card (seller review B1). Once
 * connected, the connection still stands: the card keeps "✓ Bağlandı" and the refusal of this push is one muted line
 * under it, with no button (issue 17: a refusal card with no "Bağlandı" over a 7/7 checklist left the seller unsure
 * whether they were connected; look verdict 8: a button to the store's form there read as a connection to redo). `waiting`: the note on a push again that waits for its form (Checklist.pushWaiting), left
 * out while the refusal says it (what to do is the same).
 */
export interface PushTelling {
  card: 'refused' | 'next';
  refusalNote: boolean;
  waiting?: string;
}

export function pushTelling(next: Pick<NextStep, 'connected'>, list: Pick<Checklist, 'pushWaiting'>, status?: string): PushTelling {
  const refused = status === 'notJoom';
  return {
    card: refused && !next.connected ? 'refused' : 'next',
    refusalNote: refused && next.connected,
    waiting: refused ? undefined : list.pushWaiting,
  };
}

/**
 * Whether the tab the seller is on is already where the next step is done (issue 17: "ShopiVerse’e geç" shown on the
 * open Api Tanım form). Then the card says what to do on this page and offers no button that goes there. A known or
 * last-used address counts on that path (Joom's new-application form where it was prefilled: "press Kaydet"); the
 * panel's home counts anywhere on that panel, whose menu the card names as the way there ("Joom panelini aç" on a
 * Joom page opened a second tab on the panel the seller was already in: look verdict 2). ShopiVerse's tab counts
 * anywhere on ShopiVerse. A push or a choice is done in the popup itself: never "here".
 */
export function onStepPage(action: NextAction, activeUrl: string | undefined): boolean {
  if (!activeUrl) return false;
  let url: URL;
  try {
    url = new URL(activeUrl);
  } catch {
    return false;
  }
  if (action.kind === 'shopiverse') return url.origin === SHOPIVERSE_ORIGIN;
  if (action.kind !== 'open') return false;
  const target = new URL(action.url);
  if (url.origin !== target.origin) return false;
  // A panel's home (the step's page is unknown): any page of that panel is where it starts, through its menus. On Joom
  // the card says where to click instead of a button opening the home the seller is already on (look verdict 2).
  if (action.known === 'home') return true;
  return url.pathname.replace(/\/+$/, '') === target.pathname.replace(/\/+$/, '');
}

/**
 * Whether a product check's report is about the page under the popup (same origin and path; the query and a trailing
 * slash aside). A report from another page is labelled with where it was found: the product list's image problems
 * shown as "on this page" over a product form with no images misled the seller (seller review A4).
 */
export function reportIsHere(reportPage: string | undefined, activeUrl: string | undefined): boolean {
  if (!reportPage || !activeUrl) return false;
  const trim = (address: string) => address.replace(/\/+$/, '');
  const report = trim(pageAddress(reportPage));
  return report !== '' && report === trim(pageAddress(activeUrl));
}

/** The panel a report's page belongs to, for its label: never a path in the main view (issue 17). */
export function reportPanel(reportPage: string): 'joom' | 'shopiverse' | undefined {
  const address = pageAddress(reportPage);
  if (address.startsWith(`${SHOPIVERSE_ORIGIN}/`)) return 'shopiverse';
  if (address.startsWith(`${JOOM_ORIGIN}/`)) return 'joom';
  return undefined;
}

/** When a field's value was last set (read, chosen, pasted or picked), for the selected store. */
function setAt(local: LocalState, session: SessionState, field: PickField, storeId: string | undefined): number {
  const app = shownApp(local, storeId);
  if (field === 'storeId') return storeId ? (local.stores[storeId]?.source?.at ?? 0) : 0;
  if (field === 'clientId') return app?.source?.at ?? 0;
  return app ? (session.secretSources?.[app.clientId]?.at ?? 0) : 0;
}

/**
 * The choices still worth asking: none once the page that offered them is closed (when the popup knows which Joom
 * pages are open), and none for a field whose value was set after the page offered them. One state per field.
 */
export function liveChoices(local: LocalState, session: SessionState, openJoomPaths?: readonly string[]): Choices | undefined {
  const choices = session.choices;
  if (!choices) return undefined;
  if (openJoomPaths && !openJoomPaths.includes(choices.page)) return undefined;
  const storeId = selectedStore(local);
  const fields: Choices['fields'] = {};
  for (const field of FIELDS) {
    const candidates = choices.fields[field];
    if (candidates?.length && setAt(local, session, field, storeId) <= choices.at) fields[field] = candidates;
  }
  return Object.keys(fields).length > 0 ? { ...choices, fields } : undefined;
}

/** What the seller may enter by hand: a field with no value, and no choice or conflict waiting on it. */
export function missingFields(local: LocalState, session: SessionState, storeId = selectedStore(local)): PickField[] {
  const app = shownApp(local, storeId);
  const busy = new Set<PickField>([
    ...FIELDS.filter((field) => session.choices?.fields[field]?.length),
    ...(session.conflicts ?? []).map((conflict) => conflict.field),
  ]);
  const missing: PickField[] = [];
  if (!storeId) missing.push('storeId');
  if (!app) missing.push('clientId');
  if (!app || !session.secrets[app.clientId]) missing.push('secret');
  return missing.filter((field) => !busy.has(field));
}
