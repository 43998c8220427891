// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { drawnText, showsDots } from './visibility';

function page(html: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
  return document.body;
}

const first = (html: string) => page(html).firstElementChild as Element;

beforeEach(() => {
  document.body.replaceChildren();
});

describe('showsDots: what the seller sees as dots, whatever the box holds', () => {
  it.each([
    ['a password input', '<input type="password" value="abc">'],
    ['a text input masked by CSS', '<input type="text" value="abc" style="-webkit-text-security: disc">'],
    ['a span masked by CSS', '<span style="color:red;-webkit-text-security:circle">abc</span>'],
  ])('%s', (_name, html) => {
    expect(showsDots(first(html))).toBe(true);
  });

  it.each([
    ['a text input', '<input type="text" value="abc">'],
    ['a span', '<span>abc</span>'],
    ['a box that turns masking off', '<span style="-webkit-text-security: none">abc</span>'],
  ])('not %s', (_name, html) => {
    expect(showsDots(first(html))).toBe(false);
  });
});

describe('drawnText: the text a box draws with ::before and ::after', () => {
  it('is nothing where no CSS draws any (happy-dom computes no pseudo-element content)', () => {
    expect(drawnText(first('<span data-value="abc"></span>'))).toBe('');
  });
});
