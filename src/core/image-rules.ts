// Joom's product image rules, as data. Source: Joom's merchant help, summarized in shared/PANELS.md
// ("Square, or rectangular with width:height between 1:1 and 3:4 (portrait); at least 550 × 550 pixels;
// at most 10 MB; PNG, JPG or JPEG"). Landscape is not named by the rule: it fails, with that reason.
// "ok" means every rule was checked: a verdict whose format (or size) was not learned says so instead.

import { ACCEPTED_FORMATS, type ImageFormat } from './image-format';

export const IMAGE_RULES = {
  /** width / height, portrait 3:4 up to square 1:1 */
  minRatio: 3 / 4,
  maxRatio: 1,
  /** Relative tolerance on the ratio: 1 % (the choice; panels round sizes). */
  ratioTolerance: 0.01,
  minSide: 550,
  maxBytes: 10 * 1024 * 1024,
} as const;

export type ImageReason = 'landscape' | 'tooTall' | 'small' | 'format' | 'tooLarge' | 'unreadable' | 'sizeUnknown' | 'formatNotChecked';

export interface ImageFacts {
  width?: number;
  height?: number;
  /** The file's format, when its bytes or a declared type told it; undefined when not learned. */
  format?: ImageFormat;
  bytes?: number;
  /** The size is that of a thumbnail: judge the ratio only. */
  thumbnail?: boolean;
}

export interface ImageJudgement {
  status: 'ok' | 'bad' | 'unknown';
  reasons: ImageReason[];
}

export function judgeImage(facts: ImageFacts): ImageJudgement {
  const { width, height } = facts;
  const wrongFormat = facts.format !== undefined && !ACCEPTED_FORMATS.includes(facts.format);
  if (!width || !height || width <= 0 || height <= 0)
    return wrongFormat ? { status: 'bad', reasons: ['format'] } : { status: 'unknown', reasons: ['unreadable'] };
  const reasons: ImageReason[] = [];
  const ratio = width / height;
  if (ratio > IMAGE_RULES.maxRatio * (1 + IMAGE_RULES.ratioTolerance)) reasons.push('landscape');
  else if (ratio < IMAGE_RULES.minRatio * (1 - IMAGE_RULES.ratioTolerance)) reasons.push('tooTall');
  if (!facts.thumbnail && Math.min(width, height) < IMAGE_RULES.minSide) reasons.push('small');
  if (wrongFormat) reasons.push('format');
  if (facts.bytes !== undefined && facts.bytes > IMAGE_RULES.maxBytes) reasons.push('tooLarge');
  if (reasons.length > 0) return { status: 'bad', reasons };
  const unchecked: ImageReason[] = [];
  if (facts.thumbnail) unchecked.push('sizeUnknown');
  if (facts.format === undefined) unchecked.push('formatNotChecked');
  return unchecked.length > 0 ? { status: 'unknown', reasons: unchecked } : { status: 'ok', reasons };
}

/** Where to draw an image on a white square that Joom accepts: side at least 550 px, image centered, never cropped. */
export function padLayout(width: number, height: number): { side: number; x: number; y: number; drawWidth: number; drawHeight: number } {
  const longest = Math.max(width, height);
  const side = Math.max(longest, IMAGE_RULES.minSide);
  const scale = side / longest;
  const drawWidth = Math.round(width * scale);
  const drawHeight = Math.round(height * scale);
  return { side, x: Math.floor((side - drawWidth) / 2), y: Math.floor((side - drawHeight) / 2), drawWidth, drawHeight };
}
