import { trimValue } from './normalize';

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

/** A place that says its value is missing: nothing, or a dash ("—", "-"). */
export function showsNoValue(text: string): boolean {
  return /^\s*[-‐‑‒–—―−]{0,3}\s*$/u.test(text);
}

/**
 * The marks a label wears in their own elements: a colon, a required asterisk, a "(?)" help trigger. A box holding
 * only these holds no value, and a label's box holding only the label and these is the label.
 */
const LABEL_MARKS = /[\s:：*?()]/g;
export const withoutMarks = (text: string) => text.replace(LABEL_MARKS, '');

/** A label's own text in "Kimlik No: 5ac4…": what stands before the first colon (maybe full-width). */
export function labelBeforeColon(text: string): string {
  return text.slice(0, text.search(/[:：]/));
}

/** The value in the text after a label element (": 5ac4…"): without a leading colon and spaces; none if empty. */
export function valueAfterColon(text: string): string | undefined {
  return trimValue(text.replace(/^\s*[:：]/, '')) || undefined;
}

/**
 * The value of "Kimlik No: 5ac4…" as shown, from the texts of the label's line piece by piece: the rest of the piece
 * holding the colon, else the next piece. What stands after it in another piece ("5ac4<span>Aktif</span>") is not part of it.
 */
export function valueOfLine(pieces: readonly string[]): string | undefined {
  const at = pieces.findIndex((piece) => /[:：]/.test(piece));
  if (at < 0) return undefined;
  const text = pieces[at] ?? '';
  const rest = text.slice(text.search(/[:：]/) + 1).trim();
  return rest || pieces[at + 1]?.trim() || undefined;
}

/**
 * Labels in one column and values in the next, rows lined up by layout alone: the value is at the label's row when
 * both columns hold as many rows, more than one (a single row lines up with anything).
 */
export function linedUpRow(labels: number, cells: number, at: number): number | undefined {
  return cells > 1 && cells === labels && at >= 0 ? at : undefined;
}

/** What the collector says of one node beside a label inside the label's box. */
export interface BesideLabel {
  /** An icon: drawn (svg, img), or text hidden from assistive technology (a ligature icon font's "info"). */
  icon: boolean;
  /** A control or a tooltip's trigger by its markup (a button, a title, a described-by link). */
  trigger: boolean;
  /** Holds a form control or a copy attribute, or its text has the label's field's shape: where a value may be. */
  holdsValue: boolean;
  /** Its whole text as shown. */
  text: string;
  /** Stands after the label: a tag follows what it tags (a word before a label is another label, "Unvan | Kimlik No"). */
  after: boolean;
}

/** Only a label's marks (spaces, a colon, an asterisk, "(?)"), or nothing at all, and no place for a value. */
export function onlyMarks(node: BesideLabel): boolean {
  return withoutMarks(node.text) === '' && !node.holdsValue;
}

/** A help trigger: a control or tooltip trigger with at most a sign for text ("?", "ⓘ"); a captioned button is no mark. */
export function isTrigger(node: BesideLabel): boolean {
  return node.trigger && [...node.text].length <= 2;
}

/** A tag standing after the label ("API", "Yeni"), not a mark, an icon or a trigger. */
export function isTag(node: BesideLabel): boolean {
  return !onlyMarks(node) && !node.icon && !isTrigger(node) && isTagText(node.text);
}

/** Is this node part of the label's box (the label is dressed with it), rather than the place of a value? */
export function dressesLabel(node: BesideLabel): boolean {
  if (node.holdsValue) return false;
  return onlyMarks(node) || node.icon || isTrigger(node) || (node.after && isTagText(node.text));
}

/**
 * One step of a label's box growing into its parent, from what stands beside it there: it grows while everything
 * beside it dresses it; not over a tag when the next box holds as many elements (a column of labels beside a column
 * of values, rows lined up by layout: the word after the label is the next row's label). `dressed` says the step took
 * something other than marks; `tagged` that it took a tag (a word the next row of a list might show too).
 */
export function boxStep(beside: readonly BesideLabel[], nextBoxAlike: boolean): { grows: false } | { grows: true; dressed: boolean; tagged: boolean } {
  if (!beside.every(dressesLabel)) return { grows: false };
  const tagged = beside.some(isTag);
  if (tagged && nextBoxAlike) return { grows: false };
  return { grows: true, dressed: beside.some((node) => node.icon || isTrigger(node) || !onlyMarks(node)), tagged };
}

/** What the collector says of one place on the walk from a label to its values. */
export interface PlaceFacts {
  /** How the place was reached (core/evidence.ts: Via). */
  via: string;
  /** The place's row (its parent box), by identity; null when it has none. */
  row: unknown;
  /** Something names the label as its own (aria-labelledby): a rival of the value beside the label, never a reason to stop. */
  linked: boolean;
  /** The place's next sibling: none, a header cell, or another cell. */
  next: 'none' | 'header' | 'other';
  /** The label's box took a tag, and this place is shaped as that box (same tag, same children's tags). */
  shapedAsTaggedLabel: boolean;
  /** The place holds another label (of any field): it is that label's line, not this one's. */
  holdsAnotherLabel: boolean;
  /** The place stands right after another label, as a value stands after its own: it is that label's value. */
  followsAnotherLabel: boolean;
  /** The place is the value before a caption in a run that reads as values and captions (runReading): this label's own. */
  beforeCaption: boolean;
}

