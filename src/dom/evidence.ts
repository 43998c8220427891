import { type Evidence, expandsShortened, isShortened, type LabelFacts } from '../core/evidence';
import { COPY_ATTRIBUTES, COPY_TARGET_ATTRIBUTE, FULL_TEXT_ATTRIBUTES } from '../core/fields';
import type { LabelRow } from '../core/labels';
import { normalizeLabel, trimValue } from '../core/normalize';
import {
  type BesideLabel,
  besideInRun,
  boxStep,
  labelBeforeColon,
  labelledBefore,
  linedUpRow,
  type PlaceFacts,
  placesToRead,
  type RunBox,
  runItem,
  runReading,
  showsNoValue,
  valueAfterColon,
  valueOfLine,
  withoutMarks,
} from '../core/places';
import {
  type Ancestor,
  countsForRepeats,
  isSmallBox,
  namesNothingHere,
  qualify,
  repeatedSites,
  type SiteFacts,
  sectionTitle,
  type TitleFacts,
  type Vocabulary,
} from '../core/qualify';
import { copyValueCounts, isMasked, isValueSized, RULES, showsMaskRun } from '../core/shape-rules';
import { HOST_TAG } from './badge';
import {
  CONTROLS,
  compileLabels,
  flatChildren,
  flatText,
  flatTree,
  hasContent,
  type LabelSite,
  labelSites,
  matchLabel,
  seenText,
  selfLabelled,
  type Target,
  valueTargets,
} from './find-by-label';
import {
  coveredInFrames,
  drawnAsOneWord,
  drawnText,
  isRendered,
  paintParent,
  readsAsJoined,
  shadowOf,
  showsDots,
  textShownBy,
  withinOneReading,
} from './visibility';
import { watchRoot } from './watch';

// Collects, in one pass over a page, every candidate value beside a label, with how it was found and what stands
// around the label (Bitwarden's collect-then-qualify split). It records observations only; every judgement is a named
// predicate in core: core/qualify.ts (a label in prose or a figure, section titles, others' words, other objects, list
// columns), core/places.ts (what dresses a label, the stop rules of the walk from a label to its values),
// core/shape-rules.ts (masks, copy attributes, a value's shape), core/evidence.ts (ranking).

/** A figure (a mock screenshot, a captioned example) or an image drawn in HTML: its labels name nothing on this page. */
const ILLUSTRATIONS = 'figure, [role="figure"], [role="img"]';
const HEADINGS = 'h1, h2, h3, h4, h5, h6, legend, caption, summary, [role="heading"]';
const SIBLINGS_SCANNED = 40;
/**
 * Markup for text that is not the page's own value: others' words (a quotation, a chat log, a feed of posts, a
 * comment), a message to the seller (an alert: an error page, a notification), and a search box, which holds what
 * the seller looks for.
 */
const QUOTED = 'blockquote, q, [role="log"], [role="feed"], [role="comment"], [role="alert"], search, [role="search"], [type="search"]';

export interface ReadSpec<F extends string> extends Vocabulary {
  rows: readonly LabelRow<F>[];
  /** The fields whose labels, two of them in one part of a page, make that part theirs (groupTexts). */
  partFields?: readonly F[];
  /** The value if `raw` has the field's shape. */
  shape(field: F, raw: string): string | undefined;
}

/** Evidence with the elements it was found at: the DOM side keeps them for copy buttons and notes. */
export interface Found<F extends string> extends Evidence<F> {
  element: Element;
  labelElement: Element;
}

/**
 * Every candidate value for the spec's fields under `root`, in the shadow roots under it and in the same-origin
 * frames under it (a srcdoc or about:blank frame is the page's own document, a shadow root's tree part of the page:
 * the seller sees them as the page).
 */
export function collectEvidence<F extends string>(root: Element, spec: ReadSpec<F>): Found<F>[] {
  // One reading asks isRendered once per element: the rows of a long table share their label's and value's boxes.
  const outer = { seen, dots, textsOf, partTexts };
  const rendered = remembered(isRendered);
  // A frame's text is seen where the frames are rendered and nothing around them covers the text's own points (a
  // frame's hit test cannot see its parent's layers: review 9, finding 11; review 10, finding 7).
  seen = remembered(
    (element) =>
      rendered(element) &&
      framesSeen(element.ownerDocument, root.ownerDocument, rendered) &&
      (element.ownerDocument === root.ownerDocument || !coveredInFrames(element, root.ownerDocument)),
  );
  dots = remembered(showsDots);
  const groups = new Map<Element | ShadowRoot, string>();
  textsOf = (group) => {
    const known = groups.get(group) ?? firstTexts(group);
    groups.set(group, known);
    return known;
  };
  const parts = new Map<Element | ShadowRoot, Map<Element | null, string>>();
  partTexts = (box, start, end) => {
    const byEnd = parts.get(start ?? box) ?? new Map<Element | null, string>();
    parts.set(start ?? box, byEnd);
    const known = byEnd.get(end) ?? firstTexts(box, start, end);
    byEnd.set(end, known);
    return known;
  };
  try {
    // The styles the seen verdicts ask for are remembered too (dom/visibility.ts), for this reading only.
    return withinOneReading(() => {
      const found = collect(root, spec);
      const pageTitle = shownPageTitle(root.ownerDocument);
      for (const body of moreRoots(root, FRAME_LEVELS)) {
        // Sites are numbered per tree: a frame's or a shadow root's follow the ones before it.
        const offset = found.reduce((most, item) => Math.max(most, item.site + 1), 0);
        for (const item of collect(body, spec, pageTitle)) found.push({ ...item, site: item.site + offset });
      }
      return found;
    });
  } finally {
    ({ seen, dots, textsOf, partTexts } = outer);
  }
}

const FRAME_LEVELS = 3;
const SHADOW_LEVELS = 32;

/**
 * The other trees under `root` the seller sees as the page, nested ones too: the shadow roots (open, and closed ones
 * where this script may open them: dom/visibility.ts shadowOf), never our own UI's; and the bodies of the frames
 * whose documents this script may read (same origin: srcdoc, about:blank, the panel's own pages). A frame's text is
 * seen only if the frame is (`framesSeen`).
 */
