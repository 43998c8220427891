import { trimValue } from '../core/normalize';
import { seenText } from '../dom/find-by-label';
import { isRendered } from '../dom/visibility';

/**
 * The page's heading as the seller sees it: the first h1 drawn on screen (on a store's page, the store's name). A
 * heading a page hides is never read, by the one definition of seen (dom/visibility.ts): the reading and the pick
 * name a store by what the seller sees above it, or not at all; and only its shown words (review-s49, M1: a hidden
 * " Kilim Outlet" in "Anadolu" named another store in Joom's new-application form).
 */
export function shownHeading(): string | undefined {
  for (const heading of document.querySelectorAll('h1')) {
    if (!isRendered(heading)) continue;
    return trimValue(seenText(heading)) || undefined;
  }
  return undefined;
}
