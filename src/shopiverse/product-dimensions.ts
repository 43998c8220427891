import {
  checkDimension,
  type DimensionField,
  defaultUnit,
  dimensionLabels,
  dimensionNote,
  type LabelledField,
  splitLabelled,
  type Unit,
  unitFromText,
} from '../core/dimensions';
import { pageAddress } from '../core/page-address';
import { clearUi, element, uiBeside } from '../dom/badge';
import { type Control, findControls } from '../dom/find-by-label';
import { onDomChange, requestScan } from '../dom/watch';
import { tParts } from '../shared/i18n';
import { send } from '../shared/send';

// Flags missing, zero or implausible width, length, height and weight on ShopiVerse's product form, beside each
// field and in the popup. It never changes a value. A value is read in the unit its label or a unit selector beside
// it names (grams, millimetres), else in Joom's kilograms and centimetres; the flag names only its own field's rule,
// in that unit, and the unit to enter or check the value in (dimensionNote).

const LABELS = dimensionLabels();
const MIN_FIELDS = 3; // fewer dimension fields than this is not a product form
const UNIT_SELECTOR_LEVELS = 2;

/** The unit a <select> next to the input shows (in its box or the box around it), if it is one the field can be in. */
function selectedUnit(field: DimensionField, input: HTMLInputElement): Unit | undefined {
  let box = input.parentElement;
  for (let level = 0; box && level < UNIT_SELECTOR_LEVELS; level++, box = box.parentElement) {
    const selects = [...box.querySelectorAll('select')];
    if (selects.length > 1) return undefined; // not one input's selector any more
    const option = selects[0]?.selectedOptions[0];
    if (option) return unitFromText(field, option.textContent ?? '') ?? unitFromText(field, option.value);
  }
  return undefined;
}

export const productDimensions = {
  name: 'product-dimensions',
  init(signal: AbortSignal): void {
    let lastReport = '';
    document.addEventListener('input', requestScan, { capture: true, signal });
    document.addEventListener('change', requestScan, { capture: true, signal });
    onDomChange(signal, () => {
      const labelOf = new Map<Control, string>();
      const found = findControls(
        document.body,
        { labels: LABELS },
        (_field, control) => control instanceof HTMLInputElement && control.type !== 'checkbox',
        labelOf,
      );
      const controls = new Map<DimensionField, { input: HTMLInputElement; unit?: Unit }>();
      for (const [key, list] of found as Map<LabelledField, HTMLInputElement[]>) {
        const { field, unit } = splitLabelled(key);
        const input = list[0];
        if (input && !controls.has(field)) controls.set(field, { input, unit });
      }
      if (controls.size < MIN_FIELDS) return;
      // Each issue carries its field's label as our table writes it, so the popup names the field as the form does.
      const issues: { field: string; problem: 'missing' | 'zero' | 'implausible'; unit: Unit; label?: string }[] = [];
      for (const [field, { input, unit: labelled }] of controls) {
        const unit = labelled ?? selectedUnit(field, input) ?? defaultUnit(field);
        const problem = checkDimension(field, input.value, unit);
        const root = uiBeside(input, `dimension-${field}`, signal);
        const state = problem ?? 'ok';
        if (root.host.getAttribute('data-state') !== `${state}:${unit}`) {
          root.host.setAttribute('data-state', `${state}:${unit}`);
          clearUi(root);
          if (problem) root.append(element('span', { text: tParts(dimensionNote(problem, unit)), className: 'note warn' }));
        }
        input.setAttribute('data-joom-dimension', state);
        input.setAttribute('data-joom-unit', unit);
        if (problem) issues.push({ field, problem, unit, label: labelOf.get(input) });
      }
      const report = JSON.stringify(issues);
      if (report === lastReport) return;
      lastReport = report;
      void send({ type: 'sv/dimensions', report: { page: pageAddress(location.href), at: Date.now(), checked: controls.size, issues } });
    });
  },
};
