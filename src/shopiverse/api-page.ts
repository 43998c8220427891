import type { Runtime } from 'webextension-polyfill';
import { checkFillCommand, checkPageAnswer } from '../core/answer-checks';
import type { FillOutcome } from '../core/answers';
import { SHOPIVERSE_BUTTONS } from '../core/labels';
import { clearUi, element, uiBeside } from '../dom/badge';
import { isTicked } from '../dom/fill';
import { onDomChange } from '../dom/watch';
import { t } from '../shared/i18n';
import { pageApi } from '../shared/page-api';
import { send } from '../shared/send';
import { type ApiForm, fillApiForm, findApiForm, findButton } from './api-form';

// Tells the background what each ShopiVerse page shows, fills a pending push when the form appears, shows the way
// to the form while a push waits, and reports the seller's click on "Kaydet".

let firstScanOfLoad = true;

function formState(form: ApiForm) {
  return { storeId: form.storeId.value.trim(), clientId: form.clientId.value.trim(), status: form.status ? isTicked(form.status) : false };
}

export const apiPage = {
  name: 'api-page',
  init(signal: AbortSignal): void {
    let reported: 'none' | 'form' | undefined;
    let busy = false;
    onDomChange(signal, () => {
      const form = findApiForm();
      const kind = form ? 'form' : 'none';
      if (kind === reported || busy) return;
      reported = kind;
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
        } else if (parsed.data.pending && !form) {
          showHint(signal);
        }
      });
    });
    // The seller's own clicks: "Kaydet" (or the form's submit) saves, "Yetki Talep Et" starts Joom's authorization.
    const onSellerAction = (event: Event) => {
      const target = event.target instanceof Element ? event.target : null;
      // Most clicks are not on a button: look for the form only when one might be the save or authorize button.
      if (event.type === 'click' && !target?.closest('button, [role="button"], input[type="submit"], input[type="button"], a')) return;
      const form = findApiForm();
      if (!form) return;
      const pressed = (labels: readonly string[]) => {
        const button = findButton(document.body, labels);
        return Boolean(button && target && button.contains(target));
      };
      const reason =
        event.type === 'submit' || pressed(SHOPIVERSE_BUTTONS.save) ? 'saveClicked' : pressed(SHOPIVERSE_BUTTONS.authorize) ? 'authorizeClicked' : undefined;
      if (reason) void send({ type: 'sv/page', reason, fresh: false, form: formState(form) });
    };
    document.addEventListener('click', onSellerAction, { capture: true, signal });
    document.addEventListener('submit', onSellerAction, { capture: true, signal });
  },
};

function showHint(signal: AbortSignal): void {
  const anchor = document.querySelector('main, [role="main"], h1') ?? document.body.firstElementChild;
  if (!anchor) return;
  const root = uiBeside(anchor, 'pending-hint', signal);
  if (root.querySelector('.note')) return;
  const note = element('span', { text: t('pendingHint'), className: 'note block' });
  note.setAttribute('role', 'status');
  root.append(note);
}

function showProblem(anchor: Element, outcome: FillOutcome, signal: AbortSignal): void {
  const root = uiBeside(anchor, 'fill-problem', signal);
  clearUi(root);
  root.append(element('span', { text: t(`fill_${outcome.status}`), className: 'note warn' }));
}

/** The background's push into an open tab. Only the extension itself may ask, and only the top frame answers. */
export function listenForFillCommands(): void {
  const listener = (message: unknown, sender: Runtime.MessageSender, sendResponse: (answer: unknown) => void): true | undefined => {
    if (sender.id !== pageApi.runtime.id || sender.tab || window.top !== window) return undefined;
    const command = checkFillCommand(message);
    if (!command.success) return undefined;
    // The fill is synchronous, so the answer goes back at once.
    sendResponse(fillApiForm(command.data.payload, command.data.overwrite, new AbortController().signal));
    return true;
  };
  // Answered only for fill commands; for anything else the listener stays silent (returns nothing).
  pageApi.runtime.onMessage.addListener(listener as Runtime.OnMessageListener);
}
