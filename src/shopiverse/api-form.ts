import type { FillOutcome, FillPayload, FormCheck } from '../core/answers';
import {
  differingFields,
  drawnOver,
  type FormFacts,
  isJoomMarketplace,
  type PartCounts,
  partInOthersContent,
  qualifyApiForm,
  type Refusal,
  type SiblingLook,
  type Submission,
  siblingTitles,
} from '../core/api-form-rules';
import { instructionNames, nameKey, type SeenNames } from '../core/button-names';
import { SHOPIVERSE_FORM_ORDER } from '../core/fields';
import { bannerMarketplace, bannerStoreCode, SHOPIVERSE_BUTTONS, SHOPIVERSE_LABELS, SHOPIVERSE_STATUS, type ShopiverseField } from '../core/labels';
import { clearUi, element, uiAbove } from '../dom/badge';
import { fillValue, isTicked, isWritable, type Toggle, tick } from '../dom/fill';
import { buttonName, findButtons, findControls, labelNamed, namesOneOf, seenText } from '../dom/find-by-label';
import { isRendered, isUncovered } from '../dom/visibility';
import { t } from '../shared/i18n';

// ShopiVerse's "Api Tanım" form of a Joom store, wherever the panel shows it (a tab, a modal, a drawer, at any
// address): its parts (Secret Key, Client Id, Store Id, Durum, Kaydet and the banner naming the marketplace and the
// store's code) are collected here as facts; which block may be filled is decided by core/api-form-rules.ts.
// Filled only when exactly one Joom store's form qualifies, and never saved for the seller.
//
// Scans run on every change of the page, so they only read: no scrolling, no hit test. Right before a fill (the
// seller pressed Push, or our button) each part is brought into view and hit-tested (partsInSight).

export interface ApiForm {
  secret: HTMLInputElement;
  clientId: HTMLInputElement;
  storeId: HTMLInputElement;
  status: Toggle;
  save: HTMLElement;
  /** The banner naming the marketplace and the store code. */
  banner: Element;
  /** The ShopiVerse store code the banner gives ("('00159' kodlu mağaza)"), never the page's address. */
  code: string;
}

/**
 * The verdict on the page's forms. A refusal carries where to say why (`anchor`), and `joomBanners`: banners naming
 * Joom that the seller sees, outside any qualifying form. While there is one, the page says why nothing is filled and
 * no press counts there, whatever the reason (api-page.ts): a form the seller looks at is never refused in silence.
 */
export type Located =
  | { status: 'one'; form: ApiForm; anchor?: undefined; joomBanners?: undefined }
  | { status: Refusal; form?: undefined; anchor?: Element; joomBanners: Element[] };

/**
 * The refusal as the page tells it to the background: "no form" while a Joom banner is in sight is `notSure`, as the
 * note beside that banner says (the popup would otherwise send the seller to open the tab they are looking at).
 */
export function toldStatus(located: Located & { status: Refusal }): Refusal;
export function toldStatus(located: Located): Located['status'];
export function toldStatus(located: Located): Located['status'] {
  return located.status === 'noForm' && located.joomBanners.length > 0 ? 'notSure' : located.status;
}

interface Parts {
  secrets: HTMLInputElement[];
  clientIds: HTMLInputElement[];
  storeIds: HTMLInputElement[];
  switches: Toggle[];
  saves: HTMLElement[];
  banners: Element[];
}
const KINDS = ['secrets', 'clientIds', 'storeIds', 'switches', 'saves', 'banners'] as const satisfies readonly (keyof Parts)[];

/** A styled switch often hides its native checkbox and draws its label instead: either being rendered counts. */
const isToggleRendered = (toggle: Element) =>
  !toggle.closest('[aria-hidden="true"]') && (isRendered(toggle) || (toggle.parentElement ? isRendered(toggle.parentElement) : false));

