import { extensionHint } from '../core/image-format';
import type { ImageVerdict } from '../core/records';
import { t } from '../shared/i18n';

// One wording of an image verdict's reasons, for the badge on the page and the popup alike.

export function reasonsText(verdict: ImageVerdict): string {
  return verdict.reasons
    .map((reason) => {
      const text = t(`imageReason_${reason}`);
      if (reason === 'format' && verdict.format) return `${text} (${verdict.format.toUpperCase()})`;
      const hint = reason === 'formatNotChecked' ? extensionHint(verdict.url) : undefined;
      return hint ? `${text}; ${t('imageFormatHint', hint)}` : text;
    })
    .join(' · ');
}

/**
 * The copy's name, for the problem it fixes (the copy is one square JPEG of at least 550 px on white): a small image
 * is upscaled, and may blur; an image of the wrong shape gets white edges; one only in the wrong format is re-saved.
 */
export function fixName(verdict: ImageVerdict): string {
  if (verdict.reasons.includes('small')) return 'fix_upscale';
  if (verdict.reasons.includes('landscape') || verdict.reasons.includes('tooTall')) return 'fix_square';
  return 'fix_jpeg';
}