/** What reading a place gave. */
export interface PlaceOutcome {
  /** Some value (shown or masked) was found for the label so far, at this place or before it. */
  foundAny: boolean;
  /** A masked value was found at this place. */
  masked: boolean;
}

/** The named rules that end the walk from a label to its values. */
export type StopRule = 'past-own-row' | 'next-row-of-list' | 'nearest-holds-value' | 'masked-has-no-rivals' | 'row-ends';

/** Where the walk stands: still looking, or past a value, in its row (the row's identity) or in none (null). */
export type WalkState = { reached: false } | { reached: true; row: unknown };

export const LOOKING: WalkState = { reached: false };

/**
 * Before a place is read. Past its first value the walk goes on only in that value's row: the other cells of the
 * label's own row are beside it too (two stores compared), farther places belong to something else. A box grown over a
 * tag ("Kimlik No" and "Bilinmiyor") has no value in the next row of its list: a box shaped as the label's own is
 * another row, not this one's value.
 */
export function stopBefore(state: WalkState, place: PlaceFacts): StopRule | undefined {
  if (state.reached && !(place.via === 'row' && state.row !== null && place.row === state.row)) return 'past-own-row';
  if (place.shapedAsTaggedLabel) return 'next-row-of-list';
  return undefined;
}

/**
 * A place that is another label's is passed over: its value is that label's. A label whose own line shows no value the
 * reader takes (none, a canvas, a value in a component it did not see) walked on to the next line and took the value
 * there, or back to the value the label before it stands beside (the pages of s42, O1: Client ID and Secret Key
 * swapped; a grid's last label, with no value, took the one above). A column of values lined up with a column of
 * labels is still asked; what names this label as its own (aria-labelledby, a label's `for`, a control inside it) is
 * its value wherever it stands.
 */
export function isAnotherLabels(place: PlaceFacts): boolean {
  if (place.linked || place.via === 'for' || place.via === 'inner') return false;
  // A value before its caption stands after the caption before it, the previous value's: that caption is not its.
  if (place.beforeCaption) return place.holdsAnotherLabel;
  return place.holdsAnotherLabel || place.followsAnotherLabel;
}

/**
 * After a place is read: the nearest place that holds a value is the label's value, but for a row's other cells; a
 * masked cell has no rivals (a shown one would win over it, though the masked one may well be the secret); a row ends
 * at its last cell or a header cell (stop before the whole column below a row header is asked for).
 */
export function stopAfter(state: WalkState, place: PlaceFacts, outcome: PlaceOutcome): { state: WalkState; stop?: StopRule } {
  let next = state;
  if (outcome.foundAny && !state.reached && !place.linked) {
    if (place.via !== 'row') return { state, stop: 'nearest-holds-value' };
    if (outcome.masked) return { state, stop: 'masked-has-no-rivals' };
    next = { reached: true, row: place.row };
  }
  if (next.reached && next.row !== null && place.row === next.row && place.next !== 'other') return { state: next, stop: 'row-ends' };
  return { state: next };
}

/**
 * The places a label's values are read at, nearest first, up to the first stop rule. After each place is yielded the
 * walk asks `outcome` what reading it gave, so the caller reads each place before the walk goes on.
 */
export function* placesToRead<P>(
  places: Iterable<P>,
  facts: (place: P) => PlaceFacts,
  outcome: (place: P) => PlaceOutcome,
): Generator<P, StopRule | undefined> {
  let state = LOOKING;
  for (const place of places) {
    const seen = facts(place);
    if (isAnotherLabels(seen)) continue;
    const before = stopBefore(state, seen);
    if (before) return before;
    yield place;
    const after = stopAfter(state, seen, outcome(place));
    if (after.stop) return after.stop;
    state = after.state;
  }
  return undefined;
}

/** What a box beside a label shows, for which way a flat run of boxes goes: words (a label, a caption), a value, or else. */
export type RunItem = 'words' | 'value' | 'other';

