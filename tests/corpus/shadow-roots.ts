// Shadow roots for the pages the reader is tested on, as a content script sees them.

const attached = new WeakMap<Element, ShadowRoot>();
let installed = false;

/**
 * Give the script that reads the test pages the reach the extension's content script has: it opens closed shadow
 * roots (Chrome's chrome.dom.openOrClosedShadowRoot, Firefox's element.openOrClosedShadowRoot), which a page script
 * and happy-dom cannot. The roots this window's pages attach are remembered and handed back through Chrome's API;
 * where the script already has one of the two, nothing changes.
 */
export function openClosedShadowRoots(): void {
  const scope = globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?: unknown } } };
  if (installed || 'openOrClosedShadowRoot' in Element.prototype || scope.chrome?.dom?.openOrClosedShadowRoot) return;
  installed = true;
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    attached.set(this, root);
    return root;
  };
  scope.chrome ??= {};
  scope.chrome.dom = { ...scope.chrome.dom, openOrClosedShadowRoot: (element: Element) => attached.get(element) ?? element.shadowRoot };
}

/**
 * Attach the shadow roots a page declares with `<template shadowrootmode="open|closed">` (declarative shadow DOM,
 * which DOMParser leaves as templates), nested ones too.
 */
export function attachDeclaredShadows(root: ParentNode): void {
  for (const template of [...root.querySelectorAll<HTMLTemplateElement>('template[shadowrootmode]')]) {
    const host = template.parentElement;
    if (!host || host.shadowRoot) continue;
    const shadow = host.attachShadow({ mode: template.getAttribute('shadowrootmode') === 'closed' ? 'closed' : 'open' });
    shadow.append(template.content);
    template.remove();
    attachDeclaredShadows(shadow);
  }
}
