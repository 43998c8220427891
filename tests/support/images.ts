import { deflateSync } from 'node:zlib';
import jpeg from 'jpeg-js';

// Real image files made in the tests: PNG by hand (a few lines over zlib), JPEG with jpeg-js (a well-kept pure-JS
// encoder), GIF and WebP headers by the specs. Every file decodes in a browser, except where a test breaks it.

function crc32(bytes: Uint8Array): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, 'ascii'), data])), 0);
  return Buffer.concat([head, data, crc]);
}

export function makePng(width: number, height: number, rgb: [number, number, number] = [200, 80, 20]): Buffer {
  const row = Buffer.alloc(1 + width * 3);
  for (let x = 0; x < width; x++) row.set(rgb, 1 + x * 3);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array()),
  ]);
}

export function makeJpeg(width: number, height: number, quality = 80): Buffer {
  const data = Buffer.alloc(width * height * 4);
  for (let i = 0; i < width * height; i++) data.set([(i * 7) % 255, (i >> 3) % 255, 120, 255], i * 4);
  return Buffer.from(jpeg.encode({ data, width, height }, quality).data);
}

/** A JPEG with an APP1 (EXIF) and an APP2 (ICC) block of `size` bytes each before the frame header. */
export function withBigMetadata(file: Buffer, size = 60_000): Buffer {
  const segment = (marker: number, length: number) => {
    const body = Buffer.alloc(length + 2);
    body.writeUInt16BE(length + 2, 0);
    body.write(marker === 0xe1 ? 'Exif\0\0' : 'ICC_PROFILE\0', 2, 'ascii');
    return Buffer.concat([Buffer.from([0xff, marker]), body]);
  };
  return Buffer.concat([file.subarray(0, 2), segment(0xe1, size), segment(0xe2, size), file.subarray(2)]);
}

/** The same JPEG marked progressive (SOF2 instead of SOF0): the header reader must still find the size. */
export function asProgressive(file: Buffer): Buffer {
  const copy = Buffer.from(file);
  for (let i = 2; i < copy.length - 1; i++) {
    if (copy[i] === 0xff && copy[i + 1] === 0xc0) {
      copy[i + 1] = 0xc2;
      break;
    }
  }
  return copy;
}

export function makeGif(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.write('GIF89a', 0, 'ascii');
  header.writeUInt16LE(width, 6);
  header.writeUInt16LE(height, 8);
  header.set([0x80, 0, 0], 10);
  const palette = Buffer.from([0, 0, 0, 255, 255, 255]);
  const image = Buffer.alloc(10);
  image[0] = 0x2c;
  image.writeUInt16LE(width, 5);
  image.writeUInt16LE(height, 7);
  return Buffer.concat([header, palette, image, Buffer.from([2, 2, 0x4c, 0x01, 0, 0x3b])]);
}

/** A lossless WebP header (VP8L) for the given size; enough for a header reader, not for a decoder. */
export function makeWebpHeader(width: number, height: number): Buffer {
  const bits = (width - 1) | ((height - 1) << 14);
  const vp8l = Buffer.alloc(5);
  vp8l[0] = 0x2f;
  vp8l.writeUInt32LE(bits >>> 0, 1);
  const payload = Buffer.concat([Buffer.from('VP8L', 'ascii'), Buffer.from([5, 0, 0, 0]), vp8l, Buffer.alloc(1)]);
  const riff = Buffer.alloc(12);
  riff.write('RIFF', 0, 'ascii');
  riff.writeUInt32LE(payload.length + 4, 4);
  riff.write('WEBP', 8, 'ascii');
  return Buffer.concat([riff, payload]);
}

/**
 * A real, decodable lossless WebP of one colour: a VP8L stream whose five prefix codes each hold a single symbol,
 * so every pixel costs zero bits (the spec's "simple code" with one symbol). Browsers decode it like any WebP.
 */
export function makeWebp(width: number, height: number, rgb: [number, number, number] = [200, 80, 20]): Buffer {
  const bits: number[] = [];
  const put = (value: number, count: number) => {
    for (let i = 0; i < count; i++) bits.push((value >>> i) & 1);
  };
  put(width - 1, 14);
  put(height - 1, 14);
  put(0, 1); // alpha not used
  put(0, 3); // version
  put(0, 1); // no transform
  put(0, 1); // no colour cache
  put(0, 1); // no meta prefix codes
  const oneSymbol = (symbol: number) => {
    put(1, 1); // simple code
    put(0, 1); // one symbol
    put(1, 1); // an 8-bit symbol
    put(symbol, 8);
  };
  const [red, green, blue] = rgb;
  oneSymbol(green);
  oneSymbol(red);
  oneSymbol(blue);
  oneSymbol(255); // alpha
  oneSymbol(0); // distance
  const data = Buffer.alloc(Math.ceil(bits.length / 8));
  bits.forEach((bit, index) => {
    data[index >> 3] = (data[index >> 3] as number) | (bit << (index & 7));
  });
  const stream = Buffer.concat([Buffer.from([0x2f]), data]);
  const padded = stream.length % 2 ? Buffer.concat([stream, Buffer.alloc(1)]) : stream;
  const chunkHead = Buffer.alloc(8);
  chunkHead.write('VP8L', 0, 'ascii');
  chunkHead.writeUInt32LE(stream.length, 4);
  const riff = Buffer.alloc(12);
  riff.write('RIFF', 0, 'ascii');
  riff.writeUInt32LE(4 + 8 + padded.length, 4);
  riff.write('WEBP', 8, 'ascii');
  return Buffer.concat([riff, chunkHead, padded]);
}
