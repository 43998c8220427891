import type { PrefillAnswer } from '../core/answers';
import { JOOM_LABELS } from '../core/joom-labels';
import { normalizeLabel } from '../core/normalize';
import { EXPECTED_REDIRECT } from '../core/redirect';
import { element, uiBelow } from '../dom/badge';
import { fillValue, selectOption } from '../dom/fill';
import { findControls } from '../dom/find-by-label';
import { onDomChange } from '../dom/watch';
import { t } from '../shared/i18n';
import { send } from '../shared/send';

// Prefills Joom's "Yeni Uygulama Oluştur" form: title, redirect URL and store, only into empty fields, once per
// field (a field the seller cleared stays cleared), and never submits.

export const APP_TITLE = 'ShopiVerse';
const FORM_LABELS = { appTitle: JOOM_LABELS.appTitle, redirectUrl: JOOM_LABELS.redirectUrl, appStore: JOOM_LABELS.appStore };

export const newAppForm = {
  name: 'new-app-form',
  init(signal: AbortSignal): void {
    const done = new WeakSet<Element>();
    let store: PrefillAnswer | undefined;
    let asking = false;
    onDomChange(signal, () => {
      const controls = findControls(document.body, { labels: FORM_LABELS });
      const title = controls.get('appTitle')?.find((c) => c instanceof HTMLInputElement);
      const redirect = controls.get('redirectUrl')?.find((c) => c instanceof HTMLInputElement);
      // The form is recognized by both text fields being there: a title alone is any form.
      if (!title || !redirect) return;
      const startUrl = location.href;
      let filled = false;
      const fill = (control: HTMLInputElement, value: string) => {
        if (done.has(control) || location.href !== startUrl) return;
        done.add(control);
        if (fillValue(control, value) === 'filled') filled = true;
      };
      fill(title, APP_TITLE);
      fill(redirect, EXPECTED_REDIRECT);
      // Said where the seller looks: what we filled, and that saving is theirs.
      if (filled) {
        // Under the field, on its own line: beside the wide URL field it ran under the open popup (issue 17).
        uiBelow(redirect, 'prefilled', signal).append(element('span', { text: t('prefilledNote'), className: 'note' }));
        // Where the form is: the popup says "press Kaydet" on this page, and its button opens it again later.
        void send({ type: 'joom/form-filled' });
      }
      const select = controls.get('appStore')?.find((c): c is HTMLSelectElement => c instanceof HTMLSelectElement);
      if (!select || done.has(select)) return;
      if (store) {
        done.add(select);
        chooseStore(select, store);
      } else if (!asking) {
        asking = true;
        void send({ type: 'joom/prefill-query' }).then((answer) => {
          store = answer ?? {};
          if (signal.aborted || done.has(select) || location.href !== startUrl) return;
          done.add(select);
          chooseStore(select, store);
        });
      }
    });
  },
};

/** The store read earlier, by ID or by name; when the select offers exactly one store, that one. */
export function chooseStore(select: HTMLSelectElement, store: PrefillAnswer): void {
  if (select.value !== '' && select.selectedIndex > 0) return; // the seller chose already
  const options = [...select.options].filter((option) => option.value !== '' && !option.disabled);
  const wanted = normalizeLabel(store.storeName ?? '');
  const match =
    options.find((option) => store.storeId && (option.value === store.storeId || (option.textContent ?? '').includes(store.storeId))) ??
    options.find((option) => wanted !== '' && normalizeLabel(option.textContent ?? '') === wanted) ??
    (options.length === 1 ? options[0] : undefined);
  if (match) selectOption(select, match.value);
}