function* moreRoots(root: Element | ShadowRoot, levels: number, depth = 0): Generator<Element | ShadowRoot> {
  // Shadow roots nested deeper than any component library nests them are not read (a page building thousands by
  // script would only cost the scan).
  if (depth > SHADOW_LEVELS) return;
  for (const node of root.querySelectorAll('*')) {
    // A closed root is asked of the browser's API for custom elements only: a call for each of a page's thousands of
    // boxes doubled a scan (12.6 against 5.7 ms on a 5,011-element page); an open root is a property of any box.
    const custom = node.localName.includes('-');
    const shadow = node.localName === HOST_TAG ? null : custom ? shadowOf(node) : node.shadowRoot;
    if (shadow) {
      watchRoot(shadow);
      yield shadow;
      yield* moreRoots(shadow, levels, depth + 1);
    }
    if (levels <= 0 || (node.localName !== 'iframe' && node.localName !== 'frame')) continue;
    let body: HTMLElement | null | undefined;
    try {
      body = (node as HTMLIFrameElement).contentDocument?.body;
    } catch {
      body = undefined; // another origin's document: not ours to read
    }
    if (!body) continue;
    yield body;
    yield* moreRoots(body, levels - 1, depth);
  }
}

/**
 * A frame's document is judged by the one definition inside its own viewport (dom/visibility.ts asks each element's
 * document); the frame element holding it must be rendered in its parent too, up to the document being read.
 */
function framesSeen(document: Document, top: Document, rendered: (element: Element) => boolean): boolean {
  for (let doc = document; doc !== top; ) {
    const frame = doc.defaultView?.frameElement;
    if (!frame || !rendered(frame)) return false;
    doc = frame.ownerDocument;
  }
  return true;
}

/** The one "seen" verdict (dom/visibility.ts), remembered for the reading under way. */
let seen: (element: Element) => boolean = isRendered;
/** Shows its text as dots (dom/visibility.ts), remembered likewise. */
let dots: (element: Element) => boolean = showsDots;

function remembered<T>(compute: (element: Element) => T): (element: Element) => T {
  const known = new Map<Element, T>();
  return (element) => {
    if (known.has(element)) return known.get(element) as T;
    const value = compute(element);
    known.set(element, value);
    return value;
  };
}

/**
 * The page's title: the first h1 drawn on screen (a hidden one names nothing), in its whole text and in the words the
 * seller sees where they differ. The title only disowns a value (a "Webhook Ayarları" page's ID is no store's), so
 * both count: a hidden letter inside its word must not break the match, and an italic word is a word (review2-s49,
 * H2: "<i>Webhook</i> Ayarları" was read as "Ayarları", and the webhook's ID taken for the Store ID).
 */
function shownPageTitle(document: Document): string | undefined {
  for (const heading of document.querySelectorAll('h1')) {
    if (!seen(heading)) continue;
    const whole = folded(flatText(heading));
    const words = seenWords(heading);
    return (words && words !== whole ? `${whole} · ${words}` : whole) || undefined;
  }
  return undefined;
}

const folded = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A box's seen words, by this reading's `seen` (dom/find-by-label.ts seenText). */
const seenWords = (box: Element) => seenText(box, seen);

