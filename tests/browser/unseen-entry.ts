// What tests/browser/unseen.spec.ts runs inside a real page: the unseen pages themselves (their setup functions
// need their own module's values, so they are bundled, not sent as source) shown and read one after another.
import type { Decided, Field } from '../corpus/unseen/judge';
import { UNSEEN_PAGES } from '../corpus/unseen/pages';
import { FRAME_PAGES } from '../corpus/unseen/pages-frames';
import { ROUND2_PAGES } from '../corpus/unseen/pages-round2';
import { ROUND3_PAGES } from '../corpus/unseen/pages-round3';
import { ROUND4_PAGES } from '../corpus/unseen/pages-round4';
import { ROUND5_PAGES } from '../corpus/unseen/pages-round5';
import { readShownPage, showPage } from '../corpus/unseen/read';

const SETS = { unseen: UNSEEN_PAGES, round2: ROUND2_PAGES, round3: ROUND3_PAGES, round4: ROUND4_PAGES, round5: ROUND5_PAGES, frames: FRAME_PAGES };
export type SetName = keyof typeof SETS;
export interface PageRead {
  name: string;
  decisions: Record<Field, Decided>;
}

/** After the page's first frame is painted: what the seller would see (content-visibility, layout, slots settled). */
const painted = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** A srcdoc frame loads after its element is inserted: wait for its own document (round 4 shows pages in frames). */
const framesLoaded = () =>
  Promise.all(
    [...document.querySelectorAll<HTMLIFrameElement>('iframe[srcdoc]')].map((frame) =>
      frame.contentDocument?.URL === 'about:srcdoc' && frame.contentDocument.readyState === 'complete'
        ? undefined
        : new Promise<void>((resolve) => {
            frame.addEventListener('load', () => resolve(), { once: true });
            setTimeout(resolve, 2000);
          }),
    ),
  );

async function readPages(set: SetName, start: number, end: number): Promise<PageRead[]> {
  const reads: PageRead[] = [];
  for (const page of SETS[set].slice(start, end)) {
    scrollTo(0, 0);
    showPage(page);
    await framesLoaded();
    await painted();
    reads.push({ name: page.name, decisions: readShownPage() });
  }
  return reads;
}

Object.assign(window, { unseen: { readPages } });
