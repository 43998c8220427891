import fc from 'fast-check';
import { filtered } from '../../src/core/seen';

// Generated Joom pages that hide a planted value of the right shape, under the right label, by one technique of the
// class "text the seller cannot see" (issue 16 item 2), next to the real visible value or alone. Every page says
// what a careful reader decides: the visible value, never the planted one; and where only the planted one is there,
// nothing. Used by the unit test (the techniques a DOM without layout can judge) and by tests/browser/seen.spec.ts
// (every technique, in real Chromium and Firefox).

export type Technique =
  /** The product of opacities across 1–3 ancestors is below 0.1, each one above it where there are several. */
  | 'opacityProduct'
  /** `filter: opacity(…)` instead of the opacity property. */
  | 'filterOpacity'
  | 'clipPathOnValue'
  | 'clipPathOnAncestor'
  | 'clipRect'
  | 'zeroSize'
  | 'offscreen'
  /** An opaque box of the page's colour laid over the value. */
  | 'covered'
  | 'whiteOnWhite'
  /** A text colour a few steps from its background (contrast below 1.5), on a coloured box. */
  | 'nearColour'
  /** A transparent text colour, or one of alpha below 0.1, on white. */
  | 'transparentColour'
  /** `-webkit-text-fill-color` the colour of the background, over a dark `color`. */
  | 'fillColour'
  /** Black text blended into white (mix-blend-mode screen, lighten, difference…) on the value or an ancestor. */
  | 'blendMode'
  /** A filter that whitens, inverts or blurs it: brightness(), invert(), contrast(), blur() (not opacity()). */
  | 'filterPaint'
  /** A mask-image that shows nothing (a transparent gradient) on the value or an ancestor. */
  | 'maskImage'
  /** White text made "readable" by a shadow far from the glyphs, or a stroke of a hundredth of a pixel. */
  | 'farShadowThinStroke'
  /** The value alone on its line, painted white by ::first-line. */
  | 'firstLine'
  /** White written in a syntax the parser does not know: oklch(), lab(), color-mix(). */
  | 'unparsedColour'
  /** White text on a white (or near-white) linear or radial gradient, its stops opaque or see-through. */
  | 'gradientBackground'
  /** An opaque layer over the value that the hit test cannot see (pointer-events: none). */
  | 'pointerlessCover'
  /** An opaque ::after (or ::before) of the value's own box, laid over its text. */
  | 'pseudoCover'
  /** A 1px-tall box whose box-shadow spread paints over the value. */
  | 'shadowCover'
  /** A transparent layer with a backdrop-filter that whitens what is under it. */
  | 'backdropCover'
  /** Glyphs squashed to under 6px tall (transform: scaleY(0.1–0.25)), or to under half their width (scaleX, scale). */
  | 'squashed'
  /**
   * A transparent or nearly transparent colour or fill over a backdrop "seen" cannot judge: a url() image, a gradient
   * with a see-through stop, background-clip: text with nothing, a see-through gradient or an image to paint
   * (review 4, finding 3).
   */
  | 'transparentOverUnknown'
  /** A grey that reads on its own, faded by opacity on the value and its ancestors to below 1.5:1 (review 4, finding 4). */
  | 'fadedContrast'
  /**
   * White text on white, with a contrasting paint that cannot reach it: a gradient of size 0, 1px not repeated,
   * pushed away, a strip, a last-1% stop, a clipped gradient dark only at its end (review 5, finding 1).
   */
  | 'misplacedPaint'
  /** White text overflowing a tiny dark box onto the white page, or pushed out of it by text-indent (review 5). */
  | 'overflowingText'
  /** Two opaque blocks of the page's colour over the value, leaving a 2px gap at its centre (review 5, finding 1). */
  | 'pinholeCover'
  /** A grey text whitened by slight tints stacked in one filter or over nested boxes, each within 0.8–1.2 alone. */
  | 'stackedTint'
  /**
   * Paint the colour model once left out (the sixth review): an inset box-shadow over a dark background, a gradient
   * blended into white (background-blend-mode), a text-shadow of the glyphs' own shape, the middle of a long ramp, an
   * image in a content box of no height, a white bottom border the text overflows into, a border image's fill, an
   * outline drawn inside the box.
   */
  | 'otherPaint'
  /**
   * A white box that takes no pointer and is not positioned, pulled up over the value by a negative margin and painted
   * above it in a layer of its own: a transform, opacity 0.999, a filter, a will-change (review 7); or in none, painted
   * whole after it (a flex item, an inline-block: review 10); a later inline box's background on the value's line, a
   * later float over a floated value (review 12).
   */
  | 'layeredCover'
  /**
   * Pushed out of a box around it that clips (review 7, finding 2): by a margin either way, a relative shift, a
   * transform, onto a second line; the box's overflow hidden, clip or contain: paint; a scrolling box that cannot
   * scroll to its negative side; or inside a box of no height 10–14 levels up. Review 8: all but a 2–3 px sliver,
   * under the clipper's border, through a containing block made by translate, by content-visibility.
   */
  | 'clippedAway'
  /**
   * Text that runs down the page, not across it (review 9, finding 5): a vertical writing mode or a quarter turn,
   * whole or cut to a strip; or two characters a line cut to a strip (review 10, finding 2).
   */
  | 'sideways'
  /**
   * Paint no browser draws, or draws unlike its style's colours (review 11): visibility: collapse on the value or a box
   * around it; a canvas's own fallback text; a read-only field's value at font-size 0 or indented out of its box;
   * a readable colour that saturate() or sepia() turns to one of under 1.5:1.
   */
  | 'notDrawn'
  /**
   * A clip-path on the value or an ancestor, or a clip, that keeps a 2–3 px strip or sliver or a 4 px pinhole (review
   * 11), or a polygon filling most of its box that cuts the line (review 12).
   */
  | 'clipSliver'
  /**
   * Paint over the glyphs (review 11, finding 7): a stroke of the background's colour a fifth of the font wide, or a
   * line-through a font high in it, on the value or on a block around it.
   */
  | 'paintedOver'
  /**
   * Review 12: drawn reversed (a bidi override), covered after its first character (split by a comment), black on a
   * backdrop-filter that blackens the page, a select showing its option's label, a div row collapsed as a table row,
   * one box a character drawn in another order (flex order, a reversed row, floats).
   */
  | 'drawnOtherwise'
  /**
   * Review 12, finding 2: the value slotted into a custom element whose shadow tree hides it: a line-through, a
   * ::first-line colour, a ::before cover, a collapsed table row on a box between the host and the slot; an opaque box
   * of the shadow tree laid over the slot, hit-testable or not; a white background behind white text in it.
   */
  | 'inShadowTree'
  /**
   * Review 13, finding 5: covers that paint with no background: a box's thick white border laid over the value, a
   * white outline ring over it, a row of white "█" glyphs over it; and (finding 6) an earlier inline box's background
   * over a floated value (floats are painted before the flow's inline content).
   */
  | 'paintWithoutBackground'
  /**
   * The s30 review, finding 1: the value a bare text of a component (a custom element or a built-in one), laid out by
   * its own shadow tree, where a box between the slot and the host hides it: a cover laid over it (hit-testable or
   * not, or an ::after), a 4 px overflow box, a clip-path sliver, a sideways squash or a half turn, a box that skips its
   * contents (content-visibility), a transparent wrapper or slot, white on white, a thick white line-through; a
   * sibling box pulled back over it, a cover drawn by a border or glyphs, a cover inside a nested component.
   */
  | 'bareTextInShadowTree'
  /**
   * The s32 review's covers and depth: a later box's white text-shadow (its glyphs transparent) drawn back over the
   * value, sideways or up from the line below; a white box's -webkit-box-reflect mirrored over it (Chromium: where the
   * engine has no box-reflect, the value is hidden by opacity: 0, so the answer holds in both).
   */
  | 'textShadowCover'
  | 'reflectCover'
  /** An earlier white pointerless cover brought in front of the value by 3-D depth (preserve-3d, translateZ). */
  | 'depthCover'
  /** The value moved to or past the eye of its perspective (translateZ ≥ perspective), not drawn. */
  | 'behindEye'
  | 'backTurnedValue'
  /**
   * The s32 review: text and background of one grey under a colour filter (grayscale, saturate below 1, sepia, with
   * a slight brightness or contrast too) on the value's box or a box around it: red and green of equal luma, 2.6:1.
   */
  | 'colourFilter'
  /** The s32 review: the value in an open <details> whose ::details-content is faded, clipped or hidden (Chromium). */
  | 'detailsContent'
  /** The s32 review: an absolute value overflowing its containing block under position-visibility: no-overflow. */
  | 'positionVisibility'
  /**
   * The s32 review (how the text is drawn): the value's halves swapped in a right-to-left context by bidi marks or
   * isolates (RLM, ALM, RLE…PDF, RLI/LRI…PDI, `unicode-bidi: plaintext`), or by a hidden right-to-left letter.
   */
  | 'bidiSwap'
  /** Glyphs squeezed onto each other in pieces of 1–3 characters, each too short for a width rule of its own. */
  | 'squeezedPieces'
  /**
   * The s33 review (Chromium): a backdrop-filter's colour members (grayscale, hue-rotate, sepia, saturate, invert,
   * brightness, contrast, or an SVG url()) on the value's box or a box between it and a coloured box behind, repainting
   * that background into the text's colour.
   */
  | 'backdropColour'
  /**
   * The s33 review (Chromium): an open popover far from the value whose transparent ::backdrop repaints the whole page
   * through a backdrop-filter (a blur, brightness(0), contrast(0)); it hides every value, so the planted one is alone.
   */
  | 'backdropLayer'
  /** Nested translucent line-throughs of the background's colour, each under half opaque, together hiding the glyphs. */
  | 'stackedStrikes'
  /** A grouped value ("64f1 a2b3 …") whose groups are drawn over each other: a negative word-spacing or margin. */
  | 'overlappedWords'
  /**
   * The planted value's groups with a decoy group between each two, every group pulled back over the one before (a
   * negative margin, a cumulative relative offset, an inline-block's translate): the seller sees the groups drawn over
   * each other, and a reader that drops the pieces it finds covered joins the others into the planted value.
   */
  | 'interleavedPieces'
  /**
   * The s39 review, M1: a layer taking no pointer with more boxes than paintAt walks (2048). Over the seller's value, a
   * closed menu (its 2100 items in a `display: none` list) or a faded-out one (opacity 0): it paints nothing there, and
   * the value is read. Over the planted value, 2100 hidden items and then a white block: it is refused.
   */
  | 'boxCapLayer'
  /**
   * The review of s41, A2: the planted value's pieces with a decoy drawn in each gap between them, one the reader leaves
   * out for another reason than covering: `aria-hidden`, a tooltip's role, `inert`, a 1 px white dot on its centre,
   * squashed by scaleX(0.45), squeezed by letter-spacing, a 5 px font, under a clip-path path or in a box of no width
   * drawn past it by a clip margin, in a `display: contents` box, in a 100 px font drawn small, in a borderless field
   * or a broken image's alt text. The seller sees the decoys between the pieces.
   */
  | 'piecesAmong'
  /**
   * The second review of s41, R6, A3 and what fitted in its 1.2 em gap: a decoy of one or two characters between the
   * pieces that is no text node of the value or is off its line: a piece's `::after` or the next one's `::before`, a
   * text raised 0.9 em, a transparent text above whose `text-shadow` is cast into the gap, a borderless field, a broken
   * image's alt text. Its characters are a digit, a hex letter or a Cyrillic capital (0.5 em wide or more): one narrow
   * letter ("i", "l") still fits in the 0.35 em a value's pieces may stand apart (SECURITY.md).
   */
  | 'shortDecoys'
  /**
   * The s33 review, high A: a ::before or ::after that is not absolute or fixed, or belongs to another box, painted
   * over the value: its own inline ::after pulled back by a negative margin (a white box, or white glyphs), the box
   * around it's static ::after moved up by a transform or pulled up (position:relative) by a negative margin, a later
   * sibling's absolute ::after, a later sibling's in-flow ::before pulled back.
   */
  | 'pseudoInFlow'
  /**
   * The s33 review, high B: text shadows not cast by a box's own text nodes: a later box's ::after text (transparent
   * blocks) casting white shadows back along the line or up from below, a later block's ::first-line shadows, the box
   * holding the value casting them from its own text after the value.
   */
  | 'shadowElsewhere'
  /**
   * The s33 review, high E: a later box's white text-emphasis marks drawn over the value (Chromium; hidden by opacity
   * elsewhere). Not in TECHNIQUES yet: its 64 px marks reach the real row beside it too, so the real value is refused.
   */
  | 'emphasisCover'
  /**
   * The s34 review, H1 and H4: a white pseudo-element of the value's box or a box before it, placed beside the value by
   * the flow and brought over it by what the drift did not read: a drop-shadow filter's offset, a negative margin on
   * the side after it (content pulled back over a layer), a negative bottom margin (the next line pulled up under a
   * layer).
   */
  | 'pseudoMoved'
  /**
   * The s34 review, H4: the white block under the value scaled 1.8–1.9 times about its box's bottom by a translate in z
   * under the box's perspective. Not in TECHNIQUES: where the block lies in its box is not known, so the scale is
   * counted from the box's top too, and a value in the row above is refused in about one page in three (the s34
   * test prints them).
   */
  | 'pseudoDepth'
  /**
   * The s34 review, H5 (Chromium draws it): a pseudo-element that paints nothing of its own but a backdrop-filter over
   * the value (brightness(100), contrast(0), brightness(0) with a dark text, a blur, opacity(0)): the value's own
   * ::after, a later empty box's ::after, the wrapper's ::before raised over it.
   */
  | 'pseudoBackdrop'
  /**
   * The s34 review, H6: a `visibility: hidden` box whose `visibility: visible` ::before or ::after is a white cover laid
   * over the value (an empty box after it, the value's wrapper, or the value itself with its text made visible again).
   */
  | 'hiddenOwnerPseudo'
  /**
   * The s34 review, H7: a block's ::first-line or ::first-letter that hides text held by its children (the value in a
   * span, or in a block inside it, one or two levels down): transparent, or the background's colour.
   */
  | 'firstLineChild'
  /**
   * The s34 review, H2: a static pseudo-element that is a flex item of the box around the value, drawn over it by
   * its place in the flex order or its own z-index: a ::before with `order: 1` pulled back by a negative margin, a
   * ::before over the value by `z-index` in a reversed row, a ::before after a value of `order: -1`, an ::after over a
   * value that is a flex item of `z-index: -1`.
   */
  | 'pseudoOrder'
  /**
   * The s35 review (high): an ordinary box (no pseudo-element) whose SVG `url()` filter moves or copies its paint over
   * the value: a white block under the value moved up or copied up by feOffset, a white box beside it moved back over
   * it, a thin white line grown by feMorphology, a 1 px box flooding a userSpaceOnUse region with white. The s36
   * review (2, 3, 6): a region or units SMIL animates, an opacity() before a flood, chained drop-shadow()s.
   */
  | 'boxUrlFilter'
  /**
   * The s35 review (high): a box's `drop-shadow()` copying its own pseudo-elements over the value (the box paints
   * nothing of its own): a white ::before in its flow under the value, a white absolute ::after, a ::before beside it.
   */
  | 'shadowOfPseudo'
  /**
   * The s35 review (high): a white pseudo-element of negative z-index laid over a value in a layer of lower z-index (the
   * same stacking context): a later empty box's ::after, or the wrapper's own ::before.
   */
  | 'pseudoNegativeZ'
  /**
   * The s36 review, 12 and 13: paint that is no background: a pseudo-element whose `content` is an image (an SVG url(),
   * a gradient) with a transparent colour, and SVG shapes (a white <rect> of an inline <svg> drawn over the value, hit
   * or taking no pointer).
   */
  | 'imageCover'
  /**
   * The s36 review, 7: an absolute or fixed white pseudo-element placed in a containing block `offsetParent` does not
   * name: a static owner a filter makes one, a `display: contents` owner, a fixed one under a transform.
   */
  | 'pseudoBlock'
  /**
   * The s37 code-reading review, 2: SVG paint no hit test finds and the cover scan did not keep: a white shape taking
   * no pointer (`pointer-events="none"` on it or on its <g>) in an <svg> that takes it, a white <marker> drawn on a
   * shape that paints nothing, and a wide white stroke of a <line> whose box (in Chromium) leaves the stroke out.
   */
  | 'svgNoPointer'
  /**
   * The s37 code-reading review, 8: a white box taking no pointer inside an empty positioned box that does take it (a
   * 1 px box it overflows, or one as large as the value, transparent).
   */
  | 'pointerlessChild'
  /**
   * The s37 code-reading review, medium: the seller's value beside an icon drawn as a content image that has not
   * loaded (or never will: a 404), in its row's corner; the planted value is hidden by opacity. The seller's value must
   * be read. These three are not in TECHNIQUES (the whole sample stays as the s37 one): a test of their own judges them.
   */
  | 'pendingIcon'
  /**
   * The s38 code-reading review: covers the s37 fixes still missed: a hidden top taking no pointer with a visible white
   * child (H1); SVG shapes hit only on their stroke or only on their fill (H4); a marker named by an id holding a bracket,
   * beside a decoy named by what a regex reads (H7); an inline <input> moved over the value by a transform (H8). Not in
   * TECHNIQUES: a test of its own judges it.
   */
  | 's38Covers'
  /**
   * The s38 code-reading review, H3: more boxes than `paintAt` asks (64) before the white one, in a pointerless subtree
   * of a box taking the pointer (empty boxes, boxes painting far away), in a <g> taking no pointer, or in a positioned
   * layer taking no pointer. With them, the guards of M3's fix: a white pointerless child an `overflow: hidden` box
   * keeps over the value, a white `overflow="visible"` marker drawing its content outside its viewport over the value;
   * and the s39 review's regressions in that fix (s39Regressions: a copy of clipped paint, clips that do not apply, a
   * marker's content moved or grown past its boxes). Not in TECHNIQUES: a test of its own judges it.
   */
  | 's38Cap'
  /**
   * The s38 code-reading review, M3: the seller's value must be read beside paint that never reaches it: an arrowhead
   * marker of `overflow="visible"` in a small SVG after it, a white pointerless child of an `overflow: hidden` positioned
   * box (a carousel track beside the value, a collapsed panel over it) clipped away from it. The planted value is hidden
   * by opacity. Not in TECHNIQUES: a test of its own judges it.
   */
  | 's38Clip'
  /**
   * The s38 code-reading review, H9: a white absolute ::after placed by its offsets in a containing block that is
   * scrolled (scrollTop or scrollLeft set, as a page's script would: `data-scroll-top`, `data-scroll-left`) or scaled
   * (a transform or `scale` on the block or on a box around it): the offsets are in the block's own px, from its
   * padding box at its scroll origin. Also (the s39 review, H5) a body that scrolls itself (`html{overflow:hidden}
   * body{overflow:auto}`: `data-body-scroll-top` and `data-body-class`), the ::after on the body; and H6: the block
   * sheared or turned by less than a text's tilt. Not in TECHNIQUES: a test of its own judges it.
   */
  | 'pseudoPlace'
  /**
   * The s38 code-reading review, H6: a white <marker> whose viewBox is mapped into its viewport by preserveAspectRatio
   * (the default `xMidYMid meet` centring it, `slice` cropping it, `none` stretching each axis its own way), drawn at
   * the start of a path that paints nothing, its content reaching over the value from the vertex. Not in TECHNIQUES: a
   * test of its own judges it.
   */
  | 'markerViewBox';

