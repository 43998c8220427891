import type { REFUSALS } from './answers';
import { SHOPIVERSE_FORM_ORDER } from './fields';
import type { Box } from './hand-rules';
import { mentionsAny } from './labels';
import { normalizeLabel } from './normalize';
import { OTHERS_REGIONS } from './others-regions';
import { SHOPIVERSE_ORIGIN } from './redirect';

// Which "Api Tanım" form on a ShopiVerse page may receive the values. The page collects facts about each block
// that holds the form's parts (shopiverse/api-form.ts); the decision is made here, from the facts alone, through
// the named predicates below. The page's address is no fact: where ShopiVerse puts the form is unknown (PANELS.md),
// so a tab, a modal, a drawer at any route qualifies by what the seller sees there.

/** The parts of an Api Tanım form, counted per container. */
export interface PartCounts {
  secrets: number;
  clientIds: number;
  storeIds: number;
  switches: number;
  saves: number;
  banners: number;
}

/**
 * One way the form's values would leave when submitted: the form's own submission (implicit, by Enter) or one of
 * its submitters' (`formaction`, `formmethod`, `formtarget`), resolved as the browser does (`<base href>` counts).
 */
export interface Submission {
  /** The absolute URL the values would go to. */
  url: string;
  /** An `action` or `formaction` attribute says where (without one the form posts back to its own page). */
  explicit: boolean;
  /** 'get', 'post' or 'dialog', as the browser reads it. */
  method: string;
  /** A `method` or `formmethod` attribute says how (without one a form GETs, unless the page's own script sends it). */
  methodSaid: boolean;
  /** The browsing context named by `target`, `formtarget` or `<base target>`; '' for none. */
  target: string;
}

/** One container (the nearest box holding one of every part) of an Api Tanım form. */
export interface FormFacts {
  /** Parts the seller sees (rendered). */
  rendered: PartCounts;
  /** Parts present in the DOM, rendered or not. */
  present: PartCounts;
  /** The marketplace the container's rendered banner names ("Joom", "Trendyol"). */
  marketplace?: string;
  /** The 5-digit ShopiVerse store code the rendered banner gives ("('00159' kodlu mağaza)"). */
  code?: string;
  /** Every way the container's forms and submitters would send what is typed. */
  submissions: Submission[];
  /**
   * Each seen part in the container (every field, the switch, the save button, the banner), read from the part
   * upward: a look-alike inside a message may borrow a part from the page, and then its container is a box above the
   * message, whose own place says nothing of the message.
   */
  parts: PartPlace[];
}

/** Where one part of a form sits. */
export interface PartPlace {
  /** Inside editable or quoted content: `contenteditable`, an article, a blockquote, a message log or feed. */
  quoted: boolean;
  /**
   * Every title the seller reads the part under: the page's h1s the seller sees, each ancestor's name (aria-label,
   * aria-labelledby) and the titles directly before it at each level up the tree (siblingTitles).
   */
  titles: string[];
}

/**
 * What the seller sees of one earlier sibling of a box, for the titles over the box: a title (a heading, or a
 * wrapper holding only one) they see, with its text; something that shows them no text (not rendered, a rule, a
 * spacer, an image, a script, a closed dropdown, a hidden heading); or a block with text they see that is no title.
 */
export type SiblingLook = { kind: 'title'; text: string } | { kind: 'quiet' } | { kind: 'block' };

/**
 * The titles a box's earlier siblings (nearest first) put over it: the nearest title the seller sees, at any
 * distance, with the run of titles directly before it ("Mesajlar" then "Bugün" over a list). Blocks between the title
 * and the box do not end its reach: a summary line, a filter bar or earlier messages between "Mesajlar" and a
 * look-alike in a message do not make it a form of the panel (the sixth review, finding 2, reopened by a rule that
 * ended the reach at the first block). A nearer title ends the reach of those further up: a card's own header
 * titles it, not the announcements above it. Quiet siblings (not rendered, no text) are passed over.
 */
export function siblingTitles(before: Iterable<SiblingLook>): string[] {
  const titles: string[] = [];
  for (const look of before) {
    if (look.kind === 'title') titles.push(look.text);
    else if (look.kind === 'block' && titles.length > 0) break;
  }
  return titles;
}

