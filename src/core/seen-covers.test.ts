import { describe, expect, it } from 'vitest';
import {
  animatedRegions,
  behindEye,
  containmentApplies,
  contentDrawsImage,
  contentMap,
  coverOpacityFactor,
  type DepthStep,
  dropShadowCopies,
  type FilterRegion,
  filterPaintArea,
  filterPaintAreaOver,
  identityFilter,
  linearPart,
  MAX_CHAINED_SHADOWS,
  markerId,
  negativeLayerOver,
  placedInBlock,
  pseudoDrift,
  type RegionAnimation,
  reflectedFrom,
  SAME_PLANE,
  type Shadow,
  shadowArea,
  shadowReach,
  showsBack,
  svgPaintAlpha,
  svgShapeReach,
  times,
  transformApplies,
  transformDrift,
  turnedBy,
  viewBoxTransform,
  zIndexApplied,
} from './seen';

// The s32 review's covers and depth (issue 16): where a text shadow and a box reflection paint, and a text at or
// behind its perspective's eye. The pages: tests/corpus/hidden-pages.ts ('textShadowCover', 'reflectCover',
// 'depthCover', 'behindEye'), judged in both browsers by tests/browser/seen.spec.ts.

const BOX = { left: 10, top: 20, right: 110, bottom: 50 };

describe('reflectedFrom: the point of the box a -webkit-box-reflect copy draws at (x, y)', () => {
  it.each<[string, string, [number, number], [number, number] | undefined]>([
    ['below, no gap: just under the box, its bottom row', 'below 0px', [60, 51], [60, 49]],
    ['below with a 4px gap', 'below 4px', [60, 60], [60, 44]],
    ['above: just over the box, its top row', 'above 0px', [60, 18], [60, 22]],
    ['right with a mask after the offset', 'right 2px linear-gradient(transparent, white)', [115, 30], [107, 30]],
    ['left', 'left 0px', [0, 30], [20, 30]],
    ['none', 'none', [60, 60], undefined],
    ['nothing computed (an engine without it)', '', [60, 60], undefined],
  ])('%s', (_name, reflect, [x, y], expected) => {
    expect(reflectedFrom(reflect, BOX, x, y)).toEqual(expected);
  });
});

describe('shadowArea: a text shadow paints its glyphs moved and grown by its blur', () => {
  const shadow = (x: number, y: number, blur = 0): Shadow => ({ colour: '#fff', x, y, blur, spread: 0, inset: false });
  it.each<[string, Shadow, typeof BOX]>([
    ['moved 240px back along the line', shadow(-240, 0), { left: -230, top: 20, right: -130, bottom: 50 }],
    ['moved up a line, blurred 3px', shadow(0, -30, 3), { left: 7, top: -13, right: 113, bottom: 23 }],
    ['on the glyphs', shadow(0, 0), BOX],
  ])('%s', (_name, given, expected) => {
    expect(shadowArea(BOX, given)).toEqual(expected);
  });
});

describe('behindEye: a text at or behind the eye of its perspective, or projected by a matrix that cannot be inverted', () => {
  const flat = { m13: 0, m14: 0, m23: 0, m24: 0, m43: 0, m44: 1, is2D: false };
  const step = (over: Partial<DepthStep>): DepthStep => ({ invertible: true, translateZ: 0, width: 200, height: 20, perspective: 0, ...over });
  it.each<[string, DepthStep[], boolean]>([
    ['no transform', [step({}), step({})], false],
    ['translateZ(150px) under perspective: 100px (the s32 case)', [step({ matrix: { ...flat, m43: 150 }, perspective: 100 })], true],
    ['translateZ at the eye exactly', [step({ matrix: { ...flat, m43: 100 }, perspective: 100 })], true],
    ['translateZ(50px) under perspective: 100px (drawn nearer, larger)', [step({ matrix: { ...flat, m43: 50 }, perspective: 100 })], false],
    ['translateZ(-500px): away from the eye', [step({ matrix: { ...flat, m43: -500 }, perspective: 100 })], false],
    ['a translate property of 0 0 120px under perspective 100px', [step({ translateZ: 120, perspective: 100 })], true],
    [
      'depths added up the boxes (preserve-3d), the perspective above both',
      [step({ translateZ: 60 }), step({ matrix: { ...flat, m43: 60 }, perspective: 100 })],
      true,
    ],
    ['perspective(100px) translateZ(150px) in one transform (w below 0)', [step({ matrix: { ...flat, m43: 150, m44: -0.5 } })], true],
    ['a matrix that cannot be inverted', [step({ matrix: { ...flat, is2D: false }, invertible: false })], true],
    ['a 2-D matrix (scale(0) is judged by its size elsewhere)', [step({ matrix: { ...flat, is2D: true }, invertible: false })], false],
    ['translateZ(0) for a layer, under a perspective', [step({ matrix: { ...flat }, perspective: 800 })], false],
    ['a card turned 80° about y under perspective 100px: its near edge reaches the eye', [step({ matrix: { ...flat, m13: -0.98 }, perspective: 100 })], true],
  ])('%s', (_name, steps, expected) => {
    expect(behindEye(steps)).toBe(expected);
  });
});

