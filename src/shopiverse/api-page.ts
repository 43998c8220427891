import type { Runtime } from 'webextension-polyfill';
import { checkFillCommand, checkFormQuestion, checkPageAnswer } from '../core/answer-checks';
import type { FillOutcome } from '../core/answers';
import { SHOPIVERSE_BUTTONS } from '../core/labels';
import { clearUi, element, uiBeside } from '../dom/badge';
import { isTicked } from '../dom/fill';
import { findButton } from '../dom/find-by-label';
import { onDomChange } from '../dom/watch';
import { t } from '../shared/i18n';
import { pageApi } from '../shared/page-api';
import { send } from '../shared/send';
import { AUTHORIZE_PRESS_KEY } from '../shared/stored';
import { type ApiForm, checkApiForm, fillApiForm, findApiForm, type Located, locateApiForm } from './api-form';

// Tells the background what each ShopiVerse page shows, fills a pending push when the form appears, shows the way
// to the form while a push waits, and reports the seller's click on "Kaydet".

let firstScanOfLoad = true;

function formState(form: ApiForm) {
  const values = { storeId: form.storeId.value.trim(), clientId: form.clientId.value.trim() };
  const empty = values.storeId === '' && values.clientId === '' && form.secret.value.trim() === '';
  return { ...values, status: isTicked(form.status), code: form.code, empty };
}

export const apiPage = {
  name: 'api-page',
  init(signal: AbortSignal): void {
    let reported: string | undefined;
    let busy = false;
    onDomChange(signal, () => {
      const located = locateApiForm();
      const form = located.form;
      if (located.status === reported || busy) return;
      reported = located.status;
      busy = true;
      const fresh = firstScanOfLoad;
      firstScanOfLoad = false;
      void send({ type: 'sv/page', reason: 'appeared', fresh, form: form ? formState(form) : undefined }).then((answer) => {
        busy = false;
        // Still unanswered after send's own retries: report this page again on its next change.
        if (answer === undefined) reported = undefined;
        const parsed = checkPageAnswer(answer);
        if (!parsed.success || signal.aborted) return;
        if (parsed.data.fill && form) {
          const outcome = fillApiForm(parsed.data.fill, false, signal);
          if (outcome.status === 'filled') void send({ type: 'sv/filled', storeId: parsed.data.fill.storeId });
          else showProblem(form.storeId, outcome, signal);
        } else if (parsed.data.dropped && form) {
          showProblem(form.storeId, { status: parsed.data.dropped }, signal);
        } else if (parsed.data.pending) {
          if (!showWhyNotFilled(located, signal) && !form) showHint(signal);
        }
      });
    });
    // The seller's own clicks: "Kaydet" (or the form's submit) saves, "Yetki Talep Et" starts Joom's authorization.
    const onSellerAction = (event: Event) => {
      // A page script can dispatch clicks and submits too: only what the browser says a person did counts.
      if (!event.isTrusted) return;
      const target = event.target instanceof Element ? event.target : null;
      // Most clicks are not on a button: look for the form only when one might be the save or authorize button.
      if (event.type !== 'submit' && !target?.closest('button, [role="button"], input[type="submit"], input[type="button"], a')) return;
      const form = findApiForm();
      if (!form) return;
      const pressed = (labels: readonly string[]) => {
        const button = findButton(document.body, labels);
        return Boolean(button && target && button.contains(target));
      };
      const reason =
        event.type === 'submit' || pressed(SHOPIVERSE_BUTTONS.save) ? 'saveClicked' : pressed(SHOPIVERSE_BUTTONS.authorize) ? 'authorizeClicked' : undefined;
      // "Yetki Talep Et" leaves the page at once: told on the press too, so the message is out before the page unloads
      // (Firefox dropped it now and then). A save counts on the click only: a press dragged away is no save.
      if (event.type === 'pointerdown' && reason !== 'authorizeClicked') return;
      if (reason === 'authorizeClicked') {
        const storeId = form.storeId.value.trim();
        void pageApi.storage.local.set({ [AUTHORIZE_PRESS_KEY]: { storeId, at: Date.now() } }).catch(() => undefined);
      }
      if (reason) void send({ type: 'sv/page', reason, fresh: false, form: formState(form) });
    };
    document.addEventListener('pointerdown', onSellerAction, { capture: true, signal });
    document.addEventListener('click', onSellerAction, { capture: true, signal });
    document.addEventListener('submit', onSellerAction, { capture: true, signal });
  },
};

function showHint(signal: AbortSignal): void {
  const anchor = document.querySelector('main, [role="main"], h1') ?? document.body.firstElementChild;
  if (!anchor) return;
  const root = uiBeside(anchor, 'pending-hint', signal);
  clearUi(root);
  const note = element('span', { text: t('pendingHint'), className: 'note block' });
  note.setAttribute('role', 'status');
  root.append(note);
}

/** Refusals the page can point at: two forms, one that sends elsewhere or into a URL, one with parts not seen. */
const SHOWN_ON_PAGE: readonly string[] = ['manyForms', 'offsite', 'sendsInUrl', 'hidden'];

/** Nothing is filled, and the page says why. */
function showWhyNotFilled(located: Located, signal: AbortSignal): boolean {
  if (!SHOWN_ON_PAGE.includes(located.status) || !located.anchor) return false;
  showProblem(located.anchor, { status: located.status }, signal);
  return true;
}

function showProblem(anchor: Element, outcome: FillOutcome, signal: AbortSignal): void {
  const root = uiBeside(anchor, 'fill-problem', signal);
  clearUi(root);
  const note = element('span', { text: t(`fill_${outcome.status}`), className: 'note warn' });
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
    const question = checkFormQuestion(message);
    if (question.success) {
      const check = checkApiForm(question.data, question.data.overwrite);
      if (SHOWN_ON_PAGE.includes(check.status)) showWhyNotFilled(locateApiForm(), signal);
      sendResponse(check);
      return true;
    }
    const command = checkFillCommand(message);
    if (!command.success) return undefined;
    // The fill is synchronous, so the answer goes back at once. A part found covered right before it is said on the page.
    const outcome = fillApiForm(command.data.payload, command.data.overwrite, signal);
    if (outcome.status === 'hidden') {
      const anchor = locateApiForm().anchor ?? findApiForm()?.banner;
      if (anchor) showProblem(anchor, outcome, signal);
    }
    sendResponse(outcome);
    return true;
  };
  // Answered only for these two; for anything else the listener stays silent (returns nothing).
  pageApi.runtime.onMessage.addListener(listener as Runtime.OnMessageListener);
}
