import { describe, expect, it } from 'vitest';
import {
  blend,
  clipPathHidesAll,
  clipRectHidesAll,
  contrastRatio,
  filterUnjudgeable,
  gradientStops,
  opacityFactor,
  outlinesGlyphs,
  paintedBackground,
  parseColor,
  parseShadows,
  type Rgba,
  type Shadow,
  textReadable,
  tooFaint,
} from './seen';

const rgba = (r: number, g: number, b: number, a = 1): Rgba => ({ r, g, b, a });
const WHITE = rgba(255, 255, 255);
const BLACK = rgba(0, 0, 0);

describe('parseColor: the colours browsers compute, and what happy-dom leaves as written', () => {
  it.each([
    ['rgb(255, 255, 255)', WHITE],
    ['rgba(0, 0, 0, 0)', rgba(0, 0, 0, 0)],
    ['rgba(10, 20, 30, 0.5)', rgba(10, 20, 30, 0.5)],
    ['rgb(10 20 30 / 50%)', rgba(10, 20, 30, 0.5)],
    ['rgb(100%, 0%, 0%)', rgba(255, 0, 0)],
    ['color(srgb 1 1 1 / 0.25)', rgba(255, 255, 255, 0.25)],
    ['#fff', WHITE],
    ['#FFFFFF', WHITE],
    ['#0000', rgba(0, 0, 0, 0)],
    ['#00000080', rgba(0, 0, 0, 128 / 255)],
    ['transparent', rgba(0, 0, 0, 0)],
    ['White', WHITE],
  ])('%s', (text, colour) => {
    expect(parseColor(text)).toEqual(colour);
  });

  it.each([[''], ['oklch(0.7 0.1 200)'], ['currentcolor'], ['canvastext'], ['#12'], ['rgb(1, 2)'], ['color(display-p3 1 1 1)']])('%s is unknown', (text) => {
    expect(parseColor(text)).toBeUndefined();
  });
});

describe('contrastRatio and blend', () => {
  it.each([
    [BLACK, WHITE, 21],
    [WHITE, WHITE, 1],
    [rgba(250, 250, 250), WHITE, 1.04],
    [rgba(118, 118, 118), WHITE, 4.54],
  ])('%o on %o: %f', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 1);
  });

  it('blends a half-transparent black over white to grey, and a transparent colour to what is under it', () => {
    expect(blend(rgba(0, 0, 0, 0.5), WHITE)).toEqual(rgba(127.5, 127.5, 127.5, 1));
    expect(blend(rgba(0, 0, 0, 0), WHITE)).toEqual(WHITE);
  });
});

describe('paintedBackground: the layers behind a text, nearest first', () => {
  it.each<[string, (Rgba | undefined)[], Rgba | undefined, Rgba | undefined]>([
    ['no layer: the white canvas', [], WHITE, WHITE],
    ['transparent layers skipped to an opaque one', [rgba(0, 0, 0, 0), rgba(0, 0, 0, 0), BLACK], WHITE, BLACK],
    ['the nearest opaque layer hides the rest', [rgba(1, 2, 3), BLACK], WHITE, rgba(1, 2, 3)],
    ['a half-black layer over white', [rgba(0, 0, 0, 0.5), WHITE], WHITE, rgba(127.5, 127.5, 127.5)],
    ['a half-black layer over the canvas', [rgba(0, 0, 0, 0.5)], WHITE, rgba(127.5, 127.5, 127.5)],
    ['an image or gradient: unknown', [rgba(0, 0, 0, 0), undefined, WHITE], WHITE, undefined],
    ['an opaque layer before the image: known', [WHITE, undefined], WHITE, WHITE],
    ['an unknown (dark) canvas shows through: unknown', [rgba(0, 0, 0, 0)], undefined, undefined],
    ['an unknown canvas hidden by an opaque layer: known', [BLACK], undefined, BLACK],
  ])('%s', (_name, layers, canvas, expected) => {
    expect(paintedBackground(layers, canvas)).toEqual(expected);
  });
});

describe('textReadable: a contrast of 1.5 at least', () => {
  it.each<[string, Rgba | undefined, Rgba | undefined, string]>([
    ['black on white', BLACK, WHITE, 'seen'],
    ['white on white', WHITE, WHITE, 'unseen'],
    ['#fafafa on white', rgba(250, 250, 250), WHITE, 'unseen'],
    ['#ddd on white (1.36)', rgba(221, 221, 221), WHITE, 'unseen'],
    ['#bbb on white (1.92)', rgba(187, 187, 187), WHITE, 'seen'],
    ['black at 5 % alpha on white', rgba(0, 0, 0, 0.05), WHITE, 'unseen'],
    ['a transparent colour', rgba(0, 0, 0, 0), WHITE, 'unseen'],
    ['white on black', WHITE, BLACK, 'seen'],
    ['an unknown colour', undefined, WHITE, 'unknown'],
    ['an unknown background', BLACK, undefined, 'unknown'],
  ])('%s: %s', (_name, text, background, judgement) => {
    expect(textReadable(text, background)).toBe(judgement);
  });
});