function collect<F extends string>(root: Element | ShadowRoot, spec: ReadSpec<F>, outerTitle?: string): Found<F>[] {
  const document = root.ownerDocument as Document;
  const table = compileLabels(spec.rows);
  // Each label matched again on the words the seller sees of it (a page's hidden "Mağaza " before "Kimlik No" made a
  // generic label a specific one: review-s49, H1): another row where they differ, none where they name no field.
  // Its shown words are quoted under a choice and key a list's rows.
  const shownLabels = new Map<LabelSite<F>, string>();
  const sites = [...labelSites(root, table)].flatMap((site) => {
    if (!site.textNode) {
      const words = seenWords(site.element);
      const hit = words === folded(flatText(site.element)) ? { entry: site.row } : matchLabel(table, words);
      if (!hit) return [];
      if (hit.entry !== site.row) site = { ...site, row: hit.entry };
    }
    shownLabels.set(site, shownLabel(site));
    return [site];
  });
  const found: Found<F>[] = [];
  const sections = new Map<Element, { title?: string }>();
  // Each row of a long table looks back over the rows before it for a title: each box is asked once.
  const titleOf = remembered((sibling) => sectionTitle(titleFacts(sibling), table.sections));
  const sectionOf = (element: Element) => {
    let section = sections.get(element);
    if (!section) {
      section = nearestSection(element, titleOf);
      sections.set(element, section);
    }
    return section;
  };
  const links = linkIndex(document);
  const labelLines = boxesHoldingLabels(sites);
  // Which way a flat run of values and captions reads is told by its values' shapes (core/places.ts).
  const fitField = (field: string, text: string) => (spec.shape(field as F, text) !== undefined ? (exactShape(field) ? 2 : 1) : isMasked(text) ? 1 : 0);
  const captionBefore = (box: Element) => captionValue(box, labelLines, fitField);
  const emptySites = new Set<number>();
  // A column's rendered rows, once per reading: every label of a long column asks for them.
  const shown = new Map<Element, Element[]>();
  const shownChildren = (of: Element) => shown.get(of) ?? (shown.set(of, [...of.children].filter(seen)).get(of) as Element[]);
  // The page's title names the object a whole page is about ("Webhook Ayarları"), whatever its boxes are titled.
  // A frame without its own title is under the page's.
  const pageTitleFact = shownPageTitle(document) ?? outerTitle;
  for (const [index, site] of sites.entries()) {
    const start = found.length;
    const label = shownLabels.get(site) ?? site.row.text;
    const add = (raw: string, element: Element, via: Evidence['via'], distance: number, source: Evidence['source'], columnRows = 0) => {
      const value = spec.shape(site.row.field, raw);
      if (value === undefined && !isMasked(raw)) return;
      const facts: LabelFacts = { labelRow: site.row.text, sections: site.row.sections, quoted: false, groupText: '', repeats: false, columnRows };
      // One literal: a fresh object spread at its head gave each candidate a hidden class of its own in V8 (a third of a
      // long table's reading).
      found.push({
        field: site.row.field,
        strength: site.row.strength,
        label,
        site: index,
        labelElement: site.element,
        value: value ?? '',
        masked: value === undefined,
        element,
        via,
        distance,
        source,
        facts,
        ...placeholders,
      });
    };
    if (namesNothingHere(siteFacts(site))) continue;
    let isRow = false;
    const after = site.textNode ? undefined : textAfter(site.element);
    const fitsField = (text: string) => spec.shape(site.row.field, text) !== undefined;
    const inline = site.rest === undefined ? undefined : inlineValue(site, fitsField);
    if (inline !== undefined && isShortened(inline)) {
      // "Kimlik No: 5ac428…adae" with a copy button: the whole value is in the button's attribute.
      for (const [raw, element, source] of expansions(inline, site.element)) add(raw, element, 'inline', 0, source);
    } else if (inline !== undefined) {
      add(inline, site.element, 'inline', 0, 'text');
    } else if (after && site.element.parentElement) {
      // "<b>Kimlik No</b>: 5ac4…": the value is the text that follows the label in its parent.
      add(after, site.element.parentElement, 'text', 1, 'text');
    }
    if (found.length === start && site.rest === undefined) {
      // A label dressed in its box (an icon, a tooltip trigger, a badge) stands for the whole box: its value is beside the box.
      const dressed = site.textNode ? undefined : labelBox(site.element, fitsField);
      const byLayout = layoutTargets(dressed ? { ...site, element: dressed.box } : site, shownChildren, captionBefore);
      const named = namedBy(site.element, links);
      // The boxes holding this label: a place beside one of them stands after this label, not another.
      const ownBoxes = new Set<Element>();
      for (let box: Element | null = site.element; box; box = paintParent(box)) ownBoxes.add(box);
      const anotherLabel = (box: Element | null) => !!box && labelLines.has(box) && !ownBoxes.has(box);
      // The walk from the label to its values (core/places.ts placesToRead): each place with what it is, and what reading
      // it gave; the walk's named stop rules end it.
      let before = found.length;
      // What says this label is a row of a list though it shows no value: the walk went on to the next box and passed
      // over it, as it holds a label of this field (the next row), or read a dash where its value would be (the review
      // of s43, F1). Not a table's column of row headers: a label of each row, not this one's next row.
      const passedRow = (target: Target) =>
        (target.via === 'sibling' || target.via === 'climb') && labelLines.get(target.element)?.has(site.row.field) === true && !ownBoxes.has(target.element);
      const placeFacts = (target: Target): PlaceFacts => {
        if (passedRow(target)) isRow = true;
        const next = target.element.nextElementSibling;
        before = found.length;
        return {
          via: target.via,
          row: target.element.parentElement,
          linked: named.includes(target.element),
          next: !next ? 'none' : next.tagName === 'TH' ? 'header' : 'other',
          shapedAsTaggedLabel: dressed?.tagged === true && sameShape(target.element, dressed.box),
          holdsAnotherLabel: anotherLabel(target.element),
          followsAnotherLabel: anotherLabel(target.element.previousElementSibling),
          beforeCaption: target.beforeCaption === true,
        };
      };
      const outcome = () => ({ foundAny: found.length > start, masked: found.slice(before).some((item) => item.masked) });
      for (const target of placesToRead(linkedTargets(named, site.element, byLayout), placeFacts, outcome)) {
        if (showsNoValue(flatText(target.element))) isRow = true;
        for (const [raw, element, source] of candidateStrings(target, fitsField)) add(raw, element, target.via, target.distance, source, target.rows ?? 0);
      }
    }
    if (found.length === start) {
      // A label the seller sees with no value beside it is a row too where its walk says it is one: a list of stores
      // where this one's ID is missing (the review of s43, F1: the next row's ID was taken alone once the walk no longer
      // reached it). Not any label without a value: beside a hidden one, the label is no row of a list.
      if (isRow && seen(site.element)) emptySites.add(index);
      continue;
    }
    const labelShown = seen(site.element);
    const section = sectionOf(site.element);
    const quoted = site.element.closest(QUOTED) !== null;
    // A part of the page is the store's fields' own where another of them is labelled in it too (review-s46): a
    // product's "Kimlik No" with a heading after it is no part, and its product's words below still name it.
    const holdsAnotherField = (part: Part) =>
      sites.some(
        (other) =>
          other.row.field !== site.row.field && (spec.partFields ?? []).includes(other.row.field) && inPart(other.element, part) && seen(other.element),
      );
    const groupText = groupTexts(site.element, found[start]?.element, holdsAnotherField);
    for (const item of found.slice(start)) {
      item.visible = labelShown && seen(item.element);
      item.section = section.title;
      Object.assign(item.facts as LabelFacts, { quoted, groupText, pageTitle: pageTitleFact });
    }
  }
  // Labels whose values stand the same way in sibling rows (core/qualify.ts: a list's column, but for exceptions).
  // Alike by their shown words: words a page hid in each row's label made each row a field of its own.
  const shownSites = new Set([...found.filter(countsForRepeats).map((item) => item.site), ...emptySites]);
  const pathOf = remembered(ancestors);
  const lists = repeatedSites(
    sites.filter((_site, index) => shownSites.has(index)),
    (site) => `${site.row.field}|${normalizeLabel(shownLabels.get(site) ?? '')}`,
    (site) => pathOf(site.element),
  );
  for (const item of found) if (lists.has(sites[item.site] as LabelSite<F>)) (item.facts as LabelFacts).repeats = true;
  // Inputs named by their own aria-label or placeholder.
  for (const { input, row } of selfLabelled(root, table)) {
    if (dots(input)) continue;
    const value = spec.shape(row.field, input.value);
    if (value === undefined) continue;
    const section = sectionOf(input);
    found.push({
      field: row.field,
      value,
      masked: false,
      label: row.text,
      strength: row.strength,
      via: 'self',
      source: 'input',
      distance: 0,
      section: section.title,
      inSection: false,
      visible: seen(input),
      listColumn: false,
      facts: { labelRow: row.text, quoted: input.closest(QUOTED) !== null, groupText: '', repeats: false, columnRows: 0 },
      site: sites.length,
      element: input,
      labelElement: input,
    });
  }
  // The judgements, in core: what the facts say of each candidate.
  for (const item of found) qualify(item, spec);
  return found;
}

/** A box standing right after a value in its parent, as a hint follows the value it is about. */
function isHintAfterValue(box: Element): boolean {
  const before = box.previousElementSibling;
  return !!before && runItem(flatText(before)) === 'value';
}

/**
 * Every box that holds a label, up the flat tree as it is painted, with the fields of the labels it holds. A place on a
 * label's walk never holds the label itself (it is beside it, after it or below it), so a place found here holds
 * another label: that label's line.
 */
function boxesHoldingLabels(sites: readonly LabelSite<string>[]): Map<Element, Set<string>> {
  const boxes = new Map<Element, Set<string>>();
  // A label counts where the seller sees one: not in prose, not hidden (a hidden label planted in a value's box would
  // make the value no one's).
  for (const site of sites) {
    if (namesNothingHere(siteFacts(site)) || !seen(site.element)) continue;
    // A label with words after its colon right after a value ("<code>C</code> <small>Client secret: aşağıda</small>") is a
    // hint about that field inside the value's box, not its line: it made the value no one's (the review of s43, F5).
    // Where it starts its line ("Gizli Anahtar: bir kez gösterilir" before its value), it is that label's line.
    if (site.rest !== undefined && runItem(site.rest) === 'words' && isHintAfterValue(site.element)) continue;
    // Boxes already holding a label of this field hold all their ancestors too: each box takes each field once.
    for (let box: Element | null = site.element; box && !boxes.get(box)?.has(site.row.field); box = paintParent(box)) {
      const fields = boxes.get(box) ?? boxes.set(box, new Set()).get(box);
      fields?.add(site.row.field);
    }
  }
  return boxes;
}