/** Why a page's form is not the one to fill (named in core/answers.ts, with the tab's answers that say them). */
export type Refusal = (typeof REFUSALS)[number];
export type FormVerdict = { status: 'one'; index: number; code: string } | { status: Refusal };

const PARTS = ['secrets', 'clientIds', 'storeIds', 'switches', 'saves', 'banners'] as const;

function isOnShopiverse(url: string): boolean {
  try {
    return new URL(url).origin === SHOPIVERSE_ORIGIN;
  } catch {
    return false;
  }
}

/** Every part is there and seen. */
export const isComplete = (form: FormFacts): boolean => PARTS.every((part) => form.rendered[part] >= 1);

/** Two of a seen part in one container: which is the form is not a guess we make. */
export const hasTwinParts = (form: FormFacts): boolean => PARTS.some((part) => form.rendered[part] > 1);

/**
 * A banner's marketplace ("Joom(Joom)") is Joom: not Joomla, not a list naming Joom among others, and its name in
 * parentheses, where it has one, is Joom too ("Joom(Trendyol)" is not: review2-s49, M1).
 */
export function isJoomMarketplace(marketplace: string | undefined): boolean {
  const named = /^\s*([^()]+?)\s*(?:\(\s*([^()]*?)\s*\))?\s*$/.exec(marketplace ?? '');
  const isJoom = (name: string | undefined) => name?.toLowerCase() === 'joom';
  return !!named && isJoom(named[1]) && (named[2] === undefined || isJoom(named[2]));
}

/** Its banner is seen, names Joom, and gives the store's 5-digit code. */
export const namesJoomStore = (form: FormFacts): boolean =>
  form.rendered.banners >= 1 && isJoomMarketplace(form.marketplace) && !!form.code && /^\d{5}$/.test(form.code);

/** Every part is in the page, the Joom banner is seen, but some part is not (hidden, clipped, covered). */
export const hasHiddenParts = (form: FormFacts): boolean => namesJoomStore(form) && PARTS.every((part) => form.present[part] >= 1) && !isComplete(form);

/**
 * The chosen form is drawn over another Joom store's form: its own box, or a box around it that holds no part of the
 * other (a toast, a notification, a dialog laid over the page), overlaps the other's box. The form under it is the
 * one the panel shows; the layer is not the seller's form, whatever it copies. `layers`: the chosen form's box and
 * each ancestor up to the first that holds the other form; `other`: the other form's box (one of no area, as
 * display:none gives, is under nothing).
 */
export function drawnOver(layers: readonly Box[], other: Box): boolean {
  if (other.right - other.left <= 0 || other.bottom - other.top <= 0) return false;
  return layers.some(
    (layer) =>
      Math.min(layer.right, other.right) - Math.max(layer.left, other.left) > 0 && Math.min(layer.bottom, other.bottom) - Math.max(layer.top, other.top) > 0,
  );
}

/** Submitted, would the values land outside app.shopiverse.tech, or in another window or frame? */
export const sendsOffsite = (submission: Submission): boolean =>
  !isOnShopiverse(submission.url) || !(submission.target === '' || submission.target.toLowerCase() === '_self');

/**
 * A form that names where it sends must POST, and no form or submitter may say GET: a GET puts the Secret Key in a
 * URL (history, logs, the Referer). A form that says neither (an SPA's, sent by its own script) qualifies; a native
 * GET it would make on Enter is stopped at the submit (shopiverse/submit-guard.ts).
 */
export const sendsInUrl = (submission: Submission): boolean => {
  const method = submission.method.toLowerCase();
  return (submission.explicit && method !== 'post') || (submission.methodSaid && method === 'get');
};

/**
 * Word starts of titles over someone else's words or another object's page on ShopiVerse: a form there is markup a
 * buyer's message or a product's description put on the page, not a store's Api Tanım tab. Data: the reader's
 * others' regions (messages, reviews, support, help, examples), products and orders, and what sellers' panels call
 * buyers' questions, returns, complaints and tickets. Not "talep" alone: ShopiVerse's own button is "Yetki Talep Et".
 */
export const OTHERS_CONTENT_TITLES: readonly string[] = [
  ...OTHERS_REGIONS,
  ...['ürün', 'sipariş', 'açıklama', 'sorular', 'soruları', 'sorusu', 'iade', 'şikayet', 'talepler'], // tr
  ...['product', 'order', 'description', 'question', 'returns', 'return request', 'refund', 'complaint', 'ticket', 'dispute'], // en
];

