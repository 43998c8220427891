import { type Field, TIMEOUTS } from './fields';
import { filterUnjudgeable } from './seen';

// The seller's hand binds every fill, save and authorization (issue 16, items 4 and 5). The content script proves a
// trusted press on what the seller sees; these pure rules decide, from the facts and a clock passed in, what the
// press may still cause. No DOM, no browser: tested with tables (hand-rules.test.ts).

/** Why a waiting push met a form and was dropped: it holds values, it is another store's, it is over 10 minutes old. */
export const PENDING_DROPPED = ['conflict', 'otherStore', 'expired'] as const;

/** A push left pending fills once, within this long of the seller's press on Push. */
export const PENDING_FOR_MS = 10 * 60 * 1000;
/** Joom's callback counts within this long of the seller's press on "Yetki Talep Et". */
export const AUTHORIZE_FOR_MS = 30 * 60 * 1000;
/** The form shown again after the seller's press on Kaydet confirms the save within this long. */
export const SAVE_CONFIRM_FOR_MS = 30 * 60 * 1000;

/** A moment still inside its window: not from the future (a clock moved back), not older than `forMs`. */
export function within(at: number, now: number, forMs: number): boolean {
  return now >= at && now - at <= forMs;
}

export interface Pending {
  storeId: string;
  at: number;
  /** The ShopiVerse store code of the page open when Push was pressed, if one was. */
  code?: string;
}

/** A qualifying form as a ShopiVerse tab reports it, and whether the seller is looking at that tab. */
export interface FormInView {
  code: string;
  /**
   * Its Store Id and Client Id are each empty or already the pushed value (item 8: a push that changes nothing asks
   * nothing). The Secret Key never reaches the background from a page: the fill itself leaves an equal one alone and
   * refuses a different one.
   */
  fits: boolean;
  /** The tab is the active one of the focused window. */
  lookedAt: boolean;
}

/**
 * What a pending push does with a form that appeared:
 * - `fill`: the seller is looking at it, it holds nothing but the pushed values, it is the store's (if one was named), in time;
 * - `wait`: in a tab the seller is not looking at: kept until they do;
 * - `expired`, `otherStore`, `held` (the form holds values): dropped, and the page says why.
 */
export type PendingDecision = 'none' | 'fill' | 'wait' | 'expired' | 'otherStore' | 'held';

export function pendingDecision(pending: Pending | undefined, form: FormInView, now: number): PendingDecision {
  if (!pending) return 'none';
  if (!within(pending.at, now, PENDING_FOR_MS)) return 'expired';
  if (!form.lookedAt) return 'wait';
  if (pending.code && pending.code !== form.code) return 'otherStore';
  return form.fits ? 'fill' : 'held';
}

/** What a ShopiVerse page is told of a pending push's decision: fill its form, keep waiting, or why it was dropped. */
export function pendingAnswer(decision: PendingDecision): { fill: boolean; pending: boolean; dropped?: (typeof PENDING_DROPPED)[number] } {
  if (decision === 'fill') return { fill: true, pending: true };
  if (decision === 'wait') return { fill: false, pending: true };
  if (decision === 'none') return { fill: false, pending: false };
  return { fill: false, pending: false, dropped: decision === 'held' ? 'conflict' : decision };
}

/** A pick the popup started: in this tab, for this field, at this moment. */
export interface Picking {
  tabId: number;
  field: Field;
  at: number;
}

/**
 * A value picked on a page answers the pick only from the tab the popup sent it to, for that field, within the pick's
 * time (the page ends its own pick then too: TIMEOUTS.pickMs), and once.
 */
export function pickAnswered(picking: Picking | undefined, from: { tabId: number | undefined; field: Field }, now: number): boolean {
  return !!picking && picking.tabId === from.tabId && picking.field === from.field && within(picking.at, now, TIMEOUTS.pickMs);
}

/** What the extension recorded when a push went into a form: the form's store code, from its banner. */
export interface PushRecord {
  at: number;
  code?: string;
}

/**
 * The store whose values went into the form of this ShopiVerse store code: the latest push recorded with that code.
 * Nothing read from an input the page controls decides it.
 */
export function storeOfCode(pushes: Record<string, PushRecord>, code: string): string | undefined {
  return Object.entries(pushes)
    .filter(([, push]) => push.code === code)
    .sort(([, a], [, b]) => b.at - a.at)[0]?.[0];
}