const BOX_LEVELS = 3;
/** Boxes of their own: a label's box never grows past a cell, a term, a form label or a heading. */
const BOXES =
  'th, td, dt, dd, li, label, legend, caption, summary, h1, h2, h3, h4, h5, h6, [role="cell"], [role="gridcell"], [role="columnheader"], [role="rowheader"]';
/** What opens a tooltip or acts: beside a label, a help trigger ("?", "ⓘ"). */
const TRIGGERS = 'button, [role="button"], [data-tooltip], [data-tip], [title], [aria-describedby]';
const VALUE_HOLDERS = [CONTROLS, ...COPY_ATTRIBUTES.map((name) => `[${name}]`)].join(', ');

/** Whether any element under `node` in the flat tree matches `selector`. */
function holdsInFlatTree(node: Node, selector: string): boolean {
  for (const child of flatTree(node)) if (child.nodeType === Node.ELEMENT_NODE && (child as Element).matches(selector)) return true;
  return false;
}

/** What a node beside a label is, as facts: core/places.ts judges whether it dresses the label. */
function besideLabel(node: Node, after: boolean, shaped: (text: string) => boolean): BesideLabel {
  // As the seller sees it: a component beside the label shows its root, a slot what is assigned to it.
  const text = trimValue(node.nodeType === Node.TEXT_NODE ? (node.nodeValue ?? '') : flatText(node));
  const facts: BesideLabel = { icon: false, trigger: false, holdsValue: shaped(text), text, after };
  if (!(node instanceof Element)) return facts;
  facts.holdsValue ||= node.matches(VALUE_HOLDERS) || holdsInFlatTree(node, VALUE_HOLDERS);
  facts.icon = node.matches('svg, img') || node.getAttribute('aria-hidden') === 'true';
  facts.trigger = node.matches(TRIGGERS);
  return facts;
}

/**
 * The label's box: the label with what stands beside it in the same boxes and only dresses it (core/places.ts:
 * dressesLabel), climbing while a box holds nothing else. Only a dressed label has one; `tagged` says a tag was
 * taken into it (a word the next row of a list might show too).
 */
function labelBox(label: Element, shaped: (text: string) => boolean): { box: Element; tagged: boolean } | undefined {
  let box = label;
  let dressed = false;
  let tagged = false;
  for (let level = 0; level < BOX_LEVELS && !box.matches(BOXES); level++) {
    // Up the flat tree: a label slotted into a component's header is dressed by what the header shows. A box at the top
    // of a shadow root is not among its host's children: the climb stops there.
    const parent = paintParent(box);
    if (!parent || parent === label.ownerDocument.body) break;
    const nodes = [...flatChildren(parent)];
    const at = nodes.indexOf(box);
    if (at < 0) break;
    const others = nodes.flatMap((node, index) => (index === at ? [] : [besideLabel(node, index > at, shaped)]));
    const step = boxStep(others, parent.nextElementSibling?.childElementCount === parent.childElementCount);
    if (!step.grows) break;
    dressed ||= step.dressed;
    tagged ||= step.tagged;
    box = parent;
  }
  return dressed ? { box, tagged } : undefined;
}

/** Same tag, same tags inside in the same order: two rows of one list. */
function sameShape(a: Element, b: Element): boolean {
  const tags = (element: Element) => [...element.children].map((child) => child.tagName).join(' ');
  return a.tagName === b.tagName && tags(a) === tags(b);
}

/** A run longer than this is a list or a page, not a row of tiles: its order is not asked. */
const MAX_RUN = 24;

/** A field whose shape has one length (a Store ID: 24 hex): a value of that shape says more than a token's. */
const exactShape = (field: string) => {
  const rule = (RULES as Record<string, { min?: number; max?: number }>)[field];
  return rule?.min !== undefined && rule.min === rule.max;
};

/** Words in a control are its name ("Kopyala", "Düzenle"), not a caption. */
const CONTROL_WORDS = 'a, button, [role="button"], [role="link"]';
/**
 * A button stands beside a value and is stepped over in a run; a link may be another value's caption ("<a>Webhook
 * ID</a>"), and stepping over it gave that value to our caption (the review of s45, H2).
 */
const BUTTONS = 'button, [role="button"]';

/**
 * What a box of a run shows as its value: a control's value (a read-only input), the whole value a shortened one holds
 * in a copy attribute ("5ac428…adae"), else its text as shown (the review of s44, 5: inputs and shortened values said
 * nothing).
 */
function runText(box: Element): string {
  if (box.matches('input, textarea')) {
    const control = box as HTMLInputElement;
    return control.type === 'password' && control.value ? '••••••••' : control.value.trim();
  }
  // As a value is read: what the seller sees, without a control's name or hidden text ("5ac4…adae" and a copy
  // component's "Kopyala" read as one token that fit no field: the second review of s46, F2). A control is its name.
  const text = (box.matches(NOT_VALUES) ? flatText(box) : shownText(box)).trim();
  if (!isShortened(text)) return text;
  for (const name of FULL_TEXT_ATTRIBUTES) {
    const full = box.getAttribute(name)?.trim();
    if (full && expandsShortened(text, full)) return full;
  }
  return text;
}

/** One box of a flat run, as the seller sees it: one of the reader's labels (by its field), other words, a value, or else. */
function runBox(box: Element, labelLines: Map<Element, Set<string>>): RunBox {
  const text = runText(box);
  const item = runItem(text);
  const fields = labelLines.get(box);
  // A box holding one label and no value of any shape ("🔑 Gizli Anahtar", "Kimlik No:"): a box holding a label and a
  // value is a line of its own, not a caption.
  if (fields?.size === 1 && item !== 'value' && !text.split(/\s+/).some((word) => runItem(word) === 'value'))
    return { kind: 'label', field: [...fields][0] as string };
  if (item === 'words') return box.matches(BUTTONS) ? { kind: 'control' } : box.matches(CONTROL_WORDS) ? { kind: 'other' } : { kind: 'words' };
  return item === 'value' ? { kind: 'value', text } : { kind: 'other' };
}

/**
 * Where `box` is a label in a flat run of boxes that reads as values with their captions after them (core/places.ts
 * runReading): the value before it, or null where the box before it is no value, or where the run reads either way;
 * undefined where it reads as labels before their values. Only boxes the seller sees make the run: a hidden box at either end cannot turn it around.
 */
