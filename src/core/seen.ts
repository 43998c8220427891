// The arithmetic of "seen": how faint a box is through its ancestors, whether a clip leaves anything, and whether a
// text's colour stands out from what is painted behind it. Pure (no DOM): src/dom/visibility.ts asks the page for
// the computed values and decides with these. Where a value cannot be parsed the answer is "unknown", and unknown
// counts as seen: a panel we cannot judge is not refused.

/** Below this product of opacities through the ancestors a box is not seen (0.01 on one, or 0.3 × 0.3 on two). */
export const MIN_OPACITY = 0.1;
/** Below this contrast ratio (WCAG's formula, 1 to 21) a text is not readable: white on white, #fafafa on #fff. */
export const MIN_CONTRAST = 1.5;

/** A colour with channels 0–255 and alpha 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

export const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };
/** Named colours a DOM without a style engine leaves as written (happy-dom); a browser computes rgb() itself. */
const NAMED: Record<string, Rgba> = {
  transparent: { r: 0, g: 0, b: 0, a: 0 },
  white: WHITE,
  black: { r: 0, g: 0, b: 0, a: 1 },
  red: { r: 255, g: 0, b: 0, a: 1 },
  green: { r: 0, g: 128, b: 0, a: 1 },
  blue: { r: 0, g: 0, b: 255, a: 1 },
  gray: { r: 128, g: 128, b: 128, a: 1 },
  grey: { r: 128, g: 128, b: 128, a: 1 },
  whitesmoke: { r: 245, g: 245, b: 245, a: 1 },
  snow: { r: 255, g: 250, b: 250, a: 1 },
};

const clamp = (value: number, max: number) => Math.min(max, Math.max(0, value));

/** A channel written as a number (0–255) or a percentage. */
function channel(text: string): number | undefined {
  const number = Number.parseFloat(text);
  if (!Number.isFinite(number)) return undefined;
  return clamp(text.endsWith('%') ? (number * 255) / 100 : number, 255);
}

/** An alpha written as a number (0–1) or a percentage. */
function alpha(text: string | undefined): number | undefined {
  if (text === undefined) return 1;
  const number = Number.parseFloat(text);
  if (!Number.isFinite(number)) return undefined;
  return clamp(text.endsWith('%') ? number / 100 : number, 1);
}

/**
 * A computed CSS colour: rgb()/rgba() in the comma or space syntax, `color(srgb …)`, #hex of 3, 4, 6 or 8 digits,
 * and a few names. Anything else (oklch(), a system colour, currentcolor) is undefined: unknown.
 */
export function parseColor(text: string | undefined | null): Rgba | undefined {
  const value = (text ?? '').trim().toLowerCase();
  if (!value) return undefined;
  if (NAMED[value]) return NAMED[value];
  const hex = /^#([0-9a-f]{3,8})$/.exec(value)?.[1];
  if (hex && [3, 4, 6, 8].includes(hex.length)) {
    const digits = hex.length <= 4 ? [...hex].map((digit) => digit + digit) : (hex.match(/../g) as string[]);
    const [r = 0, g = 0, b = 0, a = 255] = digits.map((pair) => Number.parseInt(pair, 16));
    return { r, g, b, a: a / 255 };
  }
  const functional = /^(rgba?|color)\((.*)\)$/.exec(value);
  if (!functional) return undefined;
  let body = functional[2] as string;
  if (functional[1] === 'color') {
    // color(srgb 1 1 1 / 0.5): channels 0–1.
    const srgb = /^srgb\s+(.*)$/.exec(body.trim());
    if (!srgb) return undefined;
    body = srgb[1] as string;
    const [channels = '', alphaPart] = body.split('/');
    const parts = channels.trim().split(/\s+/);
    if (parts.length !== 3) return undefined;
    const [r, g, b] = parts.map((part) => (part.endsWith('%') ? channel(part) : clamp(Number.parseFloat(part), 1) * 255));
    const a = alpha(alphaPart?.trim());
    if ([r, g, b, a].some((part) => part === undefined || Number.isNaN(part))) return undefined;
    return { r: r as number, g: g as number, b: b as number, a: a as number };
  }
  const [channels = '', slashAlpha] = body.split('/');
  const parts = channels
    .trim()
    .split(/\s*,\s*|\s+/)
    .filter(Boolean);
  const alphaText = slashAlpha?.trim() ?? (parts.length === 4 ? parts[3] : undefined);
  if (parts.length < 3 || parts.length > 4 || (parts.length === 4 && slashAlpha !== undefined)) return undefined;
  const [r, g, b] = parts.slice(0, 3).map(channel);
  const a = alpha(alphaText);
  if (r === undefined || g === undefined || b === undefined || a === undefined) return undefined;
  return { r, g, b, a };
}

/** `top` painted over `bottom` (source-over): the colour the seller sees. */
export function blend(top: Rgba, bottom: Rgba): Rgba {
  const a = top.a + bottom.a * (1 - top.a);
  if (a === 0) return { r: 0, g: 0, b: 0, a: 0 };
  const mix = (over: number, under: number) => (over * top.a + under * bottom.a * (1 - top.a)) / a;
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a };
}

/** WCAG 2 relative luminance of an opaque colour. */
export function luminance(colour: Rgba): number {
  const linear = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(colour.r) + 0.7152 * linear(colour.g) + 0.0722 * linear(colour.b);
}

/** WCAG 2 contrast ratio of two opaque colours: 1 (the same) to 21 (black on white). */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The background a text is painted on, from the layers behind it, nearest first (each box's background-color; an
 * image or gradient is `undefined`: unknown). Layers are blended until one is opaque; what shows through the last
 * is the page's canvas (white unless the page asked for a dark scheme: then unknown).
 */
export function paintedBackground(layers: readonly (Rgba | undefined)[], canvas: Rgba | undefined): Rgba | undefined {
  const stack: Rgba[] = [];
  for (const layer of layers) {
    if (!layer) return undefined;
    if (layer.a === 0) continue;
    stack.push(layer);
    if (layer.a >= 1) break;
  }
  let colour = stack.at(-1)?.a === 1 ? (stack.pop() as Rgba) : canvas;
  if (!colour) return undefined;
  for (const layer of stack.reverse()) colour = blend(layer, colour);
  return colour;
}

export type Judgement = 'seen' | 'unseen' | 'unknown';

/**
 * A computed `visibility` that paints nothing of the box: `hidden`, and `collapse`, which outside a table's rows and
 * columns hides as `hidden` does and inside them removes the row (review 11, finding 1: a collapsed value was read).
 */
export const hidesBox = (visibility: string | undefined | null) => visibility === 'hidden' || visibility === 'collapse';

/**
 * Paint of less alpha than this (its colour's alpha times the opacities it is painted through) stands out 1.5:1 from
 * no background at all (white over a dark grey, #2b2b2b, is the first to reach 1.5, at 0.13; black over white only at
 * 0.17): it is not seen whatever is behind it, a background we cannot judge included.
 */
export const MIN_PAINT_ALPHA = 0.12;

/** `paint` painted through `opacity` (the product of its box's and ancestors' opacities): its alpha scaled. */
const through = (paint: Rgba, opacity: number): Rgba => ({ ...paint, a: paint.a * (Number.isFinite(opacity) ? clamp(opacity, 1) : 1) });

/**
 * Whether a text in `text` (its own alpha counts, times `opacity`, the product of the opacities it is painted through)
 * on `background` is readable: a contrast of at least MIN_CONTRAST once blended. An unknown colour or background is
 * "unknown" (not refused).
 */
export function textReadable(text: Rgba | undefined, background: Rgba | undefined, opacity = 1): Judgement {
  if (!text || !background) return 'unknown';
  return contrastRatio(blend(through(text, opacity), background), background) >= MIN_CONTRAST ? 'seen' : 'unseen';
}

/** What dom/visibility.ts records of how one text is painted; textPaintSeen decides. */
export interface TextPaint {
  /** The colour the glyphs are filled with (-webkit-text-fill-color, else color); undefined where not resolved. */
  fill: Rgba | undefined;
  /** Paint outlining the glyphs: a stroke at least MIN_STROKE_PX wide, shadows hugging them (outlinesGlyphs). */
  outlines: readonly (Rgba | undefined)[];
  /** The product of the opacities of the text's box and every box it is painted inside. */
  opacity: number;
  /**
   * A background painted through the glyphs (background-clip: text, on the box or one it is inside): its colours
   * (a gradient's stops over its background-color), or "unknown" (a url() image); absent where none is.
   */
  clip?: readonly (Rgba | undefined)[] | 'unknown';
  /** What the text may lie on (one colour, or each stop of a gradient behind it); [undefined] where unknown. */
  behind: readonly (Rgba | undefined)[];
}

/** Paint too faint to stand out from anything (MIN_PAINT_ALPHA). */
export const tooFaintToPaint = (paint: Rgba, opacity: number) => through(paint, opacity).a < MIN_PAINT_ALPHA;

/**
 * Whether a text is seen, from how it is painted. The glyphs' own paint decides first: a fill too faint to stand out
 * from any background (a transparent colour or fill, or one faded by opacity) is not seen whatever lies behind it,
 * unless a background is painted through the glyphs (background-clip: text) or an outline draws them, and that paint
 * stands out from what is behind: where that cannot be judged (an image, an unknown backdrop), not seen, since the
 * seller cannot be shown to see it. A paint that could stand out, over a backdrop that cannot be judged, is
 * "unknown" (a real panel's banner image is not refused). Every paint counts through the opacities (blended at
 * alpha × opacity before the contrast test): faint text and low contrast are one test. Over several backdrops the
 * text may lie on (a gradient's stops, a layer that may not reach it), it must stand out from every one.
 */
export function textPaintSeen({ fill, outlines, opacity, clip, behind }: TextPaint): Judgement {
  const faintFill = !!fill && tooFaintToPaint(fill, opacity);
  let glyphs: (Rgba | undefined)[];
  if (!clip || !fill || fill.a >= 1) glyphs = [fill];
  else if (clip === 'unknown') glyphs = faintFill ? [] : [fill];
  else glyphs = clip.map((paint) => (paint ? blend(fill, paint) : faintFill ? fill : undefined));
  const overEveryBackdrop = (paint: Rgba | undefined): Judgement => {
    if (paint && tooFaintToPaint(paint, opacity)) return 'unseen';
    // A glyph we can only see by a background we cannot judge: not shown to be seen.
    if (faintFill && behind.includes(undefined)) return 'unseen';
    return worst(behind.map((background) => textReadable(paint, background, opacity)));
  };
  // The glyphs' fill must stand out wherever it may be painted (each stop of a clipped gradient) over whatever may lie
  // behind it: the worst case decides, so one stop or layer that paints nowhere near the text cannot vouch for it. An
  // outline is a second way to draw the same glyphs: the best of the fill and the outlines decides.
  return best([glyphs.length ? worst(glyphs.map(overEveryBackdrop)) : 'unseen', ...outlines.map(overEveryBackdrop)]);
}

/** Of several judgements of what may be the case, the one to act on when any of them may be: unseen, else unknown. */
export function worst(judgements: readonly Judgement[]): Judgement {
  if (judgements.includes('unseen')) return 'unseen';
  return judgements.includes('unknown') ? 'unknown' : 'seen';
}

/** Of several ways the same text is drawn, the one that shows it best: seen, else unknown. */
function best(judgements: readonly Judgement[]): Judgement {
  if (judgements.includes('seen')) return 'seen';
  return judgements.includes('unknown') ? 'unknown' : 'unseen';
}

/** A box with these opacities (its own and each ancestor's, in any order) is too faint to be seen. */
export function tooFaint(opacities: readonly number[]): boolean {
  let product = 1;
  for (const opacity of opacities) product *= Number.isFinite(opacity) ? clamp(opacity, 1) : 1;
  return product < MIN_OPACITY;
}

/** A computed `opacity`, and any `opacity()` in a `filter`, as one factor (1 where none is set or it is unreadable). */
export function opacityFactor(opacity: string | undefined, filter: string | undefined): number {
  const own = opacity ? Number.parseFloat(opacity) : 1;
  let factor = Number.isFinite(own) ? clamp(own, 1) : 1;
  for (const match of (filter ?? '').matchAll(/opacity\(\s*([\d.]+)(%?)\s*\)/g)) {
    const value = Number.parseFloat(match[1] as string);
    if (Number.isFinite(value)) factor *= clamp(match[2] ? value / 100 : value, 1);
  }
  return factor;
}