/** The seller's press on Kaydet (a trusted click hitting the qualified form's save button). */
export interface SavePress {
  storeId: string;
  code: string;
  /** When the background heard of it (its clock). */
  at: number;
  /** When the click happened, by the page's clock (the content script's event time): the next load must be later. */
  clickedAt: number;
}

/** The form as shown again: what its fields hold, and when its document started loading. */
export interface ReadBack {
  code: string;
  storeId: string;
  clientId: string;
  secretFilled: boolean;
  /** "Durum" is ticked. */
  ticked: boolean;
  loadedAt: number;
}

/**
 * "Saved" is proven: after the seller's press on Kaydet, a page loaded later shows the same store's form holding
 * the pushed Store ID and Client ID, a Secret Key, and "Durum" ticked (the checklist's step says so). Until then the save is "not yet confirmed".
 */
export function saveConfirmed(press: SavePress | undefined, pushed: { storeId: string; clientId: string } | undefined, shown: ReadBack, now: number): boolean {
  if (!press || !pushed || !within(press.at, now, SAVE_CONFIRM_FOR_MS)) return false;
  if (shown.loadedAt <= press.clickedAt || shown.code !== press.code || press.storeId !== pushed.storeId) return false;
  return shown.storeId === pushed.storeId && shown.clientId === pushed.clientId && shown.secretFilled && shown.ticked;
}

/** Joom's callback counts for the store of the seller's press on "Yetki Talep Et", once, within 30 minutes. */
export function authorizedStore(press: { storeId: string; at: number } | undefined, now: number): string | undefined {
  return press && within(press.at, now, AUTHORIZE_FOR_MS) ? press.storeId : undefined;
}

/**
 * A referrer naming a page that is not Joom's: a ShopiVerse page script's navigation, another site. None at all is no
 * sign: what Joom's consent page sends is unknown (PANELS.md gives only its authorize address, api-merchant.joom.com),
 * and a guess must not refuse Joom's real answer. Any https host of joom.com (a login on another Joom host) is Joom's.
 */
export const namesOtherThanJoom = (origin: string): boolean => origin !== '' && !/^https:\/\/([a-z0-9-]+\.)*joom\.com$/.test(origin);

/** The seller's press on "Yetki Talep Et": for which store, when, and in which tab. */
export interface AuthorizePress {
  storeId: string;
  at: number;
  tabId: number;
}

/** The callback page as the background knows it: its tab, the tab that opened that tab, and the page's referrer origin. */
export interface CallbackVisit {
  tabId: number | undefined;
  openerTabId: number | undefined;
  /** `document.referrer`'s origin, '' for none. */
  referrer: string;
}

/**
 * Which press a visit to Joom's callback page may answer. Any site can send any tab to the callback address, and a
 * page script in the seller's own tab can go there instead of to Joom (review 7, finding 3). The answer counts only:
 * - after a press, within 30 minutes (`noPress`: the press is gone or too old; it is then forgotten);
 * - in the tab of the press, or a tab that tab opened (`otherTab`: the press stays, for Joom's real answer);
 * - not arriving from a page other than Joom's, by the page's referrer origin (`notFromJoom`: the press stays too).
 */
export function callbackAnswers(
  press: AuthorizePress | undefined,
  visit: CallbackVisit,
  now: number,
): { storeId: string } | { refused: 'noPress' | 'otherTab' | 'notFromJoom' } {
  const storeId = authorizedStore(press, now);
  if (!press || !storeId) return { refused: 'noPress' };
  if (visit.tabId === undefined || (visit.tabId !== press.tabId && visit.openerTabId !== press.tabId)) return { refused: 'otherTab' };
  if (namesOtherThanJoom(visit.referrer)) return { refused: 'notFromJoom' };
  return { storeId };
}

/** Push from the popup: the tab the seller looks at if it is ready, else the one ready tab; two or more is a question. */
export function pushTarget(ready: readonly number[], lookedAt: number | undefined): number | 'many' | undefined {
  if (lookedAt !== undefined && ready.includes(lookedAt)) return lookedAt;
  if (ready.length > 1) return 'many';
  return ready[0];
}

/**
 * How an element is painted, from its computed style: what a page can set to make a button look like blank page
 * while it still takes the seller's click.
 */