// The s33 review: a flip card's faces, a glow, a ::backdrop's filter (tests/corpus/hidden-pages.ts 'backdropColour',
// 'backdropLayer' and the S33_DRESSES, judged in both browsers by tests/browser/seen.spec.ts).
describe('contentMap and turnedBy: transforms composed from the top down, their product judged', () => {
  // DOMMatrix values column by column (toFloat64Array).
  const rotateY = (deg: number) => {
    const [c, s] = [Math.cos((deg * Math.PI) / 180), Math.sin((deg * Math.PI) / 180)];
    return [c, 0, -s, 0, 0, 1, 0, 0, s, 0, c, 0, 0, 0, 0, 1];
  };
  const scaleX = (factor: number) => [factor, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1];
  const through = (steps: [number[] | undefined, boolean][]) => steps.reduce((above, [own, keeps3d]) => contentMap(above, own, keeps3d), SAME_PLANE);
  it.each<[string, [number[] | undefined, boolean][], boolean]>([
    ['no transform', [[undefined, false]], false],
    ['one half turn about y: a mirror', [[rotateY(180), false]], true],
    [
      'a half turn in a preserve-3d card, and another on its face (the s33 case 32): drawn as laid out',
      [
        [rotateY(180), true],
        [rotateY(180), false],
      ],
      false,
    ],
    [
      'the same with the card flat: its face flattened mirrored, then turned back',
      [
        [rotateY(180), false],
        [rotateY(180), false],
      ],
      false,
    ],
    [
      'a mirror by scaleX(-1) inside a half turn: still mirrored once',
      [
        [rotateY(180), true],
        [rotateY(180), false],
        [scaleX(-1), false],
      ],
      true,
    ],
    ['past a quarter turn about y (100°): mirrored', [[rotateY(100), false]], true],
    [
      'two quarter turns in 3-D: a half turn, a mirror',
      [
        [rotateY(90), true],
        [rotateY(90), false],
      ],
      true,
    ],
    [
      "two turns of 50°, the outer flat: each flattened, not mirrored (a squash is the drawn width's)",
      [
        [rotateY(50), false],
        [rotateY(50), false],
      ],
      false,
    ],
    ['a slight turn (8°)', [[rotateY(8), false]], false],
  ])('%s', (_name, steps, turned) => {
    expect(turnedBy(through(steps), 0.18)).toBe(turned);
  });
  it('showsBack: a half turn about y shows the back, a mirror in 2-D its front, a turn back and forth its front', () => {
    expect(showsBack(linearPart(rotateY(180)))).toBe(true);
    expect(showsBack(linearPart(rotateY(100)))).toBe(false);
    expect(showsBack(linearPart(scaleX(-1)))).toBe(false);
    expect(showsBack(times(linearPart(rotateY(180)), linearPart(rotateY(180))))).toBe(false);
    expect(showsBack(SAME_PLANE)).toBe(false);
  });
  it('showsBack at all (a value on a hidden face): any turn past 90°, edge-on, a half turn and a mirror together', () => {
    expect(showsBack(linearPart(rotateY(100)), false)).toBe(true);
    expect(showsBack(linearPart(rotateY(90)), false)).toBe(true);
    expect(showsBack(linearPart(rotateY(80)), false)).toBe(false);
    expect(showsBack(times(linearPart(rotateY(180)), linearPart(scaleX(-1))), false)).toBe(true);
    expect(showsBack(linearPart(scaleX(-1)), false)).toBe(false);
    expect(showsBack(SAME_PLANE, false)).toBe(false);
  });
});

describe('shadowReach: a text shadow at its colour within the glyphs moved, faded in its blur', () => {
  const shadow = (x: number, y: number, blur = 0, spread = 0): Shadow => ({ colour: '#000', x, y, blur, spread, inset: false });
  it.each<[string, Shadow, [number, number], number | [number, number]]>([
    ['on the glyphs', shadow(0, 0), [60, 30], 1],
    ['moved up a line, no blur: on the line above', shadow(0, -30), [60, 5], 1],
    ['no blur, just past the box: nothing', shadow(0, 0), [60, 55], 0],
    ['a 10px glow, 9px above the line (the line above, the s33 case 35): a tenth at most', shadow(0, 0, 10), [60, 11], [0.05, 0.11]],
    ['a 10px glow, 1px past: about half', shadow(0, 0, 10), [60, 51], [0.45, 0.5]],
    ['past the blur: nothing', shadow(0, 0, 10), [60, 61], 0],
    ['its spread painted whole', shadow(0, 0, 10, 4), [60, 53], 1],
  ])('%s', (_name, given, [x, y], expected) => {
    const reach = shadowReach(BOX, given, x, y);
    if (typeof expected === 'number') expect(reach).toBeCloseTo(expected, 5);
    else {
      expect(reach).toBeGreaterThanOrEqual(expected[0]);
      expect(reach).toBeLessThanOrEqual(expected[1]);
    }
  });
});

describe('identityFilter: a backdrop-filter that is certainly none', () => {
  it.each<[string, boolean]>([
    ['none', true],
    ['', true],
    ['blur(0px)', true],
    ['brightness(1) opacity(100%) grayscale(0) hue-rotate(0deg)', true],
    ['blur(12px)', false],
    ['brightness(0)', false],
    ['grayscale()', false],
    ['drop-shadow(0 0 0 #000)', false],
    ['url("#f")', false],
    ['opacity(0.99)', false],
  ])('%s', (filter, identity) => {
    expect(identityFilter(filter)).toBe(identity);
  });
});