/** Every part in the page, seen or not. */
function collectParts(root: Element): Parts {
  const controls = findControls(root, { labels: SHOPIVERSE_LABELS }, (field: ShopiverseField, control) =>
    field === 'status'
      ? control instanceof HTMLInputElement && control.type === 'checkbox'
      : control instanceof HTMLInputElement && control.type !== 'checkbox',
  );
  const inputs = (field: ShopiverseField) => (controls.get(field) ?? []) as HTMLInputElement[];
  return {
    secrets: inputs('secret'),
    clientIds: inputs('clientId'),
    storeIds: inputs('storeId'),
    switches: [...new Set<Toggle>([...inputs('status'), ...findSwitches(root)])],
    saves: findButtons(root, SHOPIVERSE_BUTTONS.save),
    banners: findBanners(root),
  };
}

function onlyRendered(parts: Parts): Parts {
  const seen = <E extends Element>(list: E[]) => list.filter(isRendered);
  return {
    secrets: seen(parts.secrets),
    clientIds: seen(parts.clientIds),
    storeIds: seen(parts.storeIds),
    switches: parts.switches.filter(isToggleRendered),
    saves: seen(parts.saves),
    banners: seen(parts.banners),
  };
}

/** Each Secret Key field's container: the nearest box that holds one of every part. */
function containers(parts: Parts): Element[] {
  const boxes: Element[] = [];
  for (const secret of parts.secrets) {
    for (let box = secret.parentElement; box; box = box.parentElement) {
      const holds = box;
      if (KINDS.every((kind) => (parts[kind] as Element[]).some((part) => holds.contains(part)))) {
        if (!boxes.includes(box)) boxes.push(box);
        break;
      }
    }
  }
  return boxes;
}

const inBox = <E extends Element>(box: Element, list: E[]) => list.filter((part) => box.contains(part));
const countIn = (box: Element, parts: Parts) =>
  Object.fromEntries(KINDS.map((kind) => [kind, inBox(box, parts[kind] as Element[]).length])) as unknown as PartCounts;

export function locateApiForm(root: Element = document.body): Located {
  const present = collectParts(root);
  const rendered = onlyRendered(present);
  // Containers of the seen parts; and, to tell the seller of parts not seen, containers of all parts that hold a
  // seen banner and overlap none of the first (a hidden copy inside the seen form is no second form).
  const seenBoxes = containers(rendered);
  const hiddenBoxes = containers(present).filter(
    (box) => inBox(box, rendered.banners).length > 0 && !seenBoxes.some((seen) => seen.contains(box) || box.contains(seen)),
  );
  const boxes = [...seenBoxes, ...hiddenBoxes];
  const titles = new Map<Element, string[]>();
  const facts: FormFacts[] = boxes.map((box) => {
    const banner = inBox(box, rendered.banners)[0];
    const bannerText = banner ? bannerWords(banner) : '';
    const seenParts = KINDS.flatMap((kind) => inBox(box, rendered[kind] as Element[]));
    return {
      rendered: countIn(box, rendered),
      present: countIn(box, present),
      marketplace: bannerMarketplace(bannerText),
      code: bannerStoreCode(bannerText),
      // Where the values would go: the forms of the seen parts, those that would be filled and pressed (a hidden
      // look-alike in the same box receives nothing).
      submissions: submissionsOf(box, seenParts),
      // Each part's own place, not the box's: a box holding parts in a message and parts outside it sits above both.
      parts: seenParts.map((part) => ({ quoted: part.closest(QUOTED_CONTENT) !== null, titles: titlesOver(part, titles) })),
    };
  });
  const verdict = qualifyApiForm(facts);
  const refuse = (status: Refusal): Located => ({ status, anchor: rendered.banners[0] ?? boxes[0], joomBanners: joomBannersOf(rendered.banners, titles) });
  if (verdict.status !== 'one') return refuse(verdict.status);
  const box = boxes[verdict.index] as Element;
  // Another Joom form under this one (its parts all there, none seen): two forms, the seen one laid over the other.
  if (
    containers(present).some(
      (other) =>
        !other.contains(box) &&
        !box.contains(other) &&
        namesJoom(other, present) &&
        unseenForm(other, rendered) &&
        drawnOver(layersOver(box, other), other.getBoundingClientRect()),
    )
  )
    return refuse('manyForms');
  const one = <E extends Element>(list: E[]) => inBox(box, list)[0] as E;
  return {
    status: 'one',
    form: {
      secret: one(rendered.secrets),
      clientId: one(rendered.clientIds),
      storeId: one(rendered.storeIds),
      status: one(rendered.switches),
      save: one(rendered.saves),
      banner: one(rendered.banners),
      code: verdict.code,
    },
  };
}

