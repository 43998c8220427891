import { COPY_ATTRIBUTES } from '../core/fields';
import { buildRowIndex, type LabelRow, matchEntry, middleDotItems } from '../core/labels';
import { normalizeLabel } from '../core/normalize';
import { withoutMarks } from '../core/places';
import { HOST_TAG } from './badge';
import { drawnWords, isRendered, paintParent, shadowOf, textShownBy } from './visibility';

// Finds labels on a page, never by class names or positions, and the places a label's value may be. A label is
// text that is a label as a whole ("Kimlik No") or a label with its value ("Kimlik No: 5ac4…"). Reading values
// (dom/evidence.ts) and finding form controls (below) walk the same label sites.

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CODE', 'PRE']);
const MAX_LABEL_TEXT = 120;
const TOGGLES = 'input[type="checkbox"], input[type="radio"], [role="switch"], [role="checkbox"]';
const CLIMB_LEVELS = 3;
export const CONTROLS = 'input:not([type="hidden"]), textarea, select';

export interface CompiledLabels<F extends string> {
  index: Map<string, LabelRow<F>>;
  /** Normalized section titles the weak labels name. */
  sections: Set<string>;
  /** The longest label, plus room for a colon and spaces. */
  longest: number;
  /** A cheap test that rejects most page text before any folding: no label starts so, or too long without a colon. */
  couldBeLabel(text: string): boolean;
}

/** How a text's first two characters look after a plain lowerCase: cheap to compute, unlike Turkish-aware folding. */
function prefixKey(text: string, start = 0): string {
  return text.slice(start, start + 2).toLowerCase();
}

/** The prefix keys labels may start with, written in any case (Turkish upper case included). */
function labelPrefixes(labels: Iterable<string>): Set<string> {
  const prefixes = new Set<string>();
  for (const label of labels) {
    const trimmed = label.trim();
    for (const form of [trimmed, trimmed.toUpperCase(), trimmed.toLocaleUpperCase('tr'), trimmed.toLowerCase(), trimmed.toLocaleLowerCase('tr')]) {
      prefixes.add(prefixKey(form));
      // A dotless ı or a dotted İ written either way: "KIMLIK" and "KİMLİK" both.
      prefixes.add(prefixKey(form.replace(/[İI]/g, 'I').replace(/[ıi]/g, 'i')));
      // Without accents: "MUSTERI", "Musteri".
      prefixes.add(prefixKey(form.normalize('NFD').replace(/\p{M}/gu, '')));
    }
  }
  return prefixes;
}

/**
 * Invisible marks (zero-width spaces and joiners, bidi marks, a byte-order mark) by code: the test runs per text node.
 * The range also holds punctuation: a pre-filter may let a text through that the matcher then refuses.
 */
function isInvisibleMark(code: number): boolean {
  return (code >= 0x200b && code <= 0x206f) || code === 0xfeff;
}

/**
 * An icon or a mark a label may be dressed with before its first letter (core/labels.ts entryOf): arrows, symbols and
 * shapes, an emoji (a surrogate pair, a variation selector), a guillemet or a middle dot.
 */
function isDressMark(code: number): boolean {
  return (code >= 0x2190 && code <= 0x2bff) || (code >= 0xd800 && code <= 0xdfff) || code === 0xfe0f || code === 0xbb || code === 0xb7;
}

/** Between a label's two languages ("Kimlik No / Store ID"): the text may be twice a label's length. */
const JOINED_LANGUAGES = [' / ', ' · ', ' — ', ' – ', ' | '];

const compiled = new WeakMap<object, unknown>();