export const TECHNIQUES: readonly Technique[] = [
  'opacityProduct',
  'filterOpacity',
  'clipPathOnValue',
  'clipPathOnAncestor',
  'clipRect',
  'zeroSize',
  'offscreen',
  'covered',
  'whiteOnWhite',
  'nearColour',
  'transparentColour',
  'fillColour',
  'blendMode',
  'filterPaint',
  'maskImage',
  'farShadowThinStroke',
  'firstLine',
  'unparsedColour',
  'gradientBackground',
  'pointerlessCover',
  'pseudoCover',
  'shadowCover',
  'backdropCover',
  'squashed',
  'transparentOverUnknown',
  'fadedContrast',
  'misplacedPaint',
  'overflowingText',
  'pinholeCover',
  'stackedTint',
  'otherPaint',
  'layeredCover',
  'clippedAway',
  'sideways',
  'notDrawn',
  'clipSliver',
  'paintedOver',
  'drawnOtherwise',
  'inShadowTree',
  'paintWithoutBackground',
  'bareTextInShadowTree',
  'textShadowCover',
  'reflectCover',
  'depthCover',
  'behindEye',
  'backTurnedValue',
  'colourFilter',
  'bidiSwap',
  'squeezedPieces',
  'backdropColour',
  'backdropLayer',
  'stackedStrikes',
  'overlappedWords',
  'interleavedPieces',
  'pseudoInFlow',
  'shadowElsewhere',
  'pseudoMoved',
  'pseudoBackdrop',
  'hiddenOwnerPseudo',
  'firstLineChild',
  'pseudoOrder',
  'boxUrlFilter',
  'shadowOfPseudo',
  'pseudoNegativeZ',
  'imageCover',
  'pseudoBlock',
];
/** What a DOM without layout (happy-dom) can judge: no sizes, places, hit tests or computed `clip` there. */
export const WITHOUT_LAYOUT: readonly Technique[] = [
  'opacityProduct',
  'filterOpacity',
  'clipPathOnValue',
  'clipPathOnAncestor',
  'whiteOnWhite',
  'nearColour',
  'transparentColour',
  'transparentOverUnknown',
  'fadedContrast',
  'misplacedPaint',
];

export type Answer = string | null;
export interface HiddenPage {
  kind: 'store' | 'app';
  lang: 'tr' | 'en';
  technique: Technique;
  layout: 'dl' | 'grid' | 'inline' | 'table';
  /** The planted row in the real value's own list, or in a block of its own beside it. */
  place: 'sameList' | 'ownBlock';
  /** Only the planted value is on the page (nothing must be read). */
  onlyHidden: boolean;
  /** The scrolling box the real values lie in, past its fold (PANES), if any. */
  pane?: string;
  html: string;
  planted: { storeId?: string; clientId?: string; secret?: string };
  expected: { storeId: Answer; clientId: Answer; secret: Answer };
}

const hex = (length: number) => fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: length, maxLength: length });
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const WORDS = {
  tr: {
    store: 'Kimlik No',
    client: 'Müşteri Kimlik Numarası',
    secret: 'Gizli Anahtar',
    section: 'Genel Bilgi',
    name: ['Mağaza Adı', 'Anadolu Halı'],
    title: ['Unvan', 'ShopiVerse'],
  },
  en: {
    store: 'Store ID',
    client: 'Client ID',
    secret: 'Client secret',
    section: 'General information',
    name: ['Store name', 'Anatolian Rugs'],
    title: ['Title', 'ShopiVerse'],
  },
} as const;

interface Hide {
  /** Wrappers around the value, outermost first, each with its style. */
  wrappers: string[];
  /** The value's own style. */
  value: string;
  /** The style of the box holding the planted row (a background for the contrast techniques). */
  row: string;
  /** Whether an opaque box of the row's colour is laid over the value. */
  cover: boolean;
  /** Another layer's markup laid over the value (inside its positioned wrapper). */
  over?: string;
  /** A layer's markup before the value, pulled over it. */
  before?: string;
  /** A class on the value, and the style sheet giving it its pseudo-element rules. */
  className?: string;
  sheet?: string;
  /** Markup inside the value's box, after its text. */
  inside?: string;
  /** Hides every value of the page (a layer over all of it): the planted rows are the only ones. */
  alone?: boolean;
  /** The open shadow tree of a custom element the value is slotted into: its markup, with a <slot>. */
  shadow?: string;
  /** What carries the value: a <span> (the default), a <canvas> holding it as fallback text, a read-only field. */
  carrier?: 'canvas' | 'field' | 'collapsedRow' | 'collapsedColumn' | 'split' | 'select' | 'collapsedDivRow' | 'reordered' | 'bareText' | 'markup';
  /** For 'bareText': the element whose own text the value is, and whose shadow tree (`shadow`) lays it out. */
  host?: string;
  /** For 'reordered': each character's box style, given its index and the value's length. */
  reorder?: (index: number, length: number) => string;
  /** Markup opened before and closed after the value and its wrappers. */
  around?: [string, string];
  /** For 'markup': the value's markup inside its span, from the value (the s32 techniques). */
  markup?: (value: string) => string;
  /** Markup after the seller's own values too (an icon beside each), and the style of their row's value box. */
  besideReal?: string;
  realBoxStyle?: string;
}

interface Input {
  kind: 'store' | 'app';
  lang: 'tr' | 'en';
  technique: Technique;
  layout: HiddenPage['layout'];
  place: HiddenPage['place'];
  onlyHidden: boolean;
  plantedFirst: boolean;
  depth: number;
  /** 0–1: where in its range each technique's free number falls. */
  spread: number[];
  background: [number, number, number];
  storeId: string;
  clientId: string;
  secret: string;
  plantedStore: string;
  plantedClient: string;
  plantedSecret: string;
  /** How the real value is dressed: it must be read in every dress (REAL_DRESSES). */
  dress: number;
}

/**
 * Ways a panel paints a value the seller reads: plain, in dark or gradient badges, a badge whose box is a little
 * shorter than its line, a striped or shimmering placeholder-like background. None of them hides it.
 */
export const REAL_DRESSES = [
  '',
  'background:#1f2937;color:#fff;padding:2px 6px;border-radius:4px',
  'background:linear-gradient(90deg,#0f172a,#1e3a8a);color:#fff;padding:2px 6px',
  'display:inline-block;background:#111;color:#fff;line-height:1;height:1em;padding:0 4px',
  'background:repeating-linear-gradient(45deg,#222 0 4px,#333 4px 8px);color:#fff',
  'background:linear-gradient(90deg,#eee,#f5f5f5,#eee) 0 0/200% 100%;color:#111',
  'display:inline-block;max-width:100%;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;background:#0b3d2e;color:#e6fff5',
  // A ring in the text's own colour (an outline badge, Tailwind's ring-inset) and a focus outline drawn just inside.
  'color:#4f46e5;box-shadow:inset 0 0 0 1px #4f46e5;padding:2px 6px',
  'display:inline-block;color:#111;outline:2px solid #111;outline-offset:-2px;padding:4px',
  // The s33 review's false refusals: a flip card whose pointerless back face is turned away (about y or x); a card
  // turned by a half turn with the value on its back face, itself turned back; white text with a blurred black glow on
  // a dark card, lines after the value.
  ...['rotateY(180deg)', 'rotateX(180deg)'].map((turn) => (value: string) => flipCard(value, 'Arka yüz', turn, false)),
  ...['rotateY(180deg)', 'rotateX(-180deg)'].map((turn) => (value: string) => flipCard(value, 'Ön yüz', turn, true)),
  (value: string) =>
    `<span style="display:inline-block;background:#223;color:#fff;padding:8px;line-height:1.1;text-shadow:0 0 10px #000"><span style="display:block">${value}</span><span style="display:block">Aktif mağaza</span><span style="display:block">Son güncelleme: bugün</span></span>`,
];

/** A flip card: the value on one face, a pointerless face of `other` text on the other, turned away by `turn`. */
function flipCard(value: string, other: string, turn: string, turned: boolean): string {
  const face = 'display:block;backface-visibility:hidden;background:#fff;padding:4px';
  const valueFace = `<span style="${face};border:1px solid #ddd${turned ? `;position:absolute;inset:0;transform:${turn}` : ''}"><span>${value}</span></span>`;
  const otherFace = `<span style="${face};pointer-events:none${turned ? '' : `;position:absolute;inset:0;transform:${turn}`}">${other}</span>`;
  return `<span style="display:inline-block;perspective:800px;width:26em;vertical-align:top"><span style="display:block;position:relative;transform-style:preserve-3d${turned ? `;transform:${turn}` : ''}">${turned ? otherFace + valueFace : valueFace + otherFace}</span></span>`;
}

/**
 * A contrasting paint that cannot reach white text on white (review 5, finding 1): a gradient of size 0, 1px not
 * repeated, pushed away, a 1px strip, a last-1% stop; and (last) a clipped gradient dark only at its very end.
 */
export const MISPLACED_PAINTS = [
  'background-color:#fff;background-image:linear-gradient(#000,#000);background-size:0 0',
  'background-color:#fff;background-image:linear-gradient(#000,#000);background-size:1px 1px;background-repeat:no-repeat',
  'background-color:#fff;background-image:linear-gradient(#000,#000);background-position:-9999px -9999px;background-repeat:no-repeat',
  'background-color:#fff;background-image:linear-gradient(#000,#000);background-size:100% 1px;background-repeat:repeat-x',
  'background-image:linear-gradient(#fff 0 99%,#000 99% 100%)',
  'background-image:linear-gradient(90deg,#fff 0 98%,#000 98%);-webkit-background-clip:text;background-clip:text;-webkit-text-fill-color:transparent',
] as const;

/** Each paints the value the colour of what really lies under it (see 'otherPaint'). */
export const OTHER_PAINTS = [
  'color:#fff;background:#000;box-shadow:inset 0 0 0 999px #fff',
  'color:#fff;background-color:#fff;background-image:linear-gradient(#000,#000);background-blend-mode:lighten',
  'color:#fff;background-color:#fff;text-shadow:0 0 0 #000',
  'color:#808080;display:inline-block;width:200px;background-image:linear-gradient(90deg,#000,#fff);background-size:20000px 100%;background-position-x:50%',
  'color:#fff;display:inline-block;height:0;padding-bottom:40px;background-color:#fff;background-image:linear-gradient(#000,#000);background-origin:content-box',
  'color:#fff;display:inline-block;height:0;background:#000;border-bottom:40px solid #fff',
  'color:#fff;background:#000;border:1px solid;border-image:linear-gradient(#fff,#fff) 1 fill',
  'color:#fff;display:inline-block;background:#000;outline:30px solid #fff;outline-offset:-30px',
] as const;

const between = (low: number, high: number, at: number) => low + (high - low) * at;
const rgb = ([r, g, b]: readonly number[]) => `rgb(${r}, ${g}, ${b})`;

/**
 * The s39 code-reading review's three regressions in M3's fix (each way named in a comment, `<!--way:…-->`, for
 * SEEN_TAGS): paint that `clipKeeps` takes as clipped away, or `markerContent` as bounded, that the browser draws over
 * the value. H1: a white box clipped away whose drop-shadow() copy, or -webkit-box-reflect mirror (Chromium: in
 * Firefox the value is hidden by opacity instead), lands inside the clipper over the value. H2: clips the browser does
 * not apply to a cover: a white popover in the top layer (shown as a page's script would: `data-open`, over all of the
 * page, so only the planted rows are on it) inside a 1×1 box of `contain: paint` or of a transform and
 * `overflow: hidden`; a box of `overflow: clip` and no height that draws 40–200 px past it by `overflow-clip-margin`;
 * a ruby box (`display: ruby` or <ruby>) of `overflow: hidden` or `contain: paint`, neither of which applies to it.
 * H3: a white overflowing marker's content moved down by CSS `translate` (on the shape or a <g>) from above the
 * value, or copied down by a drop-shadow() or an SVG filter's feOffset (the shape itself drawn above, over the rows
 * there: a copy from far away is not drawn in Chromium; Firefox draws no filter there, its value hidden by opacity), or stroked with a `stroke-width` in % or calc() (of the
 * marker's 600 px wide viewport: over the rows above too); these last four only with the planted rows on the page.
 */
function s39Regressions(inset: number, white: string, c: number): Hide[] {
  const plain: Hide = { wrappers: [], value: '', row: '', cover: false };
  const way = (name: string) => `<!--way:${name}-->`;
  // Paint Firefox does not draw (a reflection; a filter inside a marker): there, the value hidden by opacity instead.
  const chromiumOnly = { className: 'rf', sheet: '@supports (-moz-appearance:none) or (not (-webkit-box-reflect:below 0)){.rf{opacity:0}}' };
  const pointer = c < 0.5 ? ';pointer-events:none' : '';
  // H1: a clipper as large as the value; the box 60 px above it, all of it clipped away, its copy 60 px down.
  const clipper = (cover: string) => `<span style="position:absolute;inset:-${inset}px;overflow:hidden">${cover}</span>`;
  const above = `position:absolute;left:0;top:-60px;width:60em;height:50px;background:${white}${pointer}`;
  // H2: a white layer over the whole viewport, taking no pointer, shown in the top layer.
  const popover = `<span popover="manual" data-open style="position:fixed;inset:0;width:100vw;height:100vh;max-width:none;max-height:none;margin:0;border:0;padding:0;background:${white};pointer-events:none"></span>`;
  const tiny = 'position:absolute;left:0;top:0;width:1px;height:1px';
  const block = `display:inline-block;vertical-align:top;width:60em;height:calc(1.2em + ${2 * inset}px);background:${white};pointer-events:none`;
  const ruby = (clip: string) =>
    `<span style="position:absolute;left:-${inset}px;top:-${inset}px;line-height:0">${
      c < 0.5 ? `<ruby style="${clip}"><span style="${block}"></span></ruby>` : `<span style="display:ruby;${clip}"><span style="${block}"></span></span>`
    }</span>`;
  // H3: a marker at the svg's corner (the value's), its white content drawn there from elsewhere.
  const marker = (id: string, content: string, defs = '', width = 1) =>
    `<svg width="${width}" height="1" style="position:absolute;left:0;top:0;overflow:visible"><defs>${defs}<marker id="${id}" markerUnits="userSpaceOnUse" markerWidth="${width}" markerHeight="1" overflow="visible">${content}</marker></defs><path d="M0 0h.01" fill="none" stroke="none" marker-start="url(#${id})"/></svg>`;
  const raised = `x="-${inset}" y="${-inset - 60}" width="400" height="40" fill="${white}"`;
  const line = (width: string) => `<line x1="-${inset}" y1="-16" x2="600" y2="-16" stroke="${white}" style="stroke-width:${width}"/>`;
  return [
    { ...plain, over: way('H1 drop-shadow') + clipper(`<span style="${above};filter:drop-shadow(0 60px 0 ${white})"></span>`) },
    {
      ...plain,
      ...chromiumOnly,
      over: way('H1 reflect') + clipper(`<span style="${above};-webkit-box-reflect:below 10px"></span>`),
    },
    { ...plain, alone: true, over: `${way('H2 popover in contain:paint')}<span style="${tiny};contain:paint">${popover}</span>` },
    { ...plain, alone: true, over: `${way('H2 popover in transform')}<span style="${tiny};transform:translateZ(0);overflow:hidden">${popover}</span>` },
    {
      ...plain,
      over: `${way('H2 overflow-clip-margin')}<span style="position:absolute;left:0;top:0;width:100%;height:0;overflow:clip;overflow-clip-margin:${40 + Math.round(c * 160)}px"><span style="display:block;width:60em;height:calc(1.2em + ${2 * inset}px);margin:-${inset}px 0 0 -${inset}px;background:${white};pointer-events:none"></span></span>`,
    },
    { ...plain, over: way('H2 ruby overflow') + ruby('overflow:hidden') },
    { ...plain, over: way('H2 ruby contain') + ruby('contain:paint') },
    {
      ...plain,
      over:
        way('H3 translate') + marker(`mt${inset}`, `<rect x="-${inset}" y="${-inset - 60}" width="400" height="40" fill="${white}" style="translate:0 60px"/>`),
    },
    {
      ...plain,
      over: way('H3 translate g') + marker(`mg${inset}`, `<g style="translate:0 60px"><rect ${raised}/></g>`),
    },
    {
      ...plain,
      ...chromiumOnly,
      alone: true,
      over: way('H3 drop-shadow') + marker(`md${inset}`, `<rect ${raised} style="filter:drop-shadow(0 60px 0 ${white})"/>`),
    },
    {
      ...plain,
      ...chromiumOnly,
      alone: true,
      over:
        way('H3 url filter') +
        marker(
          `mf${inset}`,
          `<rect ${raised} filter="url(#mff${inset})"/>`,
          `<filter id="mff${inset}" x="0" y="-1" width="1" height="4"><feOffset dy="60"/></filter>`,
        ),
    },
    { ...plain, alone: true, over: way('H3 stroke %') + marker(`mp${inset}`, line('20%'), '', 600) },
    { ...plain, alone: true, over: way('H3 stroke calc') + marker(`mc${inset}`, line('calc(20% + 0px)'), '', 600) },
  ];
}

