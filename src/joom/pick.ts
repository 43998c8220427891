import type { Runtime } from 'webextension-polyfill';
import { type Ok, PickCommand } from '../core/answers';
import { FIELD_NAME_KEY, type Field, TIMEOUTS } from '../core/fields';
import { trimValue } from '../core/normalize';
import { shapedValue, shapeHint } from '../core/shape-rules';
import { check } from '../core/spec';
import { element, uiFixed } from '../dom/badge';
import { collectEvidence } from '../dom/evidence';
import { seenText } from '../dom/find-by-label';
import { drawnWords, isRendered, shownText } from '../dom/visibility';
import { t } from '../shared/i18n';
import { pageApi } from '../shared/page-api';
import { send } from '../shared/send';
import { JOOM_FIELDS } from './fields';
import { shownHeading } from './heading';
import { storeNameOnPage } from './reading';

// "Pick on the page": after the popup asks, the seller's next click on the page names the value. Only a trusted
// click counts; the text must have the field's shape. The label beside it (never the value) is sent along, so the
// next page laid out the same way is read without a pick.

const LABEL_MAX = 60;

/** Answer pick commands from the extension itself, in the top frame only. */
export function listenForPickCommands(): void {
  const listener = (message: unknown, sender: Runtime.MessageSender, sendResponse: (answer: unknown) => void): true | undefined => {
    if (sender.id !== pageApi.runtime.id || sender.tab || window.top !== window) return undefined;
    const command = check(PickCommand, message);
    if (!command.success) return undefined;
    startPicking(command.data.field);
    sendResponse({ ok: true } satisfies Ok);
    return true;
  };
  pageApi.runtime.onMessage.addListener(listener as Runtime.OnMessageListener);
}

let stopCurrent: (() => void) | undefined;

/**
 * The prompt names the value by the glossary's word for it and describes it by its shape ("mağazanızın Kimlik No
 * değerine (24 harf ve rakam) tıklayın"): "the value", not "the label", since the page may word the label otherwise
 * ("Mağaza numarası"), and the shape says what to look for there; "kimlik kodu" was a third name for it (issue 17).
 * No sample value: a seller with another ID hunted for the sample's "5ac4" (look verdict 12). The length comes from
 * the shape rules the pick is checked against.
 */
export function pickBanner(field: Field): string {
  const { length, exact } = shapeHint(field);
  const size = t(exact ? 'shapeLength_exact' : 'shapeLength_min', String(length));
  return t(`pickBanner_${field}`, size);
}

function startPicking(field: Field): void {
  stopCurrent?.();
  const controller = new AbortController();
  const { signal } = controller;
  const root = uiFixed('pick', signal);
  const message = element('span', { text: pickBanner(field) });
  message.setAttribute('role', 'status');
  const cancel = element('button', { text: t('pickCancel') });
  cancel.type = 'button';
  cancel.addEventListener('click', (event) => event.isTrusted && controller.abort(), { signal });
  const bar = element('div', { className: 'bar' });
  bar.append(message, cancel);
  root.append(bar);
  stopCurrent = () => controller.abort();
  const timer = setTimeout(() => controller.abort(), TIMEOUTS.pickMs);
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });

  document.addEventListener('keydown', (event) => event.isTrusted && event.key === 'Escape' && controller.abort(), { capture: true, signal });
  document.addEventListener(
    'click',
    (event) => {
      const target = event.target;
      if (!event.isTrusted || !(target instanceof Element) || root.host.contains(target)) return;
      event.preventDefault();
      event.stopPropagation();
      // What the click landed on, and what lies under the point, must be seen by the one definition (not a nearly
      // transparent layer a page put on top, not white text on white): else nothing is taken or learned, and the
      // seller is told why.
      if (!clickSeen(target, event)) {
        message.textContent = t('pickUnseen', t(FIELD_NAME_KEY[field]));
        message.setAttribute('role', 'alert');
        return;
      }
      // Text the page's style draws (::before, ::after) is what the seller reads there, and no click can take it.
      if (drawnWords(target)) {
        message.textContent = t('pickDrawn', t(FIELD_NAME_KEY[field]));
        message.setAttribute('role', 'alert');
        return;
      }
      const raw = pickedText(target);
      const value = raw === undefined ? undefined : shapedValue(field, raw);
      if (!value) {
        message.textContent = t('pickNotShape', t(FIELD_NAME_KEY[field]));
        message.setAttribute('role', 'alert');
        return;
      }
      // A Store ID picked on a store's page is named as the reading names it (seller review B2: "unnamed store"
      // under a page headed with its name), from what the seller sees there; else it keeps the name it had.
      // The seller's pick is sent whatever the page does to the reading (attack review: a page deep enough to break it).
      let storeName: string | undefined;
      try {
        storeName = field === 'storeId' ? storeNameOnPage(collectEvidence(document.body, JOOM_FIELDS), shownHeading()) : undefined;
      } catch {
        storeName = undefined;
      }
      void send({ type: 'joom/picked', field, value, label: labelBeside(target, value), ...(storeName ? { storeName } : {}) });
      message.textContent = t('pickTaken', t(FIELD_NAME_KEY[field]));
      setTimeout(() => controller.abort(), 1500);
    },
    { capture: true, signal },
  );
}

/** The click's target and the element under its point are both seen (the point's element is the target for a real click). */
function clickSeen(target: Element, event: MouseEvent): boolean {
  if (!isRendered(target)) return false;
  const under = document.elementFromPoint(event.clientX, event.clientY);
  return !under || under === target || isRendered(under);
}

/** The longest text a click takes: a value with a little around it, never a whole panel. */
const PICKED_MAX = 300;

/** The seller's selection inside the clicked element, else the clicked element's value or the text it shows. */
function pickedText(target: Element): string | undefined {
  const selection = document.getSelection();
  const selected = selection?.toString();
  // A selection counts for what of it the seller sees: a page script can select a hidden run, and a drag can
  // cross one (review 11, a second look at finding 10).
  if (selected && trimValue(selected) && selection && selection.rangeCount > 0 && target.contains(selection.getRangeAt(0).commonAncestorContainer))
    return shownText(target, selection.getRangeAt(0), PICKED_MAX);
  if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) return target.value;
  const text = shownText(target, undefined, PICKED_MAX);
  return text.length <= PICKED_MAX ? text : undefined;
}

/** The short text beside the picked value that names it: the one before it, in its row or above its column. */
function labelBeside(target: Element, value: string): string | undefined {
  // Only a label the seller sees, in its shown words: a hidden word a page put beside the value, or in the label's box
  // (review-s49, L1), must not be learned.
  const usable = (element: Element | null | undefined) => {
    if (!element || !isRendered(element)) return undefined;
    const label = trimValue(seenText(element)).replace(/[\s:：*]+$/, '');
    return label && label.length <= LABEL_MAX && !label.includes(value) && /\p{L}/u.test(label) ? label : undefined;
  };
  const cell = target.closest('td');
  if (cell) {
    const header = cell.closest('table')?.querySelector(`thead th:nth-child(${(cell as HTMLTableCellElement).cellIndex + 1})`);
    const before = cell.previousElementSibling;
    return usable(before) ?? usable(header);
  }
  let node: Element | null = target;
  for (let level = 0; node && level < 3; level++, node = node.parentElement) {
    const label = usable(node.previousElementSibling);
    if (label) return label;
  }
  return undefined;
}
