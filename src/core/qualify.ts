import type { Evidence, LabelFacts } from './evidence';
import { mentionsAny } from './labels';
import { normalizeLabel } from './normalize';

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

// Rows of one table share their page title, section and group: each text is folded and searched once.
const objectsNamed = new Map<string, boolean>();
/**
 * A group's text without the sibling fields named for another object and this label, per label and group: cutting
 * each of the objects' names out of a table's text for each of its 500 rows took most of a long table's reading.
 */
const groupsWithout = new Map<string, string>();

/** A label that does not say whose ID it is, among another object's fields (a product, an order, a webhook), is that object's. */
export function aboutOtherObject(evidence: Placed, words: Vocabulary): boolean {
  if (!isGenericLabel(evidence, words)) return false;
  // A sibling field named for the object and this label ("Webhook Gizli Anahtarı" beside "Gizli Anahtar") is that
  // object's own: the bare label beside it is not. Only the group's text drops it; a title naming the object still counts.
  const label = normalizeLabel(evidence.facts.labelRow);
  const groupKey = `${label}\u0000${evidence.facts.groupText}`;
  let group = groupsWithout.get(groupKey);
  if (group === undefined) {
    group = (words.otherObjects ?? []).reduce(
      (text, stem) => text.split(` ${normalizeLabel(stem)} ${label}`).join(' '),
      ` ${normalizeLabel(evidence.facts.groupText)}`,
    );
    if (groupsWithout.size > 100) groupsWithout.clear();
    groupsWithout.set(groupKey, group);
  }
  const texts = `${evidence.facts.pageTitle} ${evidence.section} ${group}`;
  let named = objectsNamed.get(texts);
  if (named === undefined) {
    if (objectsNamed.size > 1000) objectsNamed.clear();
    named = mentionsAny(texts, words.otherObjects ?? []);
    objectsNamed.set(texts, named);
  }
  return named;
}

/**
 * A list's column: a column of several rows, or a label repeated in sibling rows; but not under its field's own
 * section title (a store page's "Genel Bilgi" beside a seller's block laid out alike is no list of stores).
 */
export function isListColumn(evidence: Placed): boolean {
  return evidence.facts.manyRows || (evidence.facts.repeats && !inOwnSection(evidence));
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