describe('pseudo-element drift (the s33 review, high A and B)', () => {
  const still = {
    marginLeft: '0px',
    marginTop: '0px',
    marginRight: '0px',
    direction: 'ltr',
    position: 'static',
    top: 'auto',
    left: 'auto',
    right: 'auto',
    bottom: 'auto',
    transform: 'none',
    transformOrigin: '0px 0px',
    translate: 'none',
    rotate: 'none',
    scale: 'none',
    width: 'auto',
    height: 'auto',
    textIndent: '0px',
    letterSpacing: 'normal',
    wordSpacing: '0px',
    display: 'inline',
    paddingTop: '0px',
    paddingBottom: '0px',
    borderTopWidth: '0px',
    borderBottomWidth: '0px',
    fontSize: '16px',
    lineHeight: 'normal',
    textShadow: 'none',
    boxShadow: 'none',
    outlineStyle: 'none',
    outlineWidth: '0px',
    outlineOffset: '0px',
    marginBottom: '0px',
    writingMode: 'horizontal-tb',
    filter: 'none',
    offsetPath: 'none',
    zoom: '1',
  };
  const none = { left: 0, right: 0, up: 0, down: 0 };
  it('is none for an icon or an asterisk in the flow', () => expect(pseudoDrift(still, 100, 1, false)).toEqual(none));
  it('counts a negative margin, a transform, relative offsets, shadows and spacing, each to the side it reaches', () => {
    expect(pseudoDrift({ ...still, marginLeft: '-256px' }, 100, 0, false)).toEqual({ ...none, left: 256 });
    // Moved up by its transform: it reaches the row above, not the one below (a false refusal in Firefox otherwise).
    expect(pseudoDrift({ ...still, display: 'block', transform: 'matrix(1, 0, 0, 1, 0, -24)' }, 100, 0, false)).toEqual({ ...none, up: 24 });
    expect(pseudoDrift({ ...still, position: 'relative', top: '-10px', left: '0px', marginTop: '-24px' }, 100, 0, false)).toEqual({ ...none, up: 34 });
    expect(pseudoDrift({ ...still, position: 'relative', top: 'auto', bottom: '12px', left: 'auto', right: '-8px' }, 100, 0, false)).toEqual({
      ...none,
      right: 8,
      up: 12,
    });
    expect(pseudoDrift({ ...still, position: 'sticky', top: '5px' }, 100, 0, false)).toEqual({ left: 0, right: 0, up: 5, down: 5 });
    expect(pseudoDrift({ ...still, textShadow: 'rgb(255, 255, 255) -360px 0px 4px' }, 100, 3, false)).toMatchObject({ left: 362, right: 362 });
    expect(pseudoDrift({ ...still, letterSpacing: '-20px' }, 100, 5, false)).toMatchObject({ left: 100, right: 100 });
    expect(pseudoDrift(still, 100, 1, true)).toMatchObject({ up: 16, down: 16 });
    // A turn reaches every side.
    const turned = pseudoDrift({ ...still, transform: 'matrix(0, 1, -1, 0, 0, 0)' }, 10, 0, false);
    expect(Math.min(turned.left, turned.right, turned.up, turned.down)).toBeGreaterThan(10);
    expect(pseudoDrift({ ...still, transform: 'matrix3d(1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1)' }, 10, 0, false).down).toBe(Number.POSITIVE_INFINITY);
  });
  it('counts what the s34 review found unread: margins on every side, a drop shadow, a blur, a move in z, a motion path, a zoom', () => {
    // A negative margin after the box pulls what follows back over it (LTR too), and one below pulls up the next line.
    expect(pseudoDrift({ ...still, marginRight: '-300px' }, 100, 0, false)).toEqual({ ...none, right: 300 });
    expect(pseudoDrift({ ...still, display: 'block', marginBottom: '-24px' }, 100, 0, false)).toEqual({ ...none, down: 24 });
    expect(pseudoDrift({ ...still, writingMode: 'vertical-rl', textIndent: '-40px' }, 100, 0, false)).toEqual({ ...none, up: 40 });
    // Right to left, a negative indent pushes the glyphs right; down in a vertical column run backwards (the s35 review).
    expect(pseudoDrift({ ...still, direction: 'rtl', textIndent: '-200px' }, 100, 0, false)).toEqual({ ...none, right: 200 });
    expect(pseudoDrift({ ...still, direction: 'rtl', writingMode: 'vertical-rl', textIndent: '-40px' }, 100, 0, false)).toEqual({ ...none, down: 40 });
    expect(pseudoDrift({ ...still, writingMode: 'sideways-lr', textIndent: '-40px' }, 100, 0, false)).toEqual({ ...none, down: 40 });
    expect(pseudoDrift({ ...still, display: 'block', filter: 'drop-shadow(rgb(255, 255, 255) 0px -24px 0px)' }, 100, 0, false)).toEqual({
      ...none,
      up: 24,
    });
    expect(pseudoDrift({ ...still, display: 'block', filter: 'drop-shadow(rgb(255, 255, 255) 8px 0px 4px) blur(2px)' }, 100, 0, false)).toEqual({
      left: 4,
      right: 12,
      up: 4,
      down: 4,
    });
    expect(pseudoDrift({ ...still, display: 'block', filter: 'blur(12px)' }, 100, 0, false)).toEqual({ left: 12, right: 12, up: 12, down: 12 });
    // Chained copies add up; an SVG filter may move the paint anywhere (the s35 review).
    const chained = 'drop-shadow(rgb(255, 255, 255) 0px -30px 0px) drop-shadow(rgb(255, 255, 255) 0px -30px 0px)';
    expect(pseudoDrift({ ...still, display: 'block', filter: chained }, 100, 0, false)).toEqual({ ...none, up: 60 });
    expect(pseudoDrift({ ...still, display: 'block', filter: 'url("#up")' }, 100, 0, false).up).toBe(Number.POSITIVE_INFINITY);
    // A move in z: nothing on a flat owner, twice as large under a perspective twice as far, unknown in a 3-D context.
    const lifted = { ...still, display: 'block', translate: '0px 0px 50px' };
    expect(pseudoDrift(lifted, 100, 0, false, 'flat')).toEqual(none);
    // Scaled twice about the middle of the owner's bottom edge: half its width to each side, its height up.
    const perspective = { perspective: 100, originX: 100, originY: 40, width: 200, height: 40 };
    expect(pseudoDrift(lifted, 100, 0, false, perspective)).toEqual({ left: 100, right: 100, up: 40, down: 0 });
    expect(pseudoDrift(lifted, 100, 0, false, { ...perspective, perspective: 40 })).toEqual(none);
    // Pushed away (halved) toward an origin far to the left, on the owner's top edge: it moves left and up.
    expect(pseudoDrift({ ...lifted, translate: '0px 0px -100px' }, 100, 0, false, { ...perspective, originX: -300, originY: 0 })).toEqual({
      left: 250,
      right: 0,
      up: 20,
      down: 0,
    });
    expect(pseudoDrift(lifted, 100, 0, false).up).toBe(Number.POSITIVE_INFINITY);
    expect(pseudoDrift({ ...still, display: 'block', translate: '0px 10px' }, 100, 0, false)).toEqual({ left: 0, right: 0, up: 10, down: 10 });
    expect(pseudoDrift({ ...still, display: 'block', offsetPath: 'path("M 0 0 L 0 -40")' }, 100, 0, false).up).toBe(Number.POSITIVE_INFINITY);
    const zoomed = pseudoDrift({ ...still, display: 'block', width: '30px', height: '40px', zoom: '3', marginTop: '-10px' }, 100, 0, false);
    expect(zoomed).toEqual({ left: 100, right: 100, up: 130, down: 100 });
  });
  it('bounds a turn by its reach, and leaves a 3-D matrix unbounded', () => {
    expect(transformDrift('matrix(0, 1, -1, 0, 0, 0)', 10)).toBeCloseTo(20);
    expect(transformDrift('matrix3d(1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1)', 10)).toBe(Number.POSITIVE_INFINITY);
    expect(transformDrift('none', 10)).toBe(0);
  });
});

