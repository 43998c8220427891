// The extension's UI inside a panel page: a custom element whose shadow root holds small buttons and notes, so
// that page styles cannot reach in and page text never becomes markup (everything is built with textContent).

/** Our UI's hosts: the reader never opens their roots (dom/evidence.ts), nor a look-alike a page plants. */
export const HOST_TAG = 'joom-connector-ui';
// Every note and button 14 px body (issue 17: 12 px notes went unread on a panel page). .calm: an explanation, not
// an alarm (look verdict 7): dark on pale (#1f2937 on #f8fafc, over 13:1), in a line no wider than 680 px (across a
// 1,240 px page it was hard to read, look verdict 8).
const STYLE = `
:host { all: initial; display: inline-flex; gap: 4px; align-items: center; margin-inline-start: 6px; vertical-align: middle;
  font: 14px/1.4 system-ui, sans-serif; color: #1f2937; }
button { font: inherit; border: 1px solid #d1d5db; background: #fff; color: #1f2937; border-radius: 4px; padding: 1px 6px; cursor: pointer; }
button:hover { background: #f3f4f6; }
button:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
.note { padding: 1px 6px; border-radius: 4px; background: #eff6ff; color: #1e3a8a; }
.warn { background: #fef2f2; color: #991b1b; }
/* A long warning: its summary in bold red, the lines under it in the page's dark text (five red lines read as one
   alarm, none of them an instruction: seller judge s42, problem 5). */
.warn.quiet { color: #1f2937; } .warn.quiet strong { color: #991b1b; }
.ok { background: #ecfdf5; color: #065f46; }
/* Neither fits nor fails: a size estimated from the page, not yet verified from the file (no green, no check mark). */
.neutral { background: #f3f4f6; color: #374151; }
.calm { padding: 4px 8px; max-width: 680px; background: #f8fafc; color: #1f2937; }
/* Words wrap whole; only a word longer than the line (a URL, an ID) breaks inside (break-all split "S/ave"). */
.block { display: block; margin: 4px 0; white-space: pre-wrap; overflow-wrap: anywhere; }
ol { margin: 4px 0; padding-inline-start: 22px; } li { margin: 2px 0; }
mark { background: #fecaca; color: #7f1d1d; }
mark[data-add] { background: #d1fae5; color: #064e3b; }
/* A URL breaks after its separators only (urlText's <wbr>), not mid-word as .block's "anywhere" would let it. */
.url { overflow-wrap: break-word; }
/* The pick's bar: 14 px, white on dark blue (over 10:1) with a shadow, so that a seller sees the page waits for a click
   (look verdict 8: 12 px pale blue on pale blue went unnoticed beside a 32 px heading). Centred, not across the page:
   it must cover as little of the page as it can, since what it covers is not seen while it is there. */
.bar { display: flex; align-items: center; gap: 12px; padding: 8px 14px; border-radius: 8px; background: #1e3a8a;
  color: #ffffff; font-size: 14px; font-weight: 600; box-shadow: 0 2px 10px rgba(0, 0, 0, 0.35); }
.bar button { font-weight: 400; }
@media (prefers-color-scheme: dark) {
  :host { color: #e5e7eb; }
  button { background: #1f2937; color: #e5e7eb; border-color: #4b5563; }
  .note { background: #1e3a8a; color: #dbeafe; } .warn { background: #7f1d1d; color: #fee2e2; } .ok { background: #065f46; color: #d1fae5; } .neutral { background: #374151; color: #f3f4f6; }
  .calm { background: #1f2937; color: #f3f4f6; }
  .warn.quiet { color: #f3f4f6; } .warn.quiet strong { color: #fecaca; }
}`;

/**
 * Our hosts and their closed roots: a page can plant an element with our tag and key (to hide an alert or show a
 * false "ok"), but it is never in this map, so it is never reused; and a page script cannot reach a closed root.
 */
const ours = new WeakMap<Element, ShadowRoot>();

/** The shadow root of our UI beside `anchor` for `key`, made once and reused on later scans. */
export function uiBeside(anchor: Element, key: string, signal: AbortSignal): ShadowRoot {
  // Past any look-alikes the page put right after the anchor, to our own host for this key.
  for (let next = anchor.nextElementSibling; next?.tagName.toLowerCase() === HOST_TAG; next = next.nextElementSibling) {
    const root = ours.get(next);
    if (root && next.getAttribute('data-key') === key) return root;
  }
  const { host, root } = newHost(key, signal);
  anchor.insertAdjacentElement('afterend', host);
  return root;
}