/**
 * The banner's words as the seller sees them: which marketplace's store the form is, and its code (review-s49, H3: a
 * hidden "Joom(Joom) Mağazasına ait" in a Trendyol store's banner qualified its form, a hidden "('00777')" keyed the
 * fill to a store the seller never saw).
 */
const bannerWords = (banner: Element) => (drawnOverBox(banner) ? seenText(banner) : '');

/**
 * Every text of the box is drawn over the box: a banner is one sentence the seller reads in one place. Pieces fixed
 * at the window's corners ("Joom" top right, a code bottom left) spelled a Joom store's banner with a store code the
 * seller never read as one (review2-s49, M1). (A line running past the box's edge still crosses it.)
 */
function drawnOverBox(box: Element): boolean {
  const area = box.getBoundingClientRect();
  const walker = box.ownerDocument.createTreeWalker(box, NodeFilter.SHOW_TEXT);
  const range = box.ownerDocument.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!/\S/.test(node.nodeValue ?? '')) continue;
    range.selectNodeContents(node);
    for (const line of range.getClientRects?.() ?? []) {
      if (line.width <= 0 || line.height <= 0) continue;
      if (line.right <= area.left || line.left >= area.right || line.bottom <= area.top || line.top >= area.bottom) return false;
    }
  }
  return true;
}

/**
 * A box's banner, seen or not, names Joom: only to refuse (a Joom form out of sight under the seen one), so words a
 * page hides there can refuse its own form, never qualify one.
 */
const namesJoom = (box: Element, parts: Parts) => isJoomMarketplace(bannerMarketplace(inBox(box, parts.banners)[0]?.textContent ?? ''));

/** None of a box's fields is seen: a form out of sight (hidden, or covered by what is drawn over it). */
const unseenForm = (box: Element, seen: Parts) => TEXT_KINDS.every((kind) => inBox(box, seen[kind]).length === 0);
const TEXT_KINDS = ['secrets', 'clientIds', 'storeIds'] as const satisfies readonly (keyof Parts)[];

/** The rectangles of `box` and of each box around it that does not hold `other`: what may be drawn over `other`. */
function layersOver(box: Element, other: Element): DOMRect[] {
  const layers: DOMRect[] = [];
  for (let at: Element | null = box; at && !at.contains(other); at = at.parentElement) layers.push(at.getBoundingClientRect());
  return layers;
}

/** At most this many notes saying why: a page of messages, each with a banner, gets no more. */
const MAX_WHY_NOTES = 5;

/**
 * The seen banners naming Joom to say why beside: those outside others' content; else those outside quoted content
 * (a message); else any. The note then sits by the store's own banner, not by a look-alike's in a message; where
 * the rules cannot tell them apart (both under a title of others' content), by each.
 */
function joomBannersOf(banners: Element[], known: Map<Element, string[]>): Element[] {
  const rank = (banner: Element) => {
    const place = { quoted: banner.closest(QUOTED_CONTENT) !== null, titles: titlesOver(banner, known) };
    return place.quoted ? 2 : partInOthersContent(place) ? 1 : 0;
  };
  const joom = banners.filter((banner) => isJoomMarketplace(bannerMarketplace(bannerWords(banner)))).map((banner) => [banner, rank(banner)] as const);
  const best = Math.min(...joom.map(([, at]) => at));
  return joom.flatMap(([banner, at]) => (at === best ? [banner] : [])).slice(0, MAX_WHY_NOTES);
}