describe("filterPaintArea: where a box's filter may paint (the s35 review: an SVG url() filter on an ordinary box)", () => {
  const region = (units: string | null, x: string | null, y: string | null, width: string | null, height: string | null): FilterRegion => ({
    units,
    x,
    y,
    width,
    height,
  });
  const none = region(null, null, null, null, null);
  it.each<[string, string, (FilterRegion | undefined)[], typeof BOX | undefined]>([
    ['no filter: the box', 'none', [], BOX],
    ['a default region: the box grown by a tenth each side', 'url("#f")', [none], { left: 0, top: 17, right: 120, bottom: 53 }],
    ['a region in fractions', 'url("#f")', [region('objectBoundingBox', '-0.1', '-1', '1.2', '2.1')], { left: 0, top: -10, right: 120, bottom: 53 }],
    ['a region in percentages', 'url("#f")', [region('objectBoundingBox', '0%', '-100%', '100%', '200%')], { left: 10, top: -10, right: 110, bottom: 50 }],
    [
      'a region in user space px, from the top left corner',
      'url("#f")',
      [region('userSpaceOnUse', '-4', '-30', '400', '60px')],
      { left: 6, top: -10, right: 406, bottom: 50 },
    ],
    [
      'a url() then a drop-shadow(): the region and its copy',
      'url("#f") drop-shadow(rgb(0, 0, 0) 0px -20px 4px)',
      [region(null, '0', '0', '1', '1')],
      { left: 8, top: -2, right: 112, bottom: 52 },
    ],
    ['a url() then a blur()', 'url("#f") blur(5px)', [region(null, '0', '0', '1', '1')], { left: 5, top: 15, right: 115, bottom: 55 }],
    ['a later url() bounds what it draws whatever came before', 'drop-shadow(rgb(0, 0, 0) 0px -200px 0px) url("#f")', [region(null, '0', '0', '1', '1')], BOX],
    // The s36 review, 1: an id holding a bracket, quoted, is one part; the url() or drop-shadow() after it is seen.
    ['an id holding "(" then a url() not found: anywhere', 'url("#a(") url("#b")', [none], undefined],
    [
      'an id holding ")" then a drop-shadow(): its copy',
      'url("#a)") drop-shadow(rgb(0, 0, 0) 0px -20px 4px)',
      [region(null, '0', '0', '1', '1')],
      { left: 8, top: -2, right: 112, bottom: 52 },
    ],
    ['an id holding an escaped bracket, single quotes', "url('#a\\(') url(#b)", [none], undefined],
    ['a filter not found: anywhere', 'url("#f")', [undefined], undefined],
    ['the second of two not found: anywhere', 'url("#f") url("#g")', [none], undefined],
    ['user space in percentages of the viewport: anywhere', 'url("#f")', [region('userSpaceOnUse', '-10%', '-10%', '120%', '120%')], undefined],
    ['user space with no region (its default is in percentages): anywhere', 'url("#f")', [region('userSpaceOnUse', null, null, null, null)], undefined],
    ['a region in em: anywhere', 'url("#f")', [region(null, '-1em', '0', '1', '1')], undefined],
    ['units not known: anywhere', 'url("#f")', [region('strokeBox', '0', '0', '1', '1')], undefined],
    ['a negative width: anywhere', 'url("#f")', [region(null, '0', '0', '-1', '1')], undefined],
  ])('%s', (_, filter, regions, expected) => {
    const area = filterPaintArea(filter, BOX, regions);
    expect(area && Object.fromEntries(Object.entries(area).map(([side, at]) => [side, Math.round(at * 1e6) / 1e6]))).toEqual(expected);
  });
  it('is anywhere where the box is transformed or zoomed (its user space is not known)', () =>
    expect(filterPaintArea('url("#f")', undefined, [none])).toBeUndefined());
});

