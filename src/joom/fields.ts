import { JOOM_LABELS, type JoomField } from '../core/labels';
import { fits, RULES, shapedValue } from '../core/shape-rules';
import type { FieldSpec } from '../dom/find-by-label';

/** What a Joom page may show, read by label and qualified by shape. */
export const JOOM_FIELDS: FieldSpec<JoomField> = {
  labels: JOOM_LABELS,
  shape: (field, raw) => {
    if (field === 'appStore') return fits(RULES.storeName, raw.trim()) && raw.trim().length <= 120 ? raw.trim() : undefined;
    return shapedValue(field, raw);
  },
  weak: {
    // A bare "ID" is taken only on a page with the store's general-information section (PANELS.md, English guesses).
    storeId: { labels: ['ID', 'Id'], sections: ['Genel Bilgi', 'Kimlik Bilgileri', 'General information', 'General info', 'Основная информация'] },
  },
};
