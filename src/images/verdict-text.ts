import { extensionHint } from '../core/image-format';
import type { ImageVerdict } from '../core/records';
import { t } from '../shared/i18n';

// One wording of an image verdict's reasons, for the badge on the page and the popup alike.

export function reasonsText(verdict: ImageVerdict): string {
  return verdict.reasons
    .map((reason) => {
      const text = t(`imageReason_${reason}`);
      // "WEBP dosyası: Joom yalnızca PNG veya JPEG kabul eder", not "yalnızca PNG veya JPEG (WEBP)" (look verdict 6).
      if (reason === 'format' && verdict.format) return t('imageReason_formatIs', verdict.format.toUpperCase());
      const hint = reason === 'formatNotChecked' ? extensionHint(verdict.url) : undefined;
      return hint ? `${text}; ${t('imageFormatHint', hint)}` : text;
    })
    .join(' · ');
}

/**
 * The reasons (or any text) followed by the image's size, said the same way on the page and in the popup: "800×800
 * piksel", or "≈ 800×800 piksel (tahmini)" when only the size shown on the page is known (look verdict 6: the badge
 * said "(≈800×800)" and the popup "(800×800)").
 */
export function withSize(text: string, verdict: ImageVerdict): string {
  if (!verdict.width || !verdict.height) return text;
  const size = t(verdict.approximate ? 'imageSizeApproximate' : 'imageSize', [String(verdict.width), String(verdict.height)]);
  return `${text} · ${size}`;
}

/**
 * An image that fits only by the size shown on the page: its estimated size, and that its file has not verified it
 * ("≈ 800×800 piksel (tahmini) · dosyadan henüz doğrulanmadı"), never "fits" (issue 17).
 */
export function estimatedText(verdict: ImageVerdict): string {
  if (!verdict.width || !verdict.height) return t('imageOkEstimated');
  return `${t('imageSizeApproximate', [String(verdict.width), String(verdict.height)])} · ${t('imageOkEstimated')}`;
}

/** A verdict as counted: a fit judged from an estimated size is counted apart from a fit its file verified. */
export const countedStatus = (verdict: ImageVerdict) => (verdict.status === 'ok' && verdict.approximate ? 'estimated' : verdict.status);

/**
 * The copy's name, for the problem it fixes (the copy is one square JPEG of at least 550 px on white): a small image
 * is upscaled, and may blur; an image of the wrong shape gets white edges; one only in the wrong format is re-saved.
 */
export function fixName(verdict: ImageVerdict): string {
  if (verdict.reasons.includes('small')) return 'fix_upscale';
  if (verdict.reasons.includes('landscape') || verdict.reasons.includes('tooTall')) return 'fix_square';
  return 'fix_jpeg';
}
