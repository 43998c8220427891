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
