import { JOOM_LABEL_ROWS, type JoomField } from '../core/joom-labels';
import { StoreName, shapedValue } from '../core/shapes';
import type { ReadSpec } from '../dom/evidence';

/** What a Joom page may show, read by label and qualified by shape. */
export const JOOM_FIELDS: ReadSpec<JoomField> = {
  rows: JOOM_LABEL_ROWS,
  shape: (field, raw) => {
    if (field === 'appStore') return StoreName.safeParse(raw.trim()).success && raw.trim().length <= 120 ? raw.trim() : undefined;
    return shapedValue(field, raw);
  },
};
