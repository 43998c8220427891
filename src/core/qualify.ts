import type { Evidence, LabelFacts } from './evidence';
import { mentionsAny } from './labels';
import { normalizeLabel, trimValue } from './normalize';

// The qualification of what the page collector saw (Bitwarden's split): named predicates over the facts it recorded,
// no DOM. Each is a table test in qualify.test.ts.

/** Words that judge a label's place: data, per panel (core/joom-labels.ts). */
export interface Vocabulary {
  /** Word starts of section titles over others' words or things seen elsewhere. */
  othersRegions?: readonly string[];
  /** Labels or titles naming another object than the store. */
  otherObjects?: readonly string[];
  /** Labels that do not say whose ID they are. */
  genericLabels?: readonly string[];
}

type Placed = Pick<Evidence, 'section'> & { facts: LabelFacts };

/** The label stands under one of the section titles its row names ("Kimlik No" under "Genel Bilgi"). */
export function inOwnSection(evidence: Placed): boolean {
  const section = normalizeLabel(evidence.section ?? '');
  return section !== '' && (evidence.facts.sections ?? []).some((title) => normalizeLabel(title) === section);
}

/** Others' words: quoted markup, or a section titled for messages, help, examples, things seen elsewhere. */
export function inOthersWords(evidence: Placed, words: Vocabulary): boolean {
  return evidence.facts.quoted || mentionsAny(evidence.section, words.othersRegions ?? []);
}

/** A label that does not say whose ID it is ("ID", "Kimlik No"). */
export function isGenericLabel(evidence: Placed, words: Vocabulary): boolean {
  const label = normalizeLabel(evidence.facts.labelRow);
  return (words.genericLabels ?? []).some((text) => normalizeLabel(text) === label);
}

/**
 * Whether another object is named, per group text, then per label, page title and section. The rows of one table share
 * their group's text, one string a Map hashes once: a key joining it to the rest was built and hashed again per row.
 */
const objectsNamed = new Map<string, Map<string, boolean>>();

/** A label that does not say whose ID it is, among another object's fields (a product, an order, a webhook), is that object's. */
export function aboutOtherObject(evidence: Placed, words: Vocabulary): boolean {
  if (!isGenericLabel(evidence, words)) return false;
  const label = normalizeLabel(evidence.facts.labelRow);
  const { groupText, pageTitle } = evidence.facts;
  let byGroup = objectsNamed.get(groupText);
  if (!byGroup) {
    if (objectsNamed.size > 100) objectsNamed.clear();
    byGroup = new Map();
    objectsNamed.set(groupText, byGroup);
  }
  const key = `${label}\u0000${pageTitle} ${evidence.section}`;
  let named = byGroup.get(key);
  if (named === undefined) {
    // Bounded like the outer map: a page whose title changes on every rescan must not grow it without end.
    if (byGroup.size > 100) byGroup.clear();
    // A sibling field named for the object and this label ("Webhook Gizli Anahtarı" beside "Gizli Anahtar") is that
    // object's own: the bare label beside it is not. Only the group's text drops it; a title naming the object still counts.
    const group = (words.otherObjects ?? []).reduce((text, stem) => text.split(` ${normalizeLabel(stem)} ${label}`).join(' '), ` ${normalizeLabel(groupText)}`);
    named = mentionsAny(`${pageTitle} ${evidence.section} ${group}`, words.otherObjects ?? []);
    byGroup.set(key, named);
  }
  return named;
}

/**
 * A list's column: a column of several rows, or a label repeated in sibling rows; but not under its field's own
 * section title (a store page's "Genel Bilgi" beside a seller's block laid out alike is no list of stores).
 */
export function isListColumn(evidence: Placed): boolean {
  return evidence.facts.columnRows > 1 || (evidence.facts.repeats && !inOwnSection(evidence));
}

/** Sets the judgements decideField reads from the facts the collector recorded. */
export function qualify<E extends Evidence>(evidence: E, words: Vocabulary): E {
  if (!evidence.facts) return evidence;
  const placed = evidence as E & Placed;
  evidence.inSection = inOwnSection(placed);
  evidence.othersRegion = inOthersWords(placed, words) || aboutOtherObject(placed, words);
  evidence.listColumn = isListColumn(placed);
  return evidence;
}

/** What stands beside a label in its line: the texts before and after it in its parent. */
export interface LineFacts {
  textBefore: string;
  textAfter: string;
}

