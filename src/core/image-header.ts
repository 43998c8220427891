import { imageSize } from 'image-size';
import { formatFromHeaderType, type ImageFormat, sniffFormat } from './image-format';

// An image's pixel size from the first bytes of its file, with image-size (a well-kept parser of many formats)
// rather than format code of our own. A prefix either answers, needs more bytes, or (complete) is unreadable; a file
// whose size cannot be read may still show its format (an AVIF whose boxes run long), which alone decides a verdict.

export interface HeaderSize {
  width: number;
  height: number;
  format: ImageFormat;
}

export type HeaderResult = { kind: 'size'; size: HeaderSize } | { kind: 'format'; format: ImageFormat } | { kind: 'more' } | { kind: 'unknown' };

export function readHeader(prefix: Uint8Array, complete: boolean): HeaderResult {
  const sniffed = sniffFormat(prefix);
  const unreadable = (): HeaderResult => (sniffed ? { kind: 'format', format: sniffed } : { kind: 'unknown' });
  try {
    const result = imageSize(prefix);
    const format = result.type ? formatFromHeaderType(result.type) : undefined;
    if (!format || !result.width || !result.height) return unreadable();
    // EXIF orientations 5–8 rotate the picture a quarter turn: the seller sees (and Joom judges) it turned.
    const turned = result.orientation !== undefined && result.orientation >= 5;
    return { kind: 'size', size: { width: turned ? result.height : result.width, height: turned ? result.width : result.height, format } };
  } catch {
    return complete ? unreadable() : { kind: 'more' };
  }
}

/**
 * Where a JPEG's next needed bytes start: its segments are walked by their lengths up to the frame header (SOFn),
 * which holds the size. Undefined when the frame header is within `known`, or the file is not a JPEG the walk can
 * follow (then image-size decides). Lets a probe skip a long EXIF or ICC block instead of downloading it.
 */
export function jpegNeedsFrom(bytes: Uint8Array, known: (start: number, length: number) => boolean): number | undefined {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return undefined;
  let offset = 2;
  for (let steps = 0; steps < 1000; steps++) {
    if (!known(offset, 4)) return offset;
    if (bytes[offset] !== 0xff) return undefined;
    const marker = bytes[offset + 1] as number;
    if (marker === 0xff) {
      offset++;
      continue;
    }
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return known(offset, 9) ? undefined : offset;
    if ((marker >= 0xd0 && marker <= 0xd9) || marker === 0x01) {
      offset += 2;
      continue;
    }
    offset += 2 + (((bytes[offset + 2] as number) << 8) | (bytes[offset + 3] as number));
  }
  return undefined;
}
