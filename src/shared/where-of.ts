import type { Candidate } from '../core/records';
import { t } from './i18n';

/**
 * What tells a candidate apart from the others, and only that (issue 17: two "Anadolu Halı · Kimlik No · sayfada 1./2."
 * read alike; then two marks told apart by "üstteki/alttaki" alone): its section and its label when they differ
 * between candidates, and its place on the page (candidates come in the page's reading order), "upper"/"lower" when
 * there are two. The popup's choice buttons and the marks beside the values on Joom's page say the same words.
 */
export function whereOf(candidates: readonly Candidate[], index: number): string {
  const candidate = candidates[index] as Candidate;
  const differs = (key: 'section' | 'label') => new Set(candidates.map((other) => other[key] ?? '')).size > 1;
  const position = candidates.length === 2 ? t(index === 0 ? 'candidateUpper' : 'candidateLower') : t('candidatePosition', String(index + 1));
  return [differs('section') && candidate.section, differs('label') && candidate.label, position].filter(Boolean).join(' · ');
}