function captionValue(box: Element, labelLines: Map<Element, Set<string>>, fitOf: (field: string, text: string) => number): Element | null | undefined {
  // A box at the top of a shadow root stands in a run of the root's boxes (the review of s44, 5).
  const parent = box.parentElement ?? (box.parentNode?.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? (box.parentNode as ShadowRoot) : null);
  if (!parent || parent.childElementCount > MAX_RUN) return undefined;
  const boxes = [...parent.children].filter((child) => hasContent(child) && seen(child));
  const at = boxes.indexOf(box);
  if (at < 0) return undefined;
  const run = boxes.map((child) => runBox(child, labelLines));
  if (run[at]?.kind !== 'label') return undefined;
  const reading = runReading(run, fitOf);
  if (reading === 'labels') return undefined;
  // Either way: no value is this label's by the run alone (the seller is asked).
  // A value with another label before it is that label's, even in a run of captions.
  const before = besideInRun(run, at, -1);
  return reading === 'captions' && run[before]?.kind === 'value' && !labelledBefore(run, before) ? (boxes[before] as Element) : null;
}

/**
 * The places the layout puts a label's value, nearest first, found lazily: most labels stop at the first, and a row
 * label's column is scanned only when its row held nothing.
 */
function* layoutTargets(
  site: LabelSite<string>,
  shownChildren: (of: Element) => Element[],
  captionBefore: (box: Element) => Element | null | undefined,
): Generator<Target> {
  let afterControl: Element | null | undefined;
  for (const places of [valueTargets(site, captionBefore, seen), parallelCell(site.element, shownChildren)]) {
    for (const target of places) {
      // A help button beside the label is a control, not its value: the value is the next thing after it.
      if (afterControl === undefined) afterControl = target.element.matches('button, [role="button"]') ? target.element.nextElementSibling : null;
      yield target;
    }
  }
  if (afterControl) yield { element: afterControl, via: 'sibling', distance: 2 };
}

/**
 * What names the label as its own (aria-labelledby) is linked exactly, wherever the layout puts it: it comes before
 * the places found by layout. Named by many (the cells of a grid's column), it is a list's column.
 */
function* linkedTargets(named: Element[], label: Element, byLayout: Iterable<Target>): Generator<Target> {
  for (const element of named) yield named.length > 1 ? { element, via: 'column', distance: 1, rows: named.length } : { element, via: 'for', distance: 1 };
  const below = gridColumnBelow(label);
  for (const [index, element] of below.entries()) yield { element, via: 'column', distance: 1 + index, rows: below.length };
  yield* byLayout;
}

const GRID_CELLS = '[role="columnheader"], [role="rowheader"], [role="gridcell"], [role="cell"]';

/**
 * The cells under a column header of an ARIA grid or table (a data grid drawn with divs), as a <th>'s column: one
 * row is this page's field, several rows a list.
 */
function gridColumnBelow(label: Element): Element[] {
  const header = label.closest('[role="columnheader"]');
  const row = header?.closest('[role="row"]');
  const grid = row?.closest('[role="grid"], [role="treegrid"], [role="table"]');
  if (!header || !row || !grid || withoutMarks(header.textContent ?? '') !== withoutMarks(label.textContent ?? '')) return [];
  const cells = (of: Element) => [...of.children].filter((cell) => cell.matches(GRID_CELLS));
  const index = cells(row).indexOf(header);
  const below: Element[] = [];
  for (const other of grid.querySelectorAll('[role="row"]')) {
    const cell = other === row ? undefined : cells(other)[index];
    if (cell && hasContent(cell)) below.push(cell);
  }
  return below;
}

/** The elements whose aria-labelledby names the label, or a box around it that holds nothing else. */
function namedBy(label: Element, links: () => Map<string, Element[]>): Element[] {
  let owner: Element | null = label;
  while (owner && !owner.id) owner = owner.parentElement?.childElementCount === 1 ? owner.parentElement : null;
  if (!owner || (owner !== label && withoutMarks(owner.textContent ?? '') !== withoutMarks(label.textContent ?? ''))) return [];
  return (links().get(owner.id) ?? []).filter((element) => element !== owner);
}

/**
 * Every aria-labelledby link of the document, by the id it names: built once per reading, at the first label with an
 * id. Looking the page up again for each label made a page of many labelled values quadratic.
 */
function linkIndex(document: Document): () => Map<string, Element[]> {
  let index: Map<string, Element[]> | undefined;
  return () => {
    if (index) return index;
    index = new Map();
    for (const element of document.querySelectorAll('[aria-labelledby]')) {
      for (const id of new Set((element.getAttribute('aria-labelledby') ?? '').split(/\s+/))) {
        const named = index.get(id);
        if (named) named.push(element);
        else index.set(id, [element]);
      }
    }
    return index;
  };
}

/**
 * Labels in one column and values in the next, rows lined up by layout alone: the value is the cell at the label's
 * row of the next column, as many rows long. (In a list of rows the same place is the next row's label: no value.)
 */
function* parallelCell(label: Element, shownChildren: (of: Element) => Element[]): Generator<Target> {
  let box = label;
  while (box.parentElement && box.parentElement.textContent === label.textContent) box = box.parentElement;
  const column = box.parentElement;
  const next = column?.nextElementSibling;
  if (!column || !next) return;
  // Rows as the seller sees them: a hidden row takes no place on screen, and counting it would shift the values.
  const labels = shownChildren(column);
  const cells = shownChildren(next);
  // Rows in the order they are drawn, top to bottom: a flex order, a reversed column or grid rows placed by CSS draw
  // the cells in another order than the markup's (pages-s46 H1: the Client ID given the Store ID's value); a column set
  // lower by a padding still pairs row by row (review2-s46 F3).
  const [drawnLabels, drawnCells] = [inDrawnOrder(labels), inDrawnOrder(cells)];
  const at = linedUpRow(drawnLabels.length, drawnCells.length, drawnLabels.indexOf(box));
  const cell = at === undefined ? undefined : drawnCells[at];
  if (cell) yield { element: cell, via: 'row', distance: 1 };
}

/**
 * Boxes in the order they are drawn down the page (by their tops); with no layout, as the markup lists them. Once per
 * list of a reading (the shown children of a box are one array a reading): a table of 500 rows asked it per label.
 */
function inDrawnOrder(boxes: readonly Element[]): Element[] {
  const known = drawnOrders.get(boxes);
  if (known) return known;
  const drawn = drawnOrderOf(boxes);
  drawnOrders.set(boxes, drawn);
  return drawn;
}

const drawnOrders = new WeakMap<readonly Element[], Element[]>();

