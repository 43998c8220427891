// Only what the seller can see counts. An element is rendered when neither it nor an ancestor is display:none,
// visibility:hidden, transparent (or its text is), [hidden] or aria-hidden, and it has a size and lies on the page (not moved off it).

const CLIP_LEVELS = 8;

export function isRendered(element: Element): boolean {
  if (!element.isConnected) return false;
  // Also what no browser paints: the body of a closed <details>, <noscript> in a page that runs scripts, a <template>.
  if (element.closest('[hidden], [aria-hidden="true"], [inert], details:not([open]) > :not(summary), noscript, template, [role="tooltip"]')) return false;
  if (element instanceof HTMLInputElement && element.type === 'hidden') return false;
  const checkable = element as Element & { checkVisibility?(options: object): boolean };
  const style = element.ownerDocument.defaultView?.getComputedStyle(element);
  if (typeof checkable.checkVisibility === 'function') {
    // Visibility is inherited but a child may set it back (visibility:visible inside a hidden box is painted): the
    // element's own computed value says it, where some checkVisibility implementations climb the ancestors.
    if (!checkable.checkVisibility({ checkOpacity: true, opacityProperty: true })) return false;
    if (style?.visibility === 'hidden') return false;
  } else if (!styleVisible(element)) {
    return false;
  }
  // Text in a fully transparent color is not seen (a skeleton's placeholder on a grey bar), unless a background is
  // clipped to it (gradient text).
  if (style && /^transparent$|^rgba\(.*, 0\)$/.test(style.color) && !style.backgroundClip.includes('text')) return false;
  return hasLayout(element.ownerDocument) ? onPage(element) : true;
}

function styleVisible(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  for (let node: Element | null = element; node && view; node = node.parentElement) {
    const style = view.getComputedStyle(node);
    if (style.display === 'none' || (node === element && style.visibility === 'hidden') || style.opacity === '0') return false;
  }
  return true;
}

/**
 * A document without a layout engine (a DOM in tests) has every box at 0×0: sizes say nothing there. A page cannot
 * fake that by styling <html> to nothing: its content still has a scrolling width.
 */
function hasLayout(document: Document): boolean {
  const root = document.documentElement;
  return root.getBoundingClientRect().width > 0 || root.scrollWidth > 0;
}

/** Has a size, is not scrolled off to the page's negative side, and no clipping ancestor shrinks it to nothing. */
function onPage(element: Element): boolean {
  const box = element.getBoundingClientRect();
  if (box.width <= 1 || box.height <= 1) return false;
  const view = element.ownerDocument.defaultView;
  const page = element.ownerDocument.documentElement;
  if (view) {
    const left = box.left + view.scrollX;
    const top = box.top + view.scrollY;
    // Moved off the page on any side: past its start, or beyond everything it can scroll to.
    if (left + box.width <= 0 || top + box.height <= 0) return false;
    if (left >= Math.max(page.scrollWidth, view.innerWidth) || top >= Math.max(page.scrollHeight, view.innerHeight)) return false;
  }
  let node = element.parentElement;
  for (let level = 0; node && view && level < CLIP_LEVELS; level++, node = node.parentElement) {
    const style = view.getComputedStyle(node);
    if (style.overflow === 'visible' && style.clipPath === 'none' && style.clip === 'auto') continue;
    const clip = node.getBoundingClientRect();
    if (clip.width <= 1 || clip.height <= 1 || style.clip.startsWith('rect(0')) return false;
  }
  return true;
}

/**
 * Shows its text as dots: a password input, or a box CSS masks (-webkit-text-security: disc on a text input or a
 * span). What it holds is not what the seller sees. The inline declaration stands in where an engine does not
 * compute the property.
 */
export function showsDots(element: Element): boolean {
  if (element instanceof HTMLInputElement && element.type === 'password') return true;
  const computed = element.ownerDocument.defaultView?.getComputedStyle(element).getPropertyValue('-webkit-text-security');
  const masking = computed || /-webkit-text-security\s*:\s*([a-z]+)/i.exec(element.getAttribute('style') ?? '')?.[1];
  return !!masking && masking !== 'none';
}

/**
 * The text CSS draws in a box with ::before and ::after (`content: "••••"`): what the seller sees there, whatever
 * the box's attributes keep. Only quoted text: `attr(…)` shows the attribute itself.
 */
export function drawnText(element: Element): string {
  const view = element.ownerDocument.defaultView;
  return ['::before', '::after'].map((pseudo) => /^"(.*)"$/.exec(view?.getComputedStyle(element, pseudo).content ?? '')?.[1]).join('');
}

/**
 * Not covered: the point at the centre of the element's box hits the element itself or something inside it (a
 * layer above it, even a transparent one, takes the seller's click there). Only meaningful for a box inside the
 * viewport: the caller scrolls it into view first. A document without layout answers true (nothing to test).
 */
export function isUncovered(element: Element): boolean {
  const document = element.ownerDocument;
  if (!hasLayout(document)) return true;
  const box = element.getBoundingClientRect();
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  const view = document.defaultView;
  if (!view || x < 0 || y < 0 || x >= view.innerWidth || y >= view.innerHeight) return false;
  const root = element.getRootNode() as Document | ShadowRoot;
  const hit = root.elementFromPoint?.(x, y) ?? document.elementFromPoint(x, y);
  return !!hit && (hit === element || element.contains(hit) || (element instanceof HTMLLabelElement && hit === element.control));
}