export interface Painted {
  filter: string;
  mixBlendMode: string;
  /** `mask-image` and `-webkit-mask-image` (and `mask` where the browser gives it). */
  masks: readonly string[];
  opacity: number;
  /** The document's root element: a colour filter there draws the whole page, our button with it. */
  root?: boolean;
}

/** Filter functions that leave the element's own pixels as they are (a shadow beside them). */
const DROP_SHADOW = /drop-shadow\((?:[^()]|\([^()]*\))*\)/g;

/** `none`, or nothing but drop-shadow(): any other filter (brightness, invert, opacity, url(#…)) can hide a button. */
export function filterKeepsLook(filter: string): boolean {
  const value = filter.trim();
  return value === '' || value === 'none' || value.replace(DROP_SHADOW, '').trim() === '';
}

/**
 * The least opacity, through the element's chain, at which a press on our own button counts: we draw it and never
 * make it translucent, so any fade is the page's doing. ShopiVerse's own buttons have no such rule: they count when
 * seen by the one definition (dom/visibility.ts controlSeen), which fades their text into its contrast, so a hover's
 * `opacity-90` or `brightness-95` leaves a press counted (the fifth review's finding 3).
 */
export const MIN_PRESS_OPACITY = { ours: 1 } as const;

/** Where a key went down: a button of the form (Kaydet, "Yetki Talep Et") or one of its text fields. */
export type KeyOn = 'button' | 'field';

/**
 * Whether this key event is the one whose default action makes the browser click (HTML's activation behaviour, the
 * same in Chromium and Firefox): Enter at its keypress clicks a focused button, and from a text field clicks the
 * form's default button (implicit submission); Space at its keyup clicks a focused button. The click comes in the
 * same task, right after the event's listeners; no other key or moment clicks.
 */
export function keyActivates(on: KeyOn, type: string, key: string): boolean {
  if (key === 'Enter') return type === 'keypress';
  return on === 'button' && key === ' ' && type === 'keyup';
}

/**
 * Why a press on our own fill button painted like this (the button first, then its ancestors, our closed root's host
 * and its ancestors included) does not count, or undefined. We draw it with every paint reset (dom/badge.ts), so any
 * filter other than drop-shadow, a blend mode or a mask anywhere up the chain is the page's doing and refuses it, and
 * so does an opacity below `minOpacity` (MIN_PRESS_OPACITY.ours). The panel's buttons are judged by the one
 * definition of "seen" alone. A colour filter on the root element is the seller's dark mode, not the page hiding it.
 */
export function pressHiddenBy(chain: readonly Painted[], minOpacity: number): 'filter' | 'blend' | 'mask' | 'opacity' | undefined {
  let opacity = 1;
  for (const painted of chain) {
    // A dark mode's filter on the root draws the page and our button alike (core/seen.ts filterUnjudgeable); the form
    // our button fills is qualified by the colours it paints, so a filter that blacks out the page leaves none to fill.
    if (!filterKeepsLook(painted.filter) && !(painted.root && !filterUnjudgeable(painted.filter, true))) return 'filter';
    if (painted.mixBlendMode !== '' && painted.mixBlendMode !== 'normal') return 'blend';
    if (painted.masks.some((mask) => mask !== '' && mask !== 'none')) return 'mask';
    opacity *= Number.isFinite(painted.opacity) ? painted.opacity : 0;
  }
  return opacity < minOpacity ? 'opacity' : undefined;
}

/** A rectangle as the page lays it out (DOMRect's fields). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The click's point lies in the box (its edges included). */
export function pointIn(box: Box, x: number, y: number): boolean {
  return x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
}

/** How far our button may sit from the form part we put it beside (a margin, a wrapped line). */
export const BESIDE_PX = 24;

/** Our button is where we put it: its box touches, or lies within BESIDE_PX of, its anchor's box, and has a size. */
export function besideAnchor(ours: Box, anchor: Box): boolean {
  if (ours.right <= ours.left || ours.bottom <= ours.top) return false;
  const dx = Math.max(0, anchor.left - ours.right, ours.left - anchor.right);
  const dy = Math.max(0, anchor.top - ours.bottom, ours.top - anchor.bottom);
  return dx <= BESIDE_PX && dy <= BESIDE_PX;
}

/** Our host is not moved by a transform (computed `transform`, `translate`, `rotate`, `scale`: each `none`). */
export function unmoved(transforms: readonly string[]): boolean {
  return transforms.every((value) => value === '' || value === 'none');
}