/** Compile a label table once (keyed by the rows array): pages are scanned often, tables never change. */
export function compileLabels<F extends string>(rows: readonly LabelRow<F>[]): CompiledLabels<F> {
  const cached = compiled.get(rows) as CompiledLabels<F> | undefined;
  if (cached) return cached;
  const texts = rows.map((row) => row.text);
  const prefixes = labelPrefixes(texts);
  const longest = Math.max(...texts.map((text) => text.length)) + 4;
  const couldBeLabel = (text: string) => {
    // Called for every text node of the page: no regular expression until the first two letters could start a label.
    let start = 0;
    // Spaces, and the invisible marks a translation file may put first (a byte-order mark, a bidi mark).
    while (start < text.length && (text.charCodeAt(start) <= 32 || isInvisibleMark(text.charCodeAt(start)) || isDressMark(text.charCodeAt(start)))) start++;
    if (start === text.length || !prefixes.has(prefixKey(text, start))) return false;
    // Short enough to be a label, maybe with an aside in brackets ("Müşteri Kimlik Numarası (Client ID)") or in two
    // languages ("Müşteri Kimlik Numarası / Client ID").
    if (text.length - start <= longest) return true;
    if ((text.includes('(') || JOINED_LANGUAGES.some((joint) => text.includes(joint))) && text.length - start <= longest * 2 + 3) return true;
    // "Kimlik No: 5ac4…", the colon maybe full-width ("Kimlik No：5ac4…").
    const colon = text.slice(start).search(/[:：]/);
    return colon > 0 && colon <= longest && text.length <= MAX_LABEL_TEXT * 2;
  };
  const sections = new Set(rows.flatMap((row) => row.sections ?? []).map(normalizeLabel));
  const result: CompiledLabels<F> = { index: buildRowIndex(rows), sections, longest, couldBeLabel };
  compiled.set(rows, result);
  return result;
}

/** Strong label rows for a plain table of texts per field (forms to fill name their fields so). */
const tables = new WeakMap<object, unknown>();
export function rowsOf<F extends string>(labels: Record<F, readonly string[]>): readonly LabelRow<F>[] {
  let rows = tables.get(labels) as LabelRow<F>[] | undefined;
  if (!rows) {
    rows = (Object.entries(labels) as [F, readonly string[]][]).flatMap(([field, texts]) =>
      texts.map((text) => ({ field, text, lang: 'tr' as const, strength: 'strong' as const, source: 'guess' as const })),
    );
    tables.set(labels, rows);
  }
  return rows;
}

export interface LabelSite<F extends string> {
  element: Element;
  row: LabelRow<F>;
  /** Text after the label in the same string ("Kimlik No: 5ac4…"), if any. */
  rest?: string;
  /** Set when only this text node, not its whole element, is the label. */
  textNode?: Node;
}

/** Every place under `root` whose text is one of the table's labels, in document order. */
export function* labelSites<F extends string>(root: Element | ShadowRoot, table: CompiledLabels<F>): Generator<LabelSite<F>> {
  const seen = new Set<Element>();
  // No acceptNode callback: calling into script for every text node costs more than the cheap test below.
  const walker = (root.ownerDocument as Document).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    // A text slotted into a component, or left out by it, is a label only where it is drawn and seen.
    // Any host the reader opens, a closed root on a built-in one (<div>, <p>) too (the s30 review, finding 2).
    if (node.parentElement && shadowOf(node.parentElement) && !textShownBy(node)) continue;
    // A line of items, unless the whole line is one label in two languages ("Store ID · Kimlik No", maybe with its
    // value after a colon: its item "Store ID", read as "Store: ID", gave the application's store field the value "ID").
    const items = middleDotItems(text);
    const oneLabel = () => (text.split(/[:：]/)[0] ?? '').includes(' · ') && table.couldBeLabel(text) && quickMatch(table, text) !== undefined;
    if (items && !oneLabel()) {
      // "Anadolu Halı · Mağaza Kimlik No: 5ac4…": a line of items, each maybe a label with its value (core/labels.ts).
      let yielded = false;
      for (const item of items) {
        const hit = table.couldBeLabel(item) ? quickMatch(table, item) : undefined;
        if (hit?.rest && node.parentElement) {
          yielded = true;
          yield { element: node.parentElement, row: hit.entry, rest: hit.rest, textNode: node };
        }
      }
      if (yielded) continue;
    }
    if (!table.couldBeLabel(text)) continue;
    const element = node.parentElement;
    if (!element || seen.has(element) || SKIP.has(element.tagName.toUpperCase())) continue;
    // The label may be split over inline elements ("Kimlik <b>No</b>"): prefer the element's whole text, as the seller
    // sees it: "Gizli Anahtar: <x-id>" shows its value from the component's root, which textContent leaves out (the
    // pages of s42, O1: the line was taken for a bare label, and the walk read the next line's value).
    const whole = element.childNodes.length === 1 && !shadowOf(element) ? text : flatText(element);
    const hit = quickMatch(table, whole);
    if (hit) {
      seen.add(element);
      yield { element, row: hit.entry, rest: hit.rest };
      continue;
    }
    // Only this text node is the label ("Kimlik No<span>5ac4…</span>"): its value follows it inside the element.
    const partial = whole === text ? undefined : quickMatch(table, text);
    if (partial) yield { element, row: partial.entry, rest: partial.rest, textNode: node };
  }
}

