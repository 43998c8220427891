// @vitest-environment happy-dom
// A component's text judged where the component draws it (the s30 attack review's probes, happy-dom). The first
// group failed on f5d482e: a closed root on a built-in host was never asked how it shows its host's text.
import { beforeEach, describe, expect, it } from 'vitest';
import { openClosedShadowRoots } from '../../tests/corpus/shadow-roots';
import { decideField } from '../core/evidence';
import { JOOM_FIELDS } from '../joom/fields';
import { collectEvidence } from './evidence';

const OTHER = '64f1a2b3c4d5e6f708192a3b';

function page(html: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
  return document.body;
}
function shadow(host: Element, mode: 'open' | 'closed', html: string): void {
  const root = host.attachShadow({ mode });
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
  root.append(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
}
const read = (body: HTMLElement) => decideField(collectEvidence(body, JOOM_FIELDS), 'storeId').value;

openClosedShadowRoots();
beforeEach(() => {
  document.body.replaceChildren();
});

describe('a label text slotted into a hidden wrapper of a closed root on a built-in host', () => {
  // labelSites (find-by-label.ts) asks textShownBy only where parentElement.shadowRoot (open roots) or a custom
  // element's name: a closed root on <div>/<span>/<p> skips it, and a textNode site's value is its `rest`.
  for (const tag of ['div', 'span', 'p', 'section']) {
    it(`middle-dot line in <${tag}> with a closed root painting it at opacity 0`, () => {
      const body = page(`<h1>Anadolu Halı</h1><h2>Genel Bilgi</h2><${tag} id="h">Anadolu Halı · Mağaza Kimlik No: ${OTHER}</${tag}>`);
      shadow(body.querySelector('#h') as Element, 'closed', '<span style="opacity:0"><slot></slot></span>');
      expect(read(body)).toBeUndefined();
    });
    it(`middle-dot line in <${tag}> with a closed root that slots it nowhere`, () => {
      const body = page(`<h1>Anadolu Halı</h1><h2>Genel Bilgi</h2><${tag} id="h">Anadolu Halı · Mağaza Kimlik No: ${OTHER}</${tag}>`);
      shadow(body.querySelector('#h') as Element, 'closed', '<span><slot name="none"></slot></span>');
      expect(read(body)).toBeUndefined();
    });
  }
});

describe("a component that hides or shows its host's line", () => {
  it('middle-dot line in a custom element with a closed root painting it at opacity 0', () => {
    const body = page(`<h1>Anadolu Halı</h1><h2>Genel Bilgi</h2><x-v>Anadolu Halı · Mağaza Kimlik No: ${OTHER}</x-v>`);
    shadow(body.querySelector('x-v') as Element, 'closed', '<span style="opacity:0"><slot></slot></span>');
    expect(read(body)).toBeUndefined();
  });
  it('middle-dot line in a <div> with an OPEN root painting it at opacity 0', () => {
    const body = page(`<h1>Anadolu Halı</h1><h2>Genel Bilgi</h2><div id="h">Anadolu Halı · Mağaza Kimlik No: ${OTHER}</div>`);
    shadow(body.querySelector('#h') as Element, 'open', '<span style="opacity:0"><slot></slot></span>');
    expect(read(body)).toBeUndefined();
  });
  it('control: the same line shown is read', () => {
    const body = page(`<h1>Anadolu Halı</h1><h2>Genel Bilgi</h2><div id="h">Anadolu Halı · Mağaza Kimlik No: ${OTHER}</div>`);
    shadow(body.querySelector('#h') as Element, 'closed', '<span><slot></slot></span>');
    expect(read(body)).toBe(OTHER);
  });
});
