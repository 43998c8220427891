import type { FillOutcome, FillPayload } from '../core/answers';
import { bannerMarketplace, SHOPIVERSE_BUTTONS, SHOPIVERSE_LABELS, type ShopiverseField } from '../core/labels';
import { normalizeLabel } from '../core/normalize';
import { clearUi, element, uiBeside } from '../dom/badge';
import { fillValue, isWritable, type Toggle, tick } from '../dom/fill';
import { findControls } from '../dom/find-by-label';
import { t } from '../shared/i18n';

// ShopiVerse's "Api Tanım" tab of a Joom store: found by its labels (Secret Key, Client Id, Store Id, Durum) and
// the banner that names the marketplace; filled only when it is a Joom store's, and never saved for the seller.

export interface ApiForm {
  secret: HTMLInputElement;
  clientId: HTMLInputElement;
  storeId: HTMLInputElement;
  status?: Toggle;
  save?: HTMLElement;
  isJoom: boolean;
}

const TEXT_FIELDS = ['secret', 'clientId', 'storeId'] as const;

export function findApiForm(root: Element = document.body): ApiForm | undefined {
  const controls = findControls(root, { labels: SHOPIVERSE_LABELS }, (field: ShopiverseField, control) =>
    field === 'status'
      ? control instanceof HTMLInputElement && control.type === 'checkbox'
      : control instanceof HTMLInputElement && control.type !== 'checkbox',
  );
  const first = (field: ShopiverseField) => controls.get(field)?.[0] as HTMLInputElement | undefined;
  const secret = first('secret');
  const clientId = first('clientId');
  const storeId = first('storeId');
  if (!secret || !clientId || !storeId || new Set([secret, clientId, storeId]).size < 3) return undefined;
  const status = first('status') ?? findSwitch(root);
  return { secret, clientId, storeId, status, save: findButton(root, SHOPIVERSE_BUTTONS.save), isJoom: isJoomStore(root, storeId) };
}

/** "Durum" drawn as a styled switch (role=switch or role=checkbox) rather than a native checkbox. */
function findSwitch(root: Element): HTMLElement | undefined {
  const wanted = new Set(SHOPIVERSE_LABELS.status.map(normalizeLabel));
  for (const toggle of root.querySelectorAll<HTMLElement>('[role="switch"], [role="checkbox"]')) {
    const names = [toggle.getAttribute('aria-label'), toggle.textContent, toggle.nextElementSibling?.textContent, toggle.parentElement?.textContent];
    if (names.some((name) => name && wanted.has(normalizeLabel(name)))) return toggle;
  }
  return undefined;
}

export function findButton(root: Element, labels: readonly string[]): HTMLElement | undefined {
  const wanted = new Set(labels.map(normalizeLabel));
  for (const button of root.querySelectorAll<HTMLElement>('button, [role="button"], input[type="submit"], input[type="button"], a')) {
    const name = button instanceof HTMLInputElement ? button.value : (button.getAttribute('aria-label') ?? button.textContent ?? '');
    if (wanted.has(normalizeLabel(name))) return button;
  }
  return undefined;
}

/** The banner above the form names the marketplace ("Joom(Joom) Mağazasına ait düzenleme yapmaktasınız"). */
function isJoomStore(root: Element, field: Element): boolean {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node as Element).textContent ?? '';
    if (text.length > 400 || !/düzenleme|editing/i.test(text)) continue;
    const marketplace = bannerMarketplace(text);
    if (marketplace) return /\bjoom\b/i.test(marketplace);
  }
  // No banner in a known wording: accept only if the form's own box names Joom.
  let box: Element | null = field;
  for (let level = 0; box && level < 6; level++) box = box.parentElement;
  return /\bjoom\b/i.test(box?.textContent ?? '');
}

/** Fill the three values and tick "Durum"; all or nothing when a field holds a different value. */
export function fillApiForm(payload: FillPayload, overwrite: boolean, signal?: AbortSignal): FillOutcome {
  const startUrl = location.href;
  const form = findApiForm();
  if (!form) return { status: 'noForm' };
  if (!form.isJoom) return { status: 'notJoom' };
  const conflicts = TEXT_FIELDS.filter((field) => form[field].value.trim() !== '' && form[field].value !== payload[field]);
  if (conflicts.length > 0 && !overwrite) return { status: 'conflict', conflicts: [...conflicts] };
  if (TEXT_FIELDS.some((field) => !isWritable(form[field]))) return { status: 'readOnly' };
  // The browser must not keep the Secret Key in its form history or restore it from a saved session on disk.
  form.secret.setAttribute('autocomplete', 'off');
  for (const field of TEXT_FIELDS) {
    // Bitwarden's rule: if the page navigated meanwhile, stop writing.
    if (location.href !== startUrl) return { status: 'urlChanged' };
    fillValue(form[field], payload[field], overwrite);
  }
  if (form.status) tick(form.status);
  if (form.save) pointAtSave(form.save, signal);
  return { status: 'filled' };
}

function pointAtSave(save: HTMLElement, signal?: AbortSignal): void {
  const controller = new AbortController();
  const root = uiBeside(save, 'save-hint', signal ?? controller.signal);
  clearUi(root);
  const note = element('span', { text: t('pressSave'), className: 'note' });
  note.setAttribute('role', 'status');
  root.append(note);
  save.style.outline = '3px solid #f97316';
  save.style.outlineOffset = '2px';
  save.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
}
