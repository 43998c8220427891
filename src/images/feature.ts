import type { ImageVerdict } from '../core/records';
import { MAX_URL_LENGTH } from '../core/url-safety';
import { clearUi, element, uiBelow } from '../dom/badge';
import { onDomChange, requestScan } from '../dom/watch';
import { t } from '../shared/i18n';
import { send } from '../shared/send';
import { chosenSourceType, fileFormat } from './format';
import { largestSource, looksLikeProductContext, NOT_PRODUCT } from './recognize';
import { estimatedText, reasonsText, withSize } from './verdict-text';

// Product images on either panel, recognized by what surrounds them (a product's name, code or price), checked
// against Joom's rules by the background, and marked: a badge beside each, and data-joom-image on the element.

const MIN_RENDERED = 24;

export const productImages = {
  name: 'product-images',
  init(signal: AbortSignal): void {
    const checked = new WeakMap<HTMLImageElement, string>();
    onDomChange(signal, () => {
      const batch: { image: HTMLImageElement; url: string; original?: string }[] = [];
      for (const image of document.images) {
        const url = image.currentSrc || image.src;
        if (!url || checked.get(image) === url) continue;
        // An inline (data:, blob:) image or an address longer than a message may carry is not checked: it is
        // left out rather than let it spoil the batch.
        if (!/^https?:/.test(url) || url.length > MAX_URL_LENGTH) continue;
        if (!image.complete || image.naturalWidth === 0) {
          image.addEventListener('load', requestScan, { once: true, signal });
          continue;
        }
        // Decided once per image and source: a logo is not measured again on every scan.
        checked.set(image, url);
        if (!isProductImage(image)) continue;
        const original = largestSource(image);
        batch.push({ image, url, original: original && original.length <= MAX_URL_LENGTH && original !== url ? original : undefined });
      }
      if (batch.length === 0) return;
      void Promise.all(
        batch.map(async ({ image, url, original }) => ({
          url,
          original,
          naturalWidth: image.naturalWidth,
          naturalHeight: image.naturalHeight,
          format: (original ? undefined : chosenSourceType(image)) ?? (await fileFormat(original ?? url)),
        })),
      )
        .then((images) => send({ type: 'images/check', images }))
        .then((answer) => {
          if (!answer || signal.aborted) return;
          answer.verdicts.forEach((verdict, index) => {
            const item = batch[index];
            if (item) mark(item.image, verdict, signal);
          });
        });
    });
  },
};

function isProductImage(image: HTMLImageElement): boolean {
  const box = image.getBoundingClientRect();
  if (box.width < MIN_RENDERED || box.height < MIN_RENDERED) return false;
  if (NOT_PRODUCT.test(`${image.alt} ${image.getAttribute('src') ?? ''} ${image.getAttribute('aria-label') ?? ''}`)) return false;
  return looksLikeProductContext(image);
}

function mark(image: HTMLImageElement, verdict: ImageVerdict, signal: AbortSignal): void {
  image.setAttribute('data-joom-image', verdict.status);
  // Under the image, every row alike: beside it, a long note wrapped under it in one row and not in the next (issue
  // 17, listing frame 04), and the popup says where to look.
  const root = uiBelow(image, 'image', signal);
  clearUi(root);
  // A fit judged from the size shown on the page only is not called fitting (issue 17: "✓ uygun" on an estimated
  // size): its estimated size first, then that the file has not verified it, in a neutral note with no check mark.
  const estimated = verdict.status === 'ok' && verdict.approximate;
  const text = estimated ? estimatedText(verdict) : withSize(verdict.status === 'ok' ? `✓ ${t('imageOk')}` : reasonsText(verdict), verdict);
  const badge = element('span', {
    text,
    className: `note ${estimated ? 'neutral' : verdict.status === 'ok' ? 'ok' : verdict.status === 'bad' ? 'warn' : ''}`,
  });
  badge.title = verdict.approximate ? t('imageApproximate') : '';
  root.append(badge);
}