/**
 * The table's row for a label's words (and the text after them, "Kimlik No: 5ac4…"), as labelSites matches them: the
 * reader matches a label again on its shown words (dom/evidence.ts).
 */
export function matchLabel<F extends string>(table: CompiledLabels<F>, text: string): { entry: LabelRow<F>; rest?: string } | undefined {
  return table.couldBeLabel(text) ? quickMatch(table, text) : undefined;
}

/** A page's label is loosely ours where its parts name one field (core/labels.ts entryOf). */
const sameField = <F extends string>() => ({ sameEntry: (one: LabelRow<F>, other: LabelRow<F>) => one.field === other.field });

function quickMatch<F extends string>(table: CompiledLabels<F>, text: string): { entry: LabelRow<F>; rest?: string } | undefined {
  return text.length <= MAX_LABEL_TEXT * 2 ? matchEntry(table.index, text, table.longest, sameField<F>()) : undefined;
}

/** A place a label's value may be, and how far from the label it is. */
export interface Target {
  element: Element;
  via: 'for' | 'inner' | 'dd' | 'row' | 'column' | 'text' | 'sibling' | 'climb';
  distance: number;
  /** For a column: how many rows the column has (a column of several rows is a list). */
  rows?: number;
  /** The value before a caption, in a run of values and captions (core/places.ts runReading). */
  beforeCaption?: true;
}

/**
 * Where a label's value may be, nearest first. `captionValue` says, of the label's box, whether it is a caption in a
 * run of values and captions: then the value before it (null: none there), else undefined.
 */
export function* valueTargets(
  site: Pick<LabelSite<string>, 'element' | 'textNode'>,
  captionValue?: (box: Element) => Element | null | undefined,
  seen?: (element: Element) => boolean,
): Generator<Target> {
  if (site.textNode) {
    for (let next = site.textNode.nextSibling; next; next = next.nextSibling) {
      if (next instanceof Element && hasContent(next)) yield { element: next, via: 'text', distance: 1 };
    }
    // Nothing after the text inside its element ("Kimlik No <span>(?)</span>"): the element is the label, with
    // an aside; its value is beside it, as for any label.
  }
  const label = site.element;
  const labelElement = label.closest('label');
  if (labelElement instanceof HTMLLabelElement && labelElement.control && ownControl(labelElement, labelElement.control))
    yield { element: labelElement.control, via: 'for', distance: 1 };
  // A control inside the label itself: <label>Unvan <input></label>.
  const inner = label.querySelector('input, textarea, select');
  if (inner) yield { element: inner, via: 'inner', distance: 1 };

  const term = label.closest('dt');
  if (term) {
    for (let next = term.nextElementSibling; next && next.tagName === 'DD'; next = next.nextElementSibling) yield { element: next, via: 'dd', distance: 1 };
    return;
  }
  // A cell that is the label ("<th>Kimlik No</th><td>…</td>"); a label and its value inside one cell are siblings.
  const cell = label.closest('th, td');
  // The cell holds only the label: no control or copy button beside it (an input's value is not in its text).
  if (cell && (cell.textContent ?? '').trim() === (label.textContent ?? '').trim() && !holdsValueBeside(cell, label)) {
    // A row of values each with its caption in the next cell ("<td>5ac4…</td><td>Kimlik No</td>"): the run's rule says
    // which way the row reads (the review of s44, 5), as for a flat run of boxes.
    const caption = captionValue?.(cell);
    if (caption !== undefined) {
      if (caption) yield { element: caption, via: 'sibling', distance: 1, beforeCaption: true };
      return;
    }
    // The next cell, and every one after it up to a header cell: a row may hold a value per column (stores compared).
    for (let next = cell.nextElementSibling, first = true; next && (first || next.tagName !== 'TH'); next = next.nextElementSibling, first = false) {
      yield { element: next, via: 'row', distance: 1 };
    }
    if (cell.tagName === 'TH') {
      const below = sameColumnBelow(cell as HTMLTableCellElement);
      for (const [index, element] of below.entries()) yield { element, via: 'column', distance: 1 + index, rows: below.length };
    }
    return;
  }
  // A checkbox's label sits right after it: "☐ Durum", the box maybe wrapped in a styled toggle.
  const previous = label.previousElementSibling;
  const box = previous?.matches(TOGGLES) ? previous : previous && previous.childElementCount <= 3 ? onlyToggle(previous) : null;
  if (box) yield { element: box, via: 'sibling', distance: 1 };
  // The text beside it: the next sibling; else the one before (a caption under its value: "<b>5ac4…</b><small>Kimlik
  // No</small>"); else the next sibling of an ancestor, climbing while the label stands alone in its box.
  // A box that holds nothing but the label is the label: climbing out of it costs nothing.
  const labelText = withoutMarks(label.textContent ?? '');
  let node: Element | null = label;
  let cost = 0;
  for (let level = 0; node && level <= CLIMB_LEVELS; level++) {
    // The text the box shows in the flat tree: a slot's or a root's header is the label slotted into it, no more.
    if (level > 0 && withoutMarks(flatText(node)) !== labelText) cost++;
    // A caption under its value, laid out flat: its value is the box before it, the box after it the next caption's
    // (the review of s43, F2). Asked only of a box that is the label alone.
    const caption = cost === 0 ? captionValue?.(node) : undefined;
    if (caption !== undefined) {
      if (caption) yield { element: caption, via: level === 0 ? 'sibling' : 'climb', distance: 1, beforeCaption: true };
      return;
    }
    for (let next = node.nextElementSibling, count = 0; next && count < 2; next = next.nextElementSibling, count++) {
      // A box the seller does not see holds nothing either: Vuetify draws a field's label twice, the inner copy hidden
      // (pages-s47 M2: the label took the hidden copy for its value's place, and found none). A slot or a box of
      // display: contents has no box of its own to be seen: what it shows is judged where it is drawn.
      if (!hasContent(next) || (seen && !drawsNoBox(next) && !seen(next))) continue;
      // Skipped siblings held nothing (a lone colon, an empty icon box): the value is still the next thing shown.
      yield { element: next, via: level === 0 ? 'sibling' : 'climb', distance: 1 + cost };
      return;
    }
    const before = level === 0 ? node.previousElementSibling : null;
    if (before && hasContent(before) && !before.matches(TOGGLES)) {
      yield { element: before, via: 'sibling', distance: 1 };
      return;
    }
    // Up the flat tree: a label slotted into a component stands where its slot is, among the component's boxes (a climb
    // through the light DOM went past the component to a neighbour's value: round 5's first run).
    node = paintParent(node);
    if (!node || node === node.ownerDocument.body) return;
  }
}