function hiding(input: Input): Hide {
  const plain: Hide = { wrappers: [], value: '', row: '', cover: false };
  const [a = 0.5, b = 0.5, c = 0.5] = input.spread;
  switch (input.technique) {
    case 'opacityProduct': {
      // Depth 1: one opacity of 0.01–0.09; 2: two of 0.2–0.3 (product 0.04–0.09); 3: three of 0.3–0.44.
      const ranges: Record<number, [number, number]> = { 1: [0.01, 0.09], 2: [0.2, 0.3], 3: [0.3, 0.44] };
      const [low, high] = ranges[input.depth] ?? [0.01, 0.09];
      const opacities = [a, b, c].slice(0, input.depth).map((at) => between(low, high, at).toFixed(3));
      return { ...plain, wrappers: opacities.slice(1).map((opacity) => `opacity:${opacity}`), value: `opacity:${opacities[0]}` };
    }
    case 'filterOpacity':
      return { ...plain, value: `filter:opacity(${between(1, 9, a).toFixed(1)}%)` };
    case 'clipPathOnValue': {
      // Review 9: shapes of no area, however written (a polygon of one point, a path, xywh, a reference).
      const shapes = ['inset(50%)', 'inset(0 50% 0 50%)', 'polygon(0 0, 0 0, 0 0)', 'polygon(0 0, 100% 0, 100% 0)', "path('M0 0')", 'xywh(0 0 0 0)'];
      return { ...plain, value: `clip-path:${shapes[Math.floor(a * shapes.length)] ?? 'inset(50%)'}` };
    }
    case 'clipSliver': {
      // Review 11, finding 2: shapes that keep a 2–3 px strip or sliver, or a 4 px pinhole, of the value.
      const shapes = [
        'inset(0 0 calc(100% - 2px) 0)',
        'inset(0 calc(100% - 3px) 0 0)',
        'xywh(0 0 100% 2px)',
        'polygon(0 0, 3px 0, 3px 100%, 0 100%)',
        'circle(2px at 50% 50%)',
        'circle(closest-side at 1px 50%)',
        'rect(0, auto, 2px, 0)',
        'rect(0, 3px, auto, 0)',
        // A second look: a hairline polygon whose bounding box is the whole box; the content box of a box of no height.
        'polygon(0 0, 100% 99%, 100% 100%, 0 1%)',
        'inset(0) content-box',
        // Review 12, finding 9: polygons filling most of their bounding box that cut the line: a bar over the glyphs'
        // tops with a 4 px leg, and a slit through the middle character.
        'polygon(0 0, 100% 0, 100% 52%, 4px 52%, 4px 100%, 0 100%)',
        'polygon(0 0, calc(50% - 4px) 0, calc(50% - 4px) 100%, calc(50% + 4px) 100%, calc(50% + 4px) 0, 100% 0, 100% 100%, 0 100%)',
        // Review 13, finding 7: half-pixel strips at 30, 50 and 70 % of the box, where the shape was once asked.
        'polygon(evenodd, 0 29.9%, 100% 29.9%, 100% 30.1%, 0 30.1%, 0 49.9%, 100% 49.9%, 100% 50.1%, 0 50.1%, 0 69.9%, 100% 69.9%, 100% 70.1%, 0 70.1%)',
      ];
      const shape = shapes[Math.floor(a * shapes.length)] ?? 'circle(2px at 50% 50%)';
      const value = shape.startsWith('rect(')
        ? `position:absolute;clip:${shape}`
        : shape.endsWith('content-box')
          ? `display:inline-block;height:0;padding-bottom:1.5em;vertical-align:top;clip-path:${shape}`
          : `clip-path:${shape}`;
      return c < 0.5 || shape.startsWith('rect(') || shape.endsWith('content-box')
        ? { ...plain, wrappers: shape.startsWith('rect(') ? ['position:relative;display:inline-block;height:1.5em;width:16em'] : [], value }
        : { ...plain, wrappers: [`clip-path:${shape}`, ...Array(input.depth - 1).fill('')] };
    }
    case 'clipPathOnAncestor':
      return { ...plain, wrappers: [a < 0.5 ? 'clip-path:inset(50%)' : 'clip-path:circle(0)', ...Array(input.depth - 1).fill('')] };
    case 'clipRect':
      return {
        ...plain,
        wrappers: ['position:relative;height:1.5em'],
        value: `position:absolute;clip:${a < 0.5 ? 'rect(0 0 0 0)' : 'rect(1px, 1px, 1px, 1px)'}`,
      };
    case 'zeroSize':
      return { ...plain, value: 'display:inline-block;width:0;height:0;overflow:hidden;vertical-align:top' };
    case 'offscreen':
      return { ...plain, value: a < 0.5 ? 'position:absolute;left:-10000px' : 'position:absolute;top:-10000px' };
    case 'covered':
      return { ...plain, wrappers: ['position:relative;display:inline-block'], cover: true };
    case 'whiteOnWhite':
      return { ...plain, value: a < 0.5 ? 'color:#fff' : 'color:rgb(255, 255, 255)', row: a < 0.25 ? 'background:#fff' : '' };
    case 'nearColour': {
      // A step of 1–6 on each channel from a coloured box: the contrast stays below 1.5 for any background.
      const step = Math.round(between(1, 6, b)) * (c < 0.5 ? 1 : -1);
      const text = input.background.map((channel) => Math.min(255, Math.max(0, channel + step)));
      // The label beside it stays readable: black or white, whichever stands out from the box.
      const label = input.background.reduce((sum, channel) => sum + channel, 0) > 3 * 140 ? '#000' : '#fff';
      return { ...plain, value: `color:${rgb(text)}`, row: `background:${rgb(input.background)};color:${label}` };
    }
    case 'transparentColour':
      return { ...plain, value: a < 0.5 ? 'color:transparent' : `color:rgba(0, 0, 0, ${between(0.01, 0.06, b).toFixed(2)})` };
    case 'fillColour':
      return { ...plain, value: 'color:#111;-webkit-text-fill-color:#fff' };
    case 'blendMode': {
      const mode = ['screen', 'lighten', 'difference', 'exclusion', 'color-dodge'][Math.floor(a * 5)] ?? 'screen';
      // difference/exclusion of black over white stays black: white text then blends to black on white... both
      // unjudgeable, and the definition refuses any mode it cannot judge.
      const where = `mix-blend-mode:${mode}`;
      return b < 0.5 ? { ...plain, value: `color:#000;${where}` } : { ...plain, wrappers: [where, ...Array(input.depth - 1).fill('')], value: 'color:#000' };
    }
    case 'filterPaint': {
      const filter =
        [`brightness(${between(5, 60, b).toFixed(0)})`, 'invert(1)', `blur(${between(6, 20, b).toFixed(0)}px)`, 'contrast(0)'][Math.floor(a * 4)] ??
        'invert(1)';
      return c < 0.5 ? { ...plain, value: `color:#000;filter:${filter}` } : { ...plain, wrappers: [`filter:${filter}`], value: 'color:#000' };
    }
    case 'maskImage': {
      const mask = b < 0.5 ? 'linear-gradient(transparent,transparent)' : 'radial-gradient(transparent,transparent)';
      const where = `-webkit-mask-image:${mask};mask-image:${mask}`;
      return c < 0.5 ? { ...plain, value: where } : { ...plain, wrappers: [where] };
    }
    case 'farShadowThinStroke':
      return a < 0.5
        ? { ...plain, value: `color:#fff;text-shadow:0 ${b < 0.5 ? '-' : ''}${Math.round(between(40, 5000, c))}px 0 #000` }
        : { ...plain, value: `color:transparent;-webkit-text-stroke:${between(0.01, 0.3, b).toFixed(2)}px #000` };
    case 'firstLine':
      return { ...plain, value: 'display:block', className: 'fl', sheet: '.fl::first-line{color:#fff}' };
    case 'unparsedColour':
      return {
        ...plain,
        value: `color:${['oklch(1 0 0)', 'lab(100 0 0)', 'color-mix(in srgb, #fff 100%, #000)', 'oklab(1 0 0)'][Math.floor(a * 4)] ?? 'oklch(1 0 0)'}`,
      };
    case 'gradientBackground': {
      // Opaque stops, or see-through ones over the white page (judged over what is behind them, review 4).
      const gradient =
        ['linear-gradient(#fff,#fafafa)', 'radial-gradient(#fff,#fff)', 'linear-gradient(rgba(255, 255, 255, 0.5),#fffffffe)'][Math.floor(b * 3)] ??
        'radial-gradient(#fff,#fff)';
      return { ...plain, value: `color:#fff;background-image:${gradient}` };
    }
    case 'pointerlessCover': {
      // Review 11, finding 3: the paint of a box inside a pointerless layer (pointer-events is inherited), and a white
      // box's drop-shadow() copy moved onto the value.
      const overs = [
        '<span style="position:absolute;inset:-2px;background:#fff;pointer-events:none"></span>',
        '<span style="position:absolute;inset:-2px;pointer-events:none"><span style="display:block;height:100%;background:#fff"></span></span>',
        // Far below the page's rows, so that only its copy lies over anything.
        '<span style="position:absolute;left:-2px;right:-2px;top:600px;height:calc(100% + 4px);background:#fff;filter:drop-shadow(0 -602px 0 #fff)"></span>',
      ];
      return { ...plain, wrappers: ['position:relative;display:inline-block'], over: overs[Math.floor(b * overs.length)] ?? (overs[0] as string) };
    }
    case 'pseudoCover':
      // Review 11, a second look: the pseudo-element of an empty box inside the value, taking no pointer or taking it.
      if (b < 0.4)
        return {
          ...plain,
          value: 'position:relative;display:inline-block',
          inside: '<i class="pc"></i>',
          sheet: `.pc::after{content:"";position:absolute;inset:-2px;background:#fff${c < 0.5 ? ';pointer-events:none' : ''}}`,
        };
      // Review 12, finding 5: placed by a transform or a margin its offsets do not say, or four half-opaque layers.
      if (b > 0.8)
        return c < 0.5
          ? {
              ...plain,
              value: 'position:relative;display:inline-block',
              className: 'pc',
              sheet:
                '.pc::after{content:"";position:absolute;left:-2000px;top:-2px;width:calc(100% + 4px);height:calc(100% + 4px);background:#fff;transform:translateX(1998px)}',
            }
          : {
              ...plain,
              value: 'position:relative;display:inline-block',
              className: 'pc',
              inside: '<i class="pq"></i>',
              sheet: '.pc::after,.pc::before,.pq::after,.pq::before{content:"";position:absolute;inset:-2px;background:rgba(255,255,255,0.49)}',
            };
      return {
        ...plain,
        value: 'position:relative;display:inline-block',
        className: 'pc',
        sheet: `.pc::${a < 0.5 ? 'after' : 'before'}{content:"";position:absolute;inset:-2px;background:#fff}`,
      };
    case 'shadowCover':
      return {
        ...plain,
        wrappers: ['position:relative;display:inline-block'],
        // A 1px-tall bar across the value whose white spread (10–14px) paints over its line, not the next row's.
        over: `<i style="position:absolute;left:0;top:50%;width:100%;height:1px;box-shadow:0 0 0 ${Math.round(between(10, 14, b))}px #fff"></i>`,
      };
    case 'backdropCover':
      return {
        ...plain,
        wrappers: ['position:relative;display:inline-block'],
        over: '<i style="position:absolute;inset:-2px;backdrop-filter:brightness(50)"></i>',
      };
    case 'transparentOverUnknown': {
      const paint =
        [
          'color:transparent',
          `color:rgba(0, 0, 0, ${between(0.01, 0.1, c).toFixed(2)})`,
          'color:#111;-webkit-text-fill-color:transparent',
          `color:#111;-webkit-text-fill-color:rgba(255, 255, 255, ${between(0.01, 0.1, c).toFixed(2)})`,
        ][Math.floor(a * 4)] ?? 'color:transparent';
      const backdrop =
        [
          'background-image:url(data:image/gif;base64,R0lGODlhAQABAAAAACw=)',
          'background-image:linear-gradient(transparent,transparent)',
          'background-image:linear-gradient(rgba(255, 255, 255, 0.5),#fff)',
          'background-clip:text;-webkit-background-clip:text',
          'background-image:linear-gradient(transparent,rgba(0, 0, 0, 0.05));background-clip:text;-webkit-background-clip:text',
          'background-image:url(data:image/gif;base64,R0lGODlhAQABAAAAACw=);background-clip:text;-webkit-background-clip:text',
        ][Math.floor(b * 6)] ?? 'background-clip:text';
      // The backdrop on the value itself or on an ancestor 1–3 levels up.
      return input.depth === 1
        ? { ...plain, value: `${paint};${backdrop}` }
        : { ...plain, wrappers: [backdrop, ...Array(input.depth - 2).fill('')], value: paint };
    }
    case 'fadedContrast': {
      // A grey of 0–200 faded so that it paints at 215–229 on white (below 1.5:1), the opacity split over 1–3 boxes.
      const grey = Math.round(between(0, 200, b));
      const painted = between(215, 229, c);
      const each = ((255 - painted) / (255 - grey)) ** (1 / input.depth);
      const opacities = Array(input.depth).fill(`opacity:${each.toFixed(3)}`);
      return { ...plain, wrappers: opacities.slice(1), value: `${opacities[0]};color:${rgb([grey, grey, grey])}` };
    }
    case 'misplacedPaint': {
      const paint = MISPLACED_PAINTS[Math.floor(a * MISPLACED_PAINTS.length)] ?? (MISPLACED_PAINTS[0] as string);
      const onValue = paint.includes('clip:text') || input.depth === 1;
      return onValue ? { ...plain, value: `color:#fff;${paint}` } : { ...plain, wrappers: [paint, ...Array(input.depth - 2).fill('')], value: 'color:#fff' };
    }
    case 'overflowingText': {
      const box =
        [
          'display:inline-block;width:2px;height:2px;white-space:nowrap;background:#000',
          'display:inline-block;width:1px;height:1.2em;white-space:nowrap;background:#111',
          'display:inline-block;width:6px;white-space:nowrap;text-indent:12px;background:#000',
        ][Math.floor(b * 3)] ?? 'display:inline-block;width:2px;height:2px';
      return c < 0.5 ? { ...plain, value: `color:#fff;${box}` } : { ...plain, wrappers: [box], value: 'color:#fff' };
    }
    case 'pinholeCover':
      return {
        ...plain,
        wrappers: ['position:relative;display:inline-block'],
        over:
          '<i style="position:absolute;top:-2px;bottom:-2px;left:-2px;right:calc(50% + 1px);background:#fff"></i>' +
          '<i style="position:absolute;top:-2px;bottom:-2px;right:-2px;left:calc(50% + 1px);background:#fff"></i>',
      };
    case 'stackedTint': {
      // #888 through brightness 1.2 five times (2.5) paints white on the white page.
      const tint = 'brightness(1.2)';
      return a < 0.5
        ? { ...plain, value: `color:#888;filter:${Array(5).fill(tint).join(' ')}` }
        : { ...plain, wrappers: Array(4).fill(`filter:${tint}`), value: `color:#888;filter:${tint}` };
    }
    case 'otherPaint':
      return { ...plain, value: OTHER_PAINTS[Math.floor(a * OTHER_PAINTS.length)] ?? (OTHER_PAINTS[0] as string) };
    case 'layeredCover': {
      const layers = [
        'transform:translateZ(0)',
        'opacity:0.999',
        'filter:blur(0)',
        'will-change:transform',
        'position:relative',
        'isolation:isolate',
        'contain:paint',
        // A flex item with a z-index: a layer with no position (review 9, finding 8).
        'z-index:1',
        // No layer at all, painted whole in document order over the text before it (review 10, finding 6): a later
        // flex item, a later inline-block pulled left over the value.
        'flex item',
        'inline-block',
        // Review 12, finding 6: a later inline box's background, pulled left over the value on its line; a later float
        // pulled over a floated value (a float paints over the floats before it, under in-flow text).
        'inline background',
        'float',
        // Review 14, finding 6: a flex item written before the value, painted after it by its order, pulled over it.
        'flex order',
      ];
      const layer = layers[Math.floor(a * layers.length)] ?? 'opacity:0.999';
      if (layer === 'inline background') {
        const box = 'background:#fff;margin-left:-40em;padding:6px 0 6px 40em;pointer-events:none';
        return { ...plain, wrappers: ['display:inline-block;white-space:nowrap;vertical-align:top'], over: `<span style="${box}">&nbsp;</span>` };
      }
      if (layer === 'float') {
        const box = 'float:left;width:40em;height:1.6em;margin-left:-40em;background:#fff;pointer-events:none';
        return { ...plain, wrappers: ['display:inline-block;vertical-align:top'], value: 'float:left', over: `<span style="${box}"></span>` };
      }
      if (layer === 'flex item' || layer === 'flex order') {
        // After the value in the markup, or before it and painted after it by its order.
        const item = `display:block;height:2.2em;background:#fff;pointer-events:none;margin-top:-1.7em${layer === 'flex order' ? ';order:1' : ''}`;
        const cover = `<span style="${item}"></span>`;
        return {
          ...plain,
          wrappers: ['display:inline-flex;flex-direction:column;vertical-align:top'],
          value: 'display:block',
          ...(layer === 'flex order' ? { before: cover } : { over: cover }),
        };
      }
      if (layer === 'inline-block') {
        const block = 'display:inline-block;width:40em;height:1.6em;margin-left:-40em;background:#fff;pointer-events:none;vertical-align:top';
        return { ...plain, wrappers: ['display:inline-block;white-space:nowrap;vertical-align:top'], over: `<span style="${block}"></span>` };
      }
      const cover = `display:block;height:2.2em;background:#fff;pointer-events:none;${layer}`;
      const holder = layer === 'z-index:1' ? 'display:inline-flex;flex-direction:column;vertical-align:top' : 'display:inline-block;vertical-align:top';
      // Review 9: a layer paints over in-flow text whatever comes first in the document: before the value too.
      return b < 0.5
        ? { ...plain, wrappers: [holder], value: 'display:block', over: `<span style="${cover};margin-top:-1.7em"></span>` }
        : {
            ...plain,
            wrappers: [holder],
            value: 'display:block',
            before: `<span style="${cover};margin-bottom:-1.9em"></span>`,
          };
    }
    case 'squashed':
      // Review 9, finding 9: sideways too, on the value or on a box around it, to under half its width.
      if (b < 0.5) return { ...plain, value: `display:inline-block;transform:scaleY(${between(0.1, 0.25, a).toFixed(2)})` };
      return c < 0.5
        ? { ...plain, value: `display:inline-block;transform:scaleX(${between(0.1, 0.45, a).toFixed(2)});transform-origin:0 0` }
        : { ...plain, wrappers: [`display:inline-block;scale:${between(0.1, 0.45, a).toFixed(2)} 1;transform-origin:0 0`] };
    case 'clippedAway': {
      const narrow = 'display:inline-block;width:120px;white-space:nowrap;vertical-align:top';
      const wrapped =
        'display:inline-block;width:4ch;word-break:break-all;line-height:1.3em;height:1.3em;overflow:hidden;font-family:monospace;vertical-align:top';
      const ways: [string[], string][] = [
        [[`${narrow};overflow:hidden`], 'display:inline-block;margin-left:400px'],
        [[`${narrow};height:1.4em;overflow:hidden`], 'position:relative;left:400px'],
        [['display:block;height:1.4em;overflow:hidden'], 'display:block;margin-top:1.6em'],
        [[`${narrow};overflow:hidden`], 'display:inline-block;margin-left:-400px'],
        [[`${narrow};overflow:clip`], 'display:inline-block;margin-left:400px'],
        [[`${narrow};contain:paint`], 'display:inline-block;margin-left:400px'],
        [[`${narrow};overflow:hidden`], 'display:inline-block;transform:translateX(500px)'],
        [[`${narrow};overflow:auto`], 'display:inline-block;margin-left:-400px'],
        [['display:block;height:0;overflow:hidden', ...Array(8 + 2 * input.depth).fill('display:block')], ''],
        // Review 8: all but a sliver pushed out (2 px of a side, 3 px of the line's bottom), the clip at the padding
        // box (a wide white border), a containing block made by translate, and content-visibility's paint containment.
        [[`${narrow};overflow:hidden`], 'display:inline-block;margin-left:118px'],
        [[`${narrow};overflow:hidden`], 'display:inline-block;width:200px;margin-left:-198px;text-align:right'],
        [['display:block;height:1.4em;overflow:hidden'], 'display:block;margin-top:calc(1.4em - 3px)'],
        [[`${narrow};border-right:240px solid #fff;overflow:hidden`], 'display:inline-block;margin-left:125px'],
        [['display:block;height:0;overflow:hidden', 'display:block;translate:1px'], 'position:fixed;top:0;left:0'],
        [[`${narrow};height:1.4em;content-visibility:auto`], 'display:inline-block;margin-left:400px'],
        // Review 9: a value wrapped in a box one line high, its first or its last line left; an ellipsis asked of a
        // box whose text is in a block child (none is drawn); an ellipsis drawn past a narrower box that cuts it.
        [[`${wrapped}`], 'display:block'],
        [[`${wrapped}`], 'display:block;margin-top:-6.5em'],
        [['display:inline-block;width:2.3em;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;vertical-align:top'], 'display:block'],
        [
          [
            'display:inline-block;width:2.3em;overflow:hidden;vertical-align:top',
            'display:block;width:20em;overflow:hidden;text-overflow:ellipsis;white-space:nowrap',
          ],
          '',
        ],
        // Review 9, finding 4: a pane whose scroll range never brings the value into the box around it (6–10 px of
        // range under a 20 px window), and a pane that takes no pointer, which no wheel scrolls (finding 12).
        [['display:block;height:20px;overflow:hidden', 'display:block;height:300px;overflow:auto'], 'display:block;margin-top:290px'],
        [['display:block;height:1.4em;overflow:auto;pointer-events:none'], 'display:block;margin-top:3em'],
        // Review 9, finding 4b: below the fold of a pane whose sticky white box spans it, at every scroll.
        [['display:block;height:120px;overflow:auto;scrollbar-width:none'], 'display:block'],
      ];
      const index = Math.floor(a * ways.length);
      const [wrappers, value] = ways[index] ?? (ways[0] as [string[], string]);
      if (index === ways.length - 1)
        return {
          ...plain,
          wrappers,
          value,
          before: '<span style="display:block;position:sticky;top:0;height:120px;background:#fff"></span><span style="display:block;height:200px"></span>',
        };
      return { ...plain, wrappers, value };
    }
    case 'sideways': {
      const strip = 'display:inline-block;width:4px;overflow:hidden;vertical-align:top';
      const ways: [string[], string][] = [
        [[], 'display:inline-block;writing-mode:vertical-lr'],
        [[strip], 'display:inline-block;writing-mode:vertical-rl'],
        [['display:inline-block;height:130px;overflow:hidden;vertical-align:top'], 'display:inline-block;writing-mode:vertical-lr'],
        [[], 'display:inline-block;transform:rotate(90deg)'],
        [[], 'display:inline-block;rotate:-90deg'],
        // Review 10, finding 2: two characters a line, each line cut to a 3 px strip (no writing mode at all).
        [['display:inline-block;width:3px;overflow:hidden;vertical-align:top'], 'display:block;width:2ch;word-break:break-all;font-family:monospace'],
      ];
      const [wrappers, value] = ways[Math.floor(a * ways.length)] ?? (ways[0] as [string[], string]);
      return { ...plain, wrappers, value };
    }
    case 'drawnOtherwise': {
      const ways: Hide[] = [
        { ...plain, value: 'unicode-bidi:bidi-override;direction:rtl' },
        {
          ...plain,
          carrier: 'split',
          value: 'position:relative;display:inline-block;font-family:monospace',
          inside: '<i style="position:absolute;left:1ch;right:-2px;top:-2px;bottom:-2px;background:#fff"></i>',
        },
        { ...plain, wrappers: ['display:inline-block;backdrop-filter:brightness(0)'], value: 'color:#000' },
        { ...plain, wrappers: ['display:inline-block;backdrop-filter:invert(1)'], value: 'color:#000' },
        { ...plain, carrier: 'select', value: '' },
        { ...plain, carrier: 'collapsedDivRow', value: 'visibility:visible' },
        // Review 12, finding 10: one box a character, drawn in another order than written (the seller reads another
        // string): flex order reversed, a reversed row, characters floated right, pairs swapped by order.
        { ...plain, carrier: 'reordered', value: 'display:inline-flex', reorder: (index, length) => `order:${length - index}` },
        { ...plain, carrier: 'reordered', value: 'display:inline-flex;flex-direction:row-reverse', reorder: () => '' },
        { ...plain, carrier: 'reordered', value: 'display:inline-block', reorder: () => 'float:right' },
        { ...plain, carrier: 'reordered', value: 'display:inline-flex', reorder: (index) => `order:${index % 2 === 0 ? index + 1 : index - 1}` },
      ];
      return ways[Math.floor(a * ways.length)] ?? (ways[0] as Hide);
    }
    case 'inShadowTree': {
      const shadow = (style: string, inner: string) => `<style>${style}</style>${inner}`;
      const slotIn = (style = '') => `<span class="w"${style ? ` style="${style}"` : ''}><slot></slot></span>`;
      const ways: Hide[] = [
        { ...plain, value: 'color:#000', shadow: shadow('', slotIn('text-decoration:line-through #fff;text-decoration-thickness:1.1em')) },
        { ...plain, value: 'color:#000', shadow: shadow('.w{display:block}.w::first-line{color:#fff}', slotIn()) },
        {
          ...plain,
          value: 'color:#000',
          shadow: shadow('.w{position:relative;display:inline-block}.w::before{content:"";position:absolute;inset:-2px;background:#fff}', slotIn()),
        },
        {
          ...plain,
          value: 'color:#000',
          shadow: shadow(
            '',
            '<span style="display:inline-table"><span style="display:table-row;visibility:collapse"><span style="display:table-cell"><slot></slot></span></span></span>',
          ),
        },
        {
          ...plain,
          value: 'color:#000',
          shadow: shadow(
            '',
            '<span style="position:relative;display:inline-block"><slot></slot><i style="position:absolute;inset:-2px;background:#fff"></i></span>',
          ),
        },
        {
          ...plain,
          value: 'color:#000',
          shadow: shadow(
            '',
            '<span style="position:relative;display:inline-block"><slot></slot><i style="position:absolute;inset:-2px;background:#fff;pointer-events:none"></i></span>',
          ),
        },
        { ...plain, value: 'color:#fff', shadow: shadow('', slotIn('display:inline-block;background:#fff')) },
        // Review 13, finding 2: a value that takes no pointer, slotted into the host whose tree lays a box over it.
        {
          ...plain,
          value: 'color:#000;pointer-events:none',
          shadow: shadow(
            '',
            '<span style="position:relative;display:inline-block"><slot></slot><i style="position:absolute;inset:-2px;background:#fff"></i></span>',
          ),
        },
      ];
      return ways[Math.floor(a * ways.length)] ?? (ways[0] as Hide);
    }
    case 'bareTextInShadowTree': {
      const box = (style: string) => `<code style="display:inline-block;${style}"><slot></slot></code>`;
      const cover = (style = '') =>
        `<span style="position:relative;display:inline-block"><slot></slot><i style="position:absolute;inset:-2px;background:#fff${style}"></i></span>`;
      const trees = [
        cover(),
        cover(';pointer-events:none'),
        '<style>b{position:relative;display:inline-block;font-weight:normal}b::after{content:"";position:absolute;inset:-2px;background:#fff}</style><b><slot></slot></b>',
        box('width:4px;height:4px;overflow:hidden;vertical-align:middle'),
        box('clip-path:inset(0 0 0 98%)'),
        box('transform:scaleX(0.04);transform-origin:0 0'),
        box('transform:rotate(180deg)'),
        box('content-visibility:hidden;width:260px;height:20px;vertical-align:middle'),
        '<span style="opacity:0"><slot></slot></span>',
        '<slot style="color:transparent"></slot>',
        '<span style="display:inline-block;background:#fff;color:#fff"><slot></slot></span>',
        '<span style="text-decoration:line-through #fff;text-decoration-thickness:1.1em"><slot></slot></span>',
        // The second look at these fixes: a sibling box pulled back over a slot no box holds (Firefox's hit test of a
        // root lists neither), a cover drawn by a border or by glyphs, a cover inside a nested component (its root
        // clonable too: the tests' late pages clone their markup, and a root that is not cloned leaves the value bare).
        '<slot></slot><span style="position:relative;display:inline-block;width:400px;height:26px;margin-left:-400px;background:#fff;vertical-align:middle"></span>',
        '<span style="position:relative;display:inline-block"><slot></slot><span style="position:absolute;left:-2px;right:-2px;top:-6px;bottom:-6px;border-top:16px solid #fff;border-bottom:16px solid #fff"></span></span>',
        '<span style="position:relative;display:inline-block;overflow:hidden"><slot></slot><span style="position:absolute;left:0;top:-2px;color:#fff;white-space:nowrap;font-size:1.4em;line-height:1">████████████████████████████████</span></span>',
        '<x-chip><template shadowrootmode="open" shadowrootclonable><span style="position:relative;display:inline-block"><slot></slot><i style="position:absolute;inset:-2px;background:#fff"></i></span></template><slot></slot></x-chip>',
      ];
      const shadow = trees[Math.floor(a * trees.length)] ?? (trees[0] as string);
      return { ...plain, carrier: 'bareText', host: b < 0.5 ? 'jm-id' : 'span', shadow };
    }
    case 'paintWithoutBackground': {
      const ways: Hide[] = [
        {
          ...plain,
          wrappers: ['position:relative;display:inline-block;overflow:hidden;vertical-align:top'],
          over: '<span style="position:absolute;left:0;top:0;border:solid #fff;border-width:1em 20em"></span>',
        },
        {
          ...plain,
          wrappers: ['position:relative;display:inline-block;overflow:hidden;vertical-align:top'],
          over: '<span style="position:absolute;left:50%;top:50%;width:0;height:0;outline:40em solid #fff;pointer-events:none"></span>',
        },
        {
          ...plain,
          wrappers: ['position:relative;display:inline-block;overflow:hidden;vertical-align:top'],
          over: `<span style="position:absolute;left:0;top:-0.2em;color:#fff;white-space:nowrap;font-size:1.4em;letter-spacing:-0.1em">${'█'.repeat(40)}</span>`,
        },
        {
          ...plain,
          wrappers: ['display:block;white-space:nowrap'],
          value: 'float:left',
          before: '<span style="background:#fff;padding:8px 0 8px 40em;margin-left:-40em;pointer-events:none">&nbsp;</span>',
        },
      ];
      return ways[Math.floor(a * ways.length)] ?? (ways[0] as Hide);
    }
    case 'paintedOver': {
      const ways: Hide[] = [
        { ...plain, value: 'color:#000;-webkit-text-stroke:2px #fff' },
        { ...plain, value: 'color:#000;-webkit-text-stroke:3px #fff' },
        { ...plain, value: 'color:#000;-webkit-text-stroke:0.2em #fff' },
        { ...plain, value: 'color:#000;text-decoration:line-through #fff;text-decoration-thickness:1.1em' },
        { ...plain, wrappers: ['display:block;text-decoration:line-through #fff;text-decoration-thickness:1.1em'], value: 'color:#000' },
      ];
      return ways[Math.floor(a * ways.length)] ?? (ways[0] as Hide);
    }
    case 'textShadowCover': {
      // Transparent full blocks after the value whose white shadows (a random step, blur and alpha) fall on it: back
      // along its line, or up from the line below it.
      const white = `rgba(255, 255, 255, ${between(0.92, 1, c).toFixed(2)})`;
      const blur = Math.round(between(0, 3, c));
      const blocks = 'color:transparent;white-space:nowrap;pointer-events:none';
      if (a < 0.5) {
        const step = Math.round(between(24, 60, b));
        const shadows = Array.from({ length: Math.ceil(520 / step) }, (_, k) => `-${(k + 1) * step}px 0 ${blur}px ${white}`).join(',');
        return { ...plain, wrappers: ['white-space:nowrap'], over: `<span style="${blocks};text-shadow:${shadows}">${'\u2588'.repeat(30)}</span>` };
      }
      const shadows = [10, 14, 18, 22, 26].map((up) => `0 -${up + Math.round(b * 4)}px ${blur}px ${white}`).join(',');
      return {
        ...plain,
        wrappers: ['display:inline-block'],
        over: `<span style="display:block;${blocks};text-shadow:${shadows}">${'\u2588'.repeat(30)}</span>`,
      };
    }
    case 'reflectCover': {
      const offset = Math.round(between(0, 4, b));
      const box = (style: string, side: string) => `<span style="${style};background:#fff;-webkit-box-reflect:${side} ${offset}px"></span>`;
      const hide = { className: 'rf', sheet: '@supports (-moz-appearance:none) or (not (-webkit-box-reflect:below 0)){.rf{opacity:0}}' };
      const ways: Hide[] = [
        {
          ...plain,
          ...hide,
          wrappers: ['display:inline-block;vertical-align:top'],
          value: `display:block;margin-top:-${offset}px`,
          before: box('display:block;height:2em', 'below'),
        },
        {
          ...plain,
          ...hide,
          wrappers: ['display:inline-block;vertical-align:top'],
          value: 'display:block',
          over: box(`display:block;height:2em;margin-top:${offset}px`, 'above'),
        },
        { ...plain, ...hide, wrappers: ['white-space:nowrap'], before: box(`display:inline-block;width:30em;height:1.2em;margin-right:-${offset}px`, 'right') },
      ];
      return ways[Math.floor(a * ways.length)] ?? (ways[0] as Hide);
    }
    case 'depthCover': {
      const near = Math.round(between(0, 3, b));
      const far = near + Math.round(between(5, 40, c));
      const cover = (depth: string) => `<span style="position:absolute;inset:-4px;background:#fff;pointer-events:none;${depth}"></span>`;
      const ways: Hide[] = [
        { ...plain, before: cover(`transform:translateZ(${far}px)`), value: `position:relative;display:inline-block;transform:translateZ(${near}px)` },
        { ...plain, before: cover(`translate:0 0 ${far}px`), value: 'position:relative;display:inline-block' },
        { ...plain, before: cover(`transform:rotateY(0.5deg) translateZ(${far}px)`), value: `position:relative;display:inline-block;translate:0 0 ${near}px` },
      ];
      const way = ways[Math.floor(a * ways.length)] ?? (ways[0] as Hide);
      return { ...way, wrappers: ['position:relative;display:inline-block;transform-style:preserve-3d'] };
    }
    case 'behindEye': {
      const eye = Math.round(between(60, 400, b));
      // Past it by a tenth at least (at the eye itself, an engine may draw the box over the whole page).
      const past = Math.round(eye * between(1.1, 2, c));
      const ways: Hide[] = [
        { ...plain, wrappers: [`display:inline-block;perspective:${eye}px`], value: `display:inline-block;transform:translateZ(${past}px)` },
        { ...plain, value: `display:inline-block;transform:perspective(${eye}px) translateZ(${past}px)` },
        // The box between a third of the way to the eye (nearer, it is drawn so large that it lies over the whole page).
        {
          ...plain,
          wrappers: [
            `display:inline-block;perspective:${eye}px`,
            `display:inline-block;transform-style:preserve-3d;transform:translateZ(${Math.round(eye / 3)}px)`,
          ],
          value: `display:inline-block;translate:0 0 ${past - Math.round(eye / 3)}px`,
        },
      ];
      return ways[Math.floor(a * ways.length)] ?? (ways[0] as Hide);
    }
    case 'backTurnedValue': {
      // The value on a face that hides its back and shows it (the s34 code review: in a flat card turned back, the two
      // turns making none, it was read; a face paints nothing where its own 3-D context shows its back).
      const turn = ['rotateY(180deg)', 'rotateX(180deg)', 'rotateY(-180deg)', 'matrix3d(-1, 0, 0, 0, 0, 1, 0, 0, 0, 0, -1, 0, 0, 0, 0, 1)'][
        Math.floor(b * 4)
      ] as string;
      const ways: Hide[] = [
        { ...plain, wrappers: [`display:inline-block;transform:${turn}`], value: `display:inline-block;backface-visibility:hidden;transform:${turn}` },
        { ...plain, value: `display:inline-block;backface-visibility:hidden;transform:${turn}` },
        { ...plain, wrappers: [`display:inline-block;backface-visibility:hidden;transform:${turn}`, 'display:inline-block'], value: 'display:inline-block' },
        // A half turn and a mirror: laid across as read, its back shown as drawn.
        { ...plain, value: 'display:inline-block;backface-visibility:hidden;transform:rotateY(180deg) scaleX(-1)' },
        // Turned past a quarter, not by half: its back is shown all the same.
        { ...plain, value: `display:inline-block;backface-visibility:hidden;transform:rotateX(${Math.round(between(95, 170, c))}deg)` },
      ];
      return ways[Math.floor(a * ways.length)] ?? (ways[0] as Hide);
    }
    case 'bidiSwap': {
      // Split the value somewhere in its middle; the halves are laid out right to left, each a left-to-right run.
      const cut = (value: string) => Math.round(between(4, value.length - 4, b));
      const halves = (value: string, mark: string, open = '', close = '') =>
        `${open}${escapeHtml(value.slice(0, cut(value)))}${close}${mark}${open}${escapeHtml(value.slice(cut(value)))}${close}`;
      const rtlBlock = 'display:block;direction:rtl;text-align:left';
      const ways: Hide[] = [
        { ...plain, wrappers: [rtlBlock], carrier: 'markup', markup: (value) => halves(value, '\u200F') },
        { ...plain, wrappers: [rtlBlock], carrier: 'markup', markup: (value) => halves(value, '\u061C') },
        { ...plain, wrappers: [rtlBlock], carrier: 'markup', markup: (value) => `\u202B${halves(value, '\u200F')}\u202C` },
        {
          ...plain,
          wrappers: ['display:block;unicode-bidi:plaintext;text-align:left'],
          carrier: 'markup',
          markup: (value) => `\u200F${halves(value, '\u200F')}`,
        },
        { ...plain, value: 'direction:rtl;unicode-bidi:isolate', carrier: 'markup', markup: (value) => halves(value, '', '\u2066', '\u2069') },
        { ...plain, wrappers: [rtlBlock], carrier: 'markup', markup: (value) => halves(value, '', '\u2067', '\u2069') },
        {
          ...plain,
          value: 'direction:rtl;unicode-bidi:isolate',
          carrier: 'markup',
          markup: (value) => halves(value, '<span style="font-size:0">\u05D0</span>'),
        },
        { ...plain, wrappers: [rtlBlock], carrier: 'markup', markup: (value) => halves(value, '\u200F', '<span>', '</span>') },
      ];
      return ways[Math.floor(a * ways.length)] ?? (ways[0] as Hide);
    }
    case 'squeezedPieces': {
      // Pieces of 1–3 characters, each squeezed (too short for a width rule of its own), or squeezed by an inherited
      // spacing; a digit is about 0.55–0.64 em wide, so at -0.42 em or less each is drawn over the next.
      const size = 1 + Math.floor(b * 3);
      const spacing = `letter-spacing:-${between(0.42, 0.6, c).toFixed(2)}em`;
      const pieces = (value: string, style: string) =>
        (value.match(new RegExp(`.{1,${size}}`, 'g')) ?? []).map((piece) => `<span${style ? ` style="${style}"` : ''}>${escapeHtml(piece)}</span>`).join('');
      return a < 0.5
        ? { ...plain, carrier: 'markup', markup: (value) => pieces(value, spacing) }
        : { ...plain, value: spacing, carrier: 'markup', markup: (value) => pieces(value, '') };
    }
    case 'stackedStrikes': {
      // Each band under half opaque (one alone is judged see-through), enough of them to let a tenth of the text through.
      const alpha = between(0.2, 0.45, a);
      const count = Math.ceil(Math.log(0.1) / Math.log(1 - alpha)) + Math.floor(b * 2);
      const band = `<span style="text-decoration:line-through rgba(255,255,255,${alpha.toFixed(2)});text-decoration-thickness:${between(1.1, 1.4, c).toFixed(2)}em">`;
      return { ...plain, carrier: 'markup', markup: (value) => `${band.repeat(count)}${escapeHtml(value)}${'</span>'.repeat(count)}` };
    }
    case 'overlappedWords': {
      // Groups of 2–6 characters drawn over each other: the space between them pulled back by 0.9–1.5 em (the text
      // stays wide enough for its glyphs as a whole), or each group's box pulled back by 0.5–1 em over the one before.
      const size = 2 + Math.floor(b * 5);
      const groups = (value: string) => value.match(new RegExp(`.{1,${size}}`, 'g')) ?? [];
      return a < 0.5
        ? {
            ...plain,
            value: `word-spacing:-${between(0.9, 1.5, c).toFixed(2)}em`,
            carrier: 'markup',
            markup: (value) => groups(value).map(escapeHtml).join(' '),
          }
        : {
            ...plain,
            carrier: 'markup',
            markup: (value) =>
              groups(value)
                .map((group, index) => `<span${index ? ` style="margin-left:-${between(0.5, 1, c).toFixed(2)}em"` : ''}>${escapeHtml(group)}</span>`)
                .join(''),
          };
    }
    case 'interleavedPieces': {
      // A decoy of 1–3 characters after each group, pulled back 0.2 ch over the group's last glyph; the next group
      // pulled back over half the decoy: each decoy shows between the groups, partly under the next one.
      const size = 3 + Math.floor(b * 4);
      const decoySize = 1 + Math.floor(c * 3);
      // The decoys' letters: the value's own, or of another script or block, which a check of Latin letters and digits
      // alone would not measure (the review of s41, A1).
      // Each with about how many ch one of its characters is wide.
      const alphabets: [(text: string) => string, number][] = [
        [(text) => text, 1],
        [(text) => text.replace(/[0-9a-z]/gi, (character) => 'ЖЯБДФЦШЩЭЮ'[character.charCodeAt(0) % 10] as string), 1.3],
        [(text) => text.replace(/[0-9a-z]/gi, (character) => String.fromCodePoint(0xff10 + (character.charCodeAt(0) % 10))), 2],
        [(text) => text.replace(/[0-9a-z]/gi, (character) => String.fromCodePoint(0x1d7f6 + (character.charCodeAt(0) % 10))), 1],
      ];
      const [alphabet, wide] = alphabets[Math.floor(((c * 10) % 1) * alphabets.length)] ?? [(text: string) => text, 1];
      const pieces = (value: string) =>
        (value.match(new RegExp(`.{1,${size}}`, 'g')) ?? []).flatMap((group, index, groups) => {
          const next = groups[index + 1];
          return next
            ? [
                { text: group, pull: 0, decoy: false },
                { text: alphabet([...next].reverse().join('').slice(0, decoySize)), pull: 0.2, decoy: true },
              ]
            : [{ text: group, pull: 0, decoy: false }];
        });
      const way = Math.floor(a * 3);
      const markup = (value: string) => {
        let pulled = 0; // ch, all the pieces before pulled back together
        let before = 0; // the last piece's width, in ch
        return pieces(value)
          .map(({ text, pull, decoy }, index) => {
            const back = index === 0 ? 0 : pull || before / 2;
            pulled += back;
            before = [...text].length * (decoy ? wide : 1);
            const style =
              index === 0
                ? ''
                : way === 0
                  ? `margin-left:-${back.toFixed(2)}ch`
                  : way === 1
                    ? `position:relative;left:-${pulled.toFixed(2)}ch`
                    : `display:inline-block;transform:translateX(-${pulled.toFixed(2)}ch)`;
            return `<span${style ? ` style="${style}"` : ''}>${escapeHtml(text)}</span>`;
          })
          .join('');
      };
      return { ...plain, carrier: 'markup', markup };
    }
    case 'piecesAmong': {
      // Each with a character no value has: where the reader takes the decoy as seen (a 5 px font is), the pieces and
      // the decoy join into no value, as the seller reads them.
      const decoy = ['QW·YZ', 'ЖЯБДФ', 'km·pr'][Math.floor(c * 3)] ?? 'QW·YZ';
      const ways = [
        `<span aria-hidden="true">${decoy}</span>`,
        `<span role="tooltip">${decoy}</span>`,
        `<span inert>${decoy}</span>`,
        `<span style="position:relative">${decoy}<i style="position:absolute;left:50%;top:50%;width:1px;height:1px;background:#fff"></i></span>`,
        `<span style="display:inline-block;transform:scaleX(.45)">${decoy}</span>`,
        `<span style="letter-spacing:-0.45em">${decoy}W</span>`,
        `<span style="font-size:5px">${decoy}</span>`,
        // The second review of s41: clips not understood, taken as clipping all away (R1); a display: contents box,
        // which has no box to ask (R2); a 100 px font drawn small, whose own 0.15 em let it overlap (R4).
        `<span aria-hidden="true" style="clip-path:path('M0 0H999V99H0Z')">${decoy}</span>`,
        `<span aria-hidden="true" style="display:inline-block;width:0;height:1.2em;overflow:clip;overflow-clip-margin:6em;vertical-align:top;white-space:nowrap">${decoy}</span>`,
        `<span style="display:contents">${decoy}</span>`,
        `<span aria-hidden="true" style="font-size:100px;font-size-adjust:0.08">${decoy}</span>`,
        // R3: what is no text node of the value: a borderless field, a broken image's alt text.
        `<input readonly value="${decoy}" style="border:0;padding:0;margin:0;width:3.2em;font:inherit;color:inherit;background:transparent">`,
        `<img alt="${decoy}" src="data:," style="width:3.2em;height:1.2em;vertical-align:bottom">`,
      ];
      const between = ways[Math.floor(a * ways.length)] ?? (ways[0] as string);
      // Pieces of 8 characters: none is a value of any shape on its own (a Secret Key has 16 at least).
      return {
        ...plain,
        carrier: 'markup',
        markup: (value) => (value.match(/.{1,8}/g) ?? []).map((piece) => `<span>${escapeHtml(piece)}</span>`).join(between),
      };
    }
    case 'shortDecoys': {
      const letters = '0123456789abcdeЖЯБД';
      const decoy = [...Array(1 + Math.floor(c * 2))].map((_, index) => letters[Math.floor(((c * 7 + b * 3 + index * 0.37) % 1) * letters.length)]).join('');
      const wide = `${(decoy.length * 0.7).toFixed(2)}em`;
      const name = `sd${Math.floor(b * 1e6)}`;
      const ways: [string, string][] = [
        [`<style>.${name}::after{content:"${decoy}"}</style>`, ''],
        [`<style>.${name}+.${name}::before{content:"${decoy}"}</style>`, ''],
        ['', `<span aria-hidden="true" style="position:relative;top:-0.9em">${decoy}</span>`],
        [
          '',
          `<span style="display:inline-block;width:${wide};height:1em;position:relative"><span aria-hidden="true" style="position:absolute;left:0;top:-3em;color:transparent;text-shadow:0 3em 0 #000;white-space:nowrap">${decoy}</span></span>`,
        ],
        ['', `<input readonly value="${decoy}" style="border:0;padding:0;margin:0;width:${wide};font:inherit;color:inherit;background:transparent">`],
        ['', `<img alt="${decoy}" src="data:," style="width:${wide};height:1.2em;vertical-align:bottom">`],
      ];
      const [style, between] = ways[Math.floor(a * ways.length)] ?? (ways[0] as [string, string]);
      // A raised decoy is kept in its own row: in a list it reached the row above and drew over the seller's value there,
      // which is then rightly refused (seed 1654533979: "9Я" 13 px into the real Store ID's line).
      const raised = between.includes('top:-0.9em');
      // The ::after of the last piece would stand after the value, not between its pieces: it has no class.
      const pieces = (value: string) => value.match(/.{1,8}/g) ?? [];
      return {
        ...plain,
        wrappers: raised ? ['display:inline-block;padding-top:1em'] : [],
        carrier: 'markup',
        markup: (value) =>
          style +
          pieces(value)
            .map((piece, index, all) => {
              const drawsBetween = style.includes('::after') ? index < all.length - 1 : true;
              return `<span${drawsBetween ? ` class="${name}"` : ''}>${escapeHtml(piece)}</span>`;
            })
            .join(between),
      };
    }
    case 'boxCapLayer': {
      const white = c < 0.5 ? '#fff' : 'white';
      const items = (style: string) => `<i style="${style}"></i>`.repeat(2100);
      const layer = (inner: string, style = '') => `<span style="position:absolute;inset:0;pointer-events:none${style}">${inner}</span>`;
      const ways: Hide[] = [
        // The planted value under the hidden list, then a white block: the block is found past the list.
        {
          ...plain,
          wrappers: ['position:relative;display:inline-block'],
          over: layer(`<span style="display:none">${items('')}</span><span style="display:block;height:100%;background:${white}"></span>`),
        },
        // The seller's value under a closed menu; the planted one faded out.
        {
          ...plain,
          value: 'opacity:0.02',
          besideReal: layer(`<span style="display:none;background:${white}">${items('display:block;height:2em')}</span>`),
          realBoxStyle: 'position:relative;display:inline-block',
        },
        // The seller's value under a menu faded out, its white items at opacity 0.
        {
          ...plain,
          value: 'opacity:0.02',
          besideReal: layer(items(`display:block;height:2em;background:${white}`), ';opacity:0'),
          realBoxStyle: 'position:relative;display:inline-block',
        },
      ];
      return ways[Math.floor(a * ways.length)] ?? (ways[0] as Hide);
    }
    case 'notDrawn': {
      const field = 'width:16em;border:1px solid #ccc';
      const ways: Hide[] = [
        { ...plain, value: 'visibility:collapse' },
        { ...plain, wrappers: ['visibility:collapse', ...Array(input.depth - 1).fill('')] },
        { ...plain, carrier: 'canvas', value: 'width:16em;height:1.4em;vertical-align:top' },
        { ...plain, carrier: 'field', value: `${field};font-size:0` },
        { ...plain, carrier: 'field', value: `${field};text-indent:-9999px` },
        { ...plain, value: 'color:rgb(100, 130, 100);filter:saturate(20)' },
        { ...plain, value: 'color:rgb(200, 200, 200);filter:sepia(1)' },
        // A second look (review 11): a collapsed table row or column, a box inside setting visibility back; saturate
        // within its limit on each of nine nested boxes; a field's indent as calc(); a field's font scaled down.
        { ...plain, carrier: 'collapsedRow', value: 'visibility:visible' },
        { ...plain, carrier: 'collapsedColumn', value: '' },
        { ...plain, wrappers: Array(8).fill('filter:saturate(1.5)'), value: 'color:rgb(100, 130, 100);filter:saturate(1.5)' },
        { ...plain, carrier: 'field', value: `${field};text-indent:calc(100% + 10px)` },
        { ...plain, wrappers: ['display:inline-block;transform:scale(0.4);transform-origin:0 0'], carrier: 'field', value: `${field};font-size:9px` },
      ];
      return ways[Math.floor(a * ways.length)] ?? (ways[0] as Hide);
    }
    case 'colourFilter': {
      // A bright red, green or blue and a second primary of the same luma (the weights the filters use): one grey.
      const WEIGHTS = [0.2126, 0.7152, 0.0722];
      const [first, second] = ([
        [0, 1],
        [2, 0],
        [2, 1],
      ][Math.floor(b * 3)] ?? [0, 1]) as [number, number];
      const channel = Math.round(between(230, 255, c));
      const paint = (index: number, value: number) => rgb([0, 1, 2].map((at) => (at === index ? value : 0)));
      const pair = [paint(first, channel), paint(second, Math.min(255, Math.round((channel * (WEIGHTS[first] as number)) / (WEIGHTS[second] as number))))];
      const [bg, fg] = c * 100 - Math.floor(c * 100) < 0.5 ? pair : [...pair].reverse();
      const filter = [
        `grayscale(${between(0.92, 1, c).toFixed(2)})`,
        `saturate(${between(0, 0.08, c).toFixed(2)})`,
        'grayscale(1) brightness(1.1)',
        'saturate(0) contrast(1.15)',
        `grayscale(1) sepia(${between(0.2, 1, c).toFixed(2)})`,
      ][Math.floor(a * 5)];
      const box = `display:inline-block;padding:2px 4px;background:${bg};color:${fg}`;
      return input.depth === 1
        ? { ...plain, value: `${box};filter:${filter}` }
        : { ...plain, wrappers: [`display:inline-block;filter:${filter}`, ...Array(input.depth - 2).fill('')], value: box };
    }
    case 'backdropColour': {
      const behind = [
        [255, 0, 0],
        [0, 160, 0],
        [0, 0, 255],
        [230, 120, 20],
      ][Math.floor(b * 4)] as [number, number, number];
      const filter = [
        `grayscale(${between(0.9, 1, c).toFixed(2)})`,
        `hue-rotate(${Math.round(between(90, 270, c))}deg)`,
        'sepia(1)',
        `saturate(${between(0, 0.1, c).toFixed(2)})`,
        'invert(1)',
        `brightness(${between(0.1, 0.4, c).toFixed(2)})`,
        `contrast(${between(0.1, 0.3, c).toFixed(2)})`,
        `blur(2px) grayscale(1) saturate(1.4)`,
        'url(#s33m)',
      ][Math.floor(a * 9)] as string;
      // The text in the colour the filter turns the box behind into (an SVG matrix's: a grey of the red's luma).
      const paint = filtered({ r: behind[0], g: behind[1], b: behind[2], a: 1 }, filter.startsWith('url') ? 'grayscale(1)' : filter);
      const text = rgb([paint?.r ?? 0, paint?.g ?? 0, paint?.b ?? 0].map(Math.round));
      const svg = filter.startsWith('url')
        ? '<svg width="0" height="0" style="position:absolute"><filter id="s33m"><feColorMatrix type="saturate" values="0"/></filter></svg>'
        : '';
      const box = `display:inline-block;padding:2px;color:${text};backdrop-filter:${filter}`;
      return input.depth === 1
        ? { ...plain, wrappers: [`display:inline-block;padding:4px;background:${rgb(behind)}`], value: box, around: [svg, ''] }
        : {
            ...plain,
            wrappers: [`display:inline-block;padding:4px;background:${rgb(behind)}`, `display:inline-block;padding:2px;backdrop-filter:${filter}`],
            value: `color:${text}`,
            around: [svg, ''],
          };
    }
    case 'backdropLayer': {
      const filter = [`blur(${Math.round(between(8, 20, b))}px)`, 'brightness(0)', 'contrast(0)', `blur(4px) brightness(${between(0, 0.05, b).toFixed(2)})`][
        Math.floor(a * 4)
      ];
      return {
        ...plain,
        alone: true,
        sheet: `.s33t{position:fixed;inset:auto 8px 8px auto;margin:0;padding:4px 8px;border:1px solid #ccc;background:#fff;color:#111}.s33t::backdrop{background:transparent;backdrop-filter:${filter}}`,
        around: ['', '<span class="s33t" popover="manual" data-open>Kaydedildi</span>'],
      };
    }
    case 'detailsContent': {
      const pseudo = ['opacity:.05', 'clip-path:inset(50%)', 'filter:opacity(4%)', 'visibility:hidden', 'opacity:.3', 'content-visibility:hidden'][
        Math.floor(a * 6)
      ];
      const outer = b < 0.5 || pseudo === 'opacity:.3' ? 'opacity:.3' : '';
      return {
        ...plain,
        around: [`<details open class="dc" style="display:inline-block;${outer}"><summary style="list-style:none"></summary>`, '</details>'],
        sheet: `.dc::details-content{${pseudo}}`,
      };
    }
    case 'pseudoInFlow': {
      const width = Math.round(between(21, 26, b));
      const white = `rgba(255,255,255,${between(0.95, 1, c).toFixed(2)})`;
      const block = `content:"";display:inline-block;width:${width}em;height:1.4em;margin-left:-${width}em;background:${white};vertical-align:-0.3em`;
      const ways: Hide[] = [
        { ...plain, wrappers: ['white-space:nowrap'], className: 'pa', sheet: `.pa::after{${block}}` },
        {
          ...plain,
          wrappers: ['white-space:nowrap'],
          className: 'pa',
          sheet: `.pa::after{content:"${'\\2588'.repeat(40)}";display:inline-block;width:${width}em;overflow:hidden;margin-left:-${width}em;color:${white}}`,
        },
        {
          ...plain,
          around: ['<span class="pw" style="display:inline-block;white-space:nowrap">', '</span>'],
          sheet: `.pw::after{content:"";display:block;height:1.5em;background:${white};transform:translateY(-${Math.round(between(95, 105, b))}%)}`,
        },
        {
          ...plain,
          around: ['<span class="pw" style="display:inline-block;white-space:nowrap">', '</span>'],
          sheet: `.pw::after{content:"";display:block;position:relative;height:1.5em;margin-top:-1.5em;background:${white}}`,
        },
        {
          ...plain,
          wrappers: ['position:relative;display:inline-block'],
          over: '<i class="pl"></i>',
          sheet: `.pl::after{content:"";position:absolute;inset:-${Math.round(between(2, 5, b))}px;background:${white}}`,
        },
        { ...plain, wrappers: ['white-space:nowrap'], over: '<span class="pl"></span>', sheet: `.pl::before{${block}}` },
      ];
      return ways[Math.floor(a * ways.length)] ?? (ways[0] as Hide);
    }
    case 'pseudoMoved': {
      const white = `rgba(255,255,255,${between(0.95, 1, c).toFixed(2)})`;
      const width = Math.round(between(21, 26, b));
      const below = `content:"";display:block;height:1.5em;background:${white}`;
      const ways: Hide[] = [
        // A copy of the block below drawn over the value by its drop shadow.
        {
          ...plain,
          around: ['<span class="pv" style="display:inline-block;white-space:nowrap">', '</span>'],
          sheet: `.pv::after{${below};filter:drop-shadow(0 -${between(1.2, 1.3, b).toFixed(2)}em 0 ${white})}`,
        },
        // A layer before the value with a negative right margin: the value is pulled back under it.
        {
          ...plain,
          wrappers: ['white-space:nowrap'],
          before: '<span class="pm"></span>',
          sheet: `.pm::before{content:"";display:inline-block;width:${width}em;height:1.4em;vertical-align:-0.3em;background:${white};margin-right:-${width}em;opacity:.99}`,
        },
        // A layer on the line above with a negative bottom margin: the value's line is pulled up under it.
        {
          ...plain,
          around: ['<span class="pb" style="display:inline-block;white-space:nowrap">', '</span>'],
          sheet: `.pb::before{content:"";display:block;height:1.5em;background:${white};margin-bottom:-1.5em;opacity:.99}`,
        },
      ];
      return ways[Math.floor(a * ways.length)] ?? (ways[0] as Hide);
    }
    case 'pseudoDepth': {
      const white = `rgba(255,255,255,${between(0.95, 1, c).toFixed(2)})`;
      return {
        ...plain,
        around: ['<span class="pv" style="display:inline-block;white-space:nowrap">', '</span>'],
        sheet: `.pv{perspective:100px;perspective-origin:50% 100%}.pv::after{content:"";display:block;height:1.5em;background:${white};translate:0 0 ${Math.round(between(45, 47, b))}px}`,
      };
    }
    case 'shadowElsewhere': {
      const white = `rgba(255, 255, 255, ${between(0.92, 1, c).toFixed(2)})`;
      const blocks = `"${'\\2588'.repeat(30)}"`;
      const step = Math.round(between(24, 60, b));
      const along = Array.from({ length: Math.ceil(520 / step) }, (_, k) => `-${(k + 1) * step}px 0 0 ${white}`).join(',');
      const up = [1.1, 1.2, 1.3].map((em) => `0 -${em}em 0 ${white}`).join(',');
      const ways: Hide[] = [
        {
          ...plain,
          wrappers: ['white-space:nowrap'],
          over: '<span class="sa"></span>',
          sheet: `.sa::after{content:${blocks};white-space:nowrap;color:transparent;text-shadow:${along}}`,
        },
        {
          ...plain,
          wrappers: ['display:inline-block;position:relative;white-space:nowrap'],
          over: '<span class="sa" style="display:block;position:absolute;left:0;top:1.2em"></span>',
          sheet: `.sa::before{content:${blocks};color:transparent;text-shadow:${up}}`,
        },
        {
          ...plain,
          wrappers: ['display:inline-block;position:relative'],
          over: `<span class="sf" style="position:absolute;left:0;top:1.2em;white-space:nowrap;color:transparent">${'\u2588'.repeat(30)}</span>`,
          sheet: `.sf::first-line{text-shadow:${up}}`,
        },
        {
          ...plain,
          wrappers: [`display:inline-block;white-space:nowrap;color:transparent;text-shadow:${up}`],
          value: 'color:#111;text-shadow:none',
          over: `<br>${'\u2588'.repeat(30)}`,
        },
      ];
      return ways[Math.floor(a * ways.length)] ?? (ways[0] as Hide);
    }
    case 'pseudoBackdrop': {
      const filters = [
        'brightness(100)',
        'contrast(0)',
        `blur(${Math.round(between(10, 20, c))}px)`,
        'opacity(0)',
        'brightness(0)',
        'contrast(0) brightness(3)',
      ];
      const at = Math.floor(a * filters.length);
      const filter = filters[at] ?? 'brightness(100)';
      // brightness(0) draws the backdrop black: the value is written black on it.
      const value = at === 4 ? 'color:#000' : '';
      const layer = `content:"";position:absolute;inset:-${Math.round(between(2, 5, c))}px;backdrop-filter:${filter};-webkit-backdrop-filter:${filter}`;
      const ways: Hide[] = [
        { ...plain, value: `${value};position:relative;display:inline-block`, className: 'pbd', sheet: `.pbd::after{${layer}}` },
        { ...plain, value, wrappers: ['position:relative;display:inline-block'], over: '<i class="pbd"></i>', sheet: `.pbd::after{${layer}}` },
        {
          ...plain,
          value,
          wrappers: ['position:relative;display:inline-block'],
          around: ['<span class="pbw">', '</span>'],
          sheet: `.pbw>span::before{${layer};z-index:1}`,
        },
      ];
      return ways[Math.floor(b * ways.length)] ?? (ways[0] as Hide);
    }
    case 'hiddenOwnerPseudo': {
      const white = `rgba(255,255,255,${between(0.95, 1, c).toFixed(2)})`;
      const layer = `content:"";visibility:visible;position:absolute;inset:-${Math.round(between(2, 5, c))}px;background:${white}`;
      const ways: Hide[] = [
        {
          ...plain,
          wrappers: ['position:relative;display:inline-block'],
          over: '<i class="hop" style="visibility:hidden"></i>',
          sheet: `.hop::after{${layer}}`,
        },
        {
          ...plain,
          value: 'visibility:visible',
          around: ['<span class="hov" style="position:relative;display:inline-block;visibility:hidden">', '</span>'],
          sheet: `.hov::after{${layer}}`,
        },
        {
          ...plain,
          wrappers: ['position:relative;display:inline-block'],
          before: '<b class="hop" style="visibility:hidden;position:absolute;inset:0;z-index:1"></b>',
          sheet: `.hop::before{${layer}}`,
        },
      ];
      return ways[Math.floor(b * ways.length)] ?? (ways[0] as Hide);
    }
    case 'firstLineChild': {
      // Not -webkit-text-fill-color: Chromium does not apply it to a ::first-line or ::first-letter.
      const paints = ['color:transparent', 'color:#fff', 'color:rgba(255,255,255,0.97)', 'color:#fdfdfd', 'color:rgba(0,0,0,0)'];
      const paint = paints[Math.floor(a * paints.length)] ?? 'color:transparent';
      const pseudo = c < 0.75 ? '::first-line' : '::first-letter';
      // ::first-letter hides one glyph: the value read is one character longer than the seller sees it.
      // Spans shown as blocks: a <div> would close the inline layout's <p>.
      const blocks = [
        ['<span class="flc" style="display:block">', '</span>'],
        ['<span class="flc" style="display:block"><span style="display:block">', '</span></span>'],
        ['<span class="flc" style="display:block"><span style="display:block;margin-top:2px"><span style="display:flow-root">', '</span></span></span>'],
        [
          '<span class="flc" style="display:block"><span style="display:block;height:0"></span><span style="display:list-item;list-style:none">',
          '</span></span>',
        ],
        // The s35 review: a wrapper of display: contents between (no box of its own), and blocks nested 18 deep.
        ['<span class="flc" style="display:block"><span style="display:contents"><span style="display:block">', '</span></span></span>'],
        [`<span class="flc" style="display:block">${'<span style="display:block">'.repeat(18)}`, `${'</span>'.repeat(18)}</span>`],
      ];
      const [open, close] = blocks[Math.floor(b * blocks.length)] ?? (blocks[0] as string[]);
      return { ...plain, around: [open ?? '', close ?? ''], sheet: `.flc${pseudo}{${paint}}` };
    }
    case 'pseudoOrder': {
      const width = Math.round(between(21, 26, b));
      const white = `rgba(255,255,255,${between(0.95, 1, c).toFixed(2)})`;
      const box = `content:"";flex:none;width:${width}em;height:1.4em;background:${white}`;
      const flex = (direction = 'row') =>
        [`<span class="po" style="display:inline-flex;align-items:center;white-space:nowrap;flex-direction:${direction}">`, '</span>'] as [string, string];
      const ways: Hide[] = [
        { ...plain, around: flex(), sheet: `.po::before{${box};order:1;margin-left:-${width}em}` },
        { ...plain, around: flex('row-reverse'), sheet: `.po::before{${box};margin-left:-${width}em;z-index:1}` },
        { ...plain, value: 'order:-1', around: flex(), sheet: `.po::before{${box};margin-left:-${width}em}` },
        { ...plain, value: 'z-index:-1', around: flex(), sheet: `.po::after{${box};margin-left:-${width}em}` },
        // The s35 review: the value's text lies directly in the flex box (an anonymous item of order 0).
        {
          ...plain,
          className: 'po',
          value: 'display:inline-flex;align-items:center;white-space:nowrap',
          sheet: `.po::before{${box};order:1;margin-left:-${width}em}`,
        },
      ];
      return ways[Math.floor(a * ways.length)] ?? (ways[0] as Hide);
    }
    case 'boxUrlFilter': {
      const white = `rgba(255,255,255,${between(0.95, 1, c).toFixed(2)})`;
      const up = between(19, 21, b).toFixed(1);
      const svg = (id: string, attributes: string, primitives: string) =>
        `<svg width="0" height="0" style="position:absolute"><filter id="${id}" ${attributes}>${primitives}</filter></svg>`;
      const block = (id: string) => `<span style="display:block;height:1.5em;background:${white};filter:url(#${id})"></span>`;
      const ways: Hide[] = [
        // The block under the value moved up over it.
        {
          ...plain,
          wrappers: ['display:inline-block;white-space:nowrap'],
          over: `${svg('ufu', 'x="-0.1" y="-1" width="1.2" height="2.1"', `<feOffset dy="-${up}"/>`)}${block('ufu')}`,
        },
        // A copy of it drawn over the value, the block left in its place.
        {
          ...plain,
          wrappers: ['display:inline-block;white-space:nowrap'],
          over: `${svg('ufc', 'x="-0.1" y="-1" width="1.2" height="2.1"', `<feOffset dy="-${up}" result="o"/><feMerge><feMergeNode in="o"/><feMergeNode in="SourceGraphic"/></feMerge>`)}${block('ufc')}`,
        },
        // A white box beside the value moved back over it.
        {
          ...plain,
          wrappers: ['position:relative;display:inline-block;white-space:nowrap'],
          over: `${svg('ufl', 'x="-1.2" y="-0.2" width="2.4" height="1.4"', '<feOffset dx="-320"/>')}<span style="position:absolute;left:100%;top:-2px;bottom:-2px;width:320px;background:${white};filter:url(#ufl)"></span>`,
        },
        // A 1 px white line under the value grown over it.
        {
          ...plain,
          wrappers: ['position:relative;display:inline-block;white-space:nowrap'],
          over: `${svg('ufm', 'x="-0.1" y="-26" width="1.2" height="53"', '<feMorphology operator="dilate" radius="0 24"/>')}<span style="position:absolute;left:-2px;right:-2px;top:100%;height:1px;background:${white};filter:url(#ufm)"></span>`,
        },
        // A 1 px box flooding a region in its own user space.
        {
          ...plain,
          wrappers: ['position:relative;display:inline-block;white-space:nowrap'],
          over: `${svg('uff', 'filterUnits="userSpaceOnUse" x="-4" y="-30" width="400" height="60"', '<feFlood flood-color="#fff"/>')}<span style="position:absolute;left:0;top:0;width:1px;height:1px;filter:url(#uff)"></span>`,
        },
        // The s36 review, 1: a filter whose id holds a bracket (a filter that changes nothing) before the one that moves
        // the block up, or before a drop-shadow() copying it up: a split that counts brackets in quotes sees one part.
        {
          ...plain,
          wrappers: ['display:inline-block;white-space:nowrap'],
          over: `${svg('ufq(', '', '<feOffset dx="0"/>')}${svg('ufv', 'x="-0.1" y="-1" width="1.2" height="2.1"', `<feOffset dy="-${up}"/>`)}<span style="display:block;height:1.5em;background:${white};filter:url('#ufq(') url(#ufv)"></span>`,
        },
        {
          ...plain,
          wrappers: ['display:inline-block;white-space:nowrap'],
          over: `${svg('ufr)', '', '<feOffset dx="0"/>')}<span style="display:block;height:1.5em;background:${white};filter:url('#ufr)') drop-shadow(0 -${up}px 0 ${white})"></span>`,
        },
        // The s36 review, 5: a visibility: hidden box whose filter (a url(), a drop-shadow(), a reflection) draws its
        // visible white child over the value; the hidden box paints nothing of its own. Where the engine has no
        // box-reflect, the value is hidden by opacity: 0, so the answer holds in both.
        {
          ...plain,
          wrappers: ['display:inline-block;white-space:nowrap'],
          over: `${svg('ufh', 'x="-0.1" y="-1" width="1.2" height="2.1"', `<feOffset dy="-${up}"/>`)}<span style="display:block;visibility:hidden;filter:url(#ufh)"><span style="display:block;height:1.5em;background:${white};visibility:visible"></span></span>`,
        },
        {
          ...plain,
          wrappers: ['display:inline-block;white-space:nowrap'],
          over: `<span style="display:block;visibility:hidden;filter:drop-shadow(0 -${up}px 0 ${white})"><span style="display:block;height:1.5em;background:${white};visibility:visible"></span></span>`,
        },
        {
          ...plain,
          className: 'ufrf',
          sheet: '@supports (-moz-appearance:none) or (not (-webkit-box-reflect:below 0)){.ufrf{opacity:0}}',
          wrappers: ['display:inline-block;vertical-align:top;white-space:nowrap'],
          value: 'display:block',
          over: '<span style="display:block;visibility:hidden;-webkit-box-reflect:above 0px"><span style="display:block;height:2em;background:#fff;visibility:visible"></span></span>',
        },
        // The s36 review, 2: SMIL changing a filter's region or units after it is read (getAttribute gives the base
        // value): a region that is the block's own box, grown over the value by <set> or <animate>, in the filter or
        // from another <svg> (href); a flood whose region is a sliver under the value (a share of a box 0.05 px tall), put
        // in user space (px) by a <set> from another <svg>.
        {
          ...plain,
          wrappers: ['display:inline-block;white-space:nowrap'],
          over: `${svg('ufs', 'x="0" y="0" width="1" height="1"', `<set attributeName="y" to="-1" fill="freeze"/><set attributeName="height" to="2.1" fill="freeze"/><feOffset dy="-${up}"/>`)}${block('ufs')}`,
        },
        {
          ...plain,
          wrappers: ['display:inline-block;white-space:nowrap'],
          over: `${svg('ufa', 'x="0" y="0" width="1" height="1"', `<animate attributeName="y" values="-1" dur="1ms" fill="freeze"/><animate attributeName="height" values="2.1" dur="1ms" fill="freeze"/><feOffset dy="-${up}"/>`)}${block('ufa')}`,
        },
        {
          ...plain,
          wrappers: ['position:relative;display:inline-block;white-space:nowrap'],
          over: `${svg('ufe', 'x="-4" y="-40" width="400" height="44"', '<feFlood flood-color="#fff"/>')}<svg width="0" height="0" style="position:absolute"><set href="#ufe" attributeName="filterUnits" to="userSpaceOnUse" fill="freeze"/></svg><span style="position:absolute;left:0;top:calc(100% + 4px);width:1px;height:0.05px;filter:url(#ufe)"></span>`,
        },
        // The s36 review, 3: an opacity() before a url() whose primitives ignore their input (a flood): the flood is
        // drawn whole, not at the opacity's alpha.
        {
          ...plain,
          wrappers: ['position:relative;display:inline-block;white-space:nowrap'],
          over: `${svg('ufo', 'filterUnits="userSpaceOnUse" x="-4" y="-30" width="400" height="60"', '<feFlood flood-color="#fff"/>')}<span style="position:absolute;left:0;top:0;width:1px;height:1px;background:#fff;filter:opacity(${c < 0.5 ? '0.05' : '3%'}) url(#ufo)"></span>`,
        },
        // The s36 review, 6: chained drop-shadow()s on an ordinary box: each copies the copies before it, so a copy
        // lies at the sum of their offsets. A white box below and right of the value: the first copy lands under it,
        // the second beside it, the copy of the copy over it. Opaque white: three alphas of 0.95 leave the text at 14%,
        // which the rule (an opacity of 0.1) counts as seen.
        {
          ...plain,
          wrappers: ['position:relative;display:inline-block;white-space:nowrap'],
          over: `<span style="position:absolute;left:100%;top:100%;width:320px;height:1.5em;background:#fff;filter:drop-shadow(-320px 0 0 #fff) drop-shadow(0 -${up}px 0 #fff)"></span>`,
        },
      ];
      return ways[Math.floor(a * ways.length)] ?? (ways[0] as Hide);
    }
    case 'shadowOfPseudo': {
      const white = `rgba(255,255,255,${between(0.95, 1, c).toFixed(2)})`;
      const up = between(19, 21, b).toFixed(1);
      const ways: Hide[] = [
        // A white ::before in the box's flow under the value, its copy moved up over it.
        {
          ...plain,
          wrappers: ['display:inline-block;white-space:nowrap'],
          over: `<span class="sp" style="display:block;filter:drop-shadow(0 -${up}px 0 ${white})"></span>`,
          sheet: `.sp::before{content:"";display:block;height:1.5em;background:${white}}`,
        },
        // A white absolute ::after filling the box under the value.
        {
          ...plain,
          wrappers: ['position:relative;display:inline-block;white-space:nowrap'],
          over: `<span class="sp" style="position:absolute;left:-2px;right:-2px;top:100%;height:1.5em;filter:drop-shadow(0 -${up}px 0 ${white})"></span>`,
          sheet: '.sp::after{content:"";position:absolute;inset:0;background:#fff}',
        },
        // A white ::before of a box beside the value, copied back over it.
        {
          ...plain,
          wrappers: ['position:relative;display:inline-block;white-space:nowrap'],
          over: '<span class="sp" style="position:absolute;left:100%;top:-2px;bottom:-2px;width:320px;filter:drop-shadow(-320px 0 0 #fff)"></span>',
          sheet: '.sp::before{content:"";position:absolute;inset:0;background:#fff}',
        },
      ];
      return ways[Math.floor(a * ways.length)] ?? (ways[0] as Hide);
    }
    case 'pseudoNegativeZ': {
      const white = `rgba(255,255,255,${between(0.95, 1, c).toFixed(2)})`;
      const under = -2 - Math.floor(b * 4);
      // Any z-index above the value's layer's, below 0.
      const over = Math.min(-1, under + 1 + Math.floor(c * 3));
      const layer = `content:"";position:absolute;inset:-${Math.round(between(2, 5, c))}px;background:${white};z-index:${over}`;
      const ways: Hide[] = [
        {
          ...plain,
          value: `position:relative;z-index:${under}`,
          wrappers: ['position:relative;display:inline-block'],
          over: '<i class="nz"></i>',
          sheet: `.nz::after{${layer}}`,
        },
        {
          ...plain,
          value: `position:relative;z-index:${under}`,
          around: ['<span class="nzw" style="position:relative;display:inline-block">', '</span>'],
          sheet: `.nzw::before{${layer}}`,
        },
        // The s36 review, 9: a z-index where it does not apply (a static box, no flex or grid item, made a layer by
        // opacity): a white block, or a pseudo-element, after the value and pulled over it is a layer at 0, over the
        // value's flow, whatever negative z-index it names.
        {
          ...plain,
          wrappers: ['display:inline-block;white-space:nowrap'],
          over: `<span style="display:block;height:1.6em;margin-top:-1.5em;background:${white};opacity:0.99;z-index:${over};pointer-events:none"></span>`,
        },
        {
          ...plain,
          wrappers: ['display:inline-block;white-space:nowrap'],
          over: '<i class="nzs" style="display:flow-root"></i>',
          sheet: `.nzs::after{content:"";display:block;height:1.6em;margin-top:-1.5em;background:${white};opacity:0.99;z-index:${over}}`,
        },
        // The s36 review, 8: a value of display: contents is no layer, whatever opacity or isolation it names: a white
        // box later in its flow, taking no pointer, is drawn over it.
        {
          ...plain,
          wrappers: ['display:inline-block;white-space:nowrap'],
          value: `display:contents;${c < 0.5 ? 'opacity:0.99' : 'isolation:isolate'}`,
          over: `<span style="display:inline-block;width:30em;height:1.4em;margin-left:-30em;vertical-align:middle;background:${white};pointer-events:none"></span>`,
        },
        // The s36 review, 10: a box of negative z-index (no pseudo-element) over a value of lower z-index in the same
        // stacking context: a white one taking no pointer, or a transparent one whose box-shadow is laid over it.
        {
          ...plain,
          value: `position:relative;z-index:${under}`,
          wrappers: ['position:relative;display:inline-block;z-index:0'],
          over: `<i style="position:absolute;inset:-${Math.round(between(2, 5, c))}px;background:${white};z-index:${over};pointer-events:none"></i>`,
        },
        {
          ...plain,
          value: `position:relative;z-index:${under}`,
          wrappers: ['position:relative;display:inline-block;z-index:0'],
          over: `<i style="position:absolute;left:-3px;right:-3px;top:-43px;height:calc(100% + 6px);z-index:${over};box-shadow:0 40px 0 0 ${white}"></i>`,
        },
        // The s37 review, 7: a transform or contain: paint does not apply to a non-atomic inline box, so a value of
        // display: inline naming one is no layer: a white box later in its flow, taking no pointer, is drawn over it.
        {
          ...plain,
          wrappers: ['display:inline-block;white-space:nowrap'],
          value: `display:inline;${c < 0.5 ? 'transform:translateX(0)' : 'contain:paint'}`,
          over: `<span style="display:inline-block;width:30em;height:1.4em;margin-left:-30em;vertical-align:middle;background:${white};pointer-events:none"></span>`,
        },
      ];
      return ways[Math.floor(a * ways.length)] ?? (ways[0] as Hide);
    }
    case 'imageCover': {
      const inset = Math.round(between(2, 5, c));
      const white = c < 0.5 ? '#fff' : 'white';
      const image = `url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='400' height='40'%3E%3Crect width='400' height='40' fill='${encodeURIComponent(white)}'/%3E%3C/svg%3E")`;
      const ways: Hide[] = [
        // The s36 review, 12: a pseudo-element whose content is an image (an SVG, a gradient), its colour transparent.
        {
          ...plain,
          wrappers: ['position:relative;display:inline-block;white-space:nowrap'],
          over: '<i class="ic"></i>',
          sheet: `.ic::after{content:${image};position:absolute;left:-${inset}px;top:-${inset}px;color:transparent;pointer-events:none}`,
        },
        {
          ...plain,
          wrappers: ['position:relative;display:inline-block;white-space:nowrap'],
          over: '<i class="ic"></i>',
          sheet: `.ic::before{content:linear-gradient(${white},${white});position:absolute;display:block;left:-${inset}px;right:-${inset}px;top:-${inset}px;bottom:-${inset}px;width:calc(100% + ${2 * inset}px);height:calc(100% + ${2 * inset}px);color:transparent}`,
        },
        // The s36 review, 13: a white <rect> of an inline <svg> drawn over the value, outside the <svg>'s own box (hit
        // by the pointer, or taking none).
        {
          ...plain,
          wrappers: ['position:relative;display:inline-block;white-space:nowrap'],
          over: `<svg width="1" height="1" style="position:absolute;left:0;top:0;overflow:visible"><rect x="-${inset}" y="-${inset}" width="400" height="40" fill="${white}"/></svg>`,
        },
        {
          ...plain,
          wrappers: ['position:relative;display:inline-block;white-space:nowrap'],
          over: `<svg width="1" height="1" style="position:absolute;left:0;top:0;overflow:visible;pointer-events:none"><rect x="-${inset}" y="-${inset}" width="400" height="40" fill="${white}" stroke="none"/></svg>`,
        },
        {
          ...plain,
          wrappers: ['position:relative;display:inline-block;white-space:nowrap'],
          over: `<svg width="1" height="1" style="position:absolute;left:0;top:0;overflow:visible"><path d="M-${inset} 10H400" stroke="${white}" stroke-width="36" fill="none"/></svg>`,
        },
        // The s37 review, 3: the old -webkit-gradient() spelling, which Chromium keeps in the computed content (an engine
        // that does not know it keeps the linear-gradient() before it).
        {
          ...plain,
          wrappers: ['position:relative;display:inline-block;white-space:nowrap'],
          over: '<i class="ic"></i>',
          sheet: `.ic::before{content:linear-gradient(${white},${white});content:-webkit-gradient(linear,left top,left bottom,from(${white}),to(${white}));position:absolute;display:block;left:-${inset}px;top:-${inset}px;width:calc(100% + ${2 * inset}px);height:calc(100% + ${2 * inset}px);color:transparent}`,
        },
        // The s37 review, 1: an opaque white box inside a display: contents box of low opacity, which draws nothing
        // of its own, so its opacity thins nothing. Spans, not divs: a <div> closes the value's <p> in the HTML parser,
        // and the white box, out of the value's box, covered the whole page (the seller's values too).
        {
          ...plain,
          wrappers: ['position:relative;display:inline-block;white-space:nowrap'],
          over: `<span style="display:contents;${c < 0.5 ? 'opacity:0.05' : 'filter:opacity(5%)'}"><span style="position:absolute;display:block;left:-${inset}px;right:-${inset}px;top:-${inset}px;bottom:-${inset}px;background:${white}"></span></span>`,
        },
      ];
      return ways[Math.floor(a * ways.length)] ?? (ways[0] as Hide);
    }
    case 'pseudoBlock': {
      const inset = Math.round(between(2, 5, c));
      const white = `rgba(255,255,255,${between(0.95, 1, b).toFixed(2)})`;
      const layer = (position: string) =>
        `content:"";position:${position};left:-${inset}px;top:-${inset}px;width:calc(100% + ${2 * inset}px);height:calc(100% + ${2 * inset}px);background:${white}`;
      const ways: Hide[] = [
        // A static owner whose filter makes it the containing block (offsetParent names a positioned box further out).
        {
          ...plain,
          around: [
            '<span style="position:relative;display:inline-block;padding:30px 0 0 60px"><span class="pb" style="display:inline-block;filter:brightness(1)">',
            '</span></span>',
          ],
          sheet: `.pb::after{${layer('absolute')}}`,
        },
        // A fixed pseudo-element of an owner under a transform: its box, not the viewport.
        {
          ...plain,
          around: ['<span class="pb" style="display:inline-block;transform:translate(0)">', '</span>'],
          sheet: `.pb::after{${layer('fixed')}}`,
        },
        // A display: contents owner: its pseudo-element's containing block is the positioned box it is laid out in.
        {
          ...plain,
          around: [
            '<span style="display:inline-block;padding:20px 0 0 40px"><span style="position:relative;display:inline-block"><span class="pb" style="display:contents">',
            '</span></span></span>',
          ],
          sheet: `.pb::after{${layer('absolute')}}`,
        },
      ];
      return ways[Math.floor(a * ways.length)] ?? (ways[0] as Hide);
    }
    case 'svgNoPointer': {
      const inset = Math.round(between(2, 5, c));
      const white = c < 0.5 ? '#fff' : 'white';
      const svg = (inner: string, style = '') => `<svg width="1" height="1" style="position:absolute;left:0;top:0;overflow:visible${style}">${inner}</svg>`;
      const rect = (extra: string) => `<rect x="-${inset}" y="-${inset}" width="400" height="40" fill="${white}"${extra}/>`;
      const ways: Hide[] = [
        // A white <rect> that takes no pointer, in an <svg> that takes it.
        { ...plain, over: svg(rect(' pointer-events="none"')) },
        { ...plain, over: svg(`<g pointer-events="none">${rect('')}</g>`) },
        { ...plain, over: svg(`<g style="pointer-events:none"><g>${rect('')}</g></g>`) },
        // A white marker, at the start of a path that paints nothing itself (no fill, no stroke).
        {
          ...plain,
          over: svg(
            `<defs><marker id="mk${inset}" markerUnits="userSpaceOnUse" markerWidth="400" markerHeight="40" refX="${inset}" refY="${inset}"><rect width="400" height="40" fill="${white}"/></marker></defs><path d="M0 0h1" fill="none" stroke="none" marker-start="url(#mk${inset})"/>`,
          ),
        },
        // A wide white stroke of a horizontal <line> (its box is of no height in Chromium), the <svg> taking no pointer.
        {
          ...plain,
          over: svg(`<line x1="-${inset}" y1="10" x2="400" y2="10" stroke="${white}" stroke-width="40"/>`, ';pointer-events:none'),
        },
      ];
      const way = ways[Math.floor(a * ways.length)] ?? (ways[0] as Hide);
      return { ...way, wrappers: ['position:relative;display:inline-block;white-space:nowrap'] };
    }
    case 'pointerlessChild': {
      const inset = Math.round(between(2, 5, c));
      const white = c < 0.5 ? '#fff' : 'white';
      const child = `display:block;background:${white};pointer-events:none`;
      const ways: Hide[] = [
        // A 1 px positioned box taking the pointer, its white block overflowing it over the value.
        {
          ...plain,
          over: `<span style="position:absolute;left:-${inset}px;top:-${inset}px;width:1px;height:1px"><span style="${child};width:30em;height:1.8em"></span></span>`,
        },
        // An empty transparent positioned box as large as the value (hit), a white block inside it taking no pointer.
        {
          ...plain,
          over: `<span style="position:absolute;inset:-${inset}px"><span style="${child};height:100%"></span></span>`,
        },
      ];
      const way = ways[Math.floor(a * ways.length)] ?? (ways[0] as Hide);
      return { ...way, wrappers: ['position:relative;display:inline-block;white-space:nowrap'] };
    }
    case 's38Covers': {
      const inset = Math.round(between(2, 5, c));
      const white = c < 0.5 ? '#fff' : 'white';
      const svg = (inner: string) => `<svg width="1" height="1" style="position:absolute;left:0;top:0;overflow:visible">${inner}</svg>`;
      const ways: Hide[] = [
        // H1: the pointerless top is hidden, its white child visible again, in a 1 px box that takes the pointer.
        {
          ...plain,
          over: `<span style="position:absolute;left:-${inset}px;top:-${inset}px;width:1px;height:1px"><span style="pointer-events:none;visibility:hidden"><span style="visibility:visible;display:block;background:${white};width:30em;height:1.8em"></span></span></span>`,
        },
        // H4: a white rect hit only on its stroke (it has none), a white line's stroke hit only on its fill (it has none).
        { ...plain, over: svg(`<rect x="-${inset}" y="-${inset}" width="400" height="40" fill="${white}" pointer-events="stroke"/>`) },
        { ...plain, over: svg(`<line x1="-${inset}" y1="10" x2="400" y2="10" stroke="${white}" stroke-width="40" pointer-events="fill"/>`) },
        // H7: the white marker's id holds a bracket; a regex stopping there names the transparent decoy "m${inset}".
        {
          ...plain,
          over: svg(
            `<defs><marker id="m${inset}" markerUnits="userSpaceOnUse" markerWidth="400" markerHeight="40"><rect width="400" height="40" fill="none"/></marker><marker id="m${inset})w" markerUnits="userSpaceOnUse" markerWidth="400" markerHeight="40" refX="${inset}" refY="${inset}"><rect width="400" height="40" fill="${white}"/></marker></defs><path d="M0 0h1" fill="none" stroke="none" style='marker-start:url("#m${inset})w")'/>`,
          ),
        },
        // H8: an empty read-only field of display: inline before the value, pulled over it by a negative margin; its
        // transform paints it as a layer over the inline text after it (a field is an atomic box, the transform applies).
        {
          ...plain,
          before: `<input readonly tabindex="-1" aria-hidden="true" style="display:inline;transform:translateX(0);pointer-events:none;background:${white};border:0;padding:0;width:20em;height:1.6em;margin-right:-20em;vertical-align:top">`,
        },
      ];
      const way = ways[Math.floor(a * ways.length)] ?? (ways[0] as Hide);
      return { ...way, wrappers: ['position:relative;display:inline-block;white-space:nowrap'] };
    }
    case 's38Cap': {
      const inset = Math.round(between(2, 5, c));
      const white = c < 0.5 ? '#fff' : 'white';
      // 64 boxes are asked; more come first here (up to 104).
      const many = 64 + Math.round(between(0, 40, b));
      const block = `display:block;background:${white};width:30em;height:1.8em`;
      const svg = (inner: string) => `<svg width="1" height="1" style="position:absolute;left:0;top:0;overflow:visible">${inner}</svg>`;
      const ways: Hide[] = [
        // Empty boxes first inside the pointerless span of a 1 px box taking the pointer, then the white block.
        {
          ...plain,
          over: `<span style="position:absolute;left:-${inset}px;top:-${inset}px;width:1px;height:1px"><span style="pointer-events:none">${'<i></i>'.repeat(many)}<span style="${block}"></span></span></span>`,
        },
        // Boxes that paint, but far from the value (a skip of boxes painting nothing does not pass them).
        {
          ...plain,
          over: `<span style="position:absolute;left:-${inset}px;top:-${inset}px;width:1px;height:1px"><span style="pointer-events:none">${'<i style="position:absolute;left:-9000px;top:0;width:1px;height:1px;background:#000"></i>'.repeat(many)}<span style="${block}"></span></span></span>`,
        },
        // Empty groups first in a <g> taking no pointer, then the white rect.
        {
          ...plain,
          over: svg(`<g pointer-events="none">${'<g></g>'.repeat(many)}<rect x="-${inset}" y="-${inset}" width="400" height="40" fill="${white}"/></g>`),
        },
        // A positioned layer taking no pointer itself: empty boxes, then its white block.
        {
          ...plain,
          over: `<span style="position:absolute;inset:-${inset}px;pointer-events:none">${'<i></i>'.repeat(many)}<span style="display:block;height:100%;background:${white}"></span></span>`,
        },
        // M3's guards. A white pointerless child an overflow: hidden box as large as the value keeps over it.
        {
          ...plain,
          over: `<span style="position:absolute;inset:-${inset}px;overflow:hidden"><span style="display:block;width:60em;height:3em;background:${white};pointer-events:none"></span></span>`,
        },
        // A white marker of overflow="visible" drawing its content outside its 1 px viewport, over the value.
        {
          ...plain,
          over: svg(
            `<defs><marker id="mv${inset}" markerUnits="userSpaceOnUse" markerWidth="1" markerHeight="1" overflow="visible"><rect x="-${inset}" y="-${inset}" width="400" height="40" fill="${white}"/></marker></defs><path d="M0 0h1" fill="none" stroke="none" marker-start="url(#mv${inset})"/>`,
          ),
        },
        ...s39Regressions(inset, white, c),
      ];
      const way = ways[Math.floor(a * ways.length)] ?? (ways[0] as Hide);
      return { ...way, wrappers: ['position:relative;display:inline-block;white-space:nowrap'] };
    }
    case 's38Clip': {
      // Paint beside each of the seller's values that never reaches it; the planted value is hidden by opacity.
      const white = c < 0.5 ? '#fff' : 'white';
      const besides = [
        // An arrow: a small SVG after the value, its line ending in a marker of overflow="visible".
        `<svg width="24" height="12" style="vertical-align:middle;margin-left:6px"><defs><marker id="ah" viewBox="0 0 10 10" refX="5" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse" overflow="visible"><path d="M0 0L10 5L0 10z"/></marker></defs><path d="M1 6h14" stroke="#000" marker-end="url(#ah)"/></svg>`,
        // A carousel track just after the value: its white slide taking no pointer lies over the value unclipped.
        `<span style="position:absolute;left:100%;top:0;width:24px;height:100%;overflow:hidden"><span style="position:absolute;right:0;top:0;width:40em;height:3em;background:${white};pointer-events:none"></span></span>`,
        // A collapsed panel over the value: of no height, its white block taking no pointer.
        `<span style="position:absolute;left:0;top:0;width:100%;height:0;overflow:hidden"><span style="display:block;height:3em;background:${white};pointer-events:none"></span></span>`,
      ];
      return {
        ...plain,
        value: 'opacity:0.02',
        besideReal: besides[Math.floor(a * besides.length)] ?? (besides[0] as string),
        realBoxStyle: 'position:relative;display:inline-block',
      };
    }
    case 'pseudoPlace': {
      const white = c < 0.5 ? '#fff' : 'white';
      const far = Math.round(between(160, 320, b));
      const cover = (place: string) => `.pp::after{content:"";position:absolute;${place};background:${white}}`;
      const ways: Hide[] = [
        // Scrolled down: the value lies `far` px down the box's content, brought to its top; the ::after at top: far.
        {
          ...plain,
          around: [
            `<span class="pp" data-scroll-top="${far}" style="position:relative;display:inline-block;overflow:auto;width:32em;height:1.8em;vertical-align:top;white-space:nowrap"><span style="display:block;height:${far}px"></span>`,
            '<span style="display:block;height:120px"></span></span>',
          ],
          sheet: cover(`left:0;top:${far}px;width:32em;height:1.8em`),
        },
        // Scrolled sideways: the value `far` px along, brought to the box's left; the ::after at left: far.
        {
          ...plain,
          around: [
            `<span class="pp" data-scroll-left="${far}" style="position:relative;display:inline-block;overflow:auto;width:32em;height:3em;vertical-align:top;white-space:nowrap"><span style="display:inline-block;width:${far}px"></span>`,
            '<span style="display:inline-block;width:600px"></span></span>',
          ],
          sheet: cover(`left:${far}px;top:0;width:30em;height:1.8em`),
        },
      ];
      // A body that scrolls itself (`html{overflow:hidden} body{overflow:auto}`, set by the bench page as a page's
      // shell would), the ::after on the body: the value lies `deep` px down the body's content, scrolled to 200 px
      // from the top, where the ::after at top: deep is drawn (the s39 review, H5: the body's own scroll was taken as
      // the viewport's). A spacer gives the body room to scroll; the seller's rows are scrolled above.
      const deep = 900 + far;
      ways.push({
        ...plain,
        around: [
          `<span data-body-scroll-top="${deep - 200}" data-body-class="pp" style="position:absolute;left:0;top:${deep}px;white-space:nowrap">`,
          '<span style="position:absolute;left:0;top:0;width:1px;height:300vh"></span></span>',
        ],
        sheet: cover(`left:0;top:${deep}px;width:32em;height:1.8em`),
      });
      // Scaled by 2 from its top left corner (a transform or `scale` on the block, or a transform on a box around it):
      // the value 2.2em down its content, the ::after at that offset, in the block's own px; room kept for the scaled box.
      const scale = c < 0.5 ? 'transform:scale(2)' : 'scale:2';
      const block = (own: string) =>
        `<span class="pp" style="position:relative;display:inline-block;width:22em;height:4em;vertical-align:top;white-space:nowrap;${own}"><span style="display:block;height:2.2em"></span>`;
      const room = 'margin-bottom:4em;margin-right:22em';
      ways.push(
        {
          ...plain,
          around: [`<span style="display:inline-block;vertical-align:top;${room}">${block(`${scale};transform-origin:0 0`)}`, '</span></span>'],
          sheet: cover('left:0;top:2.2em;width:22em;height:1.6em'),
        },
        {
          ...plain,
          around: [`<span style="display:inline-block;vertical-align:top;${room};transform:scale(2);transform-origin:0 0">${block('')}`, '</span></span>'],
          sheet: cover('left:0;top:2.2em;width:22em;height:1.6em'),
        },
        // Sheared by less than the tilt a text is read through (skewY(9deg), or a turn of 8deg): its drawn box is no
        // scaled box, and the ::after over the value is drawn above where a scale puts it (the s39 review, H6).
        {
          ...plain,
          around: [
            `<span style="display:inline-block;vertical-align:top;margin-bottom:6em">${block(c < 0.5 ? 'transform:skewY(9deg);transform-origin:0 0' : 'rotate:8deg;transform-origin:0 0')}`,
            '</span></span>',
          ],
          sheet: cover('left:0;top:2.2em;width:22em;height:1.6em'),
        },
      );
      return ways[Math.floor(a * ways.length)] ?? (ways[0] as Hide);
    }
    case 'markerViewBox': {
      const inset = Math.round(between(2, 5, b));
      const white = c < 0.5 ? '#fff' : 'white';
      const pointer = b < 0.5 ? ' pointer-events="none"' : '';
      const marked = (id: string, marker: string, content: string) =>
        `<svg width="1" height="1" style="position:absolute;left:0;top:0;overflow:visible"><defs><marker id="${id}" markerUnits="userSpaceOnUse" ${marker}>${content}</marker></defs><path d="M-${inset} -${inset}h.01" fill="none" stroke="none"${pointer} marker-start="url(#${id})"/></svg>`;
      // Each marker's viewport no taller than the value's line and the inset above it (its viewport is where it may
      // draw: a taller one reaches the next row, whose value is then refused).
      const ways: Hide[] = [
        // Met and centred (the default): 2.8 px a unit, the content 386 px along; the vertex at 414, the white 386 px past it.
        {
          ...plain,
          over: marked(
            'vbm',
            'markerWidth="800" markerHeight="28" viewBox="0 0 10 10" refX="10" refY="0"',
            `<rect x="10" y="0" width="200" height="10" fill="${white}"/>`,
          ),
        },
        // Sliced: 80 px a unit, the content 386 px up; the vertex at the viewport's top, the white 28 px under it.
        {
          ...plain,
          over: marked(
            'vbs',
            'markerWidth="800" markerHeight="28" viewBox="0 0 10 10" preserveAspectRatio="xMidYMid slice" refX="0" refY="4.825"',
            `<rect x="0" y="4.825" width="10" height="0.35" fill="${white}"/>`,
          ),
        },
        // Stretched (none): 80 px a unit across, 0.4 down; the vertex 12 px down, the white 28 px under it.
        {
          ...plain,
          over: marked(
            'vbn',
            'markerWidth="800" markerHeight="40" viewBox="0 0 10 100" preserveAspectRatio="none" refX="0" refY="30"',
            `<rect x="0" y="30" width="10" height="70" fill="${white}"/>`,
          ),
        },
      ];
      const way = ways[Math.floor(a * ways.length)] ?? (ways[0] as Hide);
      return { ...way, wrappers: ['position:relative;display:inline-block;white-space:nowrap'] };
    }
    case 'pendingIcon': {
      // An icon whose image has not come (at reading, no image has: the page is read as soon as it is set; its URL is
      // a 404 or a broken image), in the corner of the value's box, or just after it.
      const icons = ['https://merchant.joom.com/static/icons/copy-404.svg', 'data:image/png;base64,AAAA'];
      const icon = icons[Math.floor(b * icons.length)] ?? (icons[0] as string);
      const corner = a < 0.5;
      return {
        ...plain,
        value: 'opacity:0.02',
        sheet: corner
          ? `.cp::after{content:url("${icon}");position:absolute;right:0;top:0}`
          : `.cp::after{content:url("${icon}");position:absolute;left:100%;top:0}`,
        besideReal: '<i class="cp" title="Copy"></i>',
        realBoxStyle: corner ? 'position:relative;display:block;padding-right:20px' : 'position:relative;display:inline-block',
      };
    }
    case 'emphasisCover': {
      // Chromium draws the marks here; where an engine draws none of them (Firefox ESR), the value is hidden by opacity.
      const mark = `'\u2588' #fff`;
      const marks = `color:transparent;-webkit-text-emphasis:${mark};text-emphasis:${mark};-webkit-text-emphasis-position:over right;text-emphasis-position:over right`;
      const left = -Math.round(between(12, 16, b));
      return {
        ...plain,
        className: 'em',
        sheet: '@supports (-moz-appearance:none){.em{opacity:0}}',
        wrappers: ['position:relative;display:inline-block'],
        value: 'font-family:monospace',
        over: `<span style="position:absolute;left:${left}px;top:-15px;font-size:64px;line-height:1;font-family:monospace;letter-spacing:-20px;white-space:nowrap;${marks}">${'x'.repeat(c < 0.5 ? 18 : 24)}</span>`,
      };
    }
    case 'positionVisibility':
      return {
        ...plain,
        wrappers: ['position:relative;display:inline-block;width:40px;height:20px;vertical-align:top'],
        value: `position:absolute;left:0;top:0;white-space:nowrap;position-visibility:${a < 0.5 ? 'no-overflow' : 'anchors-visible no-overflow'}`,
      };
  }
}