describe('animatedRegions and filterPaintAreaOver: a filter SMIL animates is drawn with every region it names (the s36 review, 2)', () => {
  const base: FilterRegion = { units: null, x: '0', y: '0', width: '1', height: '1' };
  const animation = (kind: string, attribute: string, named: Partial<RegionAnimation> = {}): RegionAnimation => ({
    kind,
    attribute,
    from: null,
    to: null,
    by: null,
    values: null,
    additive: null,
    accumulate: null,
    ...named,
  });
  const areaOf = (animations: RegionAnimation[]) => {
    const regions = animatedRegions(base, animations);
    return regions && filterPaintAreaOver('url("#f")', BOX, [regions]);
  };
  it.each<[string, RegionAnimation[], typeof BOX | undefined]>([
    ['no animation: its own region', [], BOX],
    ['a <set> of y to -1: the box and the box above it', [animation('set', 'y', { to: '-1' })], { left: 10, top: -10, right: 110, bottom: 50 }],
    [
      'an <animate> of height from 1 to 3: as far as the tallest',
      [animation('animate', 'height', { from: '1', to: '3' })],
      { left: 10, top: 20, right: 110, bottom: 110 },
    ],
    ['<animate> values: each one', [animation('animate', 'x', { values: '0; -0.5 ;0.5' })], { left: -40, top: 20, right: 160, bottom: 50 }],
    [
      'a <set> of the units to user space: its px read from the corner',
      [animation('set', 'filterUnits', { to: 'userSpaceOnUse' })],
      { left: 10, top: 20, right: 110, bottom: 50 },
    ],
    [
      'a <set> of the units to user space with no region of its own: anywhere',
      [animation('set', 'filterUnits', { to: 'userSpaceOnUse' }), animation('set', 'width', { to: '50%' })],
      undefined,
    ],
    [
      'an animation of another attribute: its own region',
      [animation('animate', 'filterRes', { to: '2' }), animation('set', 'primitiveUnits', { to: 'objectBoundingBox' })],
      BOX,
    ],
    ['a by: anywhere', [animation('animate', 'y', { by: '-1' })], undefined],
    ['an additive animation: anywhere', [animation('animate', 'y', { to: '0', additive: 'sum' })], undefined],
    ['an accumulating animation: anywhere', [animation('animate', 'y', { to: '0', accumulate: 'sum' })], undefined],
    ['an animated href: anywhere', [animation('set', 'href', { to: '#g' })], undefined],
    ['an animateTransform or a discard: anywhere', [animation('discard', '')], undefined],
  ])('%s', (_, animations, expected) => {
    const area = areaOf(animations);
    expect(area && Object.fromEntries(Object.entries(area).map(([side, at]) => [side, Math.round(at * 1e6) / 1e6]))).toEqual(expected);
  });
  it('is anywhere past its limit of combinations', () => {
    const many = ['x', 'y', 'width', 'height'].map((attribute) => animation('animate', attribute, { values: '0;0.1;0.2;0.3' }));
    expect(animatedRegions(base, many)).toBeUndefined();
    expect(filterPaintAreaOver('url("#f") url("#g")', BOX, [Array(9).fill(base), Array(9).fill(base)])).toBeUndefined();
  });
  it('is the union over two url()s, one of them animated', () =>
    expect(filterPaintAreaOver('url("#f") url("#g")', BOX, [[base], animatedRegions(base, [animation('set', 'y', { to: '-1' })])])).toEqual({
      left: 10,
      top: -10,
      right: 110,
      bottom: 50,
    }));
});

describe('negativeLayerOver: a layer of negative z-index over an element of the same stacking context (the s35 review)', () => {
  it.each<[string, number, number | 'flow', boolean, boolean]>([
    ['over a layer of lower z-index', -1, -2, false, true],
    ['over a lower layer, drawn before it in tree order', -2, -5, false, true],
    ['under a layer of higher z-index', -3, -2, true, false],
    ['under a positioned box of z-index auto (drawn at 0)', -1, 0, true, false],
    ['under the flow', -1, 'flow', true, false],
    ['at the same z-index: over when later', -2, -2, true, true],
    ['at the same z-index: under when earlier', -2, -2, false, false],
  ])('%s', (_, z, under, later, expected) => expect(negativeLayerOver(z, under, later)).toBe(expected));
});

describe('transformApplies and containmentApplies: the boxes a transform or containment applies to (the s37 review, 7)', () => {
  it.each<[string, string, boolean, boolean, boolean]>([
    ['a non-atomic inline box', 'inline', false, false, false],
    ['a replaced inline element (an img)', 'inline', true, true, true],
    ['an inline-block', 'inline-block', false, true, true],
    ['a block', 'block', false, true, true],
    ['a flex container', 'flex', false, true, true],
    ['a ruby container', 'ruby', false, false, false],
    ['a table row: transformed, not contained', 'table-row', false, true, false],
    ['a table cell', 'table-cell', false, true, true],
    ['a table column', 'table-column', false, false, false],
    ['no box (display: contents)', 'contents', false, false, false],
    ['no box (display: none)', 'none', true, false, false],
  ])('%s', (_, display, replaced, transforms, contains) => {
    expect(transformApplies(display, replaced)).toBe(transforms);
    expect(containmentApplies(display, replaced)).toBe(contains);
  });
});