/**
 * The control a label names by `for` is its own, as the seller sees the pair: inside the label; or its id is the only
 * one of its name in the label's tree (with duplicates the browser takes the first: a webhook form's input above the
 * application's gave the Client ID the webhook's ID, pages-s47 H1), no other label names it, and no other label or
 * heading stands between the two (a stray `for` naming another field's input further down). Else the layout tells.
 */
function ownControl(label: HTMLLabelElement, control: HTMLElement): boolean {
  if (label.contains(control)) return true;
  const root = label.getRootNode() as Document | ShadowRoot;
  if (root.querySelectorAll(`[id="${CSS.escape(label.htmlFor)}"]`).length !== 1) return false;
  const others = [...((control as HTMLInputElement).labels ?? [])].filter((other) => other !== label && !other.contains(label) && !label.contains(other));
  if (others.length > 0) return false;
  const [first, last] = label.compareDocumentPosition(control) & Node.DOCUMENT_POSITION_FOLLOWING ? [label, control] : [control, label];
  for (const between of root.querySelectorAll('label, h1, h2, h3, h4, h5, h6, [role="heading"]')) {
    if (between === label || between.contains(label) || label.contains(between) || between.contains(control)) continue;
    if (first.compareDocumentPosition(between) & Node.DOCUMENT_POSITION_FOLLOWING && last.compareDocumentPosition(between) & Node.DOCUMENT_POSITION_PRECEDING)
      return false;
  }
  return true;
}

/** A slot, or a box of display: contents: it lays out what it holds and draws no box of its own. */
function drawsNoBox(element: Element): boolean {
  return element.localName === 'slot' || element.ownerDocument.defaultView?.getComputedStyle(element).display === 'contents';
}

/** Does `box` hold a control or a copy attribute outside `label`? */
function holdsValueBeside(box: Element, label: Element): boolean {
  for (const holder of box.querySelectorAll(CONTENT_HOLDERS)) if (!label.contains(holder)) return true;
  return false;
}

/** The one toggle inside a small styled wrapper, if there is exactly one. */
function onlyToggle(wrapper: Element): Element | null {
  const toggles = wrapper.querySelectorAll(TOGGLES);
  return toggles.length === 1 ? (toggles[0] ?? null) : null;
}