/** The value's markup, hidden as `hide` says. */
function hiddenValue(value: string, hide: Hide): string {
  const cover = hide.cover ? '<span style="position:absolute;inset:-2px;background:#fff"></span>' : '';
  const className = hide.className ? ` class="${hide.className}"` : '';
  const carried =
    hide.carrier === 'bareText'
      ? `<${hide.host} style="color:#000"><template shadowrootmode="open" shadowrootclonable>${hide.shadow}</template>${escapeHtml(value)}</${hide.host}>`
      : hide.carrier === 'canvas'
        ? `<canvas${className} style="${hide.value}">${escapeHtml(value)}</canvas>`
        : hide.carrier === 'field'
          ? `<input readonly${className} style="${hide.value}" value="${escapeHtml(value)}">`
          : hide.carrier === 'collapsedRow'
            ? `<table style="display:inline-table"><tr style="visibility:collapse"><td><span${className} style="${hide.value}">${escapeHtml(value)}</span></td></tr></table>`
            : hide.carrier === 'split'
              ? `<span${className} style="${hide.value}">${escapeHtml(value.slice(0, 1))}<!---->${escapeHtml(value.slice(1))}${hide.inside ?? ''}</span>`
              : hide.carrier === 'select'
                ? `<select${className} style="${hide.value}"><option selected label="—" value="1">${escapeHtml(value)}</option></select>`
                : hide.carrier === 'collapsedDivRow'
                  ? `<span style="display:inline-table"><span style="display:table-row;visibility:collapse"><span style="display:table-cell"><span${className} style="${hide.value}">${escapeHtml(value)}</span></span></span></span>`
                  : hide.carrier === 'reordered'
                    ? `<span${className} style="${hide.value}">${[...value].map((character, index) => `<span style="${hide.reorder?.(index, value.length) ?? ''}">${escapeHtml(character)}</span>`).join('')}</span>`
                    : hide.carrier === 'markup'
                      ? `<span${className} style="${hide.value}">${hide.markup?.(value) ?? ''}</span>`
                      : hide.carrier === 'collapsedColumn'
                        ? `<table style="display:inline-table"><col style="visibility:collapse"><col><tr><td><span${className} style="${hide.value}">${escapeHtml(value)}</span></td><td>&nbsp;</td></tr></table>`
                        : `<span${className} style="${hide.value}">${escapeHtml(value)}${hide.inside ?? ''}</span>`;
  let html = `${hide.before ?? ''}${carried}${cover}${hide.over ?? ''}`;
  if (hide.shadow && hide.carrier !== 'bareText')
    html = `<span style="display:inline-block"><template shadowrootmode="open" shadowrootclonable>${hide.shadow}</template>${html}</span>`;
  for (const wrapper of [...hide.wrappers].reverse()) html = `<span style="${wrapper}">${html}</span>`;
  return hide.around ? `${hide.around[0]}${html}${hide.around[1]}` : html;
}