/** Words alone: letters and a label's marks, no digit ("Kimlik No", "Webhook ID", "Kopyala"). */
const WORDS = /^[\p{L}\p{M}][\p{L}\p{M}\s'’.:：()/&-]{0,47}$/u;
/** A mask drawn for a hidden value. */
const MASK = /^[•●*]{4,}$/u;

/**
 * A value as drawn, its whole text: one token of twelve or more Latin letters and digits with a digit among them (an
 * ID, a key), or such a token in groups of one length split by spaces or dashes ("5ac4 2810 8b2c"), or a mask. A name
 * with a year, a date, a phone number or a sentence with a count is no value.
 */
function looksLikeValue(text: string): boolean {
  if (MASK.test(text)) return true;
  const groups = text.split(/[ -]/);
  const whole = groups.join('');
  if (whole.length < 12 || !/^[A-Za-z0-9]+$/.test(whole) || !/\d/.test(whole)) return false;
  const size = groups[0]?.length ?? 0;
  // The last group may be shorter (a length not a multiple of the group's).
  return (
    groups.length === 1 ||
    (size >= 3 && groups.every((group, at) => (at === groups.length - 1 ? group.length >= 1 && group.length <= size : group.length === size)))
  );
}

export function runItem(text: string): RunItem {
  const trimmed = text.trim();
  if (WORDS.test(trimmed)) return 'words';
  return looksLikeValue(trimmed) ? 'value' : 'other';
}

/**
 * A box of a flat run: one of the reader's labels (its field), other words (a caption not ours), a value, a button
 * named in words (a copy button: it stands beside a value, never for one; a link may be a caption), or else.
 */
export type RunBox = { kind: 'label'; field: string } | { kind: 'words' } | { kind: 'value'; text: string } | { kind: 'control' } | { kind: 'other' };

/**
 * The box beside `at` on `side` (-1 before, 1 after), past controls: a copy button between a value and its caption
 * ("5ac4… [Kopyala] Kimlik No") leaves the value beside the caption (the review of s44, 5).
 */
export function besideInRun(run: readonly RunBox[], at: number, side: -1 | 1): number {
  let index = at + side;
  while (run[index]?.kind === 'control') index += side;
  return index;
}

/**
 * The value at `at` has a label of its own before it: other words ("Uygulama ID") that are no caption of a value
 * before them. Such a value is that label's, never a caption's after it (the review of s45, H1: a table row
 * "Uygulama ID | W | Gizli Anahtar | [Göster]" read as captions gave the secret the app's ID).
 */
export function labelledBefore(run: readonly RunBox[], at: number): boolean {
  const words = besideInRun(run, at, -1);
  return run[words]?.kind === 'words' && run[besideInRun(run, words, -1)]?.kind !== 'value';
}

/**
 * How a run reads with each label's value on one side (-1 before it, 1 after it): how well the labels' values there
 * fit their fields (`fitOf`: 0 not at all, 1 a loose shape, 2 an exact one: a 24-hex Store ID beside its own label says
 * more than beside a token's), and how many labels it leaves wrong: given a value of another shape, or none at all.
 */
function readingOf(run: readonly RunBox[], side: -1 | 1, fitOf: (field: string, text: string) => number): { wrong: number; fit: number } {
  let wrong = 0;
  let fit = 0;
  for (const [at, box] of run.entries()) {
    if (box.kind !== 'label') continue;
    const valueAt = besideInRun(run, at, side);
    const beside = run[valueAt];
    // A value with another label before it is that label's, not a caption's after it.
    const fits = beside?.kind === 'value' && !(side === -1 && labelledBefore(run, valueAt)) ? fitOf(box.field, beside.text) : 0;
    if (fits) fit += fits;
    else wrong++;
  }
  return { wrong, fit };
}

/** Which way a flat run reads: labels before their values, captions after them, or either (then no label's value is told). */
export type RunReading = 'labels' | 'captions' | 'either';

/**
 * Captions under their values, laid out flat ("5ac4… · Kimlik No · 7d1f… · Müşteri Kimlik Numarası"): read in order
 * alone, each caption takes the next value (the review of s43, F2). Which way a run goes is told by its values'
 * shapes, each label's value before it against the one after it: the reading that leaves fewer labels wrong (a value
 * of another shape, or none), then the one whose values fit better. A value of another shape is one wrong label, no
 * more: a Store ID's box read with a button's name in it ("5ac4…adaeKopyala") turned a run of labels before values
 * into captions, the first label left with nothing before it, and gave the Secret Key the Client ID's value (the
 * second review of s46, F2). Where both read as well, a run that starts with a label reads as labels before values (as
 * on Joom's pages, PANELS.md); one that starts with a value does not say, and the seller is asked. A run's ends say
 * nothing by themselves: a store's name, a badge, a button at either end turned a row of labels before values around
 * (the reviews of s44).
 */
export function runReading(run: readonly RunBox[], fitOf: (field: string, text: string) => number): RunReading {
  const captions = readingOf(run, -1, fitOf);
  if (captions.fit === 0) return 'labels';
  const labelsFirst = readingOf(run, 1, fitOf);
  const startsWithLabel = run.find((box) => box.kind === 'label' || box.kind === 'value')?.kind === 'label';
  // A run that starts with a label is turned into captions only where that leaves no label wrong: with its first
  // label's value missing, a Store ID's box of another shape and a secret behind "Göster" turned a run of labels before
  // values around, and the Secret Key took the Client ID's value (the attack review of s47, F3). The seller is asked.
  const asCaptions = captions.wrong > 0 && startsWithLabel ? 'either' : 'captions';
  if (captions.wrong !== labelsFirst.wrong) return captions.wrong < labelsFirst.wrong ? asCaptions : 'labels';
  if (captions.fit !== labelsFirst.fit) return captions.fit > labelsFirst.fit ? asCaptions : 'labels';
  return startsWithLabel ? 'labels' : 'either';
}
