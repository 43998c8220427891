import type { Runtime } from 'webextension-polyfill';
import { FillCommand, type FillOutcome, type FormCheck, FormQuestion, type Ok, RescanCommand } from '../core/answers';
import { besideAnchor, type Painted, pointIn, pressHiddenBy, unmoved } from '../core/hand-rules';
import { SHOPIVERSE_BUTTONS } from '../core/labels';
import { check } from '../core/spec';
import { clearUi, element, uiBeside } from '../dom/badge';
import { isTicked } from '../dom/fill';
import { findButtons } from '../dom/find-by-label';
import { coveredInView, isRendered } from '../dom/visibility';
import { onDomChange } from '../dom/watch';
import { t } from '../shared/i18n';
import { pageApi } from '../shared/page-api';
import { send } from '../shared/send';
import { type ApiForm, checkApiForm, fillApiForm, findApiForm, type Located, locateApiForm } from './api-form';

// Tells the background what each ShopiVerse page shows, fills a waiting push when the seller looks at the form,
// offers "Fill from Joom Connector" beside a qualifying form, says why a form is not filled, and reports the
// seller's presses on "Kaydet" and "Yetki Talep Et". A press counts only when the browser says a person made it
// (isTrusted) and the point pressed hits the rendered button of the qualified form: a page can dispatch events,
// call requestSubmit(), or lay an invisible layer named "Kaydet" over the page, and none of that is the seller.
// Nothing here writes storage: the background does (shared/stored.ts).

let firstScanOfLoad = true;
/** Report the page again (the seller turned to this tab: a waiting push may now fill its form). */
let rescan: (() => void) | undefined;

function formState(form: ApiForm) {
  const values = { storeId: form.storeId.value.trim(), clientId: form.clientId.value.trim() };
  const secretFilled = form.secret.value.trim() !== '';
  const empty = values.storeId === '' && values.clientId === '' && !secretFilled;
  return { ...values, status: isTicked(form.status), code: form.code, empty, secretFilled, loadedAt: Math.round(performance.timeOrigin) };
}

/** What happened to a waiting push or a fill, as a message key: `fill_<status>`. */
type Problem = FillOutcome['status'] | 'expired' | 'otherStore';

export const apiPage = {
  name: 'api-page',
  init(signal: AbortSignal): void {
    let reported: string | undefined;
    let busy = false;
    // The notes of the page's last report (the way to the form, why it is not filled): gone when the page changes.
    let notes = new AbortController();
    signal.addEventListener('abort', () => notes.abort(), { once: true });
    const scan = () => {
      const located = locateApiForm();
      const form = located.form;
      if (form) {
        showFillButton(form, signal);
        openPressPort(signal);
      }
      if (located.status === reported || busy) return;
      if (reported !== undefined && located.status !== reported) {
        notes.abort();
        notes = new AbortController();
      }
      reported = located.status;
      busy = true;
      const noteSignal = notes.signal;
      const fresh = firstScanOfLoad;
      firstScanOfLoad = false;
      void send({ type: 'sv/page', reason: 'appeared', fresh, status: located.status, form: form ? formState(form) : undefined }).then((answer) => {
        busy = false;
        // Still unanswered after send's own retries: report this page again on its next change.
        if (answer === undefined) reported = undefined;
        if (!answer || signal.aborted) return;
        if (answer.fill && form) {
          const outcome = fillApiForm(answer.fill, false, signal);
          if (outcome.status === 'filled') void send({ type: 'sv/filled', storeId: answer.fill.storeId, code: form.code });
          else showProblem(form.storeId, outcome.status, noteSignal);
        } else if (answer.dropped && form) {
          showProblem(form.storeId, answer.dropped, noteSignal);
        } else if (answer.pending) {
          // Never a silent wait: no form yet (the way to it), or a form that will not be filled (why, and what instead).
          if (located.status === 'noForm') showHint(noteSignal);
          else showWhyNotFilled(located, noteSignal);
        }
      });
    };
    rescan = () => {
      reported = undefined;
      scan();
    };
    onDomChange(signal, scan);
    document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && rescan?.(), { signal });
    document.addEventListener('pointerdown', onPress, { capture: true, signal });
    document.addEventListener('click', onPress, { capture: true, signal });
  },
};

/** The box holding every part of the qualified form: "Yetki Talep Et" counts only inside it. */
function formBox(form: ApiForm): Element | undefined {
  const parts = [form.secret, form.clientId, form.storeId, form.status, form.save];
  for (let box = form.secret.parentElement; box; box = box.parentElement) if (parts.every((part) => box.contains(part))) return box;
  return undefined;
}