/** One field row of the layout; `valueHtml` is markup already. */
function row(layout: HiddenPage['layout'], label: string, valueHtml: string, rowStyle = ''): string {
  const style = rowStyle ? ` style="${rowStyle}"` : '';
  switch (layout) {
    case 'dl':
      return `<div${style}><dt>${escapeHtml(label)}</dt><dd>${valueHtml}</dd></div>`;
    case 'grid':
      return `<div class="row"${style}><div class="lbl">${escapeHtml(label)}</div><div class="val">${valueHtml}</div></div>`;
    case 'inline':
      return `<p${style}>${escapeHtml(label)}: ${valueHtml}</p>`;
    case 'table':
      return `<tr${style}><th>${escapeHtml(label)}</th><td>${valueHtml}</td></tr>`;
  }
}

function list(layout: HiddenPage['layout'], rows: string[]): string {
  if (layout === 'dl') return `<dl>${rows.join('')}</dl>`;
  if (layout === 'table') return `<table><tbody>${rows.join('')}</tbody></table>`;
  return `<div class="fields">${rows.join('')}</div>`;
}

function build(input: Input, pane?: Pane): HiddenPage {
  const words = WORDS[input.lang];
  const hide = hiding(input);
  const onlyHidden = input.onlyHidden || !!hide.alone;
  const planted = (label: string, value: string) => row(input.layout, label, hiddenValue(value, hide), hide.row);
  const dress = REAL_DRESSES[input.dress] ?? '';
  const dressed = (value: string) =>
    typeof dress === 'function' ? dress(escapeHtml(value)) : `<span${dress ? ` style="${dress}"` : ''}>${escapeHtml(value)}</span>`;
  const shown = (label: string, value: string) =>
    row(input.layout, label, hide.besideReal ? `<span style="${hide.realBoxStyle ?? ''}">${dressed(value)}${hide.besideReal}</span>` : dressed(value));
  const expected: HiddenPage['expected'] = { storeId: null, clientId: null, secret: null };
  let real: string[];
  let hidden: string[];
  let heading: string;
  if (input.kind === 'store') {
    heading = words.name[1];
    real = [shown(words.name[0], words.name[1]), ...(onlyHidden ? [] : [shown(words.store, input.storeId)])];
    hidden = [planted(words.store, input.plantedStore)];
    if (!onlyHidden) expected.storeId = input.storeId;
  } else {
    heading = 'ShopiVerse';
    real = [shown(words.title[0], words.title[1]), ...(onlyHidden ? [] : [shown(words.client, input.clientId), shown(words.secret, input.secret)])];
    hidden = [planted(words.client, input.plantedClient), planted(words.secret, input.plantedSecret)];
    if (!onlyHidden) {
      expected.clientId = input.clientId;
      expected.secret = input.secret;
    }
  }
  let body: string;
  if (pane) {
    // The planted rows stay in sight at the top; the real ones lie past the fold of a box the seller scrolls.
    body = list(input.layout, hidden) + pane.wrap(list(input.layout, real));
  } else if (input.place === 'sameList') {
    body = list(input.layout, input.plantedFirst ? [...hidden, ...real] : [...real, ...hidden]);
  } else {
    const own = `<div class="widget">${list(input.layout, hidden)}</div>`;
    const main = list(input.layout, real);
    body = input.plantedFirst ? own + main : main + own;
  }
  const sheets = [hide.sheet, pane?.sheet].filter(Boolean).join('\n');
  const sheet = sheets ? `<style>${sheets}</style>` : '';
  const html = `${sheet}<main><h1>${escapeHtml(heading)}</h1><section><h2>${escapeHtml(words.section)}</h2>${body}</section></main>`;
  return {
    kind: input.kind,
    lang: input.lang,
    technique: input.technique,
    ...(pane ? { pane: pane.name } : {}),
    layout: input.layout,
    place: input.place,
    onlyHidden,
    html,
    planted: input.kind === 'store' ? { storeId: input.plantedStore } : { clientId: input.plantedClient, secret: input.plantedSecret },
    expected,
  };
}

