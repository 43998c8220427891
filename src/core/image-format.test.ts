import { describe, expect, it } from 'vitest';
import { makeGif, makeJpeg, makePng, makeWebp, makeWebpHeader } from '../../tests/support/images';
import { formatFromMime, sniffFormat } from './image-format';

const text = (value: string) => new TextEncoder().encode(value);
const ftyp = (brand: string) => new Uint8Array([0, 0, 0, 0x1c, ...text('ftyp'), ...text(brand), 0, 0, 0, 0]);

describe('sniffFormat', () => {
  it.each([
    ['png', makePng(4, 4)],
    ['jpg', makeJpeg(8, 8)],
    ['webp', makeWebpHeader(900, 900)],
    ['webp', makeWebp(20, 20)],
    ['gif', makeGif(4, 4)],
    ['avif', ftyp('avif')],
    ['heic', ftyp('heic')],
    ['heic', ftyp('mif1')],
    ['bmp', text('BM\x36\x00\x00\x00')],
    ['svg', text('<svg xmlns="http://www.w3.org/2000/svg" width="800">')],
    ['svg', text('<?xml version="1.0"?><svg width="1">')],
  ] as const)('knows %s from its first bytes', (format, bytes) => {
    expect(sniffFormat(new Uint8Array(bytes).subarray(0, 64))).toBe(format);
  });

  it('knows nothing from text or too few bytes', () => {
    expect(sniffFormat(text('<html><body>'))).toBeUndefined();
    expect(sniffFormat(new Uint8Array([0xff, 0xd8]))).toBeUndefined();
    expect(sniffFormat(new Uint8Array())).toBeUndefined();
  });
});

describe('formatFromMime', () => {
  it('reads declared types, with parameters and in any case', () => {
    expect(formatFromMime('image/webp')).toBe('webp');
    expect(formatFromMime('IMAGE/JPEG; charset=binary')).toBe('jpg');
    expect(formatFromMime('text/html')).toBeUndefined();
    expect(formatFromMime(null)).toBeUndefined();
  });
});
