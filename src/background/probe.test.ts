import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ImageServer, startImageServer } from '../../tests/support/image-server';
import { makeJpeg, makePng, withBigMetadata } from '../../tests/support/images';
import { probeImage } from './probe';

// The header probe against a real HTTP server on loopback: with and without Range support.

const big = Buffer.concat([makeJpeg(1600, 900), Buffer.alloc(3_000_000, 7)]);
const exif = Buffer.concat([withBigMetadata(makeJpeg(800, 1000), 60_000), Buffer.alloc(1_000_000, 3)]);
const files = new Map([
  ['big.jpg', big],
  ['exif.jpg', exif],
  ['small.png', makePng(400, 400)],
  ['broken.jpg', Buffer.from('not an image at all')],
]);

describe.each([true, false])('probeImage (server honours Range: %s)', (honourRange) => {
  let server: ImageServer;
  beforeAll(async () => {
    server = await startImageServer(files, { honourRange, bytesPerSecond: 50_000_000 });
  });
  afterAll(async () => {
    await server.close();
  });

  it('reads a 3 MB JPEG’s size from its first bytes', async () => {
    const result = await probeImage(server.url('big.jpg'));
    expect(result.header).toEqual({ kind: 'size', size: { width: 1600, height: 900, type: 'jpg' } });
    expect(result.bytes).toBe(big.length);
    expect(result.received).toBeLessThan(200_000);
  });

  it('reads past 120 KB of EXIF and ICC before the frame header', async () => {
    const result = await probeImage(server.url('exif.jpg'));
    expect(result.header).toEqual({ kind: 'size', size: { width: 800, height: 1000, type: 'jpg' } });
    expect(result.received).toBeLessThan(400_000);
  });

  it('says unknown for what is not an image, and for a missing file', async () => {
    expect((await probeImage(server.url('broken.jpg'))).header.kind).toBe('unknown');
    expect((await probeImage(server.url('nothing.jpg'))).header.kind).toBe('unknown');
  });
});