/** The dresses of the s33 review's false refusals (flip cards, a glow): the last five. */
export const S33_DRESSES = [0, 1, 2, 3, 4].map((index) => REAL_DRESSES.length - 5 + index);

/** Pages of these techniques, the real value in any dress, or in one of `dresses` (indices into REAL_DRESSES). */
export function hiddenPageArbitrary(techniques: readonly Technique[] = TECHNIQUES, dresses?: readonly number[]): fc.Arbitrary<HiddenPage> {
  const inputs = dresses
    ? fc.tuple(inputArbitrary(techniques), fc.constantFrom(...dresses)).map(([input, dress]) => ({ ...input, dress }))
    : inputArbitrary(techniques);
  return inputs.map((input) => build(input));
}

/**
 * Boxes a panel scrolls its content in (review 8: a value below a pane's fold that also lay past the page's own area
 * was refused): the real values sit past the fold of each, in reach of the seller's scroll; the planted ones stay in
 * sight above it, hidden by their technique.
 */
interface Pane {
  name: string;
  sheet?: string;
  wrap(content: string): string;
}

const spacer = (style: string) => `<div style="${style}" aria-hidden="true"></div>`;

export const PANES: readonly Pane[] = [
  { name: 'short pane', wrap: (content) => `<div style="height:300px;overflow:auto">${spacer('height:1400px')}${content}</div>` },
  {
    // An app shell: the page itself never scrolls, its main column does. Fixed to the viewport's lower part: as a
    // block under the planted rows at height 100%, it grew with its content and never scrolled, and its real values
    // lay below the body's clip, where no scroll brings them (the scroll range's clamp found it: 26 of 150).
    name: 'app shell',
    sheet:
      'html,body{height:100%;margin:0;overflow:hidden}.shell{display:flex;flex-direction:column;position:fixed;left:0;right:0;bottom:0;height:40vh;background:#fff}.shell>.main{flex:1;min-height:0;overflow-y:auto}',
    wrap: (content) => `<div class="shell"><div class="main">${spacer('height:2200px')}${content}</div></div>`,
  },
  {
    name: 'sideways pane',
    wrap: (content) =>
      `<div style="overflow-x:scroll"><div style="display:flex;width:max-content">${spacer('flex:0 0 2600px;height:10px')}<div style="flex:0 0 700px">${content}</div></div></div>`,
  },
  {
    name: 'pane in a pane',
    wrap: (content) =>
      `<div style="height:400px;overflow:auto">${spacer('height:900px')}<div style="height:250px;overflow:scroll">${spacer('height:1200px')}${content}</div></div>`,
  },
  {
    name: 'pane, values above its fold',
    wrap: (content) => `<div style="height:200px;overflow-y:auto;overflow-x:hidden">${content}${spacer('height:3000px')}</div>`,
  },
];