/**
 * The shadow root of our UI on a line of its own just before `anchor`, for `key`: a note about a button in a row of
 * buttons, which beside it would sit between that button and the next (seller review B4: "press Kaydet" pushed the
 * red "Api Tanımlarını Sil" into the eye line). A block in a flow layout, a full-width item in a wrapping flex row.
 */
export function uiAbove(anchor: Element, key: string, signal: AbortSignal): ShadowRoot {
  for (let previous = anchor.previousElementSibling; previous?.tagName.toLowerCase() === HOST_TAG; previous = previous.previousElementSibling) {
    const root = ours.get(previous);
    if (root && previous.getAttribute('data-key') === key) return root;
  }
  const { host, root } = newHost(key, signal);
  for (const [name, value] of Object.entries({ display: 'flex', 'flex-basis': '100%', margin: '6px 0 10px' })) host.style.setProperty(name, value, 'important');
  anchor.insertAdjacentElement('beforebegin', host);
  return root;
}

/**
 * Our UI beside `anchor` put on a line of its own under it (a block in a flow layout, a full-width item in a
 * wrapping flex row): a sentence beside a wide field ran to the page's right edge, where the open popup covers it
 * (issue 17, listing frame 03).
 */
export function uiBelow(anchor: Element, key: string, signal: AbortSignal): ShadowRoot {
  const root = uiBeside(anchor, key, signal);
  // A gap on the right too: in a table cell, the note would otherwise touch the next column's text.
  for (const [name, value] of Object.entries({ display: 'flex', 'flex-basis': '100%', margin: '2px 12px 4px 0' }))
    (root.host as HTMLElement).style.setProperty(name, value, 'important');
  return root;
}

/** A bar of our UI fixed at the foot of the page (while the seller picks a value), gone when `signal` aborts. */
export function uiFixed(key: string, signal: AbortSignal): ShadowRoot {
  const { host, root } = newHost(key, signal);
  // Docked at the foot: at the top it covered the store's name, the heading a seller looks for the value under (issue 17).
  for (const [name, value] of Object.entries({
    position: 'fixed',
    inset: 'auto 8px 16px 8px',
    'z-index': '2147483647',
    display: 'flex',
    'justify-content': 'center',
  }))
    host.style.setProperty(name, value, 'important');
  document.documentElement.append(host);
  return root;
}

/**
 * What a page stylesheet may set on our host to hide or move it while it still takes clicks (a filter, a blend, a
 * mask, opacity, a transform, a position): reset inline and `!important`, which beats the page's own `!important`.
 * A page script can still change the inline style: the press is checked again at the click (api-page.ts).
 */
const RESET: Readonly<Record<string, string>> = {
  filter: 'none',
  'mix-blend-mode': 'normal',
  mask: 'none',
  '-webkit-mask': 'none',
  'clip-path': 'none',
  opacity: '1',
  transform: 'none',
  translate: 'none',
  rotate: 'none',
  scale: 'none',
  position: 'static',
  visibility: 'visible',
};

function resetPaint(host: HTMLElement): void {
  for (const [name, value] of Object.entries(RESET)) host.style.setProperty(name, value, 'important');
}

/** One of our hosts, with a closed root that only this script holds. */
function newHost(key: string, signal: AbortSignal): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement(HOST_TAG);
  host.setAttribute('data-key', key);
  resetPaint(host);
  const root = host.attachShadow({ mode: 'closed' });
  ours.set(host, root);
  const style = document.createElement('style');
  style.textContent = STYLE;
  root.append(style);
  signal.addEventListener('abort', () => host.remove(), { once: true });
  return { host, root };
}

/** Remove what a scan put in the root before, keeping the stylesheet. */
export function clearUi(root: ShadowRoot): void {
  for (const child of [...root.children]) if (child.tagName !== 'STYLE') child.remove();
}

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { text?: string; className?: string; label?: string } = {},
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.text !== undefined) node.textContent = props.text;
  if (props.className) node.className = props.className;
  if (props.label) node.setAttribute('aria-label', props.label);
  return node;
}

/**
 * A URL (or a piece of one) as text with a break chance after each "/" (not between the two of "//"), "?", "&" and "=" (<wbr>), in a span that breaks
 * nowhere else: "joomcallb|ackcode" read as a different address (issue 17). A part no line can hold still wraps.
 */
export function urlText(url: string, tag: 'span' | 'code' | 'mark' = 'span'): HTMLElement {
  const node = element(tag, { className: 'url' });
  for (const [index, part] of url.split(/(?<=[/?&=])(?!\/)/).entries()) {
    if (index > 0) node.append(document.createElement('wbr'));
    node.append(part);
  }
  return node;
}
