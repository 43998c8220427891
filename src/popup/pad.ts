import { padLayout } from '../core/image-rules';

/**
 * "Pad to square": a 1:1 copy of the image on white, at least 550 px, downloaded to the seller's computer.
 * Nothing is uploaded anywhere. Needs the image's host permission (or CORS) to read the pixels.
 */
export async function padToSquare(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { credentials: 'omit' });
    if (!response.ok) return false;
    const bitmap = await createImageBitmap(await response.blob());
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