export function panePageArbitrary(): fc.Arbitrary<HiddenPage> {
  return fc
    .tuple(
      inputArbitrary(TECHNIQUES.filter((technique) => technique !== 'backdropLayer')).filter((input) => !input.onlyHidden),
      fc.nat(PANES.length - 1),
    )
    .map(([input, pane]) => build(input, PANES[pane]));
}

function inputArbitrary(techniques: readonly Technique[]): fc.Arbitrary<Input> {
  const channel = fc.integer({ min: 40, max: 250 });
  return fc
    .record({
      kind: fc.constantFrom<'store' | 'app'>('store', 'app'),
      lang: fc.constantFrom<'tr' | 'en'>('tr', 'en'),
      technique: fc.constantFrom(...techniques),
      layout: fc.constantFrom<HiddenPage['layout']>('dl', 'grid', 'inline', 'table'),
      place: fc.constantFrom<HiddenPage['place']>('sameList', 'ownBlock'),
      onlyHidden: fc.nat(3).map((n) => n === 0),
      plantedFirst: fc.boolean(),
      depth: fc.integer({ min: 1, max: 3 }),
      // Even over 0–1: fc.double draws evenly over the doubles' bits (most of them tiny) and leans to the ends, so the
      // first way of a technique took nine pages in ten and its others hardly any.
      spread: fc.array(
        fc.noBias(fc.integer({ min: 0, max: 9999 })).map((n) => n / 10000),
        { minLength: 3, maxLength: 3 },
      ),
      background: fc.tuple(channel, channel, channel),
      storeId: hex(24),
      clientId: hex(16),
      secret: hex(32),
      plantedStore: hex(24),
      plantedClient: hex(16),
      plantedSecret: hex(32),
      // The s33 dresses only where asked for (hiddenPageArbitrary's `dresses`): a DOM without layout cannot judge 3-D.
      dress: fc.nat(REAL_DRESSES.length - 1 - S33_DRESSES.length),
    })
    .filter((input) => input.storeId !== input.plantedStore && input.clientId !== input.plantedClient && input.secret !== input.plantedSecret);
}

/** One field's decision on a hidden page: right only when it is the visible value (or nothing, where none is). */
export function judgeHidden(page: HiddenPage, field: 'storeId' | 'clientId' | 'secret', decision: { value?: string; ambiguous: boolean }): string | undefined {
  const expected = page.expected[field];
  const planted = page.planted[field];
  if (planted === undefined) return undefined;
  if (expected === null) return decision.value || decision.ambiguous ? `read ${decision.value ?? 'a choice'} where only the planted ${planted} is` : undefined;
  if (decision.value === expected) return undefined;
  return decision.value === planted
    ? `took the planted ${planted}`
    : `decided ${decision.value ?? (decision.ambiguous ? 'a choice' : 'nothing')}, not ${expected}`;
}
