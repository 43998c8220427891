import { buildLabelIndex, type LabelHit, matchLabel } from '../core/labels';
import { normalizeLabel, trimValue } from '../core/normalize';
import { isMasked } from '../core/shape-rules';

// Finds values by the label beside them, never by class names or positions. A label is text that is a label as a
// whole ("Kimlik No") or a label with its value ("Kimlik No: 5ac4…"); its value may be in a `label[for]` target,
// the `dd` after a `dt`, the next table cell, the text beside it (next siblings, a few levels up), an input's
// value or a copy button's attribute. Each candidate string must pass the field's shape to count.

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CODE', 'PRE']);
/** Attributes copy buttons keep their value in (clipboard.js, common panel kits). */
const VALUE_ATTRIBUTES = ['data-clipboard-text', 'data-copy', 'data-copy-text', 'data-value', 'data-clipboard'];
const MAX_LABEL_TEXT = 120;
const TOGGLES = 'input[type="checkbox"], input[type="radio"], [role="switch"], [role="checkbox"]';
const CLIMB_LEVELS = 3;

export interface Site<F extends string> {
  field: F;
  value: string;
  /** The element that shows the value: copy buttons go beside it. */
  element: Element;
}

export interface Reading<F extends string> {
  /** Values that passed the shape, one entry per place they were found. */
  sites: Site<F>[];
  /** Label sites where the value is masked (••••), with the element showing it. */
  masked: { field: F; element: Element }[];
}

export interface FieldSpec<F extends string> {
  labels: Record<F, readonly string[]>;
  /** The value if `raw` has the field's shape. */
  shape: (field: F, raw: string) => string | undefined;
  /** Labels that count only when one of these section titles is on the page too ("ID" under "General information"). */
  weak?: Partial<Record<F, { labels: readonly string[]; sections: readonly string[] }>>;
}

interface Compiled<F extends string> {
  index: Map<string, F>;
  weakIndex: Map<string, F>;
  sections: Set<string>;
  spec: FieldSpec<F>;
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
    }
  }
  return prefixes;
}

const compiled = new WeakMap<object, unknown>();

function compile<F extends string>(spec: FieldSpec<F>): Compiled<F> {
  const cached = compiled.get(spec) as Compiled<F> | undefined;
  if (cached) return cached;
  const weakLabels = {} as Record<F, readonly string[]>;
  const sections = new Set<string>();
  for (const [field, weak] of Object.entries(spec.weak ?? {}) as [F, { labels: readonly string[]; sections: readonly string[] }][]) {
    weakLabels[field] = weak.labels;
    for (const section of weak.sections) sections.add(normalizeLabel(section));
  }
  const allLabels = [...Object.values<readonly string[]>(spec.labels), ...Object.values<readonly string[]>(weakLabels)].flat();
  const prefixes = labelPrefixes(allLabels);
  const longest = Math.max(...allLabels.map((label) => label.length)) + 4;
  const couldBeLabel = (text: string) => {
    const start = text.search(/\S/);
    if (start < 0 || !prefixes.has(prefixKey(text, start))) return false;
    if (text.length - start <= longest) return true;
    const colon = text.indexOf(':', start);
    return colon > 0 && colon - start <= longest && text.length <= MAX_LABEL_TEXT * 2;
  };
  const result = { index: buildLabelIndex(spec.labels), weakIndex: buildLabelIndex(weakLabels), sections, spec, longest, couldBeLabel };
  compiled.set(spec, result);
  return result;
}

/** Read every field of `spec` under `root`. */
export function readFields<F extends string>(root: Element, spec: FieldSpec<F>): Reading<F> {
  const reading: Reading<F> = { sites: [], masked: [] };
  for (const site of labelSites(root, spec)) collect(site.element, site.hit, spec, reading, site.textNode);
  // Inputs labelled by their own attributes: aria-label, or a placeholder that is the label.
  for (const { input, field } of selfLabelled(root, spec)) addCandidates(input, field, spec, reading);
  return reading;
}

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
const CONTROLS = 'input:not([type="hidden"]), textarea, select';

const controlSpecs = new WeakMap<object, unknown>();

/** One spec object per label table, so that its compiled form is made once, not on every scan. */
function controlSpec<F extends string>(labels: Record<F, readonly string[]>): FieldSpec<F> {
  let spec = controlSpecs.get(labels) as FieldSpec<F> | undefined;
  if (!spec) {
    spec = { labels, shape: () => undefined };
    controlSpecs.set(labels, spec);
  }
  return spec;
}

