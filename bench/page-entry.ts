// What the content-script benchmark runs inside a real page: the label finder and the shared observer, exactly as
// the content script uses them, exposed on window for the benchmark to call.
import { decideField } from '../src/core/evidence';
import { collectEvidence } from '../src/dom/evidence';
import { shownText as pickShownText } from '../src/dom/visibility';
import { onDomChange, runFeatures, watchStats } from '../src/dom/watch';
import { JOOM_FIELDS } from '../src/joom/fields';
import { toMessages } from '../src/joom/reading';
import { attachDeclaredShadows, openClosedShadowRoots } from '../tests/corpus/shadow-roots';

// The content script opens closed shadow roots through the extension's API; this page script is given the same reach.
openClosedShadowRoots();

/** The naive way: every element's whole text, lower-cased, compared with the label; all of the page, since a
 * second, different value must be noticed too. */
function naiveFind(): string[] {
  const found: string[] = [];
  for (const element of document.body.querySelectorAll('*')) {
    const text = (element.textContent ?? '').trim().toLocaleLowerCase('tr');
    if (text === 'kimlik no') {
      const value = element.nextElementSibling?.textContent?.trim() ?? element.parentElement?.nextElementSibling?.textContent?.trim();
      if (value && /^[0-9a-f]{24}$/.test(value)) found.push(value);
    }
  }
  return found;
}

/** Show a generated page (parsed, never written as markup into this document) and decide its three IDs. */
function decidePage(html: string) {
  // Declarative shadow roots (<template shadowrootmode>) become shadow trees, closed ones attached where this page can
  // open them again (as the content script can).
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
  // The last page's self-scrolling body undone (below).
  document.documentElement.removeAttribute('style');
  document.body.removeAttribute('style');
  document.body.removeAttribute('class');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
  attachDeclaredShadows(document.body);
  // A generated popover marked open is shown, as a page's script would (the top layer has no markup of its own).
  for (const box of document.body.querySelectorAll<HTMLElement>('[popover][data-open]')) box.showPopover?.();
  // A generated box marked scrolled is scrolled so, as a page's script would (the s38 review, H9).
  for (const box of document.body.querySelectorAll<HTMLElement>('[data-scroll-top],[data-scroll-left]')) {
    box.scrollTop = Number(box.dataset.scrollTop ?? 0);
    box.scrollLeft = Number(box.dataset.scrollLeft ?? 0);
  }
  // A page whose body scrolls itself (`html{overflow:hidden} body{overflow:auto}`, an app shell's layout), with the
  // class the generated page names for it, scrolled so (the s39 review, H5).
  const shell = document.body.querySelector<HTMLElement>('[data-body-scroll-top]');
  if (shell) {
    document.documentElement.style.overflow = 'hidden';
    document.body.style.cssText = 'margin:0;height:100vh;overflow:auto;position:relative';
    if (shell.dataset.bodyClass) document.body.className = shell.dataset.bodyClass;
    document.body.scrollTop = Number(shell.dataset.bodyScrollTop);
  }
  const evidence = collectEvidence(document.body, JOOM_FIELDS);
  const one = (field: 'storeId' | 'clientId' | 'secret') => {
    const decision = decideField(evidence, field);
    // What the seller may be offered too: the choices asked, and the values listed to pick from.
    return { value: decision.value, ambiguous: decision.ambiguous, offered: [...decision.candidates, ...decision.listed].map((item) => item.value) };
  };
  return { storeId: one('storeId'), clientId: one('clientId'), secret: one('secret') };
}

Object.assign(window, {
  benchmark: {
    decidePage,
    // What the pick takes from an element the seller clicks (dom/visibility.ts shownText).
    pickText: (selector: string) => {
      const element = document.querySelector(selector);
      return element ? pickShownText(element) : null;
    },
    find: () => toMessages(collectEvidence(document.body, JOOM_FIELDS)),
    naiveFind,
    watchStats,
    startWatching(scan: 'ours' | 'none') {
      runFeatures([
        { name: 'bench', init: (signal: AbortSignal) => onDomChange(signal, () => scan === 'ours' && collectEvidence(document.body, JOOM_FIELDS)) },
      ]);
    },
  },
});