describe('tooFaint and opacityFactor: the product of opacities through the ancestors', () => {
  it.each<[number[], boolean]>([
    [[1, 1, 1], false],
    [[0.01], true],
    [[0.3, 0.3], true],
    [[0.5, 0.5, 0.5], false],
    [[0.5, 0.4, 0.45], true],
    [[0.1], false],
    [[0.099], true],
    [[Number.NaN, 0.5], false],
  ])('%o → %s', (opacities, faint) => {
    expect(tooFaint(opacities)).toBe(faint);
  });

  it.each<[string | undefined, string | undefined, number]>([
    ['1', 'none', 1],
    ['0.5', 'opacity(0.2)', 0.1],
    ['1', 'blur(2px) opacity(10%)', 0.1],
    [undefined, undefined, 1],
    ['', '', 1],
  ])('opacity %s, filter %s → %f', (opacity, filter, factor) => {
    expect(opacityFactor(opacity, filter)).toBeCloseTo(factor, 5);
  });
});

describe('clipPathHidesAll and clipRectHidesAll', () => {
  it.each<[string, number | undefined, number | undefined, boolean]>([
    ['inset(50%)', undefined, undefined, true],
    ['inset(50% 0 50% 0)', 200, 20, true],
    ['inset(0 50%)', undefined, undefined, true],
    ['inset(10px 0 10px 0)', 200, 20, true],
    ['inset(10px 0 10px 0)', undefined, undefined, false],
    ['inset(10%)', 200, 20, false],
    ['inset(50% round 4px)', undefined, undefined, true],
    ['circle(0)', undefined, undefined, true],
    ['circle(0px at 50% 50%)', undefined, undefined, true],
    ['circle(40%)', undefined, undefined, false],
    ['ellipse(10px 0px)', undefined, undefined, true],
    ['none', 200, 20, false],
    ['polygon(0 0, 100% 0, 100% 100%)', 200, 20, false],
  ])('clip-path %s on %s×%s → %s', (value, width, height, hidden) => {
    expect(clipPathHidesAll(value, width, height)).toBe(hidden);
  });

  it.each<[string, number | undefined, number | undefined, boolean]>([
    ['rect(0 0 0 0)', 200, 20, true],
    ['rect(0px, 0px, 0px, 0px)', undefined, undefined, true],
    ['rect(1px, 1px, 1px, 1px)', 200, 20, true],
    ['rect(0px, 200px, 20px, 0px)', 200, 20, false],
    ['rect(auto, auto, auto, auto)', 200, 20, false],
    ['rect(0px, auto, 0px, auto)', 200, 20, true],
    ['auto', 200, 20, false],
  ])('clip %s on %s×%s → %s', (value, width, height, hidden) => {
    expect(clipRectHidesAll(value, width, height)).toBe(hidden);
  });
});

describe('paint "seen" cannot judge, shadows, gradients (attack2)', () => {
  it.each([
    ['none', false],
    ['grayscale(1) drop-shadow(rgb(0, 0, 0) 0px 1px 2px)', false],
    ['brightness(0.9)', false],
    ['blur(0px) opacity(0.05)', false],
    ['brightness(50)', true],
    ['invert(1)', true],
    ['blur(12px)', true],
    ['contrast(0)', true],
    ['url("#f")', true],
  ])('filterUnjudgeable(%s) is %s', (filter, expected) => {
    expect(filterUnjudgeable(filter)).toBe(expected);
  });

  it('parses shadows, colour first or last, and keeps only those hugging the glyphs', () => {
    const [far, near] = parseShadows('rgb(0, 0, 0) 0px -5000px 0px, 1px 1px 0px #000');
    expect(far).toMatchObject({ colour: 'rgb(0, 0, 0)', x: 0, y: -5000 });
    expect(near).toMatchObject({ colour: '#000', x: 1, y: 1 });
    expect([far, near].map((shadow) => outlinesGlyphs(shadow as Shadow))).toEqual([false, true]);
    expect(parseShadows('rgb(255, 255, 255) 0px 0px 0px 400px')[0]).toMatchObject({ spread: 400, inset: false });
  });

  it.each([
    ['linear-gradient(rgb(255, 255, 255), rgb(250, 250, 250))', ['rgb(255, 255, 255)', 'rgb(250, 250, 250)']],
    ['radial-gradient(circle at center, #fff 0%, white 100%)', ['#fff', 'white']],
    ['linear-gradient(to right, rgb(0, 0, 0) 10%, transparent)', ['rgb(0, 0, 0)', 'transparent']],
    ['url("a.png")', undefined],
    ['none', []],
  ])('gradientStops(%s)', (image, expected) => {
    expect(gradientStops(image)).toEqual(expected);
  });
});
