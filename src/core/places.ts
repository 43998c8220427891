// Judgements about the places between a label and its value, from facts the page collector records (dom/evidence.ts).
// Pure: table tests in places.test.ts.

/**
 * A tag a design system sets beside a label ("API", "Yeni", "Required"): a word or two of letters, short, in an element
 * of its own after the label. It is part of the label's box, never a value: no field's value is made of letters alone
 * (a store name is read beside its own label). A placeholder ("—", "-") is not a tag: it says the value is missing.
 */
export function isTagText(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length > 0 && trimmed.length <= 16 && /^[\p{L}\p{M}]+(?:[ -][\p{L}\p{M}]+)?$/u.test(trimmed);
}

/** What the collector says of one node beside a label inside the label's box. */
export interface BesideLabel {
  /** Only a label's marks (spaces, a colon, an asterisk, "(?)"), or nothing at all. */
  marksOnly: boolean;
  /** An icon: drawn (svg, img), or text hidden from assistive technology (a ligature icon font's "info"). */
  icon: boolean;
  /** A control or a tooltip's trigger, with at most a sign for text ("?", "ⓘ"). */
  trigger: boolean;
  /** Holds a form control or a copy attribute, or its text has the label's field's shape: where a value may be. */
  holdsValue: boolean;
  /** Its whole text as shown. */
  text: string;
  /** Stands after the label: a tag follows what it tags (a word before a label is another label, "Unvan | Kimlik No"). */
  after: boolean;
}

/** Is this node part of the label's box (the label is dressed with it), rather than the place of a value? */
export function dressesLabel(node: BesideLabel): boolean {
  if (node.holdsValue) return false;
  return node.marksOnly || node.icon || node.trigger || (node.after && isTagText(node.text));
}