/**
 * How much a box's paint is kept where it covers something: its `opacity`, and only the `opacity()`s after the last
 * `url()` of its `filter` (the s36 review, 3: an SVG filter may ignore its input, a feFlood drawing whole whatever
 * opacity() came before it, or raise its alpha). An upper bound: used for covers, never for the value.
 */
export function coverOpacityFactor(opacity: string | undefined, filter: string | undefined): number {
  const parts = splitTopLevel((filter ?? '').trim(), ' ');
  const lastUrl = parts.findLastIndex((part) => /^url\(/i.test(part));
  return opacityFactor(opacity, lastUrl < 0 ? filter : parts.slice(lastUrl + 1).join(' '));
}

/** A shape's position keywords, as the percentages they stand for. */
const POSITION_KEYWORDS: Readonly<Record<string, number>> = { left: 0, top: 0, center: 50, right: 100, bottom: 100 };

/**
 * A length of a clip: px, a percentage of `size`, or a calc() of one of each (`calc(100% - 2px)`, as browsers compute
 * a strip); undefined for what cannot be resolved here (em, other calcs…).
 */
function length(text: string, size: number | undefined): number | undefined {
  const mixed = /^calc\(\s*(-?[\d.]+)%\s*([+-])\s*(-?[\d.]+)px\s*\)$/.exec(text);
  const mixedPxFirst = /^calc\(\s*(-?[\d.]+)px\s*([+-])\s*(-?[\d.]+)%\s*\)$/.exec(text);
  if (mixed || mixedPxFirst) {
    if (size === undefined) return undefined;
    const [percent, px] = mixed
      ? [Number.parseFloat(mixed[1] as string), Number.parseFloat(mixed[3] as string) * (mixed[2] === '-' ? -1 : 1)]
      : [Number.parseFloat(mixedPxFirst?.[3] as string) * (mixedPxFirst?.[2] === '-' ? -1 : 1), Number.parseFloat(mixedPxFirst?.[1] as string)];
    return (percent * size) / 100 + px;
  }
  const keyword = POSITION_KEYWORDS[text];
  if (keyword !== undefined) return size === undefined ? undefined : (keyword * size) / 100;
  const number = Number.parseFloat(text);
  if (!Number.isFinite(number)) return undefined;
  if (text.endsWith('%')) return size === undefined ? undefined : (number * size) / 100;
  if (/^-?[\d.]+(px)?$/.test(text)) return number;
  return undefined;
}

/** Percentages of one axis' two insets: whether they alone close the axis (50% + 50%), whatever the box's size. */
function closes(first: string | undefined, second: string | undefined, size: number | undefined): boolean {
  if (!first || !second) return false;
  if (first.endsWith('%') && second.endsWith('%')) return Number.parseFloat(first) + Number.parseFloat(second) >= 100;
  if (size === undefined) return false;
  const a = length(first, size);
  const b = length(second, size);
  return a !== undefined && b !== undefined && size - a - b <= 1;
}

/**
 * Whether a `clip-path` leaves nothing of a `width`×`height` box (sizes undefined where there is no layout):
 * `inset()` closing an axis, a circle or ellipse of no radius. Shapes not understood leave the box seen.
 */
export function clipPathHidesAll(value: string | undefined, width?: number, height?: number): boolean {
  const text = (value ?? '').trim().toLowerCase();
  const inset = /^inset\(([^)]*)\)/.exec(text);
  if (inset) {
    const parts =
      (inset[1] as string)
        .split(/\s+round\s+/)[0]
        ?.trim()
        .split(/\s+/) ?? [];
    const [top, right = top, bottom = top, left = right] = parts;
    return closes(top, bottom, height) || closes(left, right, width);
  }
  const xywh = /^xywh\(([^)]*)\)/.exec(text);
  if (xywh) {
    const [, , w, h] = (xywh[1] as string).trim().split(/\s+/);
    const across = length(w ?? '', width);
    const down = length(h ?? '', height);
    return (across !== undefined && across <= 1) || (down !== undefined && down <= 1);
  }
  const polygon = /^polygon\(([^)]*)\)/.exec(text);
  if (polygon) {
    // The box of its points: a polygon of no width or height (one point, a line) leaves nothing.
    const points = (polygon[1] as string)
      .replace(/^\s*(nonzero|evenodd)\s*,/, '')
      .split(',')
      .map((point) => point.trim().split(/\s+/));
    const span = (values: (number | undefined)[]) =>
      values.some((value) => value === undefined) ? undefined : Math.max(...(values as number[])) - Math.min(...(values as number[]));
    const across = span(points.map(([x]) => length(x ?? '', width)));
    const down = span(points.map(([, y]) => length(y ?? '', height)));
    return (across !== undefined && across <= 1) || (down !== undefined && down <= 1);
  }
  // A path or a reference to an SVG clip: what it leaves is not known here, and a value is never drawn through one
  // on a panel. Unsure: unseen, and the seller picks or pastes (review 9, finding 6: `path('M0 0')` hid it all).
  if (/^(path|url|shape)\(/.test(text)) return true;
  const round = /^(circle|ellipse)\(\s*([^\s)]+)(?:\s+([^\s)]+))?/.exec(text);
  if (round) {
    const radii = [round[2], round[1] === 'ellipse' ? round[3] : undefined].filter((radius): radius is string => !!radius && radius !== 'at');
    return radii.some((radius) => Number.parseFloat(radius) === 0);
  }
  return false;
}

/** The reference box a computed clip-path names after its shape (`inset(0px) content-box`), if any. */
const CLIP_PATH_BOX = /\s+(border|padding|content|margin|fill|stroke|view)-box$/;

export type ClipPathBox = 'border' | 'padding' | 'content';

/** Which box a clip-path's lengths are measured from: the border box unless it names the padding or content box. */
export function clipPathBox(value: string | undefined): ClipPathBox {
  const named = CLIP_PATH_BOX.exec((value ?? '').trim().toLowerCase())?.[1];
  return named === 'padding' || named === 'content' ? named : 'border';
}

/** A line of text's top and bottom, in a box's own px from its clip's reference box. */
export interface Band {
  top: number;
  bottom: number;
}

/** Where across a line of text a shape must hold for its glyphs' bodies to show: from 30 to 70 % of its height. */
const BAND_BODY = [0.3, 0.7] as const;

/** The heights of a line's body (BAND_BODY) a shape is asked at: its ends and middle, and `cuts` between them. */
function bodyHeights(band: Band, cuts: number[] = []): number[] {
  const [low, high] = BAND_BODY.map((share) => band.top + (band.bottom - band.top) * share) as [number, number];
  const heights = [low, (low + high) / 2, high, ...cuts.filter((y) => y > low && y < high)].sort((one, other) => one - other);
  // Between two heights as well: a polygon's stretches change only at its corners' heights, so asking at each of them
  // and between each two finds every gap (review 13, finding 7: strips at the three fixed heights kept the line).
  return heights.flatMap((y, index) => {
    const next = heights[index + 1];
    return next === undefined || next === y ? [y] : [y, (y + next) / 2];
  });
}

/**
 * What a shape keeps of a line of text (review 12, finding 9: a polygon was judged by its bounding box, so an L or a
 * notch filling over half of it kept a whole line it cut): the widest stretch the shape holds at each of `heights`
 * (bodyHeights), over the line's height; nothing where no stretch is common to them.
 */
function keptAcross(band: Band, heights: number[], spansAt: (y: number) => [number, number][], crossed?: (box: Area) => boolean): Area {
  let common: [number, number][] | undefined;
  for (const y of heights) {
    const spans = spansAt(y);
    common = common === undefined ? spans : intersectSpans(common, spans);
  }
  let widest: [number, number] | undefined;
  for (const span of common ?? []) if (!widest || span[1] - span[0] > widest[1] - widest[0]) widest = span;
  if (!widest) return { left: 0, top: 0, right: 0, bottom: 0 };
  // Held at every height asked, and no edge of the shape runs through the line's body between them (review 14,
  // finding 7: thin slanted strips whose corners lie outside the body passed every height asked).
  const [low, high] = BAND_BODY.map((share) => band.top + (band.bottom - band.top) * share) as [number, number];
  if (crossed?.({ left: widest[0], top: low, right: widest[1], bottom: high })) return { left: 0, top: 0, right: 0, bottom: 0 };
  return { left: widest[0], top: band.top, right: widest[1], bottom: band.bottom };
}

/** A segment runs through the inside of a box (not along or outside its edges). */
export function segmentCrosses([x1, y1]: [number, number], [x2, y2]: [number, number], box: Area): boolean {
  // Liang–Barsky: the part of the segment inside the box, shrunk by a hair so that an edge lying on it does not count.
  const inset = 1e-6;
  const [left, top, right, bottom] = [box.left + inset, box.top + inset, box.right - inset, box.bottom - inset];
  if (right <= left || bottom <= top) return false;
  let from = 0;
  let to = 1;
  const dx = x2 - x1;
  const dy = y2 - y1;
  for (const [p, q] of [
    [-dx, x1 - left],
    [dx, right - x1],
    [-dy, y1 - top],
    [dy, bottom - y1],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) from = Math.max(from, t);
    else to = Math.min(to, t);
    if (from > to) return false;
  }
  return true;
}

/** The stretches of a polygon's inside along the line at `y`, by its fill rule. */
export function polygonSpans(points: [number, number][], y: number, evenOdd: boolean): [number, number][] {
  const crossings: { x: number; winding: number }[] = [];
  for (const [index, [x1, y1]] of points.entries()) {
    const [x2, y2] = points[(index + 1) % points.length] as [number, number];
    if (y1 === y2 || y < Math.min(y1, y2) || y >= Math.max(y1, y2)) continue;
    crossings.push({ x: x1 + ((y - y1) * (x2 - x1)) / (y2 - y1), winding: y2 > y1 ? 1 : -1 });
  }
  crossings.sort((one, other) => one.x - other.x);
  const spans: [number, number][] = [];
  let winding = 0;
  for (const [index, crossing] of crossings.entries()) {
    winding += evenOdd ? 1 : crossing.winding;
    const inside = evenOdd ? winding % 2 === 1 : winding !== 0;
    const next = crossings[index + 1];
    if (!inside || !next || next.x <= crossing.x) continue;
    const last = spans.at(-1);
    if (last && last[1] >= crossing.x) last[1] = Math.max(last[1], next.x);
    else spans.push([crossing.x, next.x]);
  }
  return spans;
}

/** The stretch of an ellipse (a circle) along the line at `y`. */
function ellipseSpans(x: number, y: number, rx: number, ry: number, at: number): [number, number][] {
  if (rx <= 0 || ry <= 0 || Math.abs(at - y) > ry) return [];
  const half = rx * Math.sqrt(1 - ((at - y) / ry) ** 2);
  return [[x - half, x + half]];
}

function intersectSpans(one: [number, number][], other: [number, number][]): [number, number][] {
  const common: [number, number][] = [];
  for (const [left, right] of one)
    for (const [otherLeft, otherRight] of other) {
      const from = Math.max(left, otherLeft);
      const to = Math.min(right, otherRight);
      if (to > from) common.push([from, to]);
    }
  return common;
}

/** Under this share of its bounding box, a polygon keeps nothing a value is read through. */
export const MIN_POLYGON_FILL = 0.5;

/**
 * The part of a `width`×`height` box a `clip-path` keeps, as offsets from the box's top-left corner: exactly for
 * inset(), xywh() and rect(); for a polygon, circle or ellipse, what it keeps of the line of text `band` names
 * (keptAcross), or without one its bounding box (nothing, for a polygon that fills under half of it); sizes and offsets in the box's own px, from its reference box (clipPathBox). Undefined where the shape or a
 * length is not understood here: the caller keeps nothing then, unsure as with path(). Review 11, finding 2: a clip that keeps a
 * strip, a sliver or a pinhole left the value read; what it keeps is now cut from the text like an overflow's clip.
 */