describe("zIndexApplied: the z-index a box or pseudo-element is drawn at, none where it does not apply (the s37 review's low finding)", () => {
  it.each<[string, string, string, string, boolean, number | undefined]>([
    ['a positioned box: its own', 'absolute', '-1', 'block', false, -1],
    ['a relative box at a positive z-index', 'relative', '3', 'inline-block', false, 3],
    ['a fixed box', 'fixed', '-2', 'block', false, -2],
    ['a positioned box of z-index auto: none', 'absolute', 'auto', 'block', false, undefined],
    ['a static box that is no item: none', 'static', '-1', 'inline-block', false, undefined],
    ['a static flex or grid item: its own', 'static', '-1', 'block', true, -1],
    ['a static item of z-index auto: none', 'static', 'auto', 'block', true, undefined],
    ['display: contents (no box), positioned: none', 'absolute', '-1', 'contents', false, undefined],
    ['display: contents in a flex container: none', 'static', '-1', 'contents', true, undefined],
    ['an empty z-index (a DOM without layout): none', 'relative', '', 'block', false, undefined],
  ])('%s', (_, position, zIndex, display, item, expected) => expect(zIndexApplied({ position, zIndex, display, item })).toBe(expected));
});

describe('coverOpacityFactor: the opacity a cover keeps, an SVG filter ignoring what came before it (the s36 review, 3)', () => {
  it.each<[string, string | undefined, string | undefined, number]>([
    ['no filter: the opacity', '0.5', 'none', 0.5],
    ['opacity() with no url(): counted', '1', 'opacity(0.05)', 0.05],
    ['opacity() before a url() (a flood): not counted', '1', 'opacity(0.05) url("#f")', 1],
    ['a percentage before a url(): not counted', '1', 'opacity(3%) url("#f")', 1],
    ['opacity() after the last url(): counted', '1', 'url("#f") opacity(0.5)', 0.5],
    ['between two url()s: not counted', '1', 'url("#f") opacity(0.5) url("#g")', 1],
    ['the opacity property is drawn after the filter: counted', '0.2', 'opacity(0.05) url("#f")', 0.2],
  ])('%s', (_, opacity, filter, expected) => expect(coverOpacityFactor(opacity, filter)).toBeCloseTo(expected));
});

describe('dropShadowCopies: every copy chained drop-shadow()s draw (the s36 review, 6)', () => {
  const at = (filter: string) => dropShadowCopies(filter)?.map((copy) => [copy.x, copy.y, copy.through.length]);
  it.each<[string, string, number[][] | undefined]>([
    ['none', 'none', []],
    ['one', 'drop-shadow(rgb(255, 255, 255) -320px 0px 0px)', [[-320, 0, 1]]],
    [
      'two: each, and the copy of the copy at their sum',
      'drop-shadow(rgb(255, 255, 255) -320px 0px 0px) drop-shadow(rgb(255, 255, 255) 0px -20px 0px)',
      [
        [-320, 0, 1],
        [0, -20, 1],
        [-320, -20, 2],
      ],
    ],
    ['past the cap: unbounded', Array.from({ length: MAX_CHAINED_SHADOWS + 1 }, () => 'drop-shadow(rgb(0, 0, 0) 1px 1px 0px)').join(' '), undefined],
  ])('%s', (_, filter, expected) => expect(at(filter)).toEqual(expected));
  it('three: seven copies, the last at the sum of all', () => {
    const copies = dropShadowCopies('drop-shadow(red 1px 0px 0px) drop-shadow(red 0px 2px 0px) drop-shadow(red 4px 4px 0px)') ?? [];
    expect(copies).toHaveLength(7);
    expect(copies.at(-1)).toMatchObject({ x: 5, y: 6 });
  });
});

describe('contentDrawsImage: a computed content that draws an image (the s36 review, 12)', () => {
  it.each<[string, string | undefined, boolean]>([
    ['an SVG url()', 'url("data:image/svg+xml,%3Csvg%3E%3C/svg%3E")', true],
    ['a gradient', 'linear-gradient(rgb(255, 255, 255), rgb(255, 255, 255))', true],
    ['a repeating conic gradient', 'repeating-conic-gradient(red 0deg, blue 10deg)', true],
    ['an image-set()', 'image-set(url("a.png") 1x)', true],
    ['a webkit gradient', '-webkit-linear-gradient(red, blue)', true],
    [
      'the old webkit gradient spelling (the s37 review, 3)',
      '-webkit-gradient(linear, 0% 0%, 0% 100%, from(rgb(255, 255, 255)), to(rgb(255, 255, 255)))',
      true,
    ],
    ['a moz gradient', '-moz-linear-gradient(red, blue)', true],
    ['an image with alt text', 'url("a.png") / "alt"', true],
    ['a string then an image', '"x" url("a.png")', true],
    ['a string naming url(', '"see url(x) and linear-gradient(y)"', false],
    ['a counter', 'counter(item) ". "', false],
    ['an attr()', 'attr(data-x)', false],
    ['none', 'none', false],
    ['normal', 'normal', false],
    ['nothing', undefined, false],
  ])('%s', (_, content, expected) => expect(contentDrawsImage(content)).toBe(expected));
});