/** Content someone else wrote, shown inside the page: editable, quoted, an article, a message log or feed. */
const QUOTED_CONTENT = '[contenteditable]:not([contenteditable="false"]), article, blockquote, [role="article"], [role="log"], [role="feed"], [role="comment"]';

const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
const folded = (node: Element) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();
/**
 * A title's words: its whole text, and the words the seller sees where they differ. A title only ever refuses (a part
 * under "Mesajlar" is in others' content), so both count: a hidden letter inside its word ("Mes<span
 * hidden>x</span>ajlar") broke the whole text's match, and a planted form in a message qualified (s49).
 */
function titleWords(heading: Element, whole = folded(heading)): string {
  const shown = seenText(heading).slice(0, MAX_TITLE);
  return shown && shown !== whole ? `${whole} · ${shown}` : whole;
}
const MAX_TITLE = 200;

const QUIET: SiblingLook = { kind: 'quiet' };
const BLOCK: SiblingLook = { kind: 'block' };

/**
 * What the seller sees of a sibling, by the one definition of seen (dom/visibility.ts): a title (a heading, or a
 * wrapper holding only a heading: a card's header) when that heading is rendered; nothing, when it shows no text or
 * is not rendered; else a block. The rule over a run of them is core's siblingTitles.
 */
function lookOf(sibling: Element): SiblingLook {
  const text = folded(sibling);
  if (!text) return QUIET;
  const inner = sibling.matches(HEADINGS) ? [sibling] : [...sibling.querySelectorAll(HEADINGS)];
  const heading = inner.length === 1 && folded(inner[0] as Element) === text ? (inner[0] as Element) : undefined;
  if (heading) return isRendered(heading) && isRendered(sibling) ? { kind: 'title', text: titleWords(heading, text) } : QUIET;
  return isRendered(sibling) ? BLOCK : QUIET;
}

function* looksBefore(node: Element): Generator<SiblingLook> {
  for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) yield lookOf(sibling);
}

/**
 * Every title the seller reads a part under: the page's h1s the seller sees (a closed notifications dropdown's is
 * over nothing), and up the tree its own and each ancestor's name (aria-label, aria-labelledby) and the titles
 * directly before it among its siblings, of any level (a list of messages titled by an h6 still holds messages). A
 * sibling block with more than a heading in it (another card, a list) titles only itself, and ends the run: a
 * heading is not over what follows a block after it (core's siblingTitles).
 */
function titlesOver(node: Element, known: Map<Element, string[]>): string[] {
  const document = node.ownerDocument;
  // Parts of one form share their ancestors: each node's titles are its parent's and its own, read once per scan.
  const chain: Element[] = [];
  let titles: string[] | undefined;
  for (let at: Element | null = node; at && at !== document.body && !titles; at = at.parentElement) {
    titles = known.get(at);
    if (!titles) chain.push(at);
  }
  titles ??= [...document.querySelectorAll('h1')].filter(isRendered).map((heading) => titleWords(heading));
  for (const at of chain.reverse()) {
    titles = [...titles, ...ownTitles(at)];
    known.set(at, titles);
  }
  return titles.map((title) => title.slice(0, MAX_TITLE * 2));
}

/** The node's own name (aria-label, aria-labelledby), and the titles directly before it among its siblings. */
function ownTitles(node: Element): string[] {
  const document = node.ownerDocument;
  const titles: string[] = [];
  const label = attribute(node, 'aria-label');
  if (label) titles.push(label);
  for (const id of attribute(node, 'aria-labelledby')?.split(/\s+/) ?? []) {
    const named = id ? document.getElementById(id) : null;
    if (named) titles.push(titleWords(named));
  }
  return [...titles, ...siblingTitles(looksBefore(node))];
}

/** The qualifying form, if exactly one. */
export function findApiForm(root: Element = document.body): ApiForm | undefined {
  return locateApiForm(root).form;
}

