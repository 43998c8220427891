import type { FillOutcome, FillPayload, FormCheck } from '../core/answers';
import { type FormFacts, type FormVerdict, qualifyApiForm, storeCodeOf } from '../core/api-form-rules';
import { bannerMarketplace, SHOPIVERSE_BUTTONS, SHOPIVERSE_LABELS, type ShopiverseField } from '../core/labels';
import { clearUi, element, uiBeside } from '../dom/badge';
import { fillValue, isWritable, type Toggle, tick } from '../dom/fill';
import { findButtons, findControls, namesOneOf } from '../dom/find-by-label';
import { isRendered } from '../dom/visibility';
import { t } from '../shared/i18n';

// ShopiVerse's "Api Tanım" tab of a Joom store: its parts (Secret Key, Client Id, Store Id, Durum, Kaydet and the
// banner naming the marketplace) are collected here, rendered ones only; which block may be filled is decided by
// core/api-form-rules.ts. Filled only when exactly one Joom store's form qualifies, and never saved for the seller.

export interface ApiForm {
  secret: HTMLInputElement;
  clientId: HTMLInputElement;
  storeId: HTMLInputElement;
  status: Toggle;
  save: HTMLElement;
  /** The ShopiVerse store code of the page (/tr/settings/store/00159). */
  code: string;
}

export type Located = { status: 'one'; form: ApiForm } | { status: Exclude<FormVerdict['status'], 'one'>; form?: undefined; anchor?: Element };

const TEXT_FIELDS = ['secret', 'clientId', 'storeId'] as const;

/** A styled switch often hides its native checkbox and draws its label instead: either being rendered counts. */
const isToggleRendered = (toggle: Element) =>
  !toggle.closest('[aria-hidden="true"]') && (isRendered(toggle) || (toggle.parentElement ? isRendered(toggle.parentElement) : false));

export function locateApiForm(root: Element = document.body): Located {
  const code = storeCodeOf(location.pathname);
  if (!code) return { status: 'noForm' };
  const controls = findControls(root, { labels: SHOPIVERSE_LABELS }, (field: ShopiverseField, control) =>
    field === 'status'
      ? control instanceof HTMLInputElement && control.type === 'checkbox'
      : control instanceof HTMLInputElement && control.type !== 'checkbox',
  );
  const rendered = (field: ShopiverseField) => (controls.get(field) ?? []).filter(isRendered) as HTMLInputElement[];
  const parts = {
    secrets: rendered('secret'),
    clientIds: rendered('clientId'),
    storeIds: rendered('storeId'),
    switches: [...new Set<Element>([...(controls.get('status') ?? []), ...findSwitches(root)])].filter(isToggleRendered) as Toggle[],
    saves: findButtons(root, SHOPIVERSE_BUTTONS.save).filter(isRendered),
    banners: findBanners(root).filter(isRendered),
  };
  const kinds = Object.keys(parts) as (keyof typeof parts)[];
  // Each Secret Key field's container: the nearest box that holds one of every part.
  const boxes: Element[] = [];
  for (const secret of parts.secrets) {
    for (let box = secret.parentElement; box; box = box.parentElement) {
      const holds = box;
      if (kinds.every((kind) => parts[kind].some((part) => holds.contains(part)))) {
        if (!boxes.includes(box)) boxes.push(box);
        break;
      }
    }
  }
  const inBox = <E extends Element>(box: Element, list: E[]) => list.filter((part) => box.contains(part));
  const facts: FormFacts[] = boxes.map((box) => ({
    ...(Object.fromEntries(kinds.map((kind) => [kind, inBox(box, parts[kind]).length])) as Record<keyof typeof parts, number>),
    marketplace: bannerMarketplace(inBox(box, parts.banners)[0]?.textContent ?? ''),
    actions: submitTargets(box, [...inBox(box, parts.secrets), ...inBox(box, parts.clientIds), ...inBox(box, parts.storeIds)], inBox(box, parts.saves)),
  }));
  const verdict = qualifyApiForm(location.pathname, facts);
  if (verdict.status !== 'one') return { status: verdict.status, anchor: parts.banners[0] ?? boxes[0] };
  const box = boxes[verdict.index] as Element;
  const one = <E extends Element>(list: E[]) => inBox(box, list)[0] as E;
  return {
    status: 'one',
    form: {
      secret: one(parts.secrets),
      clientId: one(parts.clientIds),
      storeId: one(parts.storeIds),
      status: one(parts.switches),
      save: one(parts.saves),
      code,
    },
  };
}

