import { TIMEOUTS } from '../core/fields';

// Copy with a clean-up for secrets: after a minute the clipboard is emptied, but only if it still holds our value
// (Bitwarden's rule). Where the browser does not let us read the clipboard back, it is left alone: never
// overwrite something the seller copied since.

export const SECRET_CLIPBOARD_MS = TIMEOUTS.secretClipboardMs;

export async function copyText(value: string, sensitive: boolean, clearAfterMs = SECRET_CLIPBOARD_MS): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(value);
  } catch {
    return false;
  }
  if (sensitive) setTimeout(() => void clearIfStill(value), clearAfterMs);
  return true;
}

async function clearIfStill(value: string): Promise<void> {
  try {
    if ((await navigator.clipboard.readText()) === value) await navigator.clipboard.writeText('');
  } catch {
    // Reading is not allowed here: leave the clipboard as it is.
  }
}