// A form's properties read through the prototype: a control named "action", "method" or "elements" inside a form
// shadows the form's own property of that name (DOM clobbering), and so does one named "getAttribute".
const getter = <T>(proto: object, name: string) => Object.getOwnPropertyDescriptor(proto, name)?.get as (this: Element) => T;
const formAction = getter<string>(HTMLFormElement.prototype, 'action');
const formMethod = getter<string>(HTMLFormElement.prototype, 'method');
const attribute = (node: Element, name: string) => Element.prototype.getAttribute.call(node, name);

/** A button without a type, or of type submit; an input of type submit or image. */
function isSubmitter(node: Element): node is HTMLButtonElement | HTMLInputElement {
  return (
    (node instanceof HTMLButtonElement && node.type === 'submit') || (node instanceof HTMLInputElement && (node.type === 'submit' || node.type === 'image'))
  );
}

/**
 * Every way the values in `box` would leave, as the browser resolves it: the forms its parts belong to (`form="…"`
 * too, and the form around the box), each with its own action, method and target, and each of their submitters
 * with `formaction`, `formmethod` and `formtarget`. URLs come from the browser's own resolution (`<base href>`
 * counts); a target left out falls back to `<base target>`.
 */
function submissionsOf(box: Element, parts: Element[]): Submission[] {
  const forms = new Set<HTMLFormElement>();
  const outer = box.closest('form');
  if (outer) forms.add(outer);
  for (const part of parts) {
    const owner = part instanceof HTMLInputElement || part instanceof HTMLButtonElement ? part.form : null;
    if (owner) forms.add(owner);
  }
  if (forms.size === 0) return [];
  return [...forms].flatMap(everySubmission);
}

/** The form's own submission (Enter, `form.submit()`) and each of its submitters'. */
export function everySubmission(form: HTMLFormElement): Submission[] {
  // Image inputs are missing from form.elements (a legacy of the HTML spec): every control is asked its form.
  const submitters = [...form.ownerDocument.querySelectorAll('button, input')].filter(
    (control): control is HTMLButtonElement | HTMLInputElement => isSubmitter(control) && control.form === form,
  );
  return [submissionOf(form), ...submitters.map((submitter) => submissionOf(form, submitter))];
}

/**
 * Where one submission of `form` would send its values, by `submitter` (or by Enter, with none): the submitter's
 * `formaction`, `formmethod` and `formtarget` over the form's own, a target left out falling back to `<base target>`.
 */
export function submissionOf(form: HTMLFormElement, submitter?: HTMLButtonElement | HTMLInputElement): Submission {
  const baseTarget = form.ownerDocument.querySelector('base[target]');
  const named = (node: Element, name: string, fallback: string) => (attribute(node, name) ?? fallback).trim();
  const own: Submission = {
    url: formAction.call(form),
    explicit: attribute(form, 'action') !== null,
    method: formMethod.call(form),
    methodSaid: attribute(form, 'method') !== null,
    target: named(form, 'target', baseTarget ? (attribute(baseTarget, 'target') ?? '') : ''),
  };
  if (!submitter) return own;
  const action = attribute(submitter, 'formaction') !== null;
  return {
    url: action ? submitter.formAction : own.url,
    explicit: own.explicit || action,
    method: attribute(submitter, 'formmethod') !== null ? submitter.formMethod : own.method,
    methodSaid: own.methodSaid || attribute(submitter, 'formmethod') !== null,
    target: named(submitter, 'formtarget', own.target),
  };
}

/** "Durum" drawn as a styled switch (role=switch or role=checkbox) rather than a native checkbox: named as labels are. */
function findSwitches(root: Element): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('[role="switch"], [role="checkbox"]')].filter((toggle) =>
    [toggle.getAttribute('aria-label'), toggle.textContent, toggle.nextElementSibling?.textContent, toggle.parentElement?.textContent].some(
      (name) => name && namesOneOf(name, SHOPIVERSE_LABELS.status),
    ),
  );
}