function drawnOrderOf(boxes: readonly Element[]): Element[] {
  const tops = boxes.map((box) => box.getBoundingClientRect());
  if (tops.some((box) => box.height <= 0)) return [...boxes];
  return boxes
    .map((box, index) => ({ box, top: (tops[index] as DOMRect).top }))
    .sort((one, other) => one.top - other.top)
    .map(({ box }) => box);
}

/**
 * The texts of the fields a label stands among, one word apart: its list or table, else the box around its row (the
 * smallest box holding the label and its value: "<p>Gizli Anahtar: …</p>" is a row of its own, so its fields are its
 * siblings, not the whole page around them).
 */
function groupTexts(label: Element, value: Element | undefined, ownPart: (part: Part) => boolean): string {
  const list = label.closest('dl, table, ul, ol, fieldset, form');
  if (list) return textsOf(list);
  let row: Element | null = label;
  while (value && row && !row.contains(value)) row = row.parentElement;
  // Rows at a shadow root's top are parted in the root (review-s46, C2, C4: judged by the label's own text alone, a
  // product's ID there was the store's).
  const box = row?.parentElement ?? (row?.parentNode?.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? (row.parentNode as ShadowRoot) : null);
  if (!row || !box) return textsOf(label);
  // A heading or a section after the row opens another part of the page ("Webhooks", "Son siparişler" below the
  // store's fields), and a section before it is one: their words name their own object, not the one of the fields
  // beside them (pages-s45 M1). Headings before the row title its own part and count. Only a boundary the seller sees
  // with words in it parts the page (an empty or hidden one is markup: review-s46, B1–B9), and only a part holding
  // another of the fields' labels is theirs (a product's ID with a heading after it is the product's: A1–A15).
  let start = row.previousElementSibling;
  while (start && !(start.matches(SECTIONS) && boundary(start))) start = start.previousElementSibling;
  let end = row.nextElementSibling;
  while (end && !(end.matches(`${SECTIONS}, ${TITLES}`) && boundary(end))) end = end.nextElementSibling;
  const part = { box, start, end };
  if ((!start && !end) || !ownPart(part)) return textsOf(box);
  return partTexts(box, start, end);
}

/** A part of a box: its children after `start` (a section) up to `end` (a heading or a section), either open. */
interface Part {
  box: Element | ShadowRoot;
  start: Element | null;
  end: Element | null;
}

/** A boundary between parts the seller sees: drawn, with words. */
const boundary = (element: Element) => /[\p{L}\p{N}]/u.test(element.textContent ?? '') && seen(element);

function inPart(element: Element, { box, start, end }: Part): boolean {
  if (!box.contains(element) || start?.contains(element) || end?.contains(element)) return false;
  if (start && !(start.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING)) return false;
  return !end || (end.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_PRECEDING) !== 0;
}

const SECTIONS = 'section, article, aside, nav, footer, [role="region"]';
const TITLES = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/** The first texts with words of a group: the rows of a long table share them, so they are read once per reading. */
let textsOf = (group: Element | ShadowRoot) => firstTexts(group);
/** The texts of one part of a box, between the parts beside it: the fields of one part share them. */
let partTexts = (box: Element | ShadowRoot, start: Element | null, end: Element | null) => firstTexts(box, start, end);

/** A group's texts read, at most: a sidebar of links inside the group may come first. */
const MAX_GROUP_TEXTS = 200;
const MAX_GROUP_WALKED = 2000;

function firstTexts(group: Element | ShadowRoot, start?: Element | null, end?: Element | null): string {
  const walker = group.ownerDocument.createTreeWalker(group, NodeFilter.SHOW_TEXT);
  const texts: string[] = [];
  // A section before the part is skipped whole.
  if (start) walker.currentNode = start;
  // Texts walked are capped too, not only those kept: a closed menu's thousands of hidden texts are not each judged
  // (those of the section skipped before the part do not count: they are not judged).
  let walked = 0;
  for (let node = walker.nextNode(); node && texts.length < MAX_GROUP_TEXTS; node = walker.nextNode()) {
    if (start?.contains(node)) continue;
    if (walked++ >= MAX_GROUP_WALKED) break;
    if (end && end.compareDocumentPosition(node) & (Node.DOCUMENT_POSITION_FOLLOWING | Node.DOCUMENT_POSITION_CONTAINED_BY)) break;
    // Texts with words: an indented sidebar's line breaks filled the hundred before a product's "Ürün adı" (review2-s46
    // F1), and its product's ID was read as the Store ID. Words the seller sees: a hidden "Ürün Adı" in the store's
    // own list made its Store ID a product's, and another ID won (review-s49, H2).
    const text = node.nodeValue ?? '';
    const holder = /\S/.test(text) ? textShownBy(node) : undefined;
    if (holder && seen(holder)) texts.push(text);
  }
  return texts.join(' ');
}

/** Filled in once the label's section and visibility are known. */
const placeholders = { section: undefined, inSection: false, visible: false, listColumn: false };

/**
 * Where a label stands: in a figure or not, and the texts before and after it in its line (its parent's text nodes;
 * none for a label with its value in one text, "Kimlik No: 5ac4…", which is a line of its own). core/qualify.ts judges.
 */
function siteFacts(site: LabelSite<string>): SiteFacts {
  const facts = { inFigure: site.element.closest(ILLUSTRATIONS) !== null, textBefore: '', textAfter: '' };
  const label: Node = site.textNode ?? site.element;
  const parent = label.parentNode;
  if (!parent || (site.textNode && site.rest !== undefined)) return facts;
  let after = false;
  for (const child of parent.childNodes) {
    if (child === label) after = true;
    else if (child.nodeType === Node.TEXT_NODE && after) facts.textAfter += child.nodeValue;
    else if (child.nodeType === Node.TEXT_NODE) facts.textBefore += child.nodeValue;
  }
  return facts;
}

/** The text right after a label element, in the same parent: ": 5ac4…"; a line break between is only layout. */
function textAfter(label: Element): string | undefined {
  let next = label.nextSibling;
  while (next?.nodeName === 'BR') next = next.nextSibling;
  // A text slotted into a component counts only where it is drawn and seen (dom/visibility.ts textShownBy).
  if (!next || next.nodeType !== Node.TEXT_NODE || !textShownBy(next)) return undefined;
  return valueAfterColon(next.nodeValue ?? '');
}

/**
 * The label's words as the seller sees them, for the choices and the marks that quote them: a hidden aside in the
 * label's box ("Kimlik No<span hidden> (satıcı hesabınız)</span>") was shown under a choice in the extension's voice
 * (review-s48, H1). The same words its row is matched on (an italic one included: review2-s49, H2); our own words for
 * the label where none are seen.
 */
function shownLabel(site: LabelSite<string>): string {
  if (site.textNode) return trimValue(labelText(site));
  const shown = seenWords(site.element);
  const words = trimValue(site.rest === undefined ? shown : labelBeforeColon(shown));
  return words || site.row.text;
}