const PROSE_WORD = /^\p{L}{2,}[.,;!?']?$/u;
const wordCount = (text: string) => text.split(/\s+/).filter((token) => PROSE_WORD.test(token)).length;

/**
 * A label inside a sentence ("Lütfen <b>Kimlik No</b> değerini kopyalayın") names nothing beside it: words stand
 * before it in its line, or a sentence (five words or more) follows it.
 */
export function inProse(line: LineFacts): boolean {
  return wordCount(line.textBefore) > 0 || wordCount(line.textAfter) >= 5;
}

/** Where a label stands, before any value is looked for. */
export interface SiteFacts extends LineFacts {
  /** In a figure (a mock screenshot, a captioned example) or an image drawn in HTML. */
  inFigure: boolean;
}

/** A label that names nothing on this page: in a sentence, or in a figure (its labels belong to the picture). */
export function namesNothingHere(site: SiteFacts): boolean {
  return site.inFigure || inProse(site);
}

/** What the collector says of a box standing before a label (or one of its ancestors), at the same level. */
export interface TitleFacts {
  /** Its child elements. */
  childElements: number;
  /** Its whole text. */
  text: string;
  /** It is a heading (h1–h6, legend, caption, summary, role=heading). */
  heading: boolean;
  /** The text of the first heading inside it: read last, only when the box is neither a heading nor a known title (a getter may find it then). */
  innerHeading?: string;
}

const SECTION_TITLE_MAX = 60;

/** A title is a small thing: a box of more than four elements titles nothing (and its text need not be read). */
export function isSmallBox(childElements: number): boolean {
  return childElements <= 4;
}

/**
 * The section title a box shows, if it is one: a short heading, or a short text naming one of the known sections
 * (normalized), or a box holding a heading and maybe a small button ("<h3>Genel Bilgi</h3><a>Düzenle</a>").
 */
export function sectionTitle(box: TitleFacts, knownSections: ReadonlySet<string>): string | undefined {
  if (!isSmallBox(box.childElements)) return undefined;
  const text = trimValue(box.text);
  if (!text || text.length > SECTION_TITLE_MAX) return undefined;
  if (box.heading || knownSections.has(normalizeLabel(text))) return text;
  const title = trimValue(box.innerHeading ?? '');
  return title && text.startsWith(title) && text.length - title.length <= 20 ? title : undefined;
}

/** Only a shown value's label may make a list: a masked or unseen one stands for no row. */
export function countsForRepeats(evidence: Pick<Evidence, 'masked' | 'visible'>): boolean {
  return !evidence.masked && evidence.visible;
}

/** One step up from a label: the box and its tag. */
export interface Ancestor {
  node: unknown;
  tag: string;
}

const LIST_LEVELS = 6;

/**
 * Two labels in sibling rows: under their lowest common ancestor, in children reached by the same path of tags, at
 * most seven levels deep. Paths run innermost first, from the label up to the document.
 */
export function rowsAlike(pathA: readonly Ancestor[], pathB: readonly Ancestor[]): boolean {
  let shared = 0;
  while (shared < Math.min(pathA.length, pathB.length) && pathA[pathA.length - 1 - shared]?.node === pathB[pathB.length - 1 - shared]?.node) shared++;
  const rowA = pathA.slice(0, pathA.length - shared);
  const rowB = pathB.slice(0, pathB.length - shared);
  if (rowA.length === 0 || rowA.length !== rowB.length || rowA.length > LIST_LEVELS + 1) return false;
  return rowA.every((step, index) => step.tag === rowB[index]?.tag);
}

/**
 * The labels that repeat in sibling rows: the same label (`key`: its field and text) standing alike (`rowsAlike`)
 * within eight sites of another (rows of a table, items of a list, cards of a grid). Such a label is a list's column.
 */
export function repeatedSites<S>(sites: readonly S[], key: (site: S) => string, path: (site: S) => readonly Ancestor[]): Set<S> {
  const byKey = new Map<string, S[]>();
  for (const site of sites) {
    const group = byKey.get(key(site));
    if (group) group.push(site);
    else byKey.set(key(site), [site]);
  }
  const lists = new Set<S>();
  for (const group of byKey.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length && j < i + 8; j++) {
        const a = group[i] as S;
        const b = group[j] as S;
        if (rowsAlike(path(a), path(b))) lists.add(a).add(b);
      }
    }
  }
  return lists;
}
