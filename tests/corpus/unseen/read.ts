import { decideField } from '../../../src/core/evidence';
import { collectEvidence } from '../../../src/dom/evidence';
import { JOOM_FIELDS } from '../../../src/joom/fields';
import { openClosedShadowRoots } from '../shadow-roots';
import { type Decided, decided, FIELDS, type Field, type Row, row } from './judge';
import type { UnseenPage } from './pages';

// How an unseen page is shown and read, the same in happy-dom (the unit tests) and in a real browser's page
// (tests/browser/unseen-entry.ts).

/** Parse the page (never written as markup into this document), show it, and build what markup cannot. */
export function showPage(page: UnseenPage): void {
  // Read as the content script reads: closed shadow roots open to it.
  openClosedShadowRoots();
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${page.html}</body>`, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
  page.setup?.(document.body);
}

/** The reader's decision on each field of the page shown. */
export function readShownPage(): Record<Field, Decided> {
  const evidence = collectEvidence(document.body, JOOM_FIELDS);
  return Object.fromEntries(FIELDS.map((field) => [field, decided(decideField(evidence, field))])) as Record<Field, Decided>;
}

/** Show and read each page in turn: one judged row per page and field. */
export function readPages(pages: readonly UnseenPage[]): Row[] {
  return pages.flatMap((page) => {
    showPage(page);
    const decisions = readShownPage();
    return FIELDS.map((field) => row(page, field, decisions[field]));
  });
}
