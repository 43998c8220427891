import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asProgressive, makeGif, makeJpeg, makePng, makeWebpHeader, withBigMetadata } from '../../tests/support/images';
import { jpegNeedsFrom, readHeader } from './image-header';

/** Feed the file in growing prefixes, as a stream would, until the reader answers. */
function readStreaming(file: Uint8Array, step = 1024): { result: ReturnType<typeof readHeader>; bytes: number } {
  for (let end = Math.min(step, file.length); ; end = Math.min(end + step, file.length)) {
    const result = readHeader(file.subarray(0, end), end === file.length);
    if (result.kind !== 'more') return { result, bytes: end };
    if (end === file.length) return { result, bytes: end };
  }
}

describe('readHeader on real files', () => {
  it.each([
    ['PNG 1:1', makePng(800, 800), 800, 800, 'png'],
    ['PNG 3:4', makePng(600, 800), 600, 800, 'png'],
    ['PNG 549 px', makePng(549, 549), 549, 549, 'png'],
    ['JPEG 4:5', makeJpeg(640, 800), 640, 800, 'jpg'],
    ['JPEG 16:9', makeJpeg(1600, 900), 1600, 900, 'jpg'],
    ['progressive JPEG', asProgressive(makeJpeg(700, 700)), 700, 700, 'jpg'],
    ['GIF', makeGif(600, 600), 600, 600, 'gif'],
    ['WebP', makeWebpHeader(900, 1200), 900, 1200, 'webp'],
  ])('%s', (_name, file, width, height, type) => {
    const { result, bytes } = readStreaming(file);
    expect(result).toEqual({ kind: 'size', size: { width, height, format: type } });
    expect(bytes).toBeLessThanOrEqual(Math.max(1024, 4096));
  });

  it('reads past 120 KB of EXIF and ICC before the frame header, and no further', () => {
    const file = withBigMetadata(makeJpeg(800, 1000), 60_000);
    const { result, bytes } = readStreaming(file, 16 * 1024);
    expect(result).toEqual({ kind: 'size', size: { width: 800, height: 1000, format: 'jpg' } });
    expect(bytes).toBeGreaterThan(120_000);
    expect(bytes).toBeLessThan(file.length);
  });

  it('walks a JPEG’s segments to the frame header, skipping EXIF and ICC bodies', () => {
    const file = withBigMetadata(makeJpeg(800, 1000), 60_000);
    const upTo = (end: number) => (start: number, length: number) => start + length <= end;
    expect(jpegNeedsFrom(file.subarray(0, 4096), upTo(4096))).toBe(2 + 60_004); // the ICC block's marker
    // With the ICC marker known too, the frame header is next, 120 KB in.
    const known = (start: number, length: number) => start + length <= 4096 || (start >= 60_006 && start + length <= 60_006 + 16);
    expect(jpegNeedsFrom(file, known)).toBe(2 + 2 * 60_004);
    expect(jpegNeedsFrom(file, () => true)).toBeUndefined();
    expect(jpegNeedsFrom(makePng(10, 10), () => true)).toBeUndefined();
  });

  it('knows a format Joom refuses even when its size cannot be read', () => {
    const ftyp = new Uint8Array([0, 0, 0, 0x18, ...new TextEncoder().encode('ftypavif'), 0, 0, 0, 0, ...new TextEncoder().encode('avifmif1')]);
    expect(readHeader(ftyp, true)).toEqual({ kind: 'format', format: 'avif' });
  });

  it('asks for more on a cut header and knows only the format when the file ends there', () => {
    const png = makePng(800, 800);
    expect(readHeader(png.subarray(0, 12), false).kind).toBe('more');
    // The file ends there: its format is known, its size is not.
    expect(readHeader(png.subarray(0, 12), true)).toEqual({ kind: 'format', format: 'png' });
    const jpeg = withBigMetadata(makeJpeg(800, 800), 30_000);
    expect(readHeader(jpeg.subarray(0, 20_000), true)).toEqual({ kind: 'format', format: 'jpg' });
  });

  it('says unknown for other formats and broken files', () => {
    expect(readHeader(new TextEncoder().encode('<html>not an image</html>'), true).kind).toBe('unknown');
    expect(readHeader(new Uint8Array(0), true).kind).toBe('unknown');
  });

  it('never throws and never runs long on random or truncated bytes (property)', () => {
    const files = [makePng(600, 800), makeJpeg(64, 64), makeGif(10, 10), makeWebpHeader(10, 10)];
    // Summed over all runs (see labels.test.ts): a loop that never ends costs seconds, a paused call does not fail.
    const started = performance.now();
    fc.assert(
      fc.property(fc.constantFrom(...files), fc.nat(), fc.uint8Array({ maxLength: 64 }), fc.boolean(), (file, cut, noise, complete) => {
        const bytes = new Uint8Array([...file.subarray(0, cut % (file.length + 1)), ...noise]);
        const result = readHeader(bytes, complete);
        expect(['size', 'format', 'more', 'unknown']).toContain(result.kind);
      }),
      { numRuns: 3000 },
    );
    expect(performance.now() - started).toBeLessThan(5000);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => {
        readHeader(bytes, true);
      }),
      { numRuns: 3000 },
    );
  });
});