/** The banner above the form names the marketplace ("Joom(Joom) Mağazasına ait düzenleme yapmaktasınız"): the smallest box holding it. */
function findBanners(root: Element): Element[] {
  const found = new Set<Element>();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!/düzenleme|editing/i.test(node.nodeValue ?? '')) continue;
    // The wording may be split over inline elements ("<b>Joom(Joom)</b> Mağazasına ait düzenleme…").
    let box = node.parentElement;
    for (let level = 0; box && level < 3; level++, box = box.parentElement) {
      const text = box.textContent ?? '';
      if (text.length > 400) break;
      if (bannerMarketplace(text)) {
        found.add(box);
        break;
      }
    }
  }
  return [...found];
}

/**
 * Each part, brought into view if it is not, is what the seller's click at its centre would hit: no layer (even a
 * transparent one) over it. Run right before a fill only: it may scroll the page.
 */
function partsInSight(form: ApiForm): boolean {
  const toggle = isRendered(form.status) ? form.status : (form.status.parentElement ?? form.status);
  const parts: Element[] = [form.banner, form.secret, form.clientId, form.storeId, toggle, form.save];
  return parts.every((part) => {
    const box = part.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) part.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
    return isUncovered(part);
  });
}

const heldValues = (form: ApiForm) => ({ secret: form.secret.value, clientId: form.clientId.value, storeId: form.storeId.value });

/**
 * Whether the values could go in: asked before any value is sent. The question carries no secret, so a Secret Key
 * field holding something is not called different here: the fill, which has the value, tells.
 */
export function checkApiForm(known: { storeId: string; clientId: string }, overwrite: boolean): FormCheck {
  const located = locateApiForm();
  if (located.status !== 'one') return { status: toldStatus(located) };
  const form = located.form;
  const conflicts = differingFields(heldValues(form), { ...known, secret: undefined });
  if (conflicts.length > 0 && !overwrite) return { status: 'conflict', conflicts, code: form.code };
  if (SHOPIVERSE_FORM_ORDER.some((field) => !isWritable(form[field]))) return { status: 'readOnly', code: form.code };
  return { status: 'ready', code: form.code };
}

/** The Secret Key fields this script wrote into: their forms' submissions are watched (shopiverse/submit-guard.ts). */
const filledSecrets = new WeakSet<HTMLInputElement>();

/** Whether this script is writing into a form right now: any submission then is none of the seller's. */
let filling = false;
export const fillingNow = (): boolean => filling;

/** The Secret Key field this script filled that the form submits, while it holds a value. */
export function filledSecretOf(form: HTMLFormElement): HTMLInputElement | undefined {
  // input.form, not form.elements: a control named "elements" shadows the form's own property.
  return [...form.ownerDocument.querySelectorAll('input')].find((input) => filledSecrets.has(input) && input.form === form && input.value !== '');
}

/**
 * Fill the three values and tick "Durum". A field already holding its value is left alone; when a field holds a
 * really different value, nothing is filled unless the seller said to overwrite.
 */
export function fillApiForm(payload: FillPayload, overwrite: boolean, signal?: AbortSignal): FillOutcome {
  const startUrl = location.href;
  const located = locateApiForm();
  if (located.status !== 'one') return { status: located.status };
  const form = located.form;
  const conflicts = differingFields(heldValues(form), payload);
  if (conflicts.length > 0 && !overwrite) return { status: 'conflict', conflicts };
  if (SHOPIVERSE_FORM_ORDER.some((field) => !isWritable(form[field]))) return { status: 'readOnly' };
  if (!partsInSight(form)) return { status: 'hidden' };
  // The browser must not keep the Secret Key in its form history or restore it from a saved session on disk.
  form.secret.setAttribute('autocomplete', 'off');
  // The submit guard is armed before anything is written: a submission started while we write (a page's listener
  // on input or change, a click) is no click of the seller's, and is stopped whole (shopiverse/submit-guard.ts).
  filledSecrets.add(form.secret);
  filling = true;
  try {
    for (const field of SHOPIVERSE_FORM_ORDER) {
      // Bitwarden's rule: if the page navigated meanwhile, stop writing.
      if (location.href !== startUrl) return { status: 'urlChanged' };
      // Equal fields are left alone; the others are empty, or the seller chose to overwrite them.
      if (form[field].value !== payload[field]) fillValue(form[field], payload[field], true);
    }
    // A "Durum" whose click could submit the form or follow a link is left to the seller, and the note says so.
    tick(form.status);
  } finally {
    filling = false;
  }
  pointAtSave(form, isTicked(form.status) ? 'pressSave' : 'pressSaveTickStatus', signal);
  return { status: 'filled' };
}