export function clipPathKeeps(value: string | undefined, width: number, height: number, band?: Band): Area | undefined {
  const text = (value ?? '').trim().toLowerCase().replace(CLIP_PATH_BOX, '');
  // A reference box alone (`border-box`) clips to that box: all of it is kept (review 12: refused as not understood).
  if (/^(border|padding|content|margin|fill|stroke|view)-box$/.test(text)) return { left: 0, top: 0, right: width, bottom: height };
  const call = /^([a-z]+)\((.*)\)$/.exec(text);
  if (!call) return undefined;
  const [, name, args = ''] = call;
  const lengths = (parts: string[], sizes: number[]) => parts.map((part, index) => length(part, sizes[index % sizes.length]));
  const known = (values: (number | undefined)[]): values is number[] => values.every((value) => value !== undefined);
  const words = (part: string) => splitTopLevel(part.trim(), ' ').filter(Boolean);
  if (name === 'inset') {
    const parts = words(args.split(/\s+round\s+/)[0] ?? '');
    const [top, right = top, bottom = top, left = right] = parts;
    const sides = lengths([top ?? '0', right ?? '0', bottom ?? '0', left ?? '0'], [height, width]);
    if (!known(sides)) return undefined;
    const [t, r, b, l] = sides as [number, number, number, number];
    return { left: l, top: t, right: width - r, bottom: height - b };
  }
  if (name === 'xywh') {
    const parts = lengths(words(args.split(/\s+round\s+/)[0] ?? ''), [width, height]);
    if (parts.length < 4 || !known(parts)) return undefined;
    const [x, y, w, h] = parts as [number, number, number, number];
    return { left: x, top: y, right: x + w, bottom: y + h };
  }
  if (name === 'rect') {
    const parts = words(args.split(/\s+round\s+/)[0] ?? '').map((part, index) => (part === 'auto' ? String([0, width, height, 0][index]) : part));
    const edges = lengths(parts, [height, width]);
    if (edges.length < 4 || !known(edges)) return undefined;
    const [t, r, b, l] = edges as [number, number, number, number];
    return { left: l, top: t, right: r, bottom: b };
  }
  if (name === 'polygon') {
    const points = args
      .replace(/^\s*(nonzero|evenodd)\s*,/, '')
      .split(',')
      .map((point) => lengths(words(point), [width, height]));
    if (points.length === 0 || !points.every((point) => point.length === 2 && known(point))) return undefined;
    const evenOdd = /^\s*evenodd\s*,/.test(args);
    if (band) {
      const corners = points as [number, number][];
      const crossed = (box: Area) => corners.some((corner, index) => segmentCrosses(corner, corners[(index + 1) % corners.length] as [number, number], box));
      return keptAcross(
        band,
        bodyHeights(
          band,
          corners.map(([, y]) => y),
        ),
        (y) => polygonSpans(corners, y, evenOdd),
        crossed,
      );
    }
    const xs = points.map(([x]) => x as number);
    const ys = points.map(([, y]) => y as number);
    const bounds = { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) };
    // A shape that fills under half of its bounding box (a hairline diagonal, a thin frame, an L) is not a box a value
    // is read through: it keeps nothing here (review 11, a second look at finding 2).
    const area =
      Math.abs(
        xs.reduce((sum, x, index) => sum + x * (ys[(index + 1) % ys.length] as number) - (xs[(index + 1) % xs.length] as number) * (ys[index] as number), 0),
      ) / 2;
    const boundsArea = (bounds.right - bounds.left) * (bounds.bottom - bounds.top);
    return area >= MIN_POLYGON_FILL * boundsArea ? bounds : { left: 0, top: 0, right: 0, bottom: 0 };
  }
  if (name === 'circle' || name === 'ellipse') {
    const [radiiText = '', centreText = '50% 50%'] = args.split(/\s*\bat\b\s*/);
    const centre = lengths(words(centreText), [width, height]);
    if (centre.length !== 2 || !known(centre)) return undefined;
    const diagonal = Math.hypot(width, height) / Math.SQRT2;
    const radii = words(radiiText);
    const [x, y] = centre as [number, number];
    // closest-side (the default) and farthest-side: to the nearest or furthest edge on each axis (both, for a circle).
    const side = (keyword: string | undefined, axis: 'x' | 'y' | 'both'): number | undefined => {
      const across = [x, width - x];
      const down = [y, height - y];
      const distances = axis === 'x' ? across : axis === 'y' ? down : [...across, ...down];
      if (keyword === undefined || keyword === 'closest-side') return Math.min(...distances);
      if (keyword === 'farthest-side') return Math.max(...distances);
      return undefined;
    };
    const radius = (text: string | undefined, size: number, axis: 'x' | 'y' | 'both') =>
      text === undefined || /-side$/.test(text) ? side(text, axis) : length(text, size);
    const [rx, ry] =
      name === 'circle'
        ? [radius(radii[0], diagonal, 'both'), radius(radii[0], diagonal, 'both')]
        : [radius(radii[0], width, 'x'), radius(radii[1], height, 'y')];
    if (rx === undefined || ry === undefined) return undefined;
    if (band) return keptAcross(band, bodyHeights(band), (at) => ellipseSpans(x, y, rx, ry, at));
    return { left: x - rx, top: y - ry, right: x + rx, bottom: y + ry };
  }
  return undefined;
}

/** The part of a `width`×`height` box the old `clip: rect(top, right, bottom, left)` keeps (`auto`: the box's edge). */
export function clipRectKeeps(value: string | undefined, width: number, height: number): Area | undefined {
  const rect = /^rect\(([^)]*)\)$/.exec((value ?? '').trim().toLowerCase());
  const parts = rect ? (rect[1] as string).split(/\s*,\s*|\s+/).filter(Boolean) : [];
  if (parts.length !== 4) return undefined;
  const edge = (text: string, auto: number) => (text === 'auto' ? auto : length(text, undefined));
  const [top, right, bottom, left] = [
    edge(parts[0] as string, 0),
    edge(parts[1] as string, width),
    edge(parts[2] as string, height),
    edge(parts[3] as string, 0),
  ];
  if (top === undefined || right === undefined || bottom === undefined || left === undefined) return undefined;
  return { left, top, right, bottom };
}

/**
 * Whether the old `clip: rect(top, right, bottom, left)` (on a positioned box) leaves nothing of a box: edges are
 * offsets from its top-left corner, `auto` the box's own edge.
 */
export function clipRectHidesAll(value: string | undefined, width?: number, height?: number): boolean {
  const rect = /^rect\(([^)]*)\)$/.exec((value ?? '').trim().toLowerCase());
  if (!rect) return false;
  const parts = (rect[1] as string).split(/\s*,\s*|\s+/).filter(Boolean);
  if (parts.length !== 4) return false;
  const edge = (text: string, auto: number | undefined) => (text === 'auto' ? auto : length(text, undefined));
  const [top, right, bottom, left] = [
    edge(parts[0] as string, 0),
    edge(parts[1] as string, width),
    edge(parts[2] as string, height),
    edge(parts[3] as string, 0),
  ];
  const across = right !== undefined && left !== undefined ? right - left : undefined;
  const down = bottom !== undefined && top !== undefined ? bottom - top : undefined;
  return (across !== undefined && across <= 1) || (down !== undefined && down <= 1);
}

/**
 * Where a box's `-webkit-box-reflect` (`below 0px`, `right 4px mask…`) draws the point (x, y) of its mirrored copy
 * from: the point of the box (border box `box`) mirrored across the side at the offset; undefined for none.
 */
export function reflectedFrom(reflect: string | undefined | null, box: Area, x: number, y: number): [number, number] | undefined {
  const [side, offset = '0'] = (reflect ?? '').trim().split(/\s+/);
  const gap = Number.parseFloat(offset) || 0;
  if (side === 'below') return [x, 2 * box.bottom + gap - y];
  if (side === 'above') return [x, 2 * box.top - gap - y];
  if (side === 'right') return [2 * box.right + gap - x, y];
  if (side === 'left') return [2 * box.left - gap - x, y];
  return undefined;
}

/** The area a text shadow paints for one box of glyphs: moved by its offset, grown by its blur (and spread). */
export const shadowArea = (glyphs: Area, shadow: Shadow): Area => {
  const grow = Math.max(0, shadow.blur) + Math.max(0, shadow.spread);
  return {
    left: glyphs.left + shadow.x - grow,
    top: glyphs.top + shadow.y - grow,
    right: glyphs.right + shadow.x + grow,
    bottom: glyphs.bottom + shadow.y + grow,
  };
};

/**
 * How much of its colour's alpha a text shadow paints at (x, y) for one box of glyphs (the s33 review: a 10px black
 * glow was taken at full alpha over the whole grown area, over the line above). All of it within the glyphs' box moved
 * (and spread): a box is more than its glyphs' ink. In its blur, a Gaussian of deviation blur / 2 fades it: at a
 * distance d past that box at most half of it times e^(-d² / 2σ²) (the bound of its tail); nothing beyond the blur.
 */
export function shadowReach(glyphs: Area, shadow: Shadow, x: number, y: number): number {
  const solid = shadowArea(glyphs, { ...shadow, blur: 0 });
  const dx = Math.max(solid.left - x, 0, x - solid.right);
  const dy = Math.max(solid.top - y, 0, y - solid.bottom);
  const distance = Math.hypot(dx, dy);
  if (distance === 0) return 1;
  const blur = Math.max(0, shadow.blur);
  if (distance > blur) return 0;
  const deviation = blur / 2;
  return 0.5 * Math.exp(-(distance * distance) / (2 * deviation * deviation));
}

/** A 3×3 linear map, row by row. */
export type Linear = readonly number[];
export const SAME_PLANE: Linear = [1, 0, 0, 0, 1, 0, 0, 0, 1];

/** `one` after `other` (one · other). */
export const times = (one: Linear, other: Linear): Linear =>
  [0, 1, 2].flatMap((row) =>
    [0, 1, 2].map((column) => [0, 1, 2].reduce((sum, k) => sum + (one[row * 3 + k] as number) * (other[k * 3 + column] as number), 0)),
  );

/**
 * The map from a box's content to the page (for boxes from the top down): the map of the box around it (`above`),
 * then its own transform's linear part (`own`: a DOMMatrix's 16 values, column by column, as toFloat64Array gives
 * them; undefined for none), and, unless the box keeps its children in 3-D, its content flattened into its plane. The
 * s33 review: a card turned by a half turn about y holding a face turned back by another is drawn as it is laid out;
 * each turn alone is a mirror, their product is none.
 */
export function contentMap(above: Linear, own: readonly number[] | undefined, keeps3d: boolean): Linear {
  return times(times(above, linearPart(own)), keeps3d ? SAME_PLANE : [1, 0, 0, 0, 1, 0, 0, 0, 0]);
}

/** A transform's linear part (a DOMMatrix's 16 values, column by column; undefined for none). */
export const linearPart = (own: readonly number[] | undefined): Linear =>
  own ? [0, 1, 2].flatMap((row) => [0, 1, 2].map((column) => own[column * 4 + row] as number)) : SAME_PLANE;

/** A box's text drawn through `map` is turned, mirrored or sideways-squashed (beyond a tilt of `tilt` of its scale). */
export function turnedBy(map: Linear, tilt: number): boolean {
  const [a, c, , b, d] = map as [number, number, number, number, number];
  return a <= 0 || d <= 0 || Math.abs(b) > tilt * Math.abs(a) || Math.abs(c) > tilt * Math.abs(d);
}

/**
 * A plane drawn through `map` (its linear part, not flattened) shows its back: the inverse's z-to-z term (the 2-D
 * determinant over the 3-D one) below 0, as engines ask it (a mirror in 2-D shows its front). `decisively`: turned by
 * 120° or more (-0.5 or less), where a cover is taken to paint nothing; else at all, or edge-on, where a value is.
 */
export function showsBack(map: Linear, decisively = true): boolean {
  const [a, b, c, d, e, f, g, h, i] = map as [number, number, number, number, number, number, number, number, number];
  const whole = a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g);
  if (!decisively) return whole === 0 || (a * e - b * d) / whole < 1e-9;
  return whole !== 0 && (a * e - b * d) / whole <= -0.5;
}

/** A backdrop-filter or filter that is certainly none: every function at its identity amount. */
export function identityFilter(filter: string | undefined | null): boolean {
  const text = (filter ?? '').trim();
  if (!text || text === 'none') return true;
  return splitTopLevel(text, ' ').every((part) => {
    const call = /^([a-z-]+)\((.*)\)$/i.exec(part);
    if (!call) return false;
    const name = (call[1] as string).toLowerCase();
    const raw = (call[2] as string).trim();
    const amount = Number.parseFloat(raw) / (raw.endsWith('%') ? 100 : 1);
    if (/^(brightness|contrast|saturate|opacity)$/.test(name)) return raw === '' || amount === 1;
    return /^(grayscale|sepia|invert|hue-rotate|blur)$/.test(name) && amount === 0;
  });
}