/** Whole words only: "soru" (a question) starts "sorumlu" (in charge) and "sorun" (a problem) too. */
export const OTHERS_CONTENT_WORDS: readonly string[] = ['soru'];

/** A title naming someone else's content: messages, reviews, questions, returns, complaints, tickets, products, orders. */
export const namesOthersContent = (title: string): boolean =>
  mentionsAny(title, OTHERS_CONTENT_TITLES) ||
  OTHERS_CONTENT_WORDS.some((word) => ` ${normalizeLabel(title).replace(/[^\p{L}\p{N}]+/gu, ' ')} `.includes(` ${word} `));

/** A part inside someone else's content (a message, a review, a product's description). */
export const partInOthersContent = (part: PartPlace): boolean => part.quoted || part.titles.some(namesOthersContent);

/**
 * Someone else's content is never the store's form, nor a part of it: a form with any part inside others' content is
 * refused, whether all its parts are there or it straddles the boundary, borrowing the rest (Kaydet, a "Durum"
 * switch, a banner) from the page around the message.
 */
export const inOthersContent = (form: FormFacts): boolean => form.parts.some(partInOthersContent);

/** Why a complete Joom form may not be filled, or undefined when it may. */
export function submitRefusal(form: FormFacts): 'offsite' | 'sendsInUrl' | undefined {
  if (form.submissions.some(sendsOffsite)) return 'offsite';
  if (form.submissions.some(sendsInUrl)) return 'sendsInUrl';
  return undefined;
}

/**
 * Why the Secret Key must not go out with a submission being sent, or undefined when it may: any of its `ways`
 * leaves app.shopiverse.tech, or puts the values in a URL. `byDefaultToo`: a form that says no method counts as the
 * GET the browser makes of it (a native submission, which no page script sends instead).
 */
export function secretRefusal(ways: readonly Submission[], byDefaultToo: boolean): 'offsite' | 'sendsInUrl' | undefined {
  if (ways.some(sendsOffsite)) return 'offsite';
  if (ways.some((way) => sendsInUrl(way) || (byDefaultToo && way.method.toLowerCase() === 'get'))) return 'sendsInUrl';
  return undefined;
}

/**
 * Exactly one container qualifies: every part seen once, a banner naming Joom and the store's code, nothing
 * submitting anywhere but back to app.shopiverse.tech by POST. Two of anything, in one container or two, is not
 * a guess we make. When none qualifies, the status says why, most telling reason first.
 */
export function qualifyApiForm(all: readonly FormFacts[]): FormVerdict {
  const forms = all.filter((form) => !inOthersContent(form));
  const complete = forms.filter(isComplete);
  if (complete.some(hasTwinParts)) return { status: 'manyForms' };
  const joom = complete.filter(namesJoomStore);
  const fit = joom.filter((form) => submitRefusal(form) === undefined);
  if (fit.length > 1) return { status: 'manyForms' };
  const [one] = fit;
  if (one) return { status: 'one', index: all.indexOf(one), code: one.code as string };
  const refused = joom.map(submitRefusal);
  if (refused.includes('offsite')) return { status: 'offsite' };
  if (refused.includes('sendsInUrl')) return { status: 'sendsInUrl' };
  if (forms.some(hasHiddenParts)) return { status: 'hidden' };
  if (complete.length > 0) return { status: 'notJoom' };
  return { status: 'noForm' };
}

/** The fields of the form the push writes. */
export type TextField = (typeof SHOPIVERSE_FORM_ORDER)[number];

/**
 * Which fields really differ from what is pushed: an empty field takes the value, a field that already holds it
 * is left alone. `unknown` marks a value not told (the Secret Key is not sent with the question): a field holding
 * something is then not called different yet; the fill, which has the value, decides.
 */
export function differingFields(held: Record<TextField, string>, pushed: Record<TextField, string | undefined>): TextField[] {
  return SHOPIVERSE_FORM_ORDER.filter((field) => {
    const value = held[field].trim();
    const want = pushed[field];
    return value !== '' && want !== undefined && value !== want.trim();
  });
}
