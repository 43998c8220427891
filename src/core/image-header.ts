import { imageSize } from 'image-size';

// An image's pixel size from the first bytes of its file, with image-size (a well-kept parser of many formats)
// rather than format code of our own. A prefix either answers, needs more bytes, or (complete) is unreadable.

export interface HeaderSize {
  width: number;
  height: number;
  type: string;
}

export type HeaderResult = { kind: 'size'; size: HeaderSize } | { kind: 'more' } | { kind: 'unknown' };

const KNOWN = new Set(['png', 'jpg', 'webp', 'gif']);

export function readHeader(prefix: Uint8Array, complete: boolean): HeaderResult {
  try {
    const result = imageSize(prefix);
    if (!result.type || !KNOWN.has(result.type) || !result.width || !result.height) return { kind: 'unknown' };
    // EXIF orientations 5–8 rotate the picture a quarter turn: the seller sees (and Joom judges) it turned.
    const turned = result.orientation !== undefined && result.orientation >= 5;
    return { kind: 'size', size: { width: turned ? result.height : result.width, height: turned ? result.width : result.height, type: result.type } };
  } catch {
    return complete ? { kind: 'unknown' } : { kind: 'more' };
  }
}
