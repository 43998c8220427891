import { IMAGE_RULES, padLayout } from '../core/image-rules';
import { isSafeImageUrl } from '../core/url-safety';

/**
 * "Pad to square": a 1:1 copy of the image on white, at least 550 px, downloaded to the seller's computer.
 * Nothing is uploaded anywhere. Needs the image's host permission (or CORS) to read the pixels. The copy is a JPEG,
 * so it also fixes a format Joom refuses. A file over Joom's 10 MB is refused before it is read: Joom would refuse it
 * anyway, and decoding it could stall the popup.
 */
/** The response's body, unless it runs past `limit` bytes (a server may not say its length, or say it wrong). */
async function readAtMost(response: Response, limit: number): Promise<Blob | undefined> {
  if (!response.body) return undefined;
  const parts: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return new Blob(parts as BlobPart[]);
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    parts.push(value);
  }
}

export async function padToSquare(url: string): Promise<boolean> {
  if (!isSafeImageUrl(url)) return false;
  try {
    const response = await fetch(url, { credentials: 'omit', redirect: 'error', signal: AbortSignal.timeout(15_000) });
    if (!response.ok || Number(response.headers.get('content-length') ?? 0) > IMAGE_RULES.maxBytes) return false;
    const file = await readAtMost(response, IMAGE_RULES.maxBytes);
    if (!file) return false;
    const bitmap = await createImageBitmap(file);
    const layout = padLayout(bitmap.width, bitmap.height);
    const canvas = document.createElement('canvas');
    canvas.width = layout.side;
    canvas.height = layout.side;
    const context = canvas.getContext('2d');
    if (!context) return false;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, layout.side, layout.side);
    context.drawImage(bitmap, layout.x, layout.y, layout.drawWidth, layout.drawHeight);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.92));
    if (!blob) return false;
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    const name =
      new URL(url).pathname
        .split('/')
        .pop()
        ?.replace(/\.[a-z0-9]+$/i, '') || 'image';
    link.download = `${name}-square.jpg`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    return true;
  } catch {
    return false;
  }
}
