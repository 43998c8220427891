// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { urlText } from './badge';

// A URL in our notes breaks only after its separators (issue 17: "joomcallb/ackcode" read as another address).
describe('urlText', () => {
  it('keeps the URL whole as text, with a break chance after each "/" (not inside "//"), "?", "&" and "=" and nowhere else', () => {
    const url = 'https://app.shopiverse.tech/tr/settings/store/joomcallbackcode?a=1&b=2';
    const node = urlText(url, 'mark');
    expect(node.tagName).toBe('MARK');
    expect(node.className).toBe('url');
    expect(node.textContent).toBe(url);
    const pieces: string[] = [''];
    for (const child of node.childNodes) {
      if (child.nodeName === 'WBR') pieces.push('');
      else pieces[pieces.length - 1] += child.textContent ?? '';
    }
    expect(pieces).toEqual(['https://', 'app.shopiverse.tech/', 'tr/', 'settings/', 'store/', 'joomcallbackcode?', 'a=', '1&', 'b=', '2']);
  });
});
