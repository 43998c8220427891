// @vitest-environment happy-dom
import { h, render } from 'preact';
import { describe, expect, it } from 'vitest';
import { PathText } from './PathText';

// A menu path in a sentence is drawn as a path (issue 17): its steps in bold, the words kept as the message has them.
function drawn(text: string) {
  const root = document.createElement('p');
  render(h(PathText, { text }), root);
  const steps = [...root.querySelectorAll('.menu-step')].map((step) =>
    [...step.childNodes]
      .filter((node) => !(node instanceof HTMLElement && node.classList.contains('menu-hidden')))
      .map((node) => node.textContent)
      .join(''),
  );
  return { text: root.textContent, steps, arrows: root.querySelectorAll('.menu-sep').length };
}

describe('PathText', () => {
  it('draws each quoted item of a path in bold without its quotes, and keeps the text whole', () => {
    const text = 'Bu panelde: üst menüde adınıza tıklayın > “API Uygulamaları” > “Yeni Uygulama Oluştur”. Joom Bağlayıcı formu doldurur.';
    expect(drawn(text)).toEqual({ text, steps: ['API Uygulamaları', 'Yeni Uygulama Oluştur'], arrows: 2 });
  });

  it('draws an item with the panel’s word after it in bold, and a step in words between two items as plain text', () => {
    const text = 'Sayfa açık değilse: “Settings” (Ayarlar) > “Stores” (Mağazalar) > Joom mağazanızın adı > “Api Tanım” sekmesi.';
    expect(drawn(text).steps).toEqual(['Settings (Ayarlar)', 'Stores (Mağazalar)', 'Api Tanım']);
    expect(drawn(text).text).toBe(text);
  });

  it('leaves a sentence with no path as it is', () => {
    const text = 'Joom’da “Kaydet” düğmesine basın.';
    expect(drawn(text)).toEqual({ text, steps: [], arrows: 0 });
  });
});