describe('svgPaintAlpha: how much an SVG shape paints (the s36 review, 13)', () => {
  const shape = { fill: 'rgb(0, 0, 0)', fillOpacity: '1', stroke: 'none', strokeOpacity: '1', strokeWidth: '1px' };
  it.each<[string, Partial<typeof shape>, number]>([
    ['a white fill', { fill: 'rgb(255, 255, 255)' }, 1],
    ['a fill of none', { fill: 'none' }, 0],
    ['a transparent fill', { fill: 'rgba(0, 0, 0, 0)' }, 0],
    ['a fill at half opacity', { fill: 'rgb(255, 255, 255)', fillOpacity: '0.5' }, 0.5],
    ['a fill opacity in percent', { fill: 'rgb(255, 255, 255)', fillOpacity: '25%' }, 0.25],
    ['a gradient fill', { fill: 'url("#g")' }, 1],
    ['a gradient fill with a fallback', { fill: 'url("#g") rgb(255, 0, 0)' }, 1],
    ['a context fill', { fill: 'context-fill' }, 1],
    ['an unknown paint', { fill: 'something' }, 1],
    ['no fill, a white stroke', { fill: 'none', stroke: 'rgb(255, 255, 255)', strokeWidth: '36px' }, 1],
    ['no fill, a stroke of no width', { fill: 'none', stroke: 'rgb(255, 255, 255)', strokeWidth: '0px' }, 0],
    ['no fill, a faint stroke', { fill: 'none', stroke: 'rgb(255, 255, 255)', strokeOpacity: '0.2' }, 0.2],
    ['the larger of fill and stroke', { fill: 'rgba(255, 255, 255, 0.3)', stroke: 'rgb(255, 255, 255)', strokeOpacity: '0.6' }, 0.6],
  ])('%s', (_, paint, expected) => expect(svgPaintAlpha({ ...shape, ...paint })).toBeCloseTo(expected));
});

describe("svgShapeReach: how far a shape draws past its geometry's box (the s37 code-reading review, 2)", () => {
  const shape = { shape: 'line', stroke: 'rgb(255, 255, 255)', strokeWidth: 40, linejoin: 'miter', miterlimit: 4, markers: [] };
  const marker = { units: 'userSpaceOnUse', width: 400, height: 40, refX: 0, refY: 0, orient: null, overflows: false };
  const every = (reach: number) => ({ left: reach, top: reach, right: reach, bottom: reach });
  it.each([
    ['a stroked line: half its width, a square cap at most', shape, every(20 * Math.SQRT2)],
    ['an unstroked line: nothing', { ...shape, stroke: 'none' }, every(0)],
    ['a stroke of no width: nothing', { ...shape, strokeWidth: 0 }, every(0)],
    ['a mitred path: half its width times the miter limit', { ...shape, shape: 'path' }, every(80)],
    ['a round-joined path: √2 half widths', { ...shape, shape: 'path', linejoin: 'round' }, every(20 * Math.SQRT2)],
    [
      'an upright marker in user space: its viewport about its reference point',
      { ...shape, stroke: 'none', markers: [{ ...marker, refX: 3, refY: 3 }] },
      { left: 3, top: 3, right: 397, bottom: 37 },
    ],
    [
      'a marker scaled by the stroke width',
      { ...shape, strokeWidth: 2, stroke: 'none', markers: [{ ...marker, units: null, width: 3, height: 4 }] },
      { left: 0, top: 0, right: 6, bottom: 8 },
    ],
    [
      'a marker that turns: its farthest corner every way',
      { ...shape, stroke: 'none', markers: [{ ...marker, width: 3, height: 4, orient: 'auto' }] },
      every(5),
    ],
    [
      'a reference point far off: the marker lies past it',
      { ...shape, stroke: 'none', markers: [{ ...marker, width: 3, height: 4, refX: -60, refY: 0 }] },
      { left: 0, top: 0, right: 63, bottom: 4 },
    ],
    [
      'a viewBox scales and moves its reference point',
      { ...shape, stroke: 'none', markers: [{ ...marker, width: 4, height: 4, refX: 2, refY: 2, viewBox: { x: 1, y: 1, width: 2, height: 2 } }] },
      every(2),
    ],
    [
      'a viewBox met and centred (the s38 review, H6): the vertex 220 px along a 400 px viewport',
      { ...shape, stroke: 'none', markers: [{ ...marker, refX: 10, refY: 0, viewBox: { x: 0, y: 0, width: 10, height: 10 } }] },
      { left: 220, top: 0, right: 180, bottom: 40 },
    ],
    [
      'a viewBox sliced (H6): the content 180 px above the viewport, the vertex with it',
      {
        ...shape,
        stroke: 'none',
        markers: [{ ...marker, refX: 10, refY: 0, viewBox: { x: 0, y: 0, width: 10, height: 10 }, preserveAspectRatio: 'xMidYMid slice' }],
      },
      { left: 400, top: 0, right: 0, bottom: 220 },
    ],
    ['a marker whose content overflows: unbounded', { ...shape, markers: [{ ...marker, overflows: true }] }, every(Number.POSITIVE_INFINITY)],
    // The s38 review, M3: an overflowing marker whose content's box is known is bounded by it (and by its viewport).
    [
      'an overflowing marker, its content inside its viewport: the viewport',
      { ...shape, stroke: 'none', markers: [{ ...marker, overflows: true, content: { left: 0, top: 0, right: 10, bottom: 10 } }] },
      { left: 0, top: 0, right: 400, bottom: 40 },
    ],
    [
      'an overflowing marker, its content past its viewport on every side',
      { ...shape, stroke: 'none', markers: [{ ...marker, width: 1, height: 1, overflows: true, content: { left: -5, top: -3, right: 400, bottom: 40 } }] },
      { left: 5, top: 3, right: 400, bottom: 40 },
    ],
    [
      'an overflowing arrowhead in a viewBox scaled by 0.6, turned: as far as its farthest corner',
      {
        ...shape,
        stroke: 'none',
        markers: [
          {
            ...marker,
            units: 'userSpaceOnUse',
            width: 6,
            height: 6,
            refX: 5,
            refY: 5,
            viewBox: { x: 0, y: 0, width: 10, height: 10 },
            orient: 'auto',
            overflows: true,
            content: { left: 0, top: 0, right: 10, bottom: 10 },
          },
        ],
      },
      every(Math.hypot(3, 3)),
    ],
  ])('%s', (_, reach, expected) => expect(svgShapeReach(reach)).toEqual(expected));
});

