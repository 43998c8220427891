import { sendsInUrl, sendsOffsite } from '../core/api-form-rules';
import { clearUi, element, uiBeside } from '../dom/badge';
import { t } from '../shared/i18n';
import { holdsFilledSecret, submissionOf } from './api-form';

// The form was judged when it was filled; markup can change after (a message polled in with `<button form=…
// formaction=…>`), and a form that says no method GETs on Enter unless the page's own script sends it. So each
// submission of a form holding the Secret Key we filled is judged again as it happens: one that would leave
// app.shopiverse.tech, open another window, or put the values in a URL is stopped, and the seller is told why.
// Heard at the window after the page's own listeners: an SPA that sends the form itself has prevented the native
// submission already, and is left alone. (A page script can read the field anyway: this guards against markup.)

export const submitGuard = {
  name: 'submit-guard',
  init(signal: AbortSignal): void {
    window.addEventListener(
      'submit',
      (event) => {
        const form = event.target;
        if (event.defaultPrevented || !(form instanceof HTMLFormElement) || !holdsFilledSecret(form)) return;
        const submitter = (event as SubmitEvent).submitter;
        const submission = submissionOf(form, submitter instanceof HTMLButtonElement || submitter instanceof HTMLInputElement ? submitter : undefined);
        const method = submission.method.toLowerCase();
        const refusal = sendsOffsite(submission) ? 'offsite' : sendsInUrl(submission) || method === 'get' ? 'sendsInUrl' : undefined;
        if (!refusal) return;
        event.preventDefault();
        const root = uiBeside(submitter instanceof Element ? submitter : form, 'submit-stopped', signal);
        clearUi(root);
        const note = element('span', { text: `${t(`submitStopped_${refusal}`)} ${t('fillByHand')}`, className: 'note warn block' });
        note.setAttribute('role', 'alert');
        root.append(note);
      },
      { signal },
    );
  },
};