/** The form controls each label names: for filling, where `readFields` is for reading. First found first. */
export function findControls<F extends string>(
  root: Element,
  spec: Pick<FieldSpec<F>, 'labels'>,
  accept: (field: F, control: Control) => boolean = () => true,
): Map<F, Control[]> {
  const full = controlSpec(spec.labels);
  const { index } = compile(full);
  const found = new Map<F, Control[]>();
  const add = (field: F, control: Element | null) => {
    if (!(control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement || control instanceof HTMLSelectElement)) return;
    if (control.type === 'hidden' || !accept(field, control)) return;
    const list = found.get(field) ?? [];
    if (!list.includes(control)) list.push(control);
    found.set(field, list);
  };
  for (const site of labelSites(root, full)) {
    if (site.hit.rest !== undefined) continue;
    const targets = site.textNode ? siblingsAfter(site.textNode) : valueTargets(site.element);
    for (const target of targets) {
      const control = target.matches(CONTROLS) ? target : target.querySelector(CONTROLS);
      if (control instanceof HTMLElement && accept(site.hit.field, control as Control)) {
        add(site.hit.field, control);
        break;
      }
    }
  }
  for (const { input, field } of selfLabelled(root, full)) add(field, input);
  for (const labelled of root.querySelectorAll('[aria-labelledby]')) {
    const ids = (labelled.getAttribute('aria-labelledby') ?? '').split(/\s+/);
    const text = ids.map((id) => root.ownerDocument.getElementById(id)?.textContent ?? '').join(' ');
    const field = index.get(normalizeLabel(text));
    if (field) add(field, labelled);
  }
  return found;
}

function* selfLabelled<F extends string>(root: Element, spec: FieldSpec<F>): Generator<{ input: Control; field: F }> {
  const { index } = compile(spec);
  for (const input of root.querySelectorAll<Control>(
    'input[aria-label], input[placeholder], textarea[aria-label], textarea[placeholder], select[aria-label]',
  )) {
    for (const label of [input.getAttribute('aria-label'), input.getAttribute('placeholder')]) {
      const field = label ? index.get(normalizeLabel(label)) : undefined;
      if (field) {
        yield { input, field };
        break;
      }
    }
  }
}

interface LabelSite<F extends string> {
  element: Element;
  hit: LabelHit<F>;
  /** Set when only this text node, not its whole element, is the label. */
  textNode?: Node;
}

/** Every place under `root` whose text is one of the spec's labels. */
function* labelSites<F extends string>(root: Element, spec: FieldSpec<F>): Generator<LabelSite<F>> {
  const table = compile(spec);
  const seen = new Set<Element>();
  let sectionFound: boolean | undefined;
  const weakAllowed = () => {
    sectionFound ??= hasSection(root, table.sections);
    return sectionFound;
  };

  // No acceptNode callback: calling into script for every text node costs more than the cheap test below.
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    if (!table.couldBeLabel(text)) continue;
    const element = node.parentElement;
    if (!element || seen.has(element) || SKIP.has(element.tagName.toUpperCase())) continue;
    // The label may be split over inline elements ("Kimlik <b>No</b>"): prefer the element's whole text.
    const whole = element.childNodes.length === 1 ? text : (element.textContent ?? '');
    let hit = quickMatch(table.index, whole, table.longest);
    // Only this text node is the label ("Kimlik No<span>5ac4…</span>"): its value follows it inside the element.
    const partial = hit || whole === text ? undefined : quickMatch(table.index, text, table.longest);
    if (!hit && !partial) {
      const weak = quickMatch(table.weakIndex, whole, table.longest);
      if (weak && weakAllowed()) hit = weak;
    }
    if (partial) {
      yield { element, hit: partial, textNode: node };
      continue;
    }
    if (!hit) continue;
    seen.add(element);
    yield { element, hit };
  }
}

function quickMatch<F extends string>(index: Map<string, F>, text: string, longest: number): LabelHit<F> | undefined {
  return text.length <= MAX_LABEL_TEXT * 2 ? matchLabel(index, text, longest) : undefined;
}

function hasSection(root: Element, sections: Set<string>): boolean {
  if (sections.size === 0) return false;
  for (const heading of root.querySelectorAll('h1, h2, h3, h4, h5, h6, legend, [role="heading"], summary, caption')) {
    if (sections.has(normalizeLabel(heading.textContent ?? ''))) return true;
  }
  return false;
}

function collect<F extends string>(label: Element, hit: LabelHit<F>, spec: FieldSpec<F>, reading: Reading<F>, textNode?: Node): void {
  if (hit.rest !== undefined) {
    // "Kimlik No: 5ac4…": the value is in the same text, and only there.
    addString(hit.rest, label, hit.field, spec, reading);
    return;
  }
  for (const target of textNode ? siblingsAfter(textNode) : valueTargets(label)) {
    const before = reading.sites.length + reading.masked.length;
    addCandidates(target, hit.field, spec, reading);
    if (reading.sites.length + reading.masked.length > before) return;
  }
}

function* siblingsAfter(node: Node): Generator<Element> {
  for (let next = node.nextSibling; next; next = next.nextSibling) if (next instanceof Element && hasContent(next)) yield next;
}