describe('markerId: the fragment a marker-* value names, read as the browser reads a url() (the s38 review, H7)', () => {
  it.each<[string, string, string | undefined]>([
    ['bare', 'url(#m)', 'm'],
    ['quoted, as Chromium computes it', 'url("#m")', 'm'],
    ['single quotes', "url('#m')", 'm'],
    ['a bracket inside the quoted id', 'url("#a)b")', 'a)b'],
    ['a quote inside the quoted id, escaped', 'url("#a\\"b")', 'a"b'],
    ['percent-escaped', 'url(#%6D)', 'm'],
    ['a bad escape kept as written', 'url(#%zz)', '%zz'],
    ['the document address before the fragment', 'url("https://merchant.joom.com/p#m")', 'm'],
    ['none', 'none', undefined],
    ['no fragment', 'url(a.svg)', undefined],
    ['an empty fragment', 'url(#)', undefined],
  ])('%s', (_, value, expected) => expect(markerId(value)).toBe(expected));
});

describe("placedInBlock: an absolute box's place from its offsets in its containing block (the s38 review, H9)", () => {
  const block = { left: 100, top: 50, scaleX: 1, scaleY: 1, scrollLeft: 0, scrollTop: 0 };
  const box = { left: 0, top: 200, width: 300, height: 20 };
  it.each([
    ['a block neither scrolled nor scaled: its offsets from the corner', block, box, { left: 100, top: 250, right: 400, bottom: 270 }],
    ['scrolled down by its offset: at the block’s top', { ...block, scrollTop: 200 }, box, { left: 100, top: 50, right: 400, bottom: 70 }],
    ['scrolled sideways', { ...block, scrollLeft: 40 }, { ...box, left: 40, top: 0 }, { left: 100, top: 50, right: 400, bottom: 70 }],
    [
      'scrolled in a right-to-left block (a negative scrollLeft)',
      { ...block, scrollLeft: -60 },
      { ...box, top: 0 },
      { left: 160, top: 50, right: 460, bottom: 70 },
    ],
    ['scaled by 2: offsets and size doubled', { ...block, scaleX: 2, scaleY: 2 }, box, { left: 100, top: 450, right: 700, bottom: 490 }],
    ['scaled on one axis only', { ...block, scaleX: 1, scaleY: 0.5 }, box, { left: 100, top: 150, right: 400, bottom: 160 }],
    [
      'scrolled and scaled: the scroll in the block’s own px',
      { ...block, scaleX: 2, scaleY: 2, scrollTop: 150 },
      box,
      { left: 100, top: 150, right: 700, bottom: 190 },
    ],
    ['a scale that is no positive number counts as 1', { ...block, scaleX: Number.NaN, scaleY: 0 }, box, { left: 100, top: 250, right: 400, bottom: 270 }],
  ])('%s', (_, at, placed, expected) => expect(placedInBlock(at, placed)).toEqual(expected));
});

describe('viewBoxTransform: the viewBox-to-viewport transform, as SVG 2 defines it (the s38 review, H6)', () => {
  const box = { x: 0, y: 0, width: 10, height: 10 };
  const map = (scaleX: number, scaleY: number, translateX: number, translateY: number) => ({ scaleX, scaleY, translateX, translateY });
  it.each([
    ['no viewBox: user units are px', undefined, null, map(1, 1, 0, 0)],
    ['a viewBox of no size: as none', { ...box, width: 0 }, null, map(1, 1, 0, 0)],
    ['the default (xMidYMid meet): the smaller scale, centred', box, null, map(4, 4, 180, 0)],
    ['xMinYMin meet: at the left', box, 'xMinYMin meet', map(4, 4, 0, 0)],
    ['xMaxYMax meet: at the right', box, 'xMaxYMax', map(4, 4, 360, 0)],
    ['xMidYMid slice: the larger scale, centred', box, 'xMidYMid slice', map(40, 40, 0, -180)],
    ['xMinYMin slice: cropped at the bottom', box, 'xMinYMin slice', map(40, 40, 0, 0)],
    ['xMaxYMax slice: cropped at the top', box, 'xMaxYMax slice', map(40, 40, 0, -360)],
    ['none: each axis its own scale', box, 'none', map(40, 4, 0, 0)],
    ['none with slice: still none', box, 'none slice', map(40, 4, 0, 0)],
    ['defer is ignored on a marker', box, 'defer xMinYMax slice', map(40, 40, 0, -360)],
    ['a viewBox not at the origin: its origin moved to the corner', { x: 5, y: -2, width: 10, height: 10 }, 'xMinYMin', map(4, 4, -20, 8)],
    ['a value that does not parse: the default', box, 'xMidYmid meet', map(4, 4, 180, 0)],
    ['a taller viewport: centred vertically', box, 'xMidYMid', map(4, 4, 180, 0)],
  ])('%s', (_, viewBox, aspect, expected) => expect(viewBoxTransform(viewBox, 400, 40, aspect)).toEqual(expected));
  it('centres vertically in a taller viewport', () => expect(viewBoxTransform(box, 40, 400, null)).toEqual(map(4, 4, 0, 180)));
});
