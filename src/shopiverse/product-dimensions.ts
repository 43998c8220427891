import { checkDimension, type DimensionField, dimensionLabels } from '../core/dimensions';
import { pageAddress } from '../core/page-address';
import { clearUi, element, uiBeside } from '../dom/badge';
import { findControls } from '../dom/find-by-label';
import { onDomChange, requestScan } from '../dom/watch';
import { t } from '../shared/i18n';
import { send } from '../shared/send';

// Flags missing, zero or implausible width, length, height and weight on ShopiVerse's product form, beside each
// field and in the popup. It never changes a value.

const LABELS = dimensionLabels();
const MIN_FIELDS = 3; // fewer dimension fields than this is not a product form

export const productDimensions = {
  name: 'product-dimensions',
  init(signal: AbortSignal): void {
    let lastReport = '';
    document.addEventListener('input', requestScan, { capture: true, signal });
    onDomChange(signal, () => {
      const controls = findControls(document.body, { labels: LABELS }, (_field, control) => control instanceof HTMLInputElement && control.type !== 'checkbox');
      if (controls.size < MIN_FIELDS) return;
      const issues: { field: string; problem: 'missing' | 'zero' | 'implausible' }[] = [];
      for (const [field, list] of controls as Map<DimensionField, HTMLInputElement[]>) {
        const input = list[0];
        if (!input) continue;
        const problem = checkDimension(field, input.value);
        const root = uiBeside(input, `dimension-${field}`, signal);
        const state = problem ?? 'ok';
        if (root.host.getAttribute('data-state') !== state) {
          root.host.setAttribute('data-state', state);
          clearUi(root);
          if (problem) root.append(element('span', { text: t(`dimension_${problem}`), className: 'note warn' }));
        }
        input.setAttribute('data-joom-dimension', state);
        if (problem) issues.push({ field, problem });
      }
      const report = JSON.stringify(issues);
      if (report === lastReport) return;
      lastReport = report;
      void send({ type: 'sv/dimensions', report: { page: pageAddress(location.href), at: Date.now(), checked: controls.size, issues } });
    });
  },
};