/** Where a label's value may be, nearest first. */
function* valueTargets(label: Element): Generator<Element> {
  const labelElement = label.closest('label');
  if (labelElement instanceof HTMLLabelElement && labelElement.control) yield labelElement.control;
  // A control inside the label itself: <label>Unvan <input></label>.
  const inner = label.querySelector('input, textarea, select');
  if (inner) yield inner;

  const term = label.closest('dt');
  if (term) {
    for (let next = term.nextElementSibling; next && next.tagName === 'DD'; next = next.nextElementSibling) yield next;
    return;
  }
  const cell = label.closest('th, td');
  if (cell) {
    const nextCell = cell.nextElementSibling;
    if (nextCell) yield nextCell;
    if (cell.tagName === 'TH') yield* sameColumnBelow(cell as HTMLTableCellElement);
    return;
  }
  // A checkbox's label sits right after it: "☐ Durum", the box maybe wrapped in a styled toggle.
  const previous = label.previousElementSibling;
  const box = previous?.matches(TOGGLES) ? previous : previous?.querySelectorAll(TOGGLES).length === 1 ? previous.querySelector(TOGGLES) : null;
  if (box) yield box;
  // The text beside it: following siblings, climbing while the label stands alone in its box.
  let node: Element | null = label;
  for (let level = 0; node && level <= CLIMB_LEVELS; level++) {
    let yielded = false;
    for (let next = node.nextElementSibling, count = 0; next && count < 2; next = next.nextElementSibling, count++) {
      if (!hasContent(next)) continue;
      yielded = true;
      yield next;
      break;
    }
    if (yielded) return;
    node = node.parentElement;
    if (!node || node === node.ownerDocument.body) return;
  }
}

function* sameColumnBelow(header: HTMLTableCellElement): Generator<Element> {
  const table = header.closest('table');
  if (!table) return;
  const index = header.cellIndex;
  const headerRow = header.parentElement;
  for (const row of table.querySelectorAll('tr')) {
    if (row === headerRow) continue;
    const cell = (row as HTMLTableRowElement).cells[index];
    if (cell) yield cell;
  }
}

function hasContent(element: Element): boolean {
  return (
    /\S/.test(element.textContent ?? '') ||
    element.querySelector('input, textarea, select, [data-clipboard-text], [data-copy], [data-value]') !== null ||
    element.matches('input, textarea, select')
  );
}

function addCandidates<F extends string>(target: Element, field: F, spec: FieldSpec<F>, reading: Reading<F>): void {
  for (const [raw, where] of candidateStrings(target)) addString(raw, where, field, spec, reading);
}

function addString<F extends string>(raw: string, where: Element, field: F, spec: FieldSpec<F>, reading: Reading<F>): void {
  const value = spec.shape(field, raw);
  if (value !== undefined) {
    if (!reading.sites.some((site) => site.field === field && site.value === value && site.element === where)) {
      reading.sites.push({ field, value, element: where });
    }
  } else if (isMasked(raw) && !reading.masked.some((site) => site.element === where)) {
    reading.masked.push({ field, element: where });
  }
}

/** The strings a value element may hold: its own text, each text piece, inputs' values, copy attributes. */
function candidateStrings(target: Element): [string, Element][] {
  const out: [string, Element][] = [];
  const visit = (element: Element) => {
    if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) {
      out.push([element.value, element]);
    } else if (element instanceof HTMLSelectElement) {
      const option = element.selectedOptions[0];
      if (option && option.value !== '') out.push([option.textContent ?? '', element]);
    }
    for (const attribute of VALUE_ATTRIBUTES) {
      const value = element.getAttribute(attribute);
      if (value) out.push([value, element]);
    }
  };
  visit(target);
  // Deepest first, so that the element that shows the value (where a copy button belongs) is the one recorded.
  let budget = 40;
  for (const element of target.querySelectorAll('*')) {
    if (--budget < 0) break;
    visit(element);
    const own = ownText(element);
    if (own) out.push([own, element]);
  }
  const text = trimValue(target.textContent ?? '');
  if (text && text.length <= 300) out.push([text, target]);
  return out;
}

function ownText(element: Element): string {
  let text = '';
  for (const child of element.childNodes) if (child.nodeType === Node.TEXT_NODE) text += child.nodeValue;
  return trimValue(text);
}

/** One value per field: distinct values make the field ambiguous, and an ambiguous field yields nothing. */
export function decide<F extends string>(reading: Reading<F>, field: F): { value?: string; element?: Element; ambiguous: boolean; masked: boolean } {
  const sites = reading.sites.filter((site) => site.field === field);
  const values = new Set(sites.map((site) => site.value));
  const masked = sites.length === 0 && reading.masked.some((site) => site.field === field);
  if (values.size === 1) return { value: sites[0]?.value, element: sites[0]?.element, ambiguous: false, masked: false };
  return { ambiguous: values.size > 1, masked };
}