/**
 * One box on the way up from a text, for `behindEye`: its transform's matrix (DOMMatrix's m13…m44; undefined for
 * none), whether that matrix can be inverted, its own translate's z, its size, and the perspective its parent gives
 * it (px; 0 for none).
 */
export interface DepthStep {
  matrix?: { m13: number; m14: number; m23: number; m24: number; m43: number; m44: number; is2D: boolean };
  invertible: boolean;
  translateZ: number;
  width: number;
  height: number;
  perspective: number;
}

/**
 * The text is at or behind the eye of a perspective, or projected by a 3-D matrix that cannot be inverted: not drawn
 * (the s32 review: translateZ(150px) under perspective: 100px was read). Conservative: the depths of the boxes from
 * the text up are added (as preserve-3d adds them; a flattened box would add less), a turned box counts its corners'
 * nearest depth, and a perspective() inside a transform counts where any corner's w is not positive.
 */
export function behindEye(steps: readonly DepthStep[]): boolean {
  let depth = 0;
  for (const { matrix, invertible, translateZ, width, height, perspective } of steps) {
    if (matrix && !matrix.is2D) {
      if (!invertible) return true;
      if (matrix.m44 - Math.abs(matrix.m14) * width - Math.abs(matrix.m24) * height <= 0) return true;
      depth += matrix.m43 + Math.abs(matrix.m13) * width + Math.abs(matrix.m23) * height;
    }
    depth += translateZ;
    if (perspective > 0 && depth >= perspective) return true;
  }
  return false;
}

