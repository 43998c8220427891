import { imageSize } from 'image-size';
import { it } from 'vitest';
import { PER_HOST, probeImage } from '../src/background/probe';
import { startImageServer } from '../tests/support/image-server';
import { makeJpeg, makePng, withBigMetadata } from '../tests/support/images';

// 200 product images of realistic sizes (50 KB to 5 MB, log-uniform) from a local host with 20 ms latency and a
// bandwidth cap; the header-only check (Range + streaming + cancel) against downloading each file in full.
// Both run PER_HOST requests at a time, as the extension does.

const COUNT = 200;
const LATENCY_MS = 20;
const BYTES_PER_SECOND = 8 * 1024 * 1024; // per response: a 64 Mbit/s line

/** Bytes from the start of the file to the end of its size field: what any reader must get, at the least. */
function bytesThroughSizeField(file: Buffer): number {
  if (file[0] === 0x89) return 24; // PNG: signature, IHDR length and type, width, height
  let offset = 2;
  for (;;) {
    const marker = file[offset + 1] as number;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return offset + 9; // SOFn: height, width
    offset += 2 + file.readUInt16BE(offset + 2);
  }
}

/** The kinds of file in the set, by the name the figures print. */
const KINDS = ['JPEG', 'JPEG', 'JPEG with 120 KB of EXIF and ICC', 'PNG', 'PNG'];

function files(): Map<string, Buffer> {
  const map = new Map<string, Buffer>();
  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const headers = [makeJpeg(800, 800), makeJpeg(1200, 1600), withBigMetadata(makeJpeg(1000, 1000), 60_000), makePng(900, 1200), makePng(1600, 900)];
  for (let i = 0; i < COUNT; i++) {
    const size = Math.round(50_000 * 100 ** random()); // 50 KB … 5 MB
    const head = headers[i % headers.length] as Buffer;
    // The real header first, then the bulk of a large file (pixel data does not change what the header says).
    map.set(`img-${i}.${i % headers.length >= 3 ? 'png' : 'jpg'}`, Buffer.concat([head, Buffer.alloc(Math.max(0, size - head.length), i % 251)]));
  }
  return map;
}

async function pool<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await work(items[next++] as T);
    }),
  );
}

it('header-only check vs full download, 200 images', async () => {
  const images = files();
  const total = [...images.values()].reduce((sum, file) => sum + file.length, 0);
  const names = [...images.keys()];
  const results: Record<string, { ms: number; bytes: number; read: number; ok: number }> = {};
  const byKind = new Map<string, { read: number; needed: number; files: number }>();

  for (const mode of ['header', 'full'] as const) {
    const server = await startImageServer(images, { latencyMs: LATENCY_MS, bytesPerSecond: BYTES_PER_SECOND });
    let ok = 0;
    let read = 0;
    const started = performance.now();
    await pool(names, PER_HOST, async (name) => {
      if (mode === 'header') {
        const result = await probeImage(server.publicUrl(name), { fetcher: server.fetcher });
        read += result.received;
        const kind = KINDS[Number(name.match(/\d+/)?.[0]) % KINDS.length] as string;
        const figures = byKind.get(kind) ?? { read: 0, needed: 0, files: 0 };
        figures.read += result.received;
        figures.needed += bytesThroughSizeField(images.get(name) as Buffer);
        figures.files++;
        byKind.set(kind, figures);
        if (result.header.kind === 'size') ok++;
      } else {
        const response = await server.fetcher(server.publicUrl(name));
        const bytes = new Uint8Array(await response.arrayBuffer());
        read += bytes.length;
        if (imageSize(bytes).width) ok++;
      }
    });
    const ms = performance.now() - started;
    // Let cancelled responses notice the closed socket before counting what was sent.
    await new Promise((resolve) => setTimeout(resolve, 200));
    results[mode] = { ms, bytes: server.bytesSent(), read, ok };
    await server.close();
  }
  type Result = { ms: number; bytes: number; read: number; ok: number };
  const header = results.header as Result;
  const full = results.full as Result;
  console.log(`
images: ${COUNT} files, ${(total / 1e6).toFixed(1)} MB in all, ${LATENCY_MS} ms latency, ${BYTES_PER_SECOND / 1024 / 1024} MiB/s per response, ${PER_HOST} at a time
  header-only: ${header.ok}/${COUNT} sized, ${(header.read / 1e6).toFixed(2)} MB read (${(header.bytes / 1e6).toFixed(2)} MB sent by the server before it saw the cancel), ${Math.round(header.ms)} ms
  full download: ${full.ok}/${COUNT} sized, ${(full.read / 1e6).toFixed(2)} MB read (${(full.bytes / 1e6).toFixed(2)} MB sent), ${Math.round(full.ms)} ms
  ratio: ${(full.read / header.read).toFixed(1)}× fewer bytes read (${(full.bytes / header.bytes).toFixed(1)}× fewer sent), ${(full.ms / header.ms).toFixed(1)}× less time
  bytes read per file vs the bytes up to the end of its size field (the least any reader needs):
    ${[...byKind].map(([kind, f]) => `${kind}: ${Math.round(f.read / f.files)} B read, ${Math.round(f.needed / f.files)} B needed, ${(f.read / f.needed).toFixed(2)}×`).join('\n    ')}`);
});