/** The qualifying form, if exactly one. */
export function findApiForm(root: Element = document.body): ApiForm | undefined {
  return locateApiForm(root).form;
}

/** Where the form's own parts would send what is typed: their forms' actions (form="…" too), the save's formaction. */
function submitTargets(box: Element, inputs: HTMLInputElement[], saves: HTMLElement[]): string[] {
  const forms = new Set<HTMLFormElement>();
  const outer = box.closest('form');
  if (outer) forms.add(outer);
  for (const input of inputs) if (input.form) forms.add(input.form);
  for (const save of saves) if ('form' in save && save.form instanceof HTMLFormElement) forms.add(save.form);
  const targets = [...[...forms].map((form) => form.getAttribute('action')), ...saves.map((save) => save.getAttribute('formaction'))];
  return targets.filter((target): target is string => target !== null).map((target) => new URL(target, location.href).href);
}

/** "Durum" drawn as a styled switch (role=switch or role=checkbox) rather than a native checkbox: named as labels are. */
function findSwitches(root: Element): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('[role="switch"], [role="checkbox"]')].filter((toggle) =>
    [toggle.getAttribute('aria-label'), toggle.textContent, toggle.nextElementSibling?.textContent, toggle.parentElement?.textContent].some(
      (name) => name && namesOneOf(name, SHOPIVERSE_LABELS.status),
    ),
  );
}

/** The banner above the form names the marketplace ("Joom(Joom) Mağazasına ait düzenleme yapmaktasınız"): the smallest box holding it. */
function findBanners(root: Element): Element[] {
  const found = new Set<Element>();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!/düzenleme|editing/i.test(node.nodeValue ?? '')) continue;
    // The wording may be split over inline elements ("<b>Joom(Joom)</b> Mağazasına ait düzenleme…").
    let box = node.parentElement;
    for (let level = 0; box && level < 3; level++, box = box.parentElement) {
      const text = box.textContent ?? '';
      if (text.length > 400) break;
      if (bannerMarketplace(text)) {
        found.add(box);
        break;
      }
    }
  }
  return [...found];
}

/** Whether the values could go in: asked before any value is sent (the question carries no secret). */
export function checkApiForm(known: { storeId: string; clientId: string }, overwrite: boolean): FormCheck {
  const located = locateApiForm();
  // A store page without its form yet tells its code: a push left waiting is then for that store's form only.
  if (located.status !== 'one') return { status: located.status, code: located.status === 'noForm' ? storeCodeOf(location.pathname) : undefined };
  const form = located.form;
  // The Secret Key is not sent with the question, so any value in its field counts as different.
  const conflicts = TEXT_FIELDS.filter((field) => {
    const value = form[field].value.trim();
    return value !== '' && (field === 'secret' || value !== known[field]);
  });
  if (conflicts.length > 0 && !overwrite) return { status: 'conflict', conflicts: [...conflicts], code: form.code };
  if (TEXT_FIELDS.some((field) => !isWritable(form[field]))) return { status: 'readOnly', code: form.code };
  return { status: 'ready', code: form.code };
}

/** Fill the three values and tick "Durum"; all or nothing when a field holds a different value. */
export function fillApiForm(payload: FillPayload, overwrite: boolean, signal?: AbortSignal): FillOutcome {
  const startUrl = location.href;
  const located = locateApiForm();
  if (located.status !== 'one') return { status: located.status };
  const form = located.form;
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
  tick(form.status);
  pointAtSave(form.save, signal);
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