/** The element and every ancestor up to the page's root, out of closed shadow roots through their hosts. */
function paintChain(node: Element): Painted[] {
  const chain: Painted[] = [];
  for (let at: Element | null = node; at; at = at.parentElement ?? (at.getRootNode() instanceof ShadowRoot ? (at.getRootNode() as ShadowRoot).host : null)) {
    const style = getComputedStyle(at);
    chain.push({
      filter: style.filter,
      mixBlendMode: style.mixBlendMode,
      masks: ['mask', 'mask-image', '-webkit-mask-image'].map((name) => style.getPropertyValue(name).trim()),
      opacity: Number.parseFloat(style.opacity),
    });
  }
  return chain;
}

/**
 * Whether the seller's pointer pressed `button` itself, where the qualified form shows it: the event's target is
 * inside it, it is rendered, no filter, blend or mask up its chain makes it look like something else (blank page),
 * the point of the press lies inside the form's container box (a button slid elsewhere counts for nothing), and
 * the point hits it (a layer over it, even a transparent one, takes the press: then it is not our button).
 */
function pressedOn(button: Element, box: Element | undefined, event: MouseEvent): boolean {
  if (!(event.target instanceof Node) || !button.contains(event.target) || !isRendered(button)) return false;
  if (!box || !pointIn(box.getBoundingClientRect(), event.clientX, event.clientY)) return false;
  if (pressHiddenBy(paintChain(button), false)) return false;
  const hit = document.elementFromPoint(event.clientX, event.clientY);
  return hit !== null && (hit === button || button.contains(hit));
}

function onPress(event: Event): void {
  // A page script can dispatch clicks and call click() or requestSubmit(): only what the browser says a person did.
  if (!event.isTrusted || !(event instanceof MouseEvent)) return;
  const target = event.target instanceof Element ? event.target : null;
  // Most clicks are not on a button: look for the form only when one might be the save or authorize button.
  if (!target?.closest('button, [role="button"], input[type="submit"], input[type="button"], a')) return;
  const form = findApiForm();
  if (!form) return;
  const box = formBox(form);
  // A save counts on the click only (a press dragged away is no save); the read-back after the reload confirms it.
  if (event.type === 'click' && pressedOn(form.save, box, event)) {
    void send({ type: 'sv/save-pressed', code: form.code, clickedAt: performance.timeOrigin + event.timeStamp });
    return;
  }
  const authorize = box ? findButtons(box, SHOPIVERSE_BUTTONS.authorize).find((button) => pressedOn(button, box, event)) : undefined;
  // "Yetki Talep Et" leaves the page at once: told on the press (pointerdown) too, so the message is out before the
  // page unloads, and again on the click. Only the code of the form's banner goes: the background knows which
  // store's values it put into that form; nothing is read from an input the page controls.
  if (!authorize) return;
  const message = { type: 'sv/authorize-pressed', code: form.code } as const;
  try {
    pressPort?.postMessage(message);
  } catch {
    // The port closed: the message below still goes.
  }
  void send(message);
}

/** Must match PRESS_PORT in core/messages.ts (not imported: that module carries zod). */
const PRESS_PORT_NAME = 'sv/presses';
let pressPort: Runtime.Port | undefined;

/**
 * A port to the background while the page shows the form, opened again when the background goes to sleep (which
 * closes it): the press then reaches a background already awake, as the page leaves for Joom.
 */
function openPressPort(signal: AbortSignal): void {
  if (pressPort || signal.aborted) return;
  let opened = 0;
  const connect = () => {
    try {
      const port = pageApi.runtime.connect({ name: PRESS_PORT_NAME });
      pressPort = port;
      port.onDisconnect.addListener(() => {
        if (pressPort === port) pressPort = undefined;
        if (!signal.aborted && ++opened < 30) connect();
      });
    } catch {
      pressPort = undefined; // the extension was reloaded or removed
    }
  };
  connect();
  signal.addEventListener(
    'abort',
    () => {
      const port = pressPort;
      pressPort = undefined;
      port?.disconnect();
    },
    { once: true },
  );
}

/** The roots that already hold our fill button (a scan runs on every change of the page). */
const fillButtons = new WeakSet<ShadowRoot>();

/**
 * "Fill from Joom Connector" beside a qualifying form (Bitwarden's inline menu): the seller's own click on it
 * fills the form without the popup. The button lives in our closed shadow root; the click counts only when the
 * browser says a person made it and the point clicked hits our host (a page can lay something over it).
 */
function showFillButton(form: ApiForm, signal: AbortSignal): void {
  const root = uiBeside(form.storeId, 'fill-button', signal);
  if (fillButtons.has(root)) return;
  fillButtons.add(root);
  const button = element('button', { text: t('fillButton') });
  button.type = 'button';
  const status = element('span', { className: 'note' });
  status.setAttribute('role', 'status');
  status.hidden = true;
  button.addEventListener('click', (event) => {
    if (!event.isTrusted || !ourPress(root, button, form.storeId, event)) return;
    void send({ type: 'sv/fill-request' }).then((answer) => {
      const result = answer?.status ?? 'error';
      if (signal.aborted || result === 'filled') {
        status.hidden = true;
        return;
      }
      status.textContent = result === 'conflict' ? t('fill_conflict') : t(`push_${result}`);
      status.className = 'note warn';
      status.hidden = false;
    });
  });
  root.append(button, status);
}