/** The box holding every part of the qualified form: "Yetki Talep Et" counts only inside it. */
export function formBox(form: ApiForm): Element | undefined {
  const parts = [form.secret, form.clientId, form.storeId, form.status, form.save];
  for (let box = form.secret.parentElement; box; box = box.parentElement) if (parts.every((part) => box.contains(part))) return box;
  return undefined;
}

/**
 * How to paste the values by hand, naming the status switch and save button as `names` (none seen: the UI's words):
 * a line per field, in the form's order (one sentence for three fields was re-read for each: seller judge s44; the
 * notes keep line breaks, dom/badge.ts .block). The menu path drawn as the popup draws it, "›" between its steps.
 */
export function byHandText(names: SeenNames = {}): string {
  const text = t(
    'fillByHand',
    instructionNames(names).map((key) => t(key)),
  );
  return text.replaceAll(' > ', ' › ');
}

/**
 * Which known label (core/labels.ts) the form's save button, status switch and authorize button show, so that every
 * note names them as this page does (an English page shows "Save", not "Kaydet": look verdict 7). Our data's
 * spelling, never the page's text; a control whose label is elsewhere is left out, and named as before any page.
 */
export function seenNames(form: ApiForm): SeenNames {
  const toggle = form.status;
  const statusTexts = [
    toggle.getAttribute('aria-label'),
    (toggle as HTMLInputElement).labels?.[0]?.textContent,
    toggle.textContent,
    toggle.nextElementSibling?.textContent,
  ];
  const box = formBox(form);
  const authorize = box ? findButtons(box, SHOPIVERSE_BUTTONS.authorize)[0] : undefined;
  return {
    save: labelNamed(buttonName(form.save), SHOPIVERSE_BUTTONS.save),
    status: statusTexts.map((text) => text && labelNamed(text, SHOPIVERSE_STATUS)).find(Boolean) || undefined,
    authorize: authorize && labelNamed(buttonName(authorize), SHOPIVERSE_BUTTONS.authorize),
  };
}

/** The ring around Kaydet reaches this far past its box (outline width + offset). */
const RING = { width: 3, offset: 2 };

function pointAtSave(form: ApiForm, key: string, signal?: AbortSignal): void {
  const save = form.save;
  const names = seenNames(form);
  const controller = new AbortController();
  // Above the button row, on its own line: beside Kaydet it sat between Kaydet and "Api Tanımlarını Sil".
  const root = uiAbove(save, 'save-hint', signal ?? controller.signal);
  clearUi(root);
  // $1 the save button pressed (“Kaydet” düğmesine), $2 the status switch ticked (“Durum”u), as this page labels them.
  const note = element('span', { text: t(key, [t(nameKey('save', 'to', names.save)), t(nameKey('status', 'acc', names.status))]), className: 'note' });
  note.setAttribute('role', 'status');
  root.append(note);
  save.style.outline = `${RING.width}px solid #f97316`;
  save.style.outlineOffset = `${RING.offset}px`;
  // The ring is drawn outside the button: a margin as wide keeps it off the checkbox above and the buttons beside
  // (seller review B4: it covered the bottom of "Görseldeki Gibi Yayınlansın Mı?").
  const clear = RING.width + RING.offset + 1;
  const style = getComputedStyle(save);
  for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const)
    if ((Number.parseFloat(style[`margin${side}`]) || 0) < clear) save.style[`margin${side}`] = `${clear}px`;
  save.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
}