function sameColumnBelow(header: HTMLTableCellElement): Element[] {
  const table = header.closest('table');
  if (!table) return [];
  const index = header.cellIndex;
  const headerRow = header.parentElement;
  const cells: Element[] = [];
  for (const row of table.querySelectorAll('tr')) {
    if (row === headerRow) continue;
    const cell = (row as HTMLTableRowElement).cells[index];
    if (cell && hasContent(cell)) cells.push(cell);
  }
  return cells;
}

const CONTENT_HOLDERS = ['input', 'textarea', 'select', ...COPY_ATTRIBUTES.map((name) => `[${name}]`)].join(', ');

/** Holds something a value may be in, as the seller sees it: text other than the label's marks, a control, a copy attribute. */
export function hasContent(element: Element): boolean {
  if (element.matches('input, textarea, select')) return true;
  // A comment is no content; an element is, where it holds a value.
  for (const node of flatTree(element))
    if (node.nodeType === Node.TEXT_NODE ? withoutMarks(node.nodeValue as string) : (node as Element).matches?.(CONTENT_HOLDERS)) return true;
  return false;
}

/** The text under `node` in the flat tree (a slot's is what is assigned to it). */
export function flatText(node: Node): string {
  let text = '';
  for (const child of flatTree(node)) if (child.nodeType === Node.TEXT_NODE) text += child.nodeValue;
  return text;
}

/**
 * A box's words as the seller sees them: each of its texts (in the flat tree) whose own box is `seen`, in the order
 * they are written, spaces folded. Whatever the pieces' layout (a hidden piece laid over a label made its shown words
 * read as none, and its whole text chose its row: review2-s49, H1), and every word drawn (an italic or struck one, a
 * button's caption: review2-s49, H2). One reading of a label, a title, a heading and a banner.
 */
export function seenText(box: Node, seen: (element: Element) => boolean = isRendered): string {
  let text = '';
  for (const node of flatTree(box)) {
    if (node.nodeType !== Node.TEXT_NODE) continue;
    const holder = textShownBy(node);
    if (holder && seen(holder)) text += node.nodeValue;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The nodes under `root` in the flat tree the seller sees, in order (`root` left out): a host stands for the root it
 * shows (where this script may open it), and a <slot> for what is assigned to it, or for its own fallback children
 * when nothing is.
 */
export function* flatTree(root: Node): Generator<Node> {
  // A loop over a stack, not nested generators: a page can nest boxes thousands deep (by script), and each nested
  // generator cost a frame per level for every node (attack review: 5,000 levels ran out of stack).
  const stack: Node[] = [...Array.from(flatChildren(root))].reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    yield node;
    const children = flatChildren(node);
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index] as Node);
  }
}

/**
 * A node's children in the flat tree: a host's are its root's (its own children show only through the root's slots),
 * a slot's are what is assigned to it, else its fallback. A value painted in a component's root beside a label in a
 * sibling component is beside it, as the seller sees it (the label's walk found nothing there, and took a decoy's).
 */
export function flatChildren(node: Node): ArrayLike<Node> & Iterable<Node> {
  const root = node.nodeType === Node.ELEMENT_NODE && (node as Element).localName !== HOST_TAG ? shadowOf(node as Element) : null;
  if (root) return root.childNodes;
  // An element named slot that is no HTML slot (an SVG's) assigns nothing.
  const assigned = (node as Partial<HTMLSlotElement>).assignedNodes?.call(node, { flatten: true });
  return assigned?.length ? assigned : node.childNodes;
}

export type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/**
 * Controls named by their own aria-label or placeholder, for each field whose label that is; an <output> too (it shows
 * a value, named by its aria-label alone; filling skips it, as it is no control).
 */
export function* selfLabelled<F extends string>(
  root: Element | ShadowRoot,
  table: CompiledLabels<F>,
): Generator<{ input: Control | HTMLOutputElement; row: LabelRow<F> }> {
  // By tag name: the browser keeps these lists, where a selector with attributes walks the whole page every scan.
  for (const tag of ['input', 'textarea', 'select', 'output'] as const) {
    // A shadow root has no getElementsByTagName.
    for (const input of (root as Element).getElementsByTagName?.(tag) ?? root.querySelectorAll(tag)) {
      const row = selfLabel(input, table);
      if (row) yield { input, row };
    }
  }
}

function selfLabel<F extends string>(input: Control | HTMLOutputElement, table: CompiledLabels<F>): LabelRow<F> | undefined {
  for (const label of [input.getAttribute('aria-label'), input.getAttribute('placeholder')]) {
    const row = label ? table.index.get(normalizeLabel(label)) : undefined;
    if (row) return row;
  }
  return undefined;
}