/**
 * The seller pressed our fill button where we put it, as we drew it: our host is rendered, beside the form part we
 * anchored it to (its box within BESIDE_PX of the anchor's, the anchor still the qualified form's), unmoved by a
 * transform, with no filter, blend, mask or opacity below 1 on it or any ancestor (a page script can override our
 * inline reset: badge.ts), and a pointer's click lies in the form's box and hits our host and our button in it. A
 * keyboard's click comes from the button that has the focus.
 */
function ourPress(root: ShadowRoot, button: HTMLButtonElement, anchor: Element, event: MouseEvent): boolean {
  const host = root.host;
  const form = findApiForm();
  if (!form || form.storeId !== anchor || !isRendered(host) || !besideAnchor(host.getBoundingClientRect(), anchor.getBoundingClientRect())) return false;
  const hostStyle = getComputedStyle(host);
  if (!unmoved(['transform', 'translate', 'rotate', 'scale'].map((name) => hostStyle.getPropertyValue(name).trim()))) return false;
  if (pressHiddenBy(paintChain(button), true)) return false;
  // Covered by a layer the hit test cannot see (pointer-events: none, painted over our button): the seller clicks what
  // that layer shows, not our button (the third review's finding 1).
  if (coveredInView(host)) return false;
  if (event.detail === 0) return root.activeElement === button;
  // A pointer's click: inside the form's box, and the point must hit our host in the page, and our button inside it.
  const box = formBox(form);
  if (!box || !pointIn(box.getBoundingClientRect(), event.clientX, event.clientY)) return false;
  if (document.elementFromPoint(event.clientX, event.clientY) !== host) return false;
  const inner = root.elementFromPoint(event.clientX, event.clientY);
  return inner !== null && button.contains(inner);
}

function showHint(signal: AbortSignal): void {
  const anchor = document.querySelector('main, [role="main"], h1') ?? document.body.firstElementChild;
  if (!anchor) return;
  const root = uiBeside(anchor, 'pending-hint', signal);
  clearUi(root);
  const note = element('span', { text: t('pendingHint'), className: 'note block' });
  note.setAttribute('role', 'status');
  root.append(note);
}

/** A form is open and will not be filled: the page says why (not a Joom store's, sends elsewhere, two forms, hidden parts) and what to do. */
function showWhyNotFilled(located: Located, signal: AbortSignal): boolean {
  if (located.status === 'one' || located.status === 'noForm' || !located.anchor) return false;
  // Another marketplace's form: the note says where the Joom store's form is; copying by hand is for the other refusals.
  showProblem(located.anchor, located.status, signal, located.status === 'notJoom' ? undefined : t('fillByHand'));
  return true;
}

function showProblem(anchor: Element, status: Problem | string, signal: AbortSignal, instead?: string): void {
  const root = uiBeside(anchor, 'fill-problem', signal);
  clearUi(root);
  const note = element('span', { text: instead ? `${t(`fill_${status}`)} ${instead}` : t(`fill_${status}`), className: 'note warn block' });
  note.setAttribute('role', 'alert');
  root.append(note);
}

/**
 * The background's push into an open tab: first a question without the secret (`bg/ask`), then the values, sent
 * only to the one tab that answered "ready". Only the extension itself may ask, and only the top frame answers.
 */
export function listenForFillCommands(signal: AbortSignal = new AbortController().signal): void {
  const listener = (message: unknown, sender: Runtime.MessageSender, sendResponse: (answer: unknown) => void): true | undefined => {
    if (sender.id !== pageApi.runtime.id || sender.tab || window.top !== window) return undefined;
    if (check(RescanCommand, message).success) {
      rescan?.();
      sendResponse({ ok: true } satisfies Ok);
      return true;
    }
    const question = check(FormQuestion, message);
    if (question.success) {
      const answer = checkApiForm(question.data, question.data.overwrite);
      if (answer.status !== 'ready' && answer.status !== 'conflict') showWhyNotFilled(locateApiForm(), signal);
      sendResponse(answer satisfies FormCheck);
      return true;
    }
    const command = check(FillCommand, message);
    if (!command.success) return undefined;
    // The fill is synchronous, so the answer goes back at once. A part found covered right before it is said on the page.
    const outcome = fillApiForm(command.data.payload, command.data.overwrite, signal);
    if (outcome.status === 'hidden') {
      const anchor = locateApiForm().anchor ?? findApiForm()?.banner;
      if (anchor) showProblem(anchor, outcome.status, signal, t('fillByHand'));
    }
    sendResponse(outcome satisfies FillOutcome);
    return true;
  };
  // Answered only for these three; for anything else the listener stays silent (returns nothing).
  pageApi.runtime.onMessage.addListener(listener as Runtime.OnMessageListener);
}
