import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ImageServer, PUBLIC_IMAGE_HOST, startImageServer } from '../../tests/support/image-server';
import { makeJpeg, makePng, makeWebp, withBigMetadata } from '../../tests/support/images';
import { FIRST_RANGE, MAX_HEADER_BYTES, probeImage } from './probe';

// The header probe against a real HTTP server on loopback (reached through a public-looking name, as the probe
// refuses loopback addresses): with and without Range support, and against hosts that must not be probed.

const big = Buffer.concat([makeJpeg(1600, 900), Buffer.alloc(3_000_000, 7)]);
const exif = Buffer.concat([withBigMetadata(makeJpeg(800, 1000), 60_000), Buffer.alloc(1_000_000, 3)]);
const files = new Map([
  ['big.jpg', big],
  ['exif.jpg', exif],
  ['small.png', makePng(400, 400)],
  ['photo.webp', makeWebp(800, 800)],
  ['broken.jpg', Buffer.from('not an image at all')],
]);

describe.each([true, false])('probeImage (server honours Range: %s)', (honourRange) => {
  let server: ImageServer;
  beforeAll(async () => {
    server = await startImageServer(files, {
      honourRange,
      bytesPerSecond: 50_000_000,
      redirects: { 'to-router.jpg': 'https://192.168.1.1/x.jpg', 'to-local.jpg': 'http://127.0.0.1:1/x.jpg', 'moved.jpg': `${PUBLIC_IMAGE_HOST}/big.jpg` },
    });
  });
  afterAll(async () => {
    await server.close();
  });
  const probe = (path: string) => probeImage(server.publicUrl(path), { fetcher: server.fetcher });

  it('reads a 3 MB JPEG’s size from its first bytes', async () => {
    const result = await probe('big.jpg');
    expect(result.header).toEqual({ kind: 'size', size: { width: 1600, height: 900, format: 'jpg' } });
    expect(result.bytes).toBe(big.length);
    expect(result.received).toBeLessThan(honourRange ? FIRST_RANGE + 1 : 200_000);
  });

  it('reads past 120 KB of EXIF and ICC before the frame header, skipping the EXIF block', async () => {
    const result = await probe('exif.jpg');
    expect(result.header).toEqual({ kind: 'size', size: { width: 800, height: 1000, format: 'jpg' } });
    // With Range, the 60 KB EXIF body is not read; without it, no more than 1.5× the bytes before the frame header.
    expect(result.received).toBeLessThan(honourRange ? 120_000 : 1.5 * 120_010);
  });

  it('knows a WebP (a format Joom refuses) by its header', async () => {
    expect((await probe('photo.webp')).header).toEqual({ kind: 'size', size: { width: 800, height: 800, format: 'webp' } });
  });

  it('says unknown for what is not an image, and for a missing file', async () => {
    expect((await probe('broken.jpg')).header.kind).toBe('unknown');
    expect((await probe('nothing.jpg')).header.kind).toBe('unknown');
  });

  it('follows a redirect only to a URL that passes the same checks', async () => {
    expect((await probe('moved.jpg')).header.kind).toBe('size');
    const before = server.requests();
    expect((await probe('to-router.jpg')).header.kind).toBe('unknown');
    expect((await probe('to-local.jpg')).header.kind).toBe('unknown');
    expect(server.requests() - before).toBe(2); // the redirects themselves; nothing followed them
  });
});

describe('probeImage refuses', () => {
  it.each(['http://cdn.images.example/x.jpg', 'https://192.168.1.1/x.jpg', 'https://localhost/x.jpg', 'https://2130706433/x.jpg', 'https://[::1]/x.jpg'])(
    '%s without a request',
    async (url) => {
      let requests = 0;
      const fetcher = (async () => {
        requests++;
        return new Response(new Uint8Array(makePng(800, 800)));
      }) as typeof fetch;
      expect((await probeImage(url, { fetcher })).header.kind).toBe('unknown');
      expect(requests).toBe(0);
    },
  );

  it('gives up on a host that does not answer in time', async () => {
    const fetcher = ((_url: string, init?: RequestInit) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)))) as typeof fetch;
    const started = performance.now();
    expect((await probeImage('https://slow.images.example/x.jpg', { fetcher, timeoutMs: 200 })).header.kind).toBe('unknown');
    // Well under the test's own time-out: it gave up, it did not wait for an answer that never comes.
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('stops at the byte cap on a file that never ends', async () => {
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new Uint8Array(64 * 1024));
      },
    });
    const fetcher = (async () => new Response(endless, { status: 200 })) as typeof fetch;
    const result = await probeImage('https://endless.images.example/x.jpg', { fetcher });
    expect(result.header.kind).toBe('unknown');
    expect(result.received).toBeLessThanOrEqual(1024 * 1024 + 64 * 1024);
  });
});

describe('probeImage memory', () => {
  /**
   * A JPEG whose segments each claim 64 KiB and whose server answers every range with just the next segment's four
   * header bytes: the walk jumps 64 KiB a request while receiving 4 bytes, so a byte count alone never stops it.
   */
  function jumpingJpeg(): { fetcher: typeof fetch; peak: () => number } {
    const total = 100 * 1024 * 1024;
    const baseline = process.memoryUsage().arrayBuffers;
    let peak = 0;
    const fetcher = (async (_url: string, init?: RequestInit) => {
      // A network answer comes in a later task: the probe's time limit can fire between requests.
      await new Promise((resolve) => setTimeout(resolve, 0));
      init?.signal?.throwIfAborted();
      peak = Math.max(peak, process.memoryUsage().arrayBuffers - baseline);
      const start = Number(/bytes=(\d+)-/.exec(new Headers(init?.headers).get('range') ?? '')?.[1] ?? 0);
      const body = start === 0 ? new Uint8Array([0xff, 0xd8, 0xff, 0xe1, 0xff, 0xff]) : new Uint8Array([0xff, 0xe1, 0xff, 0xff]);
      return new Response(body, { status: 206, headers: { 'content-range': `bytes ${start}-${start + body.byteLength - 1}/${total}` } });
    }) as typeof fetch;
    return { fetcher, peak: () => peak };
  }

  it('never holds more than the byte cap in its buffer, however far a JPEG’s segment lengths jump', async () => {
    const crafted = jumpingJpeg();
    const result = await probeImage('https://jumps.images.example/x.jpg', { fetcher: crafted.fetcher, timeoutMs: 3000 });
    // Its format is all it shows: a JPEG.
    expect(result.header).toEqual({ kind: 'format', format: 'jpg' });
    // Before the buffer's cap its buffer reached 64 MiB (67,116,032 bytes; 95 MiB of array buffers) while 3,446 bytes
    // arrived; now the first jump past 1 MiB ends the probe.
    expect(crafted.peak()).toBeLessThan(4 * MAX_HEADER_BYTES);
    expect(result.buffered).toBeLessThanOrEqual(MAX_HEADER_BYTES);
  });
});
