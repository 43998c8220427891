// Scoring what the page collector found. Pure (no DOM): every ranking rule is a table test in evidence.test.ts.
// The collector (dom/evidence.ts) says how each candidate value was found; this file decides what it is worth.

/** How a value was reached from its label. */
export type Via =
  | 'inline' // "Kimlik No: 5ac4…" in one text
  | 'for' // label[for] → its control, or what names the label by aria-labelledby
  | 'inner' // a control inside the label
  | 'dd' // the dd after a dt
  | 'row' // the next cell of a table row
  | 'column' // the cell below a column header
  | 'text' // the text right after the label inside the same element
  | 'sibling' // the next element beside the label
  | 'climb' // the next element beside one of the label's ancestors
  | 'self' // an input named by its own aria-label or placeholder
  | 'taught'; // where the seller once picked a value on a page laid out the same way

export interface Evidence<F extends string = string> {
  field: F;
  /** The value, with the field's shape; '' when the page shows it masked (••••). */
  value: string;
  masked: boolean;
  /** The label as the page shows it. */
  label: string;
  strength: 'strong' | 'weak';
  via: Via;
  /** Where the string came from: shown text, an attribute behind a shortened text or on a copy button, an input. */
  source: 'text' | 'attribute' | 'input';
  /** Steps from the label to the value: 0 in the same text, 1 beside it, more when the finder had to climb. */
  distance: number;
  /** The nearest section title above the label, as shown. */
  section?: string;
  /** The label sits in one of the sections its label row names (what a weak label needs to count). */
  inSection: boolean;
  /** Label and value are rendered: not display:none, visibility:hidden, hidden, aria-hidden, zero-size or off-page. */
  visible: boolean;
  /** The label repeats in sibling rows, or its column has several rows: a column of a list, not a field of this page. */
  listColumn: boolean;
  /**
   * The label stands where the page shows no value of its own: others' words or things seen elsewhere (a chat, help,
   * recently viewed), another object's fields, a search box.
   */
  othersRegion?: boolean;
  /** Which label occurrence the value came from. */
  site: number;
  /** What the collector saw around the label: core/qualify.ts turns it into inSection, othersRegion and listColumn. */
  facts?: LabelFacts;
}

/** Observations about a label's place on the page, recorded by the collector and judged in core/qualify.ts. */
export interface LabelFacts {
  /** The label as the label table spells it. */
  labelRow: string;
  /** The section titles the label's row names. */
  sections?: readonly string[];
  /** In markup for others' words or a message: a quotation, a chat log, a feed, a comment, an alert, a search box. */
  quoted: boolean;
  /** The page's title (its h1). */
  pageTitle?: string;
  /** The texts of the group of fields the label stands among (its list or table, else the box around its row). */
  groupText: string;
  /** The same label stands the same way in sibling rows (rows of a table, items of a list, cards of a grid). */
  repeats: boolean;
  /** The rows of the column the value stands in under the label (a table's or grid's), 0 when it stands in none. */
  columnRows: number;
}

export interface FieldDecision<E extends Evidence> {
  /** The value taken: set only when the best-ranked candidates agree. */
  value?: string;
  /** The best evidence for the value taken (its element gets the copy button). */
  best?: E;
  /** The best-ranked candidates disagree: the seller must choose. */
  ambiguous: boolean;
  /** Only a masked value stands under the field's label. */
  masked: boolean;
  /** One per distinct value among the best-ranked, nearest first: what the seller chooses from. */
  candidates: E[];
  /**
   * Values a list shows under a strong label (the rows of a stores list): never taken, never a reason to call the
   * field ambiguous, but what the seller may pick from when nothing else stands.
   */
  listed: E[];
}

/** A candidate at all: what the seller can see, in a field of this page, under a label that counts where it stands. */
export function isCandidate(evidence: Evidence): boolean {
  return evidence.visible && !evidence.listColumn && !evidence.othersRegion && (evidence.strength === 'strong' || evidence.inSection);
}

/**
 * Higher is better. A strong label in its own section ("Kimlik No" under "Genel Bilgi") beats a strong label
 * elsewhere, which ties with a weak label in its section ("ID" under "Genel Bilgi"): two such values are for the
 * seller to choose between. Within a tier, a value beside its label beats one the finder had to climb to.
 */
export function rank(evidence: Evidence): number {
  const tier = (evidence.strength === 'strong' ? 1 : 0) + (evidence.inSection ? 1 : 0);
  return tier * 2 + (evidence.distance <= 1 ? 1 : 0);
}

/** One value per field, decided only when the best-ranked candidates agree. */
export function decideField<E extends Evidence>(evidence: readonly E[], field: E['field']): FieldDecision<E> {
  const candidates = evidence.filter((item) => item.field === field && isCandidate(item));
  const shown = candidates.filter((item) => !item.masked);
  if (shown.length === 0) return { ambiguous: false, masked: candidates.length > 0, candidates: [], listed: listedValues(evidence, field) };
  const top = Math.max(...shown.map(rank));
  const best = new Map<string, E>();
  for (const item of shown.filter((item) => rank(item) === top).sort((a, b) => a.distance - b.distance)) {
    if (!best.has(item.value)) best.set(item.value, item);
  }
  const ranked = [...best.values()];
  if (ranked.length === 1) return { value: ranked[0]?.value, best: ranked[0], ambiguous: false, masked: false, candidates: ranked, listed: [] };
  return { ambiguous: true, masked: false, candidates: ranked, listed: [] };
}

/** A masked Secret Key the seller could read: the page's own, where the note and the panel's reveal button help. */
export function needsMaskedNote(evidence: Evidence): boolean {
  return evidence.field === 'secret' && evidence.masked && isCandidate(evidence);
}

/** A redirect URL read is checked on an application's page only: one where a Client ID was decided. */
export function checksRedirect(clientId: Pick<FieldDecision<Evidence>, 'value'>): boolean {
  return clientId.value !== undefined;
}

function listedValues<E extends Evidence>(evidence: readonly E[], field: E['field']): E[] {
  const listed = new Map<string, E>();
  for (const item of evidence) {
    if (item.field === field && item.listColumn && item.visible && !item.othersRegion && item.strength === 'strong' && !item.masked && !listed.has(item.value))
      listed.set(item.value, item);
  }
  return listed.size > 1 ? [...listed.values()] : [];
}

/**
 * Is `full` what the shortened text `shown` stands for? "64b7f0…9f8e" stands for a value that starts with "64b7f0" and
 * ends with "9f8e". A shortened text is never a value itself; a title or copy attribute that expands it is.
 */
export function expandsShortened(shown: string, full: string): boolean {
  const match = /^\s*(\S*?)\s*(?:…|\.{3})\s*(\S*?)\s*$/.exec(shown);
  if (!match) return false;
  const [, head = '', tail = ''] = match;
  if (head.length + tail.length < 4) return false;
  return full.length > head.length + tail.length && full.startsWith(head) && full.endsWith(tail);
}

/** Does this text look shortened ("64b7f0…9f8e", "5ac4281...")? */
export function isShortened(text: string): boolean {
  return /…|\.{3}/.test(text) && text.trim().length <= 80;
}