function labelText(site: LabelSite<string>): string {
  if (site.textNode) return site.textNode.nodeValue ?? '';
  const text = site.element.textContent ?? '';
  return site.rest === undefined ? text : labelBeforeColon(text);
}

type Candidate = [string, Element, Evidence['source']];
/** Text that is no value: a control's caption, an icon, a struck-out value that no longer holds (an old secret). */
const NOT_VALUES = 'button, [role="button"], i, svg, del, s';
const COPY_HOLDERS = [...COPY_ATTRIBUTES, COPY_TARGET_ATTRIBUTE, 'title', 'aria-label', 'data-tooltip'].map((name) => `[${name}]`).join(', ');

/**
 * The strings a value element may hold: inputs' values, each piece of text the seller sees, the whole text, and
 * copy attributes where they agree with what is shown. A value that is masked anywhere in its box is masked: a
 * visible piece of it is not the value, and neither is a copy button's attribute behind the dots.
 */
function candidateStrings(target: Target, fits: (text: string) => boolean): Candidate[] {
  const root = target.element;
  // The first 40 elements inside: a value's box is small, and a climb may land on a box as big as the page.
  // As the seller sees it: a slot holds what is assigned to it.
  const elements = [root];
  for (const node of flatTree(root)) {
    if (elements.length > 40) break;
    if (node.nodeType === Node.ELEMENT_NODE) elements.push(node as Element);
  }
  const pieces: [string, Element][] = [];
  const out: Candidate[] = [];
  for (const slotOrElement of elements) {
    const [own, element] = ownText(slotOrElement);
    const control = element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement;
    if ((control || own) && dots(element)) return [['••••', element, control ? 'input' : 'text']];
    if (control) out.push([element.value, element, 'input']);
    if (element instanceof HTMLSelectElement) {
      const option = element.selectedOptions[0];
      // What the select shows is the option's label (its label attribute, else its text), not its text.
      if (option && option.value !== '') out.push([option.getAttribute('label') ?? option.textContent ?? '', element, 'input']);
    }
    if (own && !element.closest(NOT_VALUES)) pieces.push([own, element]);
  }
  if (pieces.some(([text]) => showsMaskRun(text))) return [['••••', root, 'text']];
  for (const [text, element] of pieces) {
    if (isShortened(text)) out.push(...expansions(text, element));
    else out.push([text, element, 'text']);
  }
  // A copy button's value, where it agrees with what the box shows (core/shape-rules.ts: copyValueCounts); not where
  // CSS draws dots over it (`::after { content: "••••" }`).
  const shownTexts = pieces.map(([text]) => text);
  for (const element of elements) {
    for (const attribute of COPY_ATTRIBUTES) {
      const value = element.getAttribute(attribute)?.trim();
      if (value && showsMaskRun(drawnText(element))) return [['••••', element, 'text']];
      if (value && copyValueCounts(value, shownTexts)) out.push([value, element, 'attribute']);
    }
  }
  // The whole text joins a value split over inline elements ("64b7<wbr>f0…"); a big box has no such value.
  const whole = elements.length <= 40 ? trimValue(shownText(root, 'value')) : '';
  if (isValueSized(whole) && isShortened(whole)) {
    // A shortened value split over inline elements ("<span>64b7f0c2</span>…<span>9f8e</span>"): no piece holds both ends.
    for (const candidate of expansions(whole, root))
      if (!out.some(([value, element]) => value === candidate[0] && element === candidate[1])) out.push(candidate);
  } else if (isValueSized(whole) && !pieces.some(([text]) => isShortened(text))) {
    out.push([whole, root, 'text']);
    // A value split over inline elements ("<span>7d1f04b2e9a3</span><span>6c58</span>") is the whole: a piece of it is
    // no value of its own, though it has a loose field's shape (the second review of s46, F4: the seller was asked to
    // choose between the Client ID and its first twelve characters). Only where every piece reads as a part of one
    // value, written alike: a badge's word ("Aktif") or a footnote's <sup>2</sup> against a value is no part of it, and
    // the whole was decided (the attack review of s47, F4).
    if (fits(whole) && !/\s/.test(whole) && piecesOfOneValue(pieces))
      return out.filter(([value, element, source]) => !(source === 'text' && element !== root && whole.includes(value) && value !== whole));
  }
  return out;
}

/**
 * Pieces that read as parts of one value: each of a value's characters, hexadecimal or holding a digit (a word, a
 * badge's "Aktif", is not), and each written at one size on one baseline (a raised or smaller piece is a mark of its own).
 */
function piecesOfOneValue(pieces: readonly [string, Element][]): boolean {
  const styles = pieces.map(([, element]) => element.ownerDocument.defaultView?.getComputedStyle(element));
  return (
    pieces.every(([text]) => /^[A-Za-z0-9]+$/.test(text) && (/^[0-9a-f]+$/i.test(text) || /\d/.test(text))) &&
    styles.every((style) => style !== undefined && style.verticalAlign === 'baseline' && style.fontSize === styles[0]?.fontSize)
  );
}

/** The whole value behind a shortened text: in its own attributes, or a copy button's or tooltip's in its row. */
function expansions(shown: string, element: Element): Candidate[] {
  const out: Candidate[] = [];
  const row = element.closest('tr, [role="row"], li') ?? element.parentElement?.parentElement ?? element.parentElement ?? element;
  for (const holder of [element, ...row.querySelectorAll(COPY_HOLDERS)]) {
    for (const text of [...FULL_TEXT_ATTRIBUTES.map((attribute) => holder.getAttribute(attribute)?.trim()), copiedFrom(holder)]) {
      // "Copy 64b7f0…": the value may be one word of a longer label.
      for (const full of text ? [text, ...text.split(/\s+/)] : []) {
        if (expandsShortened(shown, full) && !out.some(([value]) => value === full)) out.push([full, element, 'attribute']);
      }
    }
  }
  return out;
}

/** What a copy button that names its source copies: that element's value, or its text (COPY_TARGET_ATTRIBUTE). */
function copiedFrom(holder: Element): string | undefined {
  const selector = holder.getAttribute(COPY_TARGET_ATTRIBUTE);
  if (!selector) return undefined;
  let source: Element | null;
  try {
    source = (holder.getRootNode() as Document | ShadowRoot).querySelector(selector);
  } catch {
    return undefined; // not a selector
  }
  if (source instanceof HTMLInputElement || source instanceof HTMLTextAreaElement) return source.value.trim();
  return source?.textContent?.trim() || undefined;
}

type Piece = { text: string; element: Element; node: Text };