/** The form controls each label names: for filling, where dom/evidence.ts is for reading. First found first. */
export function findControls<F extends string>(
  root: Element,
  spec: { labels: Record<F, readonly string[]> },
  accept: (field: F, control: Control) => boolean = () => true,
  /** Filled with the table's own text of the label each control was found by (our words, never the page's). */
  labelOf?: Map<Control, string>,
): Map<F, Control[]> {
  const table = compileLabels(rowsOf(spec.labels));
  const found = new Map<F, Control[]>();
  const add = (row: LabelRow<F>, control: Element | null) => {
    if (!(control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement || control instanceof HTMLSelectElement)) return;
    if (control.type === 'hidden' || !accept(row.field, control)) return;
    const list = found.get(row.field) ?? [];
    if (!list.includes(control)) list.push(control);
    found.set(row.field, list);
    if (!labelOf?.has(control)) labelOf?.set(control, row.text);
  };
  for (const site of labelSites(root, table)) {
    if (site.rest !== undefined) continue;
    for (const { element } of valueTargets(site)) {
      const control = element.matches(CONTROLS) ? element : element.querySelector(CONTROLS);
      if (control instanceof HTMLElement && accept(site.row.field, control as Control)) {
        add(site.row, control);
        break;
      }
    }
  }
  for (const { input, row } of selfLabelled(root, table)) add(row, input);
  for (const labelled of root.querySelectorAll('[aria-labelledby]')) {
    const ids = (labelled.getAttribute('aria-labelledby') ?? '').split(/\s+/);
    const text = ids.map((id) => root.ownerDocument.getElementById(id)?.textContent ?? '').join(' ');
    const row = table.index.get(normalizeLabel(text));
    if (row) add(row, labelled);
  }
  return found;
}

const BUTTONS = 'button, [role="button"], input[type="submit"], input[type="button"], a';

/** Is `name` one of `labels`, matched as labels are (case, accents, spacing, a trailing colon or aside)? */
export function namesOneOf(name: string, labels: readonly string[]): boolean {
  return labelNamed(name, labels) !== undefined;
}

/** Which of `labels` a name is, whole: the label as our data spells it, never the page's own text. */
export function labelNamed<L extends string>(name: string, labels: readonly L[]): L | undefined {
  const table = compileLabels(rowsOf({ name: labels }));
  const hit = matchEntry(table.index, name.trim(), table.longest);
  return hit && hit.rest === undefined ? (hit.entry.text as L) : undefined;
}

/**
 * A button's name as the seller reads it: an input's value, else its caption; aria-label or title only for a button
 * with no caption (an icon). A label the seller cannot read must not rename the caption they can
 * (review 11, finding 16: `aria-label="Kaydet"` on a button reading "Vazgeç" counted as Kaydet).
 */
export const buttonName = (button: HTMLElement) => {
  if (button instanceof HTMLInputElement) return button.value;
  // Drawn words count; an icon font's glyph or a mark drawn beside the caption does not.
  const caption = `${drawnWords(button, '::before')}${captionText(button)}${drawnWords(button, '::after')}`.trim();
  return caption || button.getAttribute('aria-label') || button.getAttribute('title') || '';
};

const HIDDEN_IN_CAPTION = '[aria-hidden="true"], [hidden]';

/**
 * The text of a button's caption: its texts but those its markup hides (an icon font's ligature under
 * aria-hidden="true", a [hidden] part). buttonName adds what its style draws before and after it: "Don't " drawn
 * before "Save" is not Save (review 11, a second look at finding 16).
 */
function captionText(button: Element): string {
  let text = '';
  const walker = button.ownerDocument.createTreeWalker(button, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // Hidden inside the button, not with it (a hidden button is for the checks of "seen" to refuse).
    const hiddenBy = node.parentElement?.closest(HIDDEN_IN_CAPTION);
    if (!hiddenBy || hiddenBy === button || !button.contains(hiddenBy)) text += node.nodeValue ?? '';
  }
  return text;
}

/** The buttons (or links drawn as buttons) whose accessible name is one of `labels`. */
export function findButtons(root: Element, labels: readonly string[]): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(BUTTONS)].filter((button) => namesOneOf(buttonName(button), labels));
}

export function findButton(root: Element, labels: readonly string[]): HTMLElement | undefined {
  return findButtons(root, labels)[0];
}
