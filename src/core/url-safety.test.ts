import { describe, expect, it } from 'vitest';
import { unsafeImageUrl } from './url-safety';

describe('unsafeImageUrl', () => {
  it.each([
    'https://cdn.images.example/square.jpg',
    'https://img.joomcdn.net/a/b.jpeg?size=large',
    'https://static.shopiverse.tech/products/1.png',
    'https://CDN.Images.Example./x.jpg', // a trailing dot on a public name is still that name
  ])('lets %s through', (url) => {
    expect(unsafeImageUrl(url)).toBeUndefined();
  });

  it.each([
    ['http://cdn.images.example/x.jpg', 'notHttps'],
    ['data:image/png;base64,iVBORw0KGgo=', 'notHttps'],
    ['blob:https://app.shopiverse.tech/5d1c', 'notHttps'],
    ['file:///etc/passwd', 'notHttps'],
    ['ftp://cdn.images.example/x.jpg', 'notHttps'],
    ['https://192.168.1.1/x.jpg', 'ipLiteral'],
    ['https://10.0.0.1/x.jpg', 'ipLiteral'],
    ['https://8.8.8.8/x.jpg', 'ipLiteral'],
    ['https://127.0.0.1/x.jpg', 'ipLiteral'],
    ['https://2130706433/x.jpg', 'ipLiteral'], // decimal 127.0.0.1
    ['https://0x7f000001/x.jpg', 'ipLiteral'], // hex
    ['https://0x7f.1/x.jpg', 'ipLiteral'], // mixed short form
    ['https://017700000001/x.jpg', 'ipLiteral'], // octal
    ['https://192.168.1.1./x.jpg', 'ipLiteral'], // trailing dot
    ['https://[::1]/x.jpg', 'ipLiteral'],
    ['https://[fe80::1]/x.jpg', 'ipLiteral'],
    ['https://[::ffff:192.168.1.1]/x.jpg', 'ipLiteral'],
    ['https://[fd00::abcd]/x.jpg', 'ipLiteral'],
    ['https://localhost/x.jpg', 'localName'],
    ['https://localhost./x.jpg', 'localName'],
    ['https://LOCALHOST/x.jpg', 'localName'],
    ['https://api.localhost/x.jpg', 'localName'],
    ['https://printer.local/x.jpg', 'localName'],
    ['https://nas.internal/x.jpg', 'localName'],
    ['https://router.home.arpa/x.jpg', 'localName'],
    ['https://router/x.jpg', 'localName'],
    ['https://cdn.images.example:8443/x.jpg', 'port'],
    ['https://user:pass@cdn.images.example/x.jpg', 'credentials'],
    ['not a url', 'malformed'],
    [`https://cdn.images.example/${'a'.repeat(5000)}.jpg`, 'tooLong'],
  ])('refuses %s (%s)', (url, reason) => {
    expect(unsafeImageUrl(url)).toBe(reason);
  });
});
