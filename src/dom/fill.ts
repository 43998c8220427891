// Writing into a page's form so that its framework notices: React keeps a value tracker on each input and only
// sees a change when the DOM value differs from it, Vue's v-model listens to `input`, Angular to `input` and
// `change`. The native setter plus bubbling events reaches all of them; a checkbox is clicked like a person would.

export type FillResult = 'filled' | 'same' | 'occupied' | 'readOnly';

type Editable = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

function nativeValueSetter(element: Editable): ((value: string) => void) | undefined {
  const prototype = Object.getPrototypeOf(element) as object;
  const descriptor = Object.getOwnPropertyDescriptor(prototype, 'value');
  return descriptor?.set?.bind(element);
}

export function isWritable(element: Editable): boolean {
  return !element.disabled && !('readOnly' in element && element.readOnly);
}

/**
 * Put `value` into an input, unless it holds something else and `overwrite` is off: nothing is filled over
 * what the user typed.
 */
export function fillValue(element: Editable, value: string, overwrite = false): FillResult {
  if (!isWritable(element)) return 'readOnly';
  if (element.value === value) return 'same';
  if (element.value.trim() !== '' && !overwrite) return 'occupied';
  element.focus({ preventScroll: true });
  const setValue = nativeValueSetter(element);
  if (setValue) setValue(value);
  else element.value = value;
  element.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  element.dispatchEvent(new Event('change', { bubbles: true }));
  element.blur();
  return 'filled';
}

/** Choose an option of a select by its value. */
export function selectOption(select: HTMLSelectElement, optionValue: string): FillResult {
  if (select.disabled) return 'readOnly';
  if (select.value === optionValue) return 'same';
  const setValue = nativeValueSetter(select);
  if (setValue) setValue(optionValue);
  else select.value = optionValue;
  select.dispatchEvent(new Event('input', { bubbles: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
  return 'filled';
}

/** A checkbox, or a styled toggle that says its state in aria-checked. */
export type Toggle = HTMLInputElement | HTMLElement;

export function isTicked(toggle: Toggle): boolean {
  return toggle instanceof HTMLInputElement ? toggle.checked : toggle.getAttribute('aria-checked') === 'true';
}

const XLINK = 'http://www.w3.org/1999/xlink';

/**
 * Whether a click on `node` could send or reset a form, or leave the page: the click's default action runs up the
 * tree (a switch inside a link or a submit button is their click too), and a label's passes to its control. A
 * `<button>` that does not say type="button" submits its form; `<input type=submit|image|reset>` too.
 */
export function clickSendsOrLeaves(node: Element, depth = 0): boolean {
  if (depth > 2) return true;
  for (let at: Element | null = node; at; at = at.parentElement) {
    if ((at instanceof HTMLButtonElement || at instanceof HTMLInputElement) && at.form && /^(submit|image|reset)$/.test(at.type)) return true;
    if (/^(a|area)$/.test(at.localName) && (at.hasAttribute('href') || at.hasAttributeNS(XLINK, 'href'))) return true;
    if (at instanceof HTMLLabelElement && at.control && at.control !== node && clickSendsOrLeaves(at.control, depth + 1)) return true;
  }
  return false;
}

/**
 * Tick a checkbox or toggle by clicking it, so that every listener (click, input, change) runs as for a person; never
 * one whose click could submit a form or follow a link ('unsafe': the seller ticks it).
 */
export function tick(toggle: Toggle): FillResult | 'unsafe' {
  if (toggle instanceof HTMLInputElement ? toggle.disabled : toggle.getAttribute('aria-disabled') === 'true') return 'readOnly';
  if (isTicked(toggle)) return 'same';
  if (clickSendsOrLeaves(toggle)) return 'unsafe';
  toggle.click();
  return isTicked(toggle) ? 'filled' : 'readOnly';
}
