// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { hasProductHint, largestSource, looksLikeProductContext, NOT_PRODUCT } from './recognize';

function fragment(html: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
  return document.body;
}

describe('product image recognition', () => {
  it('prefers the widest srcset entry, then a link to the full image', () => {
    const body = fragment(`<img id="a" src="/t.jpg" srcset="/s.jpg 200w, /l.jpg 1200w, /m.jpg 600w">
      <a href="/full.png"><img id="b" src="/thumb.png"></a><a href="/product/1"><img id="c" src="/x.png"></a>`);
    expect(largestSource(body.querySelector('#a') as HTMLImageElement)).toMatch(/\/l\.jpg$/);
    expect(largestSource(body.querySelector('#b') as HTMLImageElement)).toMatch(/\/full\.png$/);
    expect(largestSource(body.querySelector('#c') as HTMLImageElement)).toBeUndefined();
  });

  it('sees a product beside a price or a product field, not beside a heading', () => {
    const body = fragment(`<div id="row"><img id="p" src="/p.jpg"><span>Kilim</span><span>1729,9 TRY</span></div>
      <header><img id="logo" src="/logo.png"><span>ShopiVerse</span></header>`);
    expect(looksLikeProductContext(body.querySelector('#p') as Element)).toBe(true);
    expect(looksLikeProductContext(body.querySelector('#logo') as Element)).toBe(false);
    expect(hasProductHint('Stok Kodu: SKU-1')).toBe(true);
    expect(NOT_PRODUCT.test('Joom logo /static/joom-logo.png')).toBe(true);
    expect(NOT_PRODUCT.test('/cdn/kilim-160x230.jpg')).toBe(false);
  });
});
