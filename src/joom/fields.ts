import { GENERIC_ID_LABELS, JOOM_LABEL_ROWS, type JoomField, joomShape, OTHER_OBJECT_LABELS, OTHERS_REGIONS } from '../core/joom-labels';
import type { LabelRow } from '../core/labels';
import type { ReadSpec } from '../dom/evidence';

/** What a Joom page may show, read by label and qualified by shape. */
export const JOOM_FIELDS: ReadSpec<JoomField> = {
  rows: JOOM_LABEL_ROWS,
  shape: joomShape,
  othersRegions: OTHERS_REGIONS,
  otherObjects: OTHER_OBJECT_LABELS,
  genericLabels: GENERIC_ID_LABELS,
  partFields: ['storeId', 'clientId', 'secret'],
};

let taughtKey = '';
let taughtSpec = JOOM_FIELDS;

/** The same, with the labels the seller taught by picking (made once per set of labels: compiled tables are cached). */
export function withTaught(labels: readonly { field: JoomField; text: string }[]): ReadSpec<JoomField> {
  const key = JSON.stringify(labels);
  if (key !== taughtKey) {
    taughtKey = key;
    const taught: LabelRow<JoomField>[] = labels.map(({ field, text }) => ({ field, text, lang: 'tr', strength: 'strong', source: 'taught' }));
    // Ours come last: a learned text never takes one of our labels to another field.
    taughtSpec = labels.length ? { ...JOOM_FIELDS, rows: [...taught, ...JOOM_LABEL_ROWS] } : JOOM_FIELDS;
  }
  return taughtSpec;
}