/**
 * The text the seller sees in an element, piece by piece: each run of text with the element that shows it. Text in
 * a hidden descendant is not there (it goes to `dropped`, where given); a value never comes from textContent, which
 * holds hidden text too.
 */
function shownPieces(root: Element, dropped?: Piece[]): Piece[] {
  const pieces: Piece[] = [];
  const shown = new Map<Element, boolean>();
  for (const node of flatTree(root)) {
    if (pieces.length >= 200) break;
    if (node.nodeType !== Node.TEXT_NODE || !node.nodeValue) continue;
    // A text slotted into a component is judged where its slot lays it out (dom/visibility.ts textShownBy).
    const parent = textShownBy(node);
    if (!parent) continue;
    let visible = shown.get(parent);
    if (visible === undefined) {
      visible = seen(parent);
      shown.set(parent, visible);
    }
    (visible ? pieces : dropped)?.push({ text: node.nodeValue, element: parent, node: node as Text });
  }
  return pieces;
}

/**
 * The value's whole text: a button's caption beside it ("Gizle", "Kopyala") is not part of it, and pieces drawn in
 * another order than they are written, or with a hidden piece or a caption drawn among them, join into no value
 * (dom/visibility.ts readsAsJoined). A value's pieces may stand apart by a space; a title's words, by a badge or an icon.
 */
function shownText(root: Element, reading: 'value' | 'words' = 'words'): string {
  const dropped: Piece[] = [];
  const shown = shownPieces(root, dropped);
  const inValue = (piece: Piece) => !piece.element.closest(NOT_VALUES);
  const pieces = shown.filter(inValue);
  const nodes = (list: Piece[]) => list.map((piece) => piece.node);
  // A caption left out as no part of the value still may not stand between its pieces.
  const left = [...dropped, ...shown.filter((piece) => !inValue(piece))];
  // A text of spaces between two pieces reads as one space, whatever it holds ("\n    " of a template, a no-break
  // space): as the browser draws it (the pages of s42, O6: grouped values refused for it).
  const text = pieces.map((piece) => (/\S/.test(piece.text) ? piece.text : ' ')).join('');
  return readsAsJoined(nodes(pieces), nodes(left), reading) ? text : '';
}

/**
 * The value of "Kimlik No: 5ac4…" as shown: the rest of the piece that holds the colon, else the next piece, with the
 * pieces after it drawn as one word with it while what they spell together has the field's shape (`fits`): a Client ID in
 * two spans was read as its first twelve characters (the pages of s42, O2). What stands after it in another element
 * and does not make the value longer ("Kimlik No: 5ac4<span>Aktif</span>") is not part of it.
 */
function inlineValue(site: LabelSite<string>, fits: (text: string) => boolean): string | undefined {
  if (site.textNode) return site.rest;
  const dropped: Piece[] = [];
  const pieces = shownPieces(site.element, dropped);
  const texts = pieces.map((piece) => piece.text);
  const first = valueOfLine(texts);
  const at = texts.findIndex((text) => /[:：]/.test(text));
  const colon = texts[at] ?? '';
  if (first === undefined || colon.slice(colon.search(/[:：]/) + 1).trim()) return first;
  let value = first;
  let joined = (texts[at + 1] ?? '').trimStart();
  const left = dropped.map((piece) => piece.node);
  for (let end = at + 2; end < Math.min(pieces.length, at + 1 + MAX_PIECES_JOINED); end++) {
    const text = texts[end] ?? '';
    // A button's caption is no part of a value.
    if (pieces[end]?.element.closest(NOT_VALUES)) break;
    // A space between two pieces ends the value: what follows is another word.
    if (/\s/.test(text.trimEnd()) || /\s$/.test(joined)) break;
    joined += text;
    const candidate = joined.trimEnd();
    const nodes = pieces.slice(at + 1, end + 1).map((piece) => piece.node);
    // As one word, and as the seller reads it: no piece left out (a decoy hidden from the reader) drawn among them.
    if (fits(candidate) && drawnAsOneWord(nodes) && readsAsJoined(nodes, left, 'value')) value = candidate;
  }
  return value;
}

/** The pieces after a label's colon joined into its value, at most. */
const MAX_PIECES_JOINED = 8;

/**
 * An element's own text, with the element that shows it: a slot's is the text assigned to it, which its host (the
 * text's parent) shows; an element slotted there is walked as an element of its own.
 */
function ownText(element: Element): [string, Element] {
  let text = '';
  let shownBy = element;
  for (const child of flatChildren(element)) {
    if (child.nodeType !== Node.TEXT_NODE) continue;
    // A text's box: the element, or for a text assigned to a slot, where the slot lays it out; none, not drawn.
    const box = textShownBy(child);
    if (!box) continue;
    text += child.nodeValue;
    shownBy = box;
  }
  return [trimValue(text), shownBy];
}

/**
 * The section a label sits in: the nearest heading (or a text that names a known section) standing before the
 * label or one of its ancestors, at the same level. A heading inside a sibling box titles that box, not what follows.
 */
function nearestSection(element: Element, titleOf: (sibling: Element) => string | undefined): { title?: string } {
  const body = element.ownerDocument.body;
  // Through the flat tree: a component's fields stand under the section its host (or the slot it shows in) stands in.
  for (let node: Element | null | undefined = element; node && node !== body; node = paintParent(node)) {
    let count = 0;
    for (let sibling = node.previousElementSibling; sibling && count < SIBLINGS_SCANNED; sibling = sibling.previousElementSibling, count++) {
      const title = titleOf(sibling);
      if (title) return { title };
    }
  }
  return {};
}

/** What a box before a label shows, for core/qualify.ts's sectionTitle: a big box's text is not read. */
function titleFacts(element: Element): TitleFacts {
  const childElements = element.childElementCount;
  if (!isSmallBox(childElements)) return { childElements, text: '', heading: false };
  // The heading inside is looked for only if the rule asks: a box of few children may hold a whole page.
  // The title the seller sees: a hidden heading, or a slot's fallback behind what is assigned to it, titles nothing
  // (attack review of this change: "Genel Bilgi" as an unshown fallback over "Sipariş" made an order's ID a store's).
  return {
    childElements,
    text: shownText(element),
    heading: element.matches(HEADINGS),
    get innerHeading() {
      const heading = element.querySelector(HEADINGS);
      return heading ? shownText(heading) : undefined;
    },
  };
}

/** The element and its ancestors, innermost first, with their tags: what core/qualify.ts compares two rows by. */
function ancestors(element: Element): Ancestor[] {
  const path: Ancestor[] = [];
  for (let node: Element | null = element; node; node = node.parentElement) path.push({ node, tag: node.tagName });
  return path;
}
