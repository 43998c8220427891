import { secretRefusal } from '../core/api-form-rules';
import { clearUi, element, uiBeside } from '../dom/badge';
import { t } from '../shared/i18n';
import { byHandText, everySubmission, filledSecretOf, fillingNow, submissionOf } from './api-form';

// The form was judged when it was filled; markup can change after (a message polled in with `<button form=…
// formaction=…>`, a `<base href>` under a relative action), and a form that says no method GETs on Enter unless the
// page's own script sends it. So each submission of a form holding the Secret Key we filled is judged again as it
// happens: one that would leave app.shopiverse.tech, open another window, or put the values in a URL does not carry
// the Secret Key, and the seller is told why. (A page script can read the field anyway: this guards against markup.)
//
// Two nets, because a submission has paths that skip the `submit` event:
// - `submit`, heard at the window after the page's own listeners: the submission is stopped whole. An SPA that sends
//   the form itself has prevented the native submission already, and is left alone.
// - `formdata`, fired at the form whenever an entry list is built for it: by every native submission (a click,
//   Enter, `requestSubmit()`, and `form.submit()`, which fires no `submit` event) and by `new FormData(form)`. A
//   listener that stops the `submit` event's propagation cannot stop this one; the Secret Key entry is emptied there.
//   The `submit` event seen first, at the window's capture, tells which submitter sends and whether the page handles
//   the submission itself.

// A third: while this script writes into the form (shopiverse/api-form.ts), any submission is none of the seller's
// (a page's listener on input or change, a click that submits): stopped whole at the window's capture, and any entry
// list then built carries no Secret Key, to ShopiVerse itself neither.

type Refusal = 'offsite' | 'sendsInUrl' | 'filling';
type Submitter = HTMLButtonElement | HTMLInputElement;
const asSubmitter = (node: unknown): Submitter | undefined => (node instanceof HTMLButtonElement || node instanceof HTMLInputElement ? node : undefined);

/** The `submit` event of each form in this task, as first heard: its submitter, and whether the page prevented it. */
const submitting = new WeakMap<HTMLFormElement, SubmitEvent>();

/**
 * Why the Secret Key must not go with this entry list, or undefined. A native submission after its `submit` event (no
 * page prevented it) goes by its submitter. Built while the page handles a `submit` event: the page's own request, so
 * a form that says no method is not a GET. Built with no `submit` event (`form.submit()`, a FormData the page builds,
 * or a `submit` event a page listener stopped before ours): any of the form's ways counts, a GET by default too.
 */
function entryListRefusal(form: HTMLFormElement): Refusal | undefined {
  const submit = submitting.get(form);
  if (submit && submit.eventPhase === Event.NONE && !submit.defaultPrevented) return secretRefusal([submissionOf(form, asSubmitter(submit.submitter))], true);
  if (submit) return secretRefusal([submissionOf(form, asSubmitter(submit.submitter))], false);
  return secretRefusal(everySubmission(form), true);
}

/** Say why beside `near`; and how to do it by hand, unless the values stay in the form for the seller's own Kaydet. */
function tell(near: Element, key: string, signal: AbortSignal, byHand = true): void {
  const root = uiBeside(near, 'submit-stopped', signal);
  clearUi(root);
  const note = element('span', { text: byHand ? `${t(key)}\n${byHandText()}` : t(key), className: 'note warn block' });
  note.setAttribute('role', 'alert');
  root.append(note);
}

export const submitGuard = {
  name: 'submit-guard',
  init(signal: AbortSignal): void {
    window.addEventListener(
      'submit',
      (event) => {
        const form = event.target;
        if (!(form instanceof HTMLFormElement)) return;
        submitting.set(form, event as SubmitEvent);
        setTimeout(() => submitting.get(form) === event && submitting.delete(form));
        if (!fillingNow()) return;
        event.preventDefault();
        tell(form, 'submitStopped_filling', signal, false);
      },
      { capture: true, signal },
    );
    window.addEventListener(
      'submit',
      (event) => {
        const form = event.target;
        if (event.defaultPrevented || !(form instanceof HTMLFormElement) || !filledSecretOf(form)) return;
        const submitter = asSubmitter((event as SubmitEvent).submitter);
        const refusal = secretRefusal([submissionOf(form, submitter)], true);
        if (!refusal) return;
        event.preventDefault();
        tell(submitter ?? form, `submitStopped_${refusal}`, signal);
      },
      { signal },
    );
    window.addEventListener(
      'formdata',
      (event) => {
        const form = event.target;
        const secret = form instanceof HTMLFormElement ? filledSecretOf(form) : undefined;
        if (!secret) return;
        const refusal = fillingNow() ? 'filling' : entryListRefusal(form as HTMLFormElement);
        if (!refusal) return;
        const data = (event as FormDataEvent).formData;
        // Every entry holding the secret is emptied, in its place among the entries of its name.
        for (const name of new Set([...data].flatMap(([name, value]) => (value === secret.value ? [name] : [])))) {
          const values = data.getAll(name);
          data.delete(name);
          for (const value of values) data.append(name, value === secret.value ? '' : value);
        }
        tell(form as HTMLFormElement, `secretWithheld_${refusal}`, signal);
      },
      { capture: true, signal },
    );
  },
};