/** The top-level parts of a CSS list (`a(b, c), d`), split at commas outside parentheses. */
export function splitTopLevel(text: string, separator = ','): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  // Brackets inside a quoted string or escaped are text, not nesting (the s36 review, 1: `url('#a(') url(#b)`).
  let quote: string | undefined;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '\\') index++;
    else if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (depth === 0 && (separator === ' ' ? /\s/.test(char as string) : char === separator)) {
      parts.push(text.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((part) => part.trim()).filter(Boolean);
}

const COLOUR_TOKEN = /^(?:[a-z-]+\(.*\)|#[0-9a-f]{3,8}|[a-z]+)$/i;
const isColourToken = (token: string) => COLOUR_TOKEN.test(token) && !/^(inset|none|calc\(.*\))$/i.test(token) && !/^-?[\d.]/.test(token);

/** One shadow of a `text-shadow` or `box-shadow` list: its colour (as written) and its lengths in px. */
export interface Shadow {
  colour: string | undefined;
  x: number;
  y: number;
  blur: number;
  spread: number;
  inset: boolean;
}

/** A computed `text-shadow` or `box-shadow` (px lengths, the colour before or after them). */
export function parseShadows(value: string | undefined | null): Shadow[] {
  const text = (value ?? '').trim();
  if (!text || text === 'none') return [];
  return splitTopLevel(text).map((part) => {
    const tokens = splitTopLevel(part, ' ');
    const lengths = tokens.filter((token) => /^-?[\d.]+(px)?$/.test(token)).map((token) => Number.parseFloat(token));
    const colour = tokens.find((token) => isColourToken(token));
    const [x = 0, y = 0, blur = 0, spread = 0] = lengths;
    return { colour, x, y, blur, spread, inset: tokens.includes('inset') };
  });
}

/** The copies a computed `filter`'s drop-shadow() functions draw, in order. */
export function dropShadowsOf(filter: string | undefined | null): Shadow[] {
  return splitTopLevel((filter ?? '').trim(), ' ').flatMap((part) => {
    const shadow = /^drop-shadow\((.*)\)$/i.exec(part.trim());
    return shadow ? parseShadows(shadow[1] as string) : [];
  });
}

/** Up to this many drop-shadow()s in one filter, every copy is placed; past it, the box is taken as painting anywhere. */
export const MAX_CHAINED_SHADOWS = 6;

/** One copy a filter's drop-shadow()s draw of a box's paint: its offset, and the shadows it was drawn through. */
export interface ShadowCopy {
  x: number;
  y: number;
  through: Shadow[];
}

/**
 * Every copy a computed `filter`'s drop-shadow()s draw (the s36 review, 6: chained on an ordinary box). Each copies all
 * that came before it, copies included, so a copy lies at the sum of the offsets of any of them taken in order: each
 * non-empty subset, its alpha the product of their colours'. Undefined past MAX_CHAINED_SHADOWS (2^n copies).
 */
export function dropShadowCopies(filter: string | undefined | null): ShadowCopy[] | undefined {
  const shadows = dropShadowsOf(filter);
  if (shadows.length > MAX_CHAINED_SHADOWS) return undefined;
  const copies: ShadowCopy[] = [];
  for (let subset = 1; subset < 1 << shadows.length; subset++) {
    const through = shadows.filter((_shadow, index) => subset & (1 << index));
    copies.push({ x: through.reduce((sum, shadow) => sum + shadow.x, 0), y: through.reduce((sum, shadow) => sum + shadow.y, 0), through });
  }
  return copies;
}

/** What decides the z-index a box or pseudo-element is drawn at: its computed style, and whether its box is a flex or grid item. */
export interface ZIndexStyle {
  position: string;
  zIndex: string;
  display: string;
  /** Laid out by a flex or grid container (its layout parent's display). */
  item: boolean;
}

/**
 * The z-index a box or pseudo-element is drawn at in its stacking context: its own where it applies (a positioned box,
 * a flex or grid item), else none (undefined: `auto`, or a static box that is no item, or one of `display: contents`,
 * which makes no box; the s36 review, 9, and the s37 review's low finding: `pseudoOver` believed a z-index where it
 * does not apply).
 */
export function zIndexApplied({ position, zIndex, display, item }: ZIndexStyle): number | undefined {
  if (display === 'contents' || (position === 'static' && !item)) return undefined;
  const z = Number.parseInt(zIndex, 10);
  return Number.isFinite(z) ? z : undefined;
}

/**
 * Transforms apply to the box (CSS Transforms 1, a "transformable element": a block-level or atomic inline-level box,
 * a table row, row group or cell, a caption): not to a non-atomic inline box (display: inline, ruby, of an element
 * that is not replaced), a table column, nor an element with no box (the s37 review, 7: an inline span naming a
 * transform was taken for a stacking context and a layer over later boxes of its flow).
 */
export function transformApplies(display: string, replaced: boolean): boolean {
  if (display === 'none' || display === 'contents') return false;
  if (replaced) return true;
  return !/^(inline|ruby|ruby-base|ruby-text|ruby-base-container|ruby-text-container|table-column|table-column-group)$/.test(display.trim());
}

/**
 * Layout and paint containment apply to the box (CSS Containment 2): as transforms, and not to the internal boxes of
 * a table other than its cells (rows, row groups, columns) either (the s37 review, 7: contain: paint on an inline span).
 */
export function containmentApplies(display: string, replaced: boolean): boolean {
  return transformApplies(display, replaced) && !/^table-(row|row-group|header-group|footer-group)$/.test(display.trim());
}

/**
 * A layer of negative z-index is drawn over an element in the same stacking context (the s35 review: a white
 * pseudo-element at z-index -1 over a value in a layer at -2): `under` is the z-index the element is drawn at there
 * (that of the outermost stacking context holding it, 0 for a positioned box of z-index auto), or 'flow' for an
 * element in the context's flow, drawn after every negative layer. At the same z-index, the later in tree order.
 */
export function negativeLayerOver(z: number, under: number | 'flow', later: boolean): boolean {
  if (under === 'flow') return false;
  return z > under || (z === under && later);
}

/**
 * A computed `content` draws an image (the s36 review, 12: an SVG url() or a gradient, whose paint no colour tells):
 * an image function outside its quoted strings.
 */
export function contentDrawsImage(content: string | undefined | null): boolean {
  if (!content) return false;
  const bare = content.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""');
  return /(^|[\s,/(])(-webkit-|-moz-)?(url|image|image-set|cross-fade|element|paint|gradient|(repeating-)?(linear|radial|conic)-gradient)\(/i.test(bare);
}

/** An SVG shape's computed paint: its fill and stroke (a colour, none, a url() to a gradient or pattern…) and their opacities. */
export interface SvgPaint {
  fill: string;
  fillOpacity: string;
  stroke: string;
  strokeOpacity: string;
  strokeWidth: string;
}

/**
 * How much an SVG shape paints where it lies (the s36 review, 13: a white <rect> was no cover, its background being
 * read): the larger of its fill and its stroke, each its colour's alpha (1 for a server: a gradient, a pattern, a
 * context paint, or anything unknown) times its opacity; a stroke of no width paints nothing.
 */
export function svgPaintAlpha({ fill, fillOpacity, stroke, strokeOpacity, strokeWidth }: SvgPaint): number {
  const paint = (value: string, opacity: string) => {
    const text = value.trim();
    if (text === '' || text === 'none') return 0;
    const alpha = /^url\(/i.test(text) || /^context-/i.test(text) ? 1 : (parseColor(text)?.a ?? 1);
    const factor = Number.parseFloat(opacity);
    return alpha * (Number.isFinite(factor) ? Math.min(1, Math.max(0, opacity.trim().endsWith('%') ? factor / 100 : factor)) : 1);
  };
  const width = Number.parseFloat(strokeWidth);
  return Math.max(paint(fill, fillOpacity), Number.isFinite(width) && width <= 0 ? 0 : paint(stroke, strokeOpacity));
}

/** A `<marker>` a shape names, as read from it: its size, reference point and viewBox in its own units. */
export interface SvgMarker {
  /** `strokeWidth` (the default) scales it by the shape's stroke width; `userSpaceOnUse` does not. */
  units: string | null;
  width: number;
  height: number;
  refX: number;
  refY: number;
  /** Its viewBox, where it has one. */
  viewBox?: { x: number; y: number; width: number; height: number };
  /** Its `preserveAspectRatio` attribute, where given (the default is `xMidYMid meet`). */
  preserveAspectRatio?: string | null;
  /** Its `orient`: "0" (or nothing) keeps it upright; anything else may turn it. */
  orient: string | null;
  /** Its content may be drawn outside its viewport (overflow visible or auto). */
  overflows: boolean;
  /**
   * Where its content draws (its shapes' boxes grown by their strokes), in its content's units (its viewBox's where it
   * has one), where that is known: what an overflowing marker draws outside its viewport (the s38 review, M3).
   */
  content?: { left: number; top: number; right: number; bottom: number };
}

/** How a viewBox maps to a viewport: each user unit's size on each axis, then the move of the viewBox's origin. */
export interface ViewBoxMap {
  scaleX: number;
  scaleY: number;
  translateX: number;
  translateY: number;
}

/**
 * The viewBox-to-viewport transform (SVG 2, "the equivalent transform of an SVG viewport"), for a viewport at 0,0 of
 * `width` × `height`: each axis scaled by the viewport's size over the viewBox's; unless `none`, both by the smaller
 * of the two (`meet`, the default) or the larger (`slice`), the viewBox then aligned in the viewport at its min, mid or
 * max on each axis (`xMidYMid`, the default). No viewBox (or one of no size): user units are the viewport's px. A
 * `preserveAspectRatio` that does not parse counts as the default, as the attribute's error does.
 */
export function viewBoxTransform(
  viewBox: { x: number; y: number; width: number; height: number } | undefined,
  width: number,
  height: number,
  preserveAspectRatio: string | null,
): ViewBoxMap {
  if (!viewBox || !(viewBox.width > 0) || !(viewBox.height > 0)) return { scaleX: 1, scaleY: 1, translateX: 0, translateY: 0 };
  const words = (preserveAspectRatio ?? '').trim().split(/\s+/).filter(Boolean);
  if (words[0] === 'defer') words.shift();
  const valid =
    words.length >= 1 &&
    words.length <= 2 &&
    /^(none|x(Min|Mid|Max)Y(Min|Mid|Max))$/.test(words[0] as string) &&
    (words.length === 1 || /^(meet|slice)$/.test(words[1] as string));
  const [align, fit] = valid ? [words[0] as string, words[1] ?? 'meet'] : ['xMidYMid', 'meet'];
  let scaleX = width / viewBox.width;
  let scaleY = height / viewBox.height;
  if (align !== 'none') scaleX = scaleY = fit === 'slice' ? Math.max(scaleX, scaleY) : Math.min(scaleX, scaleY);
  let translateX = 0 - viewBox.x * scaleX;
  let translateY = 0 - viewBox.y * scaleY;
  const share = (at: string) => (at === 'Mid' ? 0.5 : at === 'Max' ? 1 : 0);
  const aligned = /^x(Min|Mid|Max)Y(Min|Mid|Max)$/.exec(align);
  if (aligned) {
    translateX += (width - viewBox.width * scaleX) * share(aligned[1] as string);
    translateY += (height - viewBox.height * scaleY) * share(aligned[2] as string);
  }
  return { scaleX, scaleY, translateX, translateY };
}

/** What an SVG shape draws past its bounding box (its geometry's, which leaves out stroke and markers). */
export interface SvgReach {
  shape: string;
  stroke: string;
  strokeWidth: number;
  linejoin: string;
  miterlimit: number;
  markers: SvgMarker[];
}

export interface Sides {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * How far (in the shape's user units) a shape may draw outside its geometry's bounding box on each side (the s37
 * code-reading review, 2: Chromium's box of a stroked <line> leaves out its stroke; a marker is drawn at its vertices):
 * half its stroke width, times the miter limit where a corner may be mitred (√2 for a square cap or a rectangle's
 * corner); and each marker's viewport about its reference point, set at any vertex (its size, scaled by the stroke width
 * unless in user space; a marker that may turn, its farthest corner every way). A marker whose content may overflow its
 * viewport is not bounded (Infinity).
 */
export function svgShapeReach({ shape, stroke, strokeWidth, linejoin, miterlimit, markers }: SvgReach): Sides {
  const width = Number.isFinite(strokeWidth) && strokeWidth > 0 ? strokeWidth : 0;
  const stroked = stroke.trim() !== '' && stroke.trim() !== 'none' && width > 0;
  const cornered = /^(path|polyline|polygon)$/.test(shape) && /miter/.test(linejoin);
  const half = stroked ? (width / 2) * (cornered ? Math.max(Math.SQRT2, Number.isFinite(miterlimit) ? miterlimit : 4) : Math.SQRT2) : 0;
  const reach: Sides = { left: half, top: half, right: half, bottom: half };
  const unbounded = (value: number) => (Number.isFinite(value) ? value : Number.POSITIVE_INFINITY);
  for (const marker of markers) {
    // Overflowing, its content's box bounds it; not known, it may draw anywhere.
    if (marker.overflows && !marker.content) return { left: Infinity, top: Infinity, right: Infinity, bottom: Infinity };
    const unit = marker.units === 'userSpaceOnUse' ? 1 : width || 1;
    // The reference point in the marker's viewport, where the vertex is (the s38 review, H6: its viewBox mapped as the
    // SVG spec maps it, with preserveAspectRatio's alignment and meet or slice).
    const map = viewBoxTransform(marker.viewBox, marker.width, marker.height, marker.preserveAspectRatio ?? null);
    const x = marker.refX * map.scaleX + map.translateX;
    const y = marker.refY * map.scaleY + map.translateY;
    const side: Sides = { left: x, top: y, right: marker.width - x, bottom: marker.height - y };
    const content = marker.overflows ? marker.content : undefined;
    if (content) {
      // From the reference point to the content's edges, in the content's units scaled as the viewBox maps them.
      side.left = Math.max(side.left, (marker.refX - content.left) * map.scaleX);
      side.top = Math.max(side.top, (marker.refY - content.top) * map.scaleY);
      side.right = Math.max(side.right, (content.right - marker.refX) * map.scaleX);
      side.bottom = Math.max(side.bottom, (content.bottom - marker.refY) * map.scaleY);
    }
    const upright = marker.orient === null || marker.orient.trim() === '' || Number.parseFloat(marker.orient) === 0;
    // Turned, any side may point any way: as far as its farthest corner.
    const far = Math.hypot(Math.max(side.left, side.right), Math.max(side.top, side.bottom));
    for (const name of ['left', 'top', 'right', 'bottom'] as const) reach[name] = Math.max(reach[name], unbounded((upright ? side[name] : far) * unit));
  }
  return reach;
}

/** The attributes of an SVG `<filter>` that bound what it draws: its filterUnits and region, null where not given. */
export interface FilterRegion {
  units: string | null;
  x: string | null;
  y: string | null;
  width: string | null;
  height: string | null;
}

/** A share of the box, written as a number or a percentage; undefined for anything else (a length in px, em…). */
function share(value: string | null, fallback: number): number | undefined {
  if (value === null || value.trim() === '') return fallback;
  const written = /^\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)(%?)\s*$/i.exec(value);
  if (!written) return undefined;
  const number = Number.parseFloat(written[1] as string);
  return written[2] ? number / 100 : number;
}

/** A length in user space: a number, or one in px; undefined for anything else (a percentage, em…) or nothing. */
function pixels(value: string | null): number | undefined {
  const written = /^\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)(px)?\s*$/i.exec(value ?? '');
  return written ? Number.parseFloat(written[1] as string) : undefined;
}

/**
 * Where a box at `box` may paint through its computed `filter` (the s35 review: an SVG url() filter on a box, not a
 * pseudo-element, moving or copying its paint over a value). Each url() filter draws only inside its filter region,
 * whatever it does (feOffset, feMorphology, feFlood, feTile…); `regions` gives one per url() in order, undefined where
 * its `<filter>` is not found. In objectBoundingBox units (the default, -10% -10% 120% 120%) that region is the box
 * scaled, in userSpaceOnUse px from the box's top left corner; a drop-shadow() then copies it by its offset (and half
 * its blur), a blur() grows it. Undefined where the paint cannot be bounded: `box` not known (the box is transformed
 * or zoomed, so its user space is not the page's px), a url() whose filter is not found or inherits its region (href),
 * a region in other units or lengths (a percentage of the viewport, em).
 */
export function filterPaintArea(filter: string | undefined | null, box: Area | undefined, regions: readonly (FilterRegion | undefined)[]): Area | undefined {
  if (!box) return undefined;
  let area = { ...box };
  let urls = 0;
  for (const part of splitTopLevel((filter ?? '').trim(), ' ').map((part) => part.trim())) {
    if (/^url\(/i.test(part)) {
      const region = regions[urls++];
      const units = region?.units?.trim() || 'objectBoundingBox';
      if (!region || (units !== 'objectBoundingBox' && units !== 'userSpaceOnUse')) return undefined;
      // In user space: lengths in px from the box's top left corner (a percentage is of the viewport: not bounded).
      const read = units === 'userSpaceOnUse' ? pixels : share;
      const [x, y, width, height] = [read(region.x, -0.1), read(region.y, -0.1), read(region.width, 1.2), read(region.height, 1.2)];
      if (x === undefined || y === undefined || width === undefined || height === undefined || width < 0 || height < 0) return undefined;
      const wide = units === 'userSpaceOnUse' ? 1 : box.right - box.left;
      const tall = units === 'userSpaceOnUse' ? 1 : box.bottom - box.top;
      area = { left: box.left + x * wide, top: box.top + y * tall, right: box.left + (x + width) * wide, bottom: box.top + (y + height) * tall };
      continue;
    }
    const blurred = /^blur\((.*)\)$/i.exec(part);
    if (blurred) {
      const reach = Math.max(0, Number.parseFloat(blurred[1] as string) || 0);
      area = { left: area.left - reach, top: area.top - reach, right: area.right + reach, bottom: area.bottom + reach };
      continue;
    }
    for (const shadow of dropShadowsOf(part)) {
      const fringe = shadow.blur / 2;
      area = {
        left: area.left - Math.max(0, -shadow.x) - fringe,
        top: area.top - Math.max(0, -shadow.y) - fringe,
        right: area.right + Math.max(0, shadow.x) + fringe,
        bottom: area.bottom + Math.max(0, shadow.y) + fringe,
      };
    }
  }
  return area;
}

/** What the page says of one SMIL animation element that targets a `<filter>`: its kind and the attributes it is read by. */
export interface RegionAnimation {
  /** `set`, `animate`, or any other animation element (`animateTransform`, `discard`…). */
  kind: string;
  attribute: string | null;
  from: string | null;
  to: string | null;
  by: string | null;
  values: string | null;
  additive: string | null;
  accumulate: string | null;
}

/** The attributes of a `<filter>` that set its region, and the part of a FilterRegion each is. */
const REGION_ATTRIBUTES: Readonly<Record<string, keyof FilterRegion>> = { filterUnits: 'units', x: 'x', y: 'y', width: 'width', height: 'height' };

/** Past this many regions (or combinations of regions across a filter's url()s), a filter is taken as painting anywhere. */
export const MAX_REGION_CANDIDATES = 64;

/**
 * Every region a `<filter>` that SMIL animates may be drawn with (the s36 review, 2: its attributes give the base value
 * only): each region attribute's base value and each value its animations name (`from`, `to`, `values`), in every
 * combination. An `<animate>` between two values draws a region between theirs, inside their union, so the union of
 * these regions holds every region drawn. Undefined where the values are not all named: a `by`, an additive or
 * accumulating animation, an animated `href` (another filter's region), an animation element other than `set` and
 * `animate`, or more than MAX_REGION_CANDIDATES combinations. An animation of another attribute changes no region.
 */
export function animatedRegions(base: FilterRegion, animations: readonly RegionAnimation[]): FilterRegion[] | undefined {
  const choices = new Map<keyof FilterRegion, Set<string | null>>(Object.values(REGION_ATTRIBUTES).map((part) => [part, new Set([base[part]])]));
  for (const animation of animations) {
    if (animation.kind !== 'set' && animation.kind !== 'animate') return undefined;
    const attribute = (animation.attribute ?? '').trim();
    if (/^(?:xlink:)?href$/i.test(attribute)) return undefined;
    const part = Object.hasOwn(REGION_ATTRIBUTES, attribute) ? REGION_ATTRIBUTES[attribute] : undefined;
    if (!part) continue;
    if (animation.by !== null || animation.additive?.trim() === 'sum' || animation.accumulate?.trim() === 'sum') return undefined;
    const named = [animation.from, animation.to, ...(animation.values?.split(';') ?? [])].filter((value): value is string => value !== null);
    for (const value of named) choices.get(part)?.add(value.trim());
  }
  let regions: FilterRegion[] = [base];
  for (const [part, values] of choices) {
    regions = regions.flatMap((region) => [...values].map((value) => ({ ...region, [part]: value })));
    if (regions.length > MAX_REGION_CANDIDATES) return undefined;
  }
  return regions;
}

/**
 * Where a box may paint through its `filter` when each url()'s filter may be drawn with any of several regions
 * (`candidates`, one list per url() in order; undefined where not found): the union of filterPaintArea over every
 * combination. Undefined where any is, or past MAX_REGION_CANDIDATES combinations.
 */
export function filterPaintAreaOver(
  filter: string | undefined | null,
  box: Area | undefined,
  candidates: readonly (readonly FilterRegion[] | undefined)[],
): Area | undefined {
  let combinations: (FilterRegion | undefined)[][] = [[]];
  for (const regions of candidates) {
    combinations = combinations.flatMap((chosen) => (regions ?? [undefined]).map((region) => [...chosen, region]));
    if (combinations.length > MAX_REGION_CANDIDATES) return undefined;
  }
  let union: Area | undefined;
  for (const regions of combinations) {
    const area = filterPaintArea(filter, box, regions);
    if (!area) return undefined;
    union = union
      ? {
          left: Math.min(union.left, area.left),
          top: Math.min(union.top, area.top),
          right: Math.max(union.right, area.right),
          bottom: Math.max(union.bottom, area.bottom),
        }
      : area;
  }
  return union;
}

/** A text shadow drawn close enough to the glyphs to outline them (offset and blur within 2px): it can make text readable. */
export const MAX_OUTLINE_SHADOW_PX = 2;
/** A stroke thinner than this does not make a glyph readable. */
export const MIN_STROKE_PX = 1;

/**
 * From this share of the font size, a stroke (painted over the fill, centred on the glyphs' edges) covers the fill
 * of a text's strokes, whose stems are 0.03–0.1 em wide: the glyphs are drawn in the stroke's colour (review 11,
 * finding 7: a 3 px white stroke over black 16 px text on white was read; review 12, finding 8: 2 px still was).
 */
export const STROKE_COVERS_FILL_EMS = 0.06;

/** From this share of the font size, a decoration line is a band over (line-through) or under (underline) the glyphs. */
export const DECORATION_BAND_EMS = 0.3;

/**
 * Characters that override a run's direction (LRO, RLO). Embeddings and isolates (LRE, RLE, LRI, RLI…) keep the order
 * of a run of Latin letters and digits, as an ID is: a panel may wrap values in them (round 4's bidi pages).
 */
const BIDI_OVERRIDES = /[\u202D\u202E]/;

/**
 * The text is drawn in the order of its characters: no bidi override on its box (a <bdo>, unicode-bidi: bidi-override),
 * and no override character in it. Else the seller reads the characters in another order than the reader takes them
 * (review 12, finding 10: `unicode-bidi: bidi-override; direction: rtl` showed an ID reversed).
 */
export function drawnInOrder(unicodeBidi: string | undefined, text: string): boolean {
  return !/override/.test(unicodeBidi ?? '') && !BIDI_OVERRIDES.test(text) && !BIDI_INSIDE.test(text);
}

/**
 * A bidi mark, embedding or isolate between two letters or digits with nothing else between them: in a right-to-left
 * context it draws what stands after it first (the s32 review: an RLM or PDI LRI between the halves of an ID). Around a
 * value, or beside a label, they keep its order; the glyphs' places are asked of the layout (dom/visibility.ts).
 */
const BIDI_INSIDE = /[0-9A-Za-z][\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]+[0-9A-Za-z]/;

/** One box's decoration lines, as computed. */
export interface Decoration {
  lines: string;
  thicknessPx: number;
  /** text-underline-offset in px (0 for auto). */
  underlineOffsetPx: number;
  colour: Rgba | undefined;
}

/**
 * What decoration lines do to a text, from each box whose decorations reach it (its own and its inline ancestors'):
 * a line-through band of an opaque colour is drawn over the glyphs, and hides them ("unseen"); an underline band pulled
 * up into them lies behind them, a colour the text must also stand out from. Thin lines do neither.
 */
export function decorationBands(decorations: readonly Decoration[], fontPx: number): { over: boolean; behind: (Rgba | undefined)[] } {
  const behind: (Rgba | undefined)[] = [];
  // The share of the glyphs the line-through bands let through, each over the others (alpha over alpha: six nested
  // bands of 0.45 leave 3 %, the s32 review); an unknown colour lets nothing through.
  let through = 1;
  for (const { lines, thicknessPx, underlineOffsetPx, colour } of decorations) {
    if (!(thicknessPx >= DECORATION_BAND_EMS * fontPx)) continue;
    if (/line-through/.test(lines)) through *= 1 - (colour ? colour.a : 1);
    // An underline lies under the glyphs' baseline unless pulled up into them (hex IDs have no descenders): a chunky
    // link underline is not a backdrop (review 12, finding 13).
    if (/underline/.test(lines) && underlineOffsetPx < 0) behind.push(colour);
  }
  return { over: through <= 0.5, behind };
}
/**
 * A shadow that outlines the glyphs: close to them (offset and blur within 2px), and reaching past them by a pixel at
 * least (a shadow of the glyphs' own shape right under an opaque glyph, `0 0 0`, shows nothing: the sixth review).
 */
export const outlinesGlyphs = (shadow: Shadow) => {
  const reach = Math.hypot(shadow.x, shadow.y) + shadow.blur;
  return reach >= 1 && reach <= MAX_OUTLINE_SHADOW_PX && !shadow.inset;
};

/**
 * The colours a gradient paints, from its stops (in order, one layer): each stop, and the colours between each two
 * (a quarter, half and three quarters of the way), since any of them may be the slice under a text (a ramp sized so
 * that the box shows its middle: the sixth review). An unresolved stop stays unknown.
 */
export function gradientRamp(stops: readonly (Rgba | undefined)[]): (Rgba | undefined)[] {
  const ramp: (Rgba | undefined)[] = [];
  for (const [index, stop] of stops.entries()) {
    const previous = stops[index - 1];
    if (index > 0 && stop && previous)
      for (const t of [0.25, 0.5, 0.75])
        ramp.push({
          r: previous.r + (stop.r - previous.r) * t,
          g: previous.g + (stop.g - previous.g) * t,
          b: previous.b + (stop.b - previous.b) * t,
          a: previous.a + (stop.a - previous.a) * t,
        });
    ramp.push(stop);
  }
  return ramp;
}

/**
 * The colour stops of a background image made only of gradients (linear, radial, conic, repeating or not), as
 * written; undefined when it holds anything else (a url(), an image-set()): unknown.
 */
export function gradientStops(image: string | undefined | null): string[] | undefined {
  const text = (image ?? '').trim();
  if (!text || text === 'none') return [];
  const stops: string[] = [];
  for (const layer of splitTopLevel(text)) {
    const gradient = /^(?:-webkit-)?(?:repeating-)?(?:linear|radial|conic)-gradient\((.*)\)$/i.exec(layer);
    if (!gradient) return undefined;
    for (const part of splitTopLevel(gradient[1] as string)) {
      const colour = splitTopLevel(part, ' ').find(
        (token) => isColourToken(token) && !/^(to|at|from|in|circle|ellipse|closest|farthest|left|right|top|bottom|center|[a-z]+-(side|corner))$/i.test(token),
      );
      if (colour) stops.push(colour);
    }
  }
  return stops;
}

/**
 * Filter functions that keep text readable at any value (a box judged by its colours still is what the seller sees):
 * grayscale and hue-rotate keep a colour's luminance, opacity() is counted by opacityFactor.
 */
const HARMLESS_FILTERS = new Set(['drop-shadow', 'grayscale', 'hue-rotate', 'opacity']);

/**
 * Filter functions that move a colour's luminance, and the most of each a design's tint may use (review 11, finding
 * 8): saturate(20) turns a readable rgb(100, 130, 100) into #0f0, 1.37:1 on white, and sepia(1) a readable grey
 * rgb(200, 200, 200) into a cream of 1.13:1. Beyond these, the colours "seen" judges are not the ones painted.
 */
export const SLIGHT_COLOUR_FILTERS: Readonly<Record<string, number>> = { saturate: 1.5, sepia: 0.2 };

/** How far slight tints may move a text's paint, all together: brightness(0.8) alone, or brightness(1.1) twice. */
export const MAX_FILTER_DRIFT = Math.log(1.25) + 1e-9;

/**
 * How far a computed `filter`'s brightness() and contrast() move the paint from the colours "seen" judges: the sum of
 * |ln amount| (0 where there is none). Each slight tint passes filterUnjudgeable alone; summed over a box and the
 * boxes it is painted inside, five brightness(1.2) no longer whiten a grey text unnoticed. saturate() above 1 and
 * sepia() count in the same budget, each at its share of SLIGHT_COLOUR_FILTERS (saturate(1.5) or sepia(0.2) uses it
 * all): nine saturate(1.5) one inside the other no longer turn a readable green to #0f0 (review 11, a second look at
 * finding 8).
 */
export function filterDrift(filter: string | undefined | null): number {
  let drift = 0;
  for (const part of splitTopLevel((filter ?? '').trim(), ' ')) {
    const call = /^(brightness|contrast|saturate|sepia)\((.*)\)$/i.exec(part);
    if (!call) continue;
    const name = (call[1] as string).toLowerCase();
    const raw = (call[2] as string).trim();
    const amount = raw === '' ? 1 : Number.parseFloat(raw) / (raw.endsWith('%') ? 100 : 1);
    if (!(amount >= 0) || !Number.isFinite(amount)) return Number.POSITIVE_INFINITY;
    if (name === 'saturate') drift += amount > 1 ? (Math.log(amount) / Math.log(SLIGHT_COLOUR_FILTERS.saturate as number)) * Math.log(1.25) : 0;
    else if (name === 'sepia') drift += (Math.min(amount, 1) / (SLIGHT_COLOUR_FILTERS.sepia as number)) * Math.log(1.25);
    else drift += amount > 0 ? Math.abs(Math.log(amount)) : Number.POSITIVE_INFINITY;
  }
  return drift;
}

/** The filter functions `filtered` paints by a colour matrix or transfer function, whatever their amount. */
const COLOUR_FILTERS = new Set(['brightness', 'contrast', 'invert', 'saturate', 'sepia', 'grayscale', 'hue-rotate']);

/**
 * Whether a computed `filter` changes how the text is painted beyond what "seen" can judge: brightness(), contrast(),
 * invert(), blur() away from their identity (a hover's slight tint, brightness 0.8–1.2, stays judged), saturate() and
 * sepia() beyond SLIGHT_COLOUR_FILTERS, url() and anything unknown. opacity() is counted by opacityFactor.
 * On the root element (`onRoot`) a colour function is judged by the colours it paints, whatever its amount: the whole
 * page, every text and every background on it, the canvas where a background is set on the root or the body, is drawn
 * through it alike (a dark-mode extension's filter mode, `invert(100%) hue-rotate(180deg)`: pages-s46, M3). A blur
 * there, a url() or an unknown function stays unjudged.
 */
export function filterUnjudgeable(filter: string | undefined | null, onRoot = false): boolean {
  const text = (filter ?? '').trim();
  if (!text || text === 'none') return false;
  for (const part of splitTopLevel(text, ' ')) {
    const call = /^([a-z-]+)\((.*)\)$/i.exec(part);
    if (!call) return true;
    const name = (call[1] as string).toLowerCase();
    if (HARMLESS_FILTERS.has(name)) continue;
    const raw = (call[2] as string).trim();
    const amount = raw === '' ? undefined : Number.parseFloat(raw) / (raw.endsWith('%') ? 100 : 1);
    if (amount === undefined || !Number.isFinite(amount)) return true;
    if (onRoot && COLOUR_FILTERS.has(name)) continue;
    if ((name === 'brightness' || name === 'contrast') && amount >= 0.8 && amount <= 1.2) continue;
    const slight = SLIGHT_COLOUR_FILTERS[name];
    if (slight !== undefined && amount >= 0 && amount <= slight) continue;
    if (name === 'invert' && amount <= 0.1) continue;
    if (name === 'blur' && amount <= 1) continue;
    return true;
  }
  return false;
}

/** sepia(1)'s matrix (Filter Effects 1), row by row. */
const SEPIA = [0.393, 0.769, 0.189, 0.349, 0.686, 0.168, 0.272, 0.534, 0.131];
/** The luma weights saturate(), grayscale() and hue-rotate() keep, and hue-rotate()'s sine part (Filter Effects 1). */
const LUMA = [0.213, 0.715, 0.072];
const HUE_SINE = [-0.213, -0.715, 0.928, 0.143, 0.14, -0.283, -0.787, 0.715, 0.072];
const TURNS: Readonly<Record<string, number>> = { deg: 360, grad: 400, rad: 2 * Math.PI, turn: 1 };

/**
 * `paint` as the filters in `filters` (computed `filter` values, the box's own first, then each box it is painted
 * inside) draw it: grayscale(), saturate(), sepia(), hue-rotate(), invert(), brightness() and contrast() by their
 * matrices and transfer functions in sRGB, each clamped, as browsers apply them (the s32 review: grayscale(1) turned
 * green text on red into one grey). opacity() (counted by opacityFactor), blur() and drop-shadow() keep the colour.
 * Undefined for a filter this cannot model (a url(), an unknown function): its paint is not known.
 */
export function filtered(paint: Rgba, filters: string): Rgba | undefined {
  let rgb = [paint.r / 255, paint.g / 255, paint.b / 255];
  for (const part of splitTopLevel(filters.trim(), ' ')) {
    if (!part || part === 'none') continue;
    const call = /^([a-z-]+)\((.*)\)$/i.exec(part);
    if (!call) return undefined;
    const name = (call[1] as string).toLowerCase();
    if (name === 'opacity' || name === 'blur' || name === 'drop-shadow') continue;
    const raw = (call[2] as string).trim();
    const number = Number.parseFloat(raw);
    let amount = raw === '' ? 1 : number / (raw.endsWith('%') ? 100 : 1);
    if (name === 'hue-rotate') amount = raw === '' ? 0 : (number / (TURNS[/[a-z]*$/i.exec(raw)?.[0].toLowerCase() || 'deg'] ?? 360)) * 2 * Math.PI;
    if (!Number.isFinite(amount)) return undefined;
    const one = Math.min(amount, 1);
    const [r, g, b] = rgb as [number, number, number];
    // Each row of a 3×3 matrix applied to the colour.
    const rows = (matrix: (index: number) => number) => [0, 1, 2].map((row) => matrix(row * 3) * r + matrix(row * 3 + 1) * g + matrix(row * 3 + 2) * b);
    // saturate(s), grayscale(1 - s) and hue-rotate(θ) are L + c (I - L) + sin θ S, L the luma rows.
    const luma = (keep: number, sine: number) =>
      rows((index) => (LUMA[index % 3] as number) + keep * ((index % 4 === 0 ? 1 : 0) - (LUMA[index % 3] as number)) + sine * (HUE_SINE[index] as number));
    if (name === 'saturate') rgb = luma(amount, 0);
    else if (name === 'grayscale') rgb = luma(1 - one, 0);
    else if (name === 'hue-rotate') rgb = luma(Math.cos(amount), Math.sin(amount));
    else if (name === 'sepia') rgb = rows((index) => (1 - one) * (index % 4 === 0 ? 1 : 0) + one * (SEPIA[index] as number));
    else if (name === 'invert') rgb = rgb.map((value) => one * (1 - value) + (1 - one) * value);
    else if (name === 'brightness') rgb = rgb.map((value) => value * amount);
    else if (name === 'contrast') rgb = rgb.map((value) => (value - 0.5) * amount + 0.5);
    else return undefined;
    rgb = rgb.map((value) => Math.min(1, Math.max(0, value)));
  }
  const [r, g, b] = rgb.map((value) => value * 255) as [number, number, number];
  return { r, g, b, a: paint.a };
}

/** A box (left, top, right, bottom in the page's pixels) without the DOM: what coverage compares. */
export interface Area {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * A containing block as it places an absolutely positioned box: its padding box's top left corner on the page, its
 * scale on the page on each axis (a transform or `scale` on it or on a box around it), and its scroll offsets (in its
 * own px).
 */
export interface PlacingBlock {
  left: number;
  top: number;
  scaleX: number;
  scaleY: number;
  scrollLeft: number;
  scrollTop: number;
}

/**
 * Where an absolutely positioned box lies on the page, from its computed offsets and size (in its containing block's
 * own px, from the block's padding box at its scroll origin; the s38 code-reading review, H9): moved back by the block's
 * scroll, then scaled as the block is. A scale that is not a positive number counts as 1.
 */
export function placedInBlock(block: PlacingBlock, box: { left: number; top: number; width: number; height: number }): Area {
  const factor = (scale: number) => (Number.isFinite(scale) && scale > 0 ? scale : 1);
  const [scaleX, scaleY] = [factor(block.scaleX), factor(block.scaleY)];
  const left = block.left + (box.left - (block.scrollLeft || 0)) * scaleX;
  const top = block.top + (box.top - (block.scrollTop || 0)) * scaleY;
  return { left, top, right: left + box.width * scaleX, bottom: top + box.height * scaleY };
}

/**
 * How much of the text's ink a box's painted area covers: all of it, part of it, or none. The ink is the text's box
 * less a fifth of its height at the top and the bottom (a line box taller than the glyphs, a badge's tight
 * line-height) and a pixel at each side, so that a background painted under the glyphs themselves counts as all.
 */
export function paintCoverage(painted: Area, text: Area): 'all' | 'part' | 'none' {
  const slack = (text.bottom - text.top) / 5;
  const ink = { left: text.left + 1, top: text.top + slack, right: text.right - 1, bottom: text.bottom - slack };
  if (ink.right <= ink.left || ink.bottom <= ink.top) return 'all';
  if (painted.right <= ink.left || painted.left >= ink.right || painted.bottom <= ink.top || painted.top >= ink.bottom) return 'none';
  const inside = painted.left <= ink.left && painted.top <= ink.top && painted.right >= ink.right && painted.bottom >= ink.bottom;
  return inside ? 'all' : 'part';
}

/** The longhands that say where a box's background images paint, as computed (comma lists, one entry per layer). */
export interface LayerPlacement {
  size: string;
  repeat: string;
  positionX: string;
  positionY: string;
}

/**
 * Whether every background image layer certainly paints the whole of its box's painting area: on each axis it
 * repeats with a size (repeat, round), or it is as large as the area (auto, 100 %, cover, contain: a gradient has no
 * size of its own) and placed by a percentage or keyword (which places an image of the area's size at 0). A layer of
 * size 0, 1px without repeating, or pushed away by a length paints part of the box or none of it: the colour under it
 * may then be what is behind the text. Unset longhands (a DOM without a style engine) read as the initial values.
 */
export function layersCoverBox({ size, repeat, positionX, positionY }: LayerPlacement, layers: number): boolean {
  const sizes = splitTopLevel(size || 'auto');
  const repeats = splitTopLevel(repeat || 'repeat');
  const xs = splitTopLevel(positionX || '0%');
  const ys = splitTopLevel(positionY || '0%');
  for (let layer = 0; layer < layers; layer++) {
    // Lists shorter than the layers repeat (CSS Backgrounds 3, "the number of layers").
    const [width, height] = layerSize(sizes[layer % sizes.length] as string);
    const [repeatX, repeatY] = layerRepeat(repeats[layer % repeats.length] as string);
    if (!axisCovered(width, repeatX, xs[layer % xs.length] as string)) return false;
    if (!axisCovered(height, repeatY, ys[layer % ys.length] as string)) return false;
  }
  return true;
}

function layerSize(value: string): [string, string] {
  const [width = 'auto', height = width === 'cover' || width === 'contain' ? width : 'auto'] = splitTopLevel(value.trim(), ' ');
  return [width, height];
}

function layerRepeat(value: string): [string, string] {
  const words = splitTopLevel(value.trim(), ' ');
  if (words[0] === 'repeat-x') return ['repeat', 'no-repeat'];
  if (words[0] === 'repeat-y') return ['no-repeat', 'repeat'];
  return [words[0] ?? 'repeat', words[1] ?? words[0] ?? 'repeat'];
}

const FULL_SIZE = /^(auto|cover|contain|100%)$/;
const ZERO_SIZE = /^-?0*\.?0*(px|%|em|rem)?$/;
const PLACED_BY_SHARE = /^(-?[\d.]+%|0(px)?|left|right|top|bottom|center)$/;

function axisCovered(size: string, repeat: string, position: string): boolean {
  if (ZERO_SIZE.test(size)) return false;
  if (repeat === 'repeat' || repeat === 'round') return true;
  // space leaves gaps between tiles; no-repeat paints one tile where it is placed.
  return FULL_SIZE.test(size) && PLACED_BY_SHARE.test(position.trim());
}

/**
 * How a box treats what overflows it on one axis: 'cut' (hidden, clip, or contain: paint: nobody can scroll to the
 * rest), 'scroll' (auto, scroll: the seller can scroll to it), 'none' (visible: drawn outside).
 */
export type OverflowAxis = 'cut' | 'scroll' | 'none';

export function overflowAxis(overflow: string | undefined, containsPaint: boolean): OverflowAxis {
  if (overflow === 'hidden' || overflow === 'clip') return 'cut';
  if (overflow === 'auto' || overflow === 'scroll' || overflow === 'overlay') return 'scroll';
  return containsPaint ? 'cut' : 'none';
}

/** `contain` values (or a `content-visibility` other than visible) that clip the box's content to it: paint containment. */
export const containsPaint = (contain: string | undefined, contentVisibility?: string) =>
  /\b(paint|strict|content)\b/.test(contain ?? '') || contentVisibility === 'auto' || contentVisibility === 'hidden';

/** A text line kept less than this share of its height is unreadable: the glyphs lie in the middle of the line box. */
export const MIN_KEPT_HEIGHT_SHARE = 0.6;
/** A text cut by a clip may lose at most this many ems of its width: a fragment is not the value. */
export const MAX_CUT_EMS = 1;

/**
 * Whether what the clips leave of a text line is readable (review 8: "more than 1 px" read a 2 px sliver as the
 * whole value): at least 60 % of its height and 6 px, and all of its width but an em. A fragment is not the value,
 * with an ellipsis or without: the ellipsis a style asks for may not be drawn, and "Kim…" of "Kimlik No: <ID>" shows
 * none of the ID (review 9, finding 3); a shortened value is read from its copy attribute instead.
 */
export function readablePart(kept: Area, text: Area, fontPx: number, minHeightPx: number): boolean {
  const height = text.bottom - text.top;
  const keptHeight = kept.bottom - kept.top;
  if (keptHeight < Math.max(minHeightPx, MIN_KEPT_HEIGHT_SHARE * height)) return false;
  return kept.right - kept.left >= text.right - text.left - MAX_CUT_EMS * fontPx - 0.5;
}

/**
 * A box that clips: its area on screen, how far it is scrolled now and how far it can be (its scroll range: scroll
 * size less client size, in its own CSS px), how much its box is scaled on screen on each axis, and on which axes its
 * scroll starts at the end (rtl, a vertical-rl writing mode, a reversed flex direction: the scroll offset runs from 0
 * down to minus the range).
 */
export interface Clipper {
  box: Area;
  x: OverflowAxis;
  y: OverflowAxis;
  scrollLeft: number;
  scrollTop: number;
  maxScrollLeft: number;
  maxScrollTop: number;
  scaleX: number;
  scaleY: number;
  xFromEnd: boolean;
  yFromEnd: boolean;
}

/**
 * What is left of `area` inside a box that clips it. A cut axis keeps only the part inside the box. A scrolled axis,
 * where `reachable`, keeps what the seller can scroll into the box, placed where the first scroll that shows it
 * puts it: within the box's scroll range, measured in its own px (a text past the furthest scroll shows only as far as
 * that scroll brings it: review 9, finding 4; review 10, findings 3 and 4), nothing before the scroll's start (where
 * negative margins put text), and nothing in a box of no size; without `reachable`, only what is inside the box at
 * this scroll.
 */
export function clipArea(area: Area, clipper: Clipper, reachable: boolean): Area {
  const { box } = clipper;
  const cut = (
    axis: OverflowAxis,
    [low, high]: [number, number],
    [boxLow, boxHigh]: [number, number],
    { scroll, range, scale, fromEnd }: { scroll: number; range: number; scale: number; fromEnd: boolean },
  ): [number, number] => {
    if (axis === 'none') return [low, high];
    if (axis === 'scroll' && reachable) {
      if (boxHigh - boxLow <= 1) return [low, low];
      const size = high - low;
      const factor = scale > 0 ? scale : 1;
      // How far into the scrolled content the text starts (from its end where the scroll starts there), in the box's
      // own px; the scroll that brings it to the box's start, or as near as the range goes; a text starting before
      // the content's start keeps its place.
      const offset = fromEnd ? (boxHigh - high) / factor - scroll : (low - boxLow) / factor + scroll;
      const shift = factor * (offset < 0 ? offset : Math.max(0, offset - Math.max(0, range)));
      const [from, to] = fromEnd ? [boxHigh - shift - size, boxHigh - shift] : [boxLow + shift, boxLow + shift + size];
      const start = Math.max(from, boxLow);
      return [start, Math.max(start, Math.min(to, boxHigh))];
    }
    const from = Math.max(low, boxLow);
    return [from, Math.max(from, Math.min(high, boxHigh))];
  };
  const [left, right] = cut(clipper.x, [area.left, area.right], [box.left, box.right], {
    scroll: clipper.scrollLeft,
    range: clipper.maxScrollLeft,
    scale: clipper.scaleX,
    fromEnd: clipper.xFromEnd,
  });
  const [top, bottom] = cut(clipper.y, [area.top, area.bottom], [box.top, box.bottom], {
    scroll: clipper.scrollTop,
    range: clipper.maxScrollTop,
    scale: clipper.scaleY,
    fromEnd: clipper.yFromEnd,
  });
  return { left, top, right, bottom };
}

/**
 * On which axes a scrolling box's scroll starts at the end: the block axis by its writing mode (vertical-rl starts at
 * the right), the inline axis by its direction (rtl) and by sideways-lr (bottom to top), and the flex container's main axis again when reversed (row- or
 * column-reverse), a double reversal cancelling.
 */
export function scrollsFromEnd(writingMode: string, direction: string, display: string, flexDirection: string): { x: boolean; y: boolean } {
  const vertical = writingMode.startsWith('vertical') || writingMode.startsWith('sideways');
  const blockFromEnd = vertical && writingMode.endsWith('-rl');
  // sideways-lr runs its lines bottom to top: its inline start is at the bottom, and rtl turns it back (review 11,
  // finding 11).
  const inlineFromEnd = (direction === 'rtl') !== (writingMode === 'sideways-lr');
  const flex = /(^|-)flex$/.test(display);
  const rowReversed = flex && flexDirection === 'row-reverse';
  const columnReversed = flex && flexDirection === 'column-reverse';
  const inline = inlineFromEnd !== rowReversed;
  const block = (vertical ? blockFromEnd : false) !== columnReversed;
  return vertical ? { x: block, y: inline } : { x: inline, y: block };
}

/** More than a pixel each way: something the seller can see of it. */
export const hasArea = (area: Area) => area.right - area.left > 1 && area.bottom - area.top > 1;

/**
 * How far a `transform` (computed: none, matrix() or matrix3d()) may move any point of a box whose points lie within
 * `reach` px of its transform origin: its translation plus how far the rest of the matrix moves such a point (the
 * Frobenius norm of M − I bounds it). A 3-D matrix or anything unread: not bounded.
 */
export function transformDrift(transform: string | undefined | null, reach: number): number {
  const text = (transform ?? '').trim();
  if (!text || text === 'none') return 0;
  const matrix = /^matrix\(([^)]*)\)$/.exec(text);
  const values = matrix ? (matrix[1] as string).split(',').map((value) => Number.parseFloat(value)) : [];
  if (values.length !== 6 || values.some((value) => !Number.isFinite(value))) return Number.POSITIVE_INFINITY;
  const [a, b, c, d, e, f] = values as [number, number, number, number, number, number];
  return Math.abs(e) + Math.abs(f) + Math.hypot(a - 1, b, c, d - 1) * reach;
}

/** The computed values a pseudo-element's drift is read from. */
export type DriftStyle = Pick<
  CSSStyleDeclaration,
  | 'marginLeft'
  | 'marginTop'
  | 'marginRight'
  | 'marginBottom'
  | 'direction'
  | 'writingMode'
  | 'filter'
  | 'offsetPath'
  | 'zoom'
  | 'position'
  | 'top'
  | 'left'
  | 'right'
  | 'bottom'
  | 'transform'
  | 'transformOrigin'
  | 'translate'
  | 'rotate'
  | 'scale'
  | 'width'
  | 'height'
  | 'textIndent'
  | 'letterSpacing'
  | 'wordSpacing'
  | 'display'
  | 'paddingTop'
  | 'paddingBottom'
  | 'borderTopWidth'
  | 'borderBottomWidth'
  | 'fontSize'
  | 'lineHeight'
  | 'textShadow'
  | 'boxShadow'
  | 'outlineStyle'
  | 'outlineWidth'
  | 'outlineOffset'
>;

/**
 * How far a move of `z` px toward the seller moves a pseudo-element's points, given its owner's `depth`: a perspective
 * p scales about its origin by p / (p − z); at or past the eye nothing is drawn.
 */
function zScaled(z: number, depth: Depth): Drift {
  const none = { left: 0, right: 0, up: 0, down: 0 };
  if (z === 0 || depth === 'flat') return none;
  const endless = Number.POSITIVE_INFINITY;
  if (depth === 'unknown' || !(depth.perspective > 0)) return { left: endless, right: endless, up: endless, down: endless };
  if (z >= depth.perspective) return none;
  // A point at x moves by (scale − 1)(x − origin): the box's two edges bound it, each way.
  const grow = depth.perspective / (depth.perspective - z) - 1;
  const moves = (origin: number, size: number) => [0, size].map((edge) => grow * (edge - origin));
  const [x0 = 0, x1 = 0] = moves(depth.originX, depth.width);
  const [y0 = 0, y1 = 0] = moves(depth.originY, depth.height);
  return { left: Math.max(0, -x0, -x1), right: Math.max(0, x0, x1), up: Math.max(0, -y0, -y1), down: Math.max(0, y0, y1) };
}

/**
 * What a move in z does to a pseudo-element, from its owner: nothing where the owner is flat and has no perspective
 * (its content is drawn flat on it); under the owner's perspective (in px, its origin from the owner's top left, the
 * owner `width` × `height`) a scale about that origin; inside a 3-D context: not known.
 */
export type Depth = 'flat' | 'unknown' | { perspective: number; originX: number; originY: number; width: number; height: number };

/** How far a paint may lie outside a box, on each side, in px. */
export interface Drift {
  left: number;
  right: number;
  up: number;
  down: number;
}

/**
 * How far a pseudo-element's paint may lie outside the place the flow gives it, on each side (the s33 review, high A
 * and B): pulled back or up by a negative margin or text-indent, or what follows it pulled back over it by a negative
 * margin on its other sides (the s34 review, H1), moved by relative offsets or a transform's
 * translation (each to its own side: a block moved up by translateY(-95%) does not reach the row below), turned or
 * scaled by a transform, translate, rotate or scale (about an origin within `reach` px when its size is not known: to
 * every side), its characters run back by a negative spacing, an inline box's background grown past its line
 * (vertical padding and borders, a font larger than the line), its shadows (offset, spread and half the blur: the
 * outer half of a blur is nearly clear), its outline, and its text-emphasis marks (`emphasis`, up to a font size from
 * the glyphs), a drop-shadow() or blur() filter's copy (the s34 review, H4). Unknown: infinite (a translate in z,
 * which scales it under a perspective; a motion path). A zoom scales the whole.
 */
export function pseudoDrift(style: DriftStyle, reach: number, characters: number, emphasis: boolean, depth: Depth = 'unknown'): Drift {
  const len = (value: string | undefined) => Number.parseFloat(value ?? '') || 0;
  const pull = (value: string | undefined) => Math.max(0, -len(value));
  const drift: Drift = { left: 0, right: 0, up: 0, down: 0 };
  // A move by (dx, dy): to the side it goes.
  const move = (dx: number, dy: number) => {
    if (dx < 0) drift.left += -dx;
    else drift.right += dx;
    if (dy < 0) drift.up += -dy;
    else drift.down += dy;
  };
  const spread = (x: number, y: number) => {
    drift.left += x;
    drift.right += x;
    drift.up += y;
    drift.down += y;
  };
  // A negative margin moves the box to its side, or pulls what follows over it: to that side either way. A vertical
  // mode's text-indent pulls along its column.
  // RTL (and a sideways-lr column) runs the other way: its indent pulls right, or down.
  const vertical = /^(vertical|sideways)/.test(style.writingMode ?? '');
  const backwards = (style.direction === 'rtl') !== (style.writingMode === 'sideways-lr');
  const indent = pull(style.textIndent);
  drift.left += Math.max(pull(style.marginLeft), !vertical && !backwards ? indent : 0);
  drift.right += Math.max(pull(style.marginRight), !vertical && backwards ? indent : 0);
  drift.up += Math.max(pull(style.marginTop), vertical && !backwards ? indent : 0);
  drift.down += Math.max(pull(style.marginBottom), vertical && backwards ? indent : 0);
  if (style.position === 'relative' || style.position === 'sticky') {
    const sticky = style.position === 'sticky';
    // A sticky box moves by as much as its offsets, either way; a relative one by left (or else -right), top (or else -bottom).
    if (sticky) spread(Math.max(Math.abs(len(style.left)), Math.abs(len(style.right))), Math.max(Math.abs(len(style.top)), Math.abs(len(style.bottom))));
    else move(style.left !== 'auto' ? len(style.left) : -len(style.right), style.top !== 'auto' ? len(style.top) : -len(style.bottom));
  }
  const [width, height] = [len(style.width), len(style.height)];
  const [originX = 0, originY = 0] = (style.transformOrigin ?? '').split(/\s+/).map(len);
  const around = (width || height ? Math.hypot(width, height) : reach) + Math.hypot(originX, originY);
  const translation = /^matrix\(([^)]*)\)$/.exec((style.transform ?? '').trim());
  const values = translation ? (translation[1] as string).split(',').map((value) => Number.parseFloat(value)) : [];
  if (values.length === 6 && values.every((value) => Number.isFinite(value))) {
    const [a, b, c, d, e, f] = values as [number, number, number, number, number, number];
    move(e, f);
    const turn = Math.hypot(a - 1, b, c, d - 1) * around;
    spread(turn, turn);
  } else {
    const moved = transformDrift(style.transform, around);
    spread(moved, moved);
  }
  const set = (value: string | undefined) => !!value && value !== 'none';
  if (set(style.translate)) {
    const [tx = '0', ty = '0', tz = '0'] = (style.translate ?? '').trim().split(/\s+/);
    const step = (value: string) => (value.endsWith('%') ? (Math.abs(len(value)) / 100) * around : Math.abs(len(value)));
    spread(step(tx), step(ty));
    const scaled = zScaled(len(tz), depth);
    for (const side of ['left', 'right', 'up', 'down'] as const) drift[side] += scaled[side];
  }
  if (set(style.offsetPath)) spread(Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY);
  const turned =
    (set(style.rotate) ? 2 : 0) + (set(style.scale) ? Math.max(1, ...(style.scale ?? '').split(/\s+/).map((value) => Math.abs(len(value)))) + 1 : 0);
  spread(turned * around, turned * around);
  spread(Math.max(pull(style.letterSpacing), pull(style.wordSpacing)) * characters, 0);
  if (style.display === 'inline') {
    const font = len(style.fontSize);
    const line = style.lineHeight === 'normal' ? font : len(style.lineHeight);
    spread(
      0,
      Math.max(len(style.paddingTop), len(style.paddingBottom)) + Math.max(len(style.borderTopWidth), len(style.borderBottomWidth)) + Math.max(0, font - line),
    );
  }
  let reachX = 0;
  let reachY = 0;
  const filters = splitTopLevel((style.filter ?? '').trim(), ' ');
  const dropShadows = dropShadowsOf(style.filter);
  const blur = Math.max(0, ...filters.map((part) => len(/^blur\((.*)\)$/i.exec(part.trim())?.[1])));
  // A drop shadow is a copy of all the paint before it moved by its offset: to that side only, and the blur's half all
  // round; chained, each copies the copies before it, so their offsets add up (the s35 review). A url() filter may move
  // the paint anywhere.
  const copies = { left: 0, right: 0, up: 0, down: 0 };
  for (const shadow of dropShadows) {
    const fringe = shadow.blur / 2;
    copies.left += Math.max(0, -shadow.x) + fringe;
    copies.right += Math.max(0, shadow.x) + fringe;
    copies.up += Math.max(0, -shadow.y) + fringe;
    copies.down += Math.max(0, shadow.y) + fringe;
  }
  const anywhere = filters.some((part) => /^url\(/i.test(part.trim())) ? Number.POSITIVE_INFINITY : 0;
  for (const side of ['left', 'right', 'up', 'down'] as const) drift[side] += blur + copies[side] + anywhere;
  for (const shadow of [...parseShadows(style.textShadow), ...parseShadows(style.boxShadow).filter((shadow) => !shadow.inset)]) {
    reachX = Math.max(reachX, Math.abs(shadow.x) + shadow.spread + shadow.blur / 2);
    reachY = Math.max(reachY, Math.abs(shadow.y) + shadow.spread + shadow.blur / 2);
  }
  if (!/none|hidden/.test(style.outlineStyle ?? 'none')) {
    const ring = len(style.outlineWidth) + Math.max(0, len(style.outlineOffset));
    reachX = Math.max(reachX, ring);
    reachY = Math.max(reachY, ring);
  }
  if (emphasis) reachY = Math.max(reachY, len(style.fontSize));
  spread(reachX, reachY);
  // A zoom scales the box and all of the above from where the flow puts it.
  const zoom = len(style.zoom) || 1;
  if (zoom !== 1) {
    const grown = Math.abs(zoom - 1) * around;
    for (const side of ['left', 'right', 'up', 'down'] as const) drift[side] = drift[side] * Math.max(1, zoom) + grown;
  }
  return drift;
}

/**
 * The fragment a `marker-*` value names, read as the browser reads a `url()`: quoted (with escapes) or bare, its
 * fragment percent-decoded. A regex stopping at a quote or bracket named a harmless decoy for `url("#a)b")`, and
 * `url(#%6D)` named no element (the s38 review, H7).
 */
export function markerId(value: string): string | undefined {
  const url = /url\(\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([^)\s]*))\s*\)/.exec(value);
  const target = (url?.[1] ?? url?.[2] ?? url?.[3] ?? '').replace(/\\(.)/g, '$1');
  const hash = target.indexOf('#');
  if (hash < 0) return undefined;
  try {
    return decodeURIComponent(target.slice(hash + 1)) || undefined;
  } catch {
    return target.slice(hash + 1) || undefined;
  }
}
