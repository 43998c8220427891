import { describe, expect, it } from 'vitest';
import { BROWSER } from './drivers';
import { useAttackPage } from './drivers/attack-page';
import { apiForm } from './hidden-form-cases';

// The Api Tanım form, and Joom values, inside web components whose own open root hides them (declarative shadow DOM
// attached by the entry): the s30 attack review's probes of the form side, kept as a test.
const COVER = '<div style="position:absolute;left:0;top:0;right:0;bottom:0;background:#fff"></div>';
const host = (inner: string, light: string) => `<x-card><template shadowrootmode="open">${inner}</template>${light}</x-card>`;

describe(`forms and values a component's own root hides (${BROWSER})`, () => {
  const { call } = useAttackPage('https://app.shopiverse.tech/tr/stores/00159');
  const fill = (html: string) => call('fill', html);
  const read = (html: string) => call('readStoreId', html);

  it('control: the plain form is filled', async () => {
    expect(await fill(apiForm())).toEqual({ status: 'filled', secretIn: true });
  });
  it('control: the form slotted into a plain component is filled', async () => {
    expect(await fill(host('<div><slot></slot></div>', apiForm()))).toEqual({ status: 'filled', secretIn: true });
  });
  it('fills no form slotted under an opaque box of the component root', async () => {
    const outcome = await fill(host(`<div style="position:relative"><slot></slot>${COVER}</div>`, apiForm()));
    expect(outcome.secretIn).toBe(false);
  });
  it('fills no form slotted into a 4px overflow:hidden box of the component root', async () => {
    const outcome = await fill(host('<div style="width:4px;height:4px;overflow:hidden"><slot></slot></div>', apiForm()));
    expect(outcome.secretIn).toBe(false);
  });

  // Firefox's hit test of a root lists its own boxes only: a sibling box over the slot (the second look at the s30 fixes).
  it('fills no form under a sibling cover of the root (the host positioned by :host)', async () => {
    const outcome = await fill(host(`<style>:host{position:relative;display:block}</style><slot></slot>${COVER}`, apiForm()));
    expect(outcome.secretIn).toBe(false);
  });

  const ID = '64f1a2b3c4d5e6f708192a3b';
  const valuePage = (inner: string) => `<h1>Anadolu Halı</h1><h2>Genel Bilgi</h2>${host(`<span>Kimlik No</span> ${inner}`, ID)}`;
  it('control: a bare ID slotted into a shown <code> is read', async () => {
    expect(await read(valuePage('<code><slot></slot></code>'))).toBe(ID);
  });
  for (const [name, inner] of [
    ['own-root cover', `<span style="position:relative;display:inline-block"><slot></slot>${COVER}</span>`],
    ['own-root overflow clip', '<code style="display:inline-block;width:4px;height:4px;overflow:hidden"><slot></slot></code>'],
    ['own-root clip-path sliver', '<code style="display:inline-block;clip-path:inset(0 0 0 98%)"><slot></slot></code>'],
    ['own-root scaleX(0.04)', '<code style="display:inline-block;transform:scaleX(0.04)"><slot></slot></code>'],
    ['own-root mirrored', '<code style="display:inline-block;transform:scaleX(-1)"><slot></slot></code>'],
    ['own-root contain:paint 4px', '<code style="display:inline-block;contain:paint;width:4px;height:10px"><slot></slot></code>'],
    [
      'own-root text-overflow in 6px',
      '<code style="display:inline-block;width:6px;overflow:hidden;white-space:nowrap;vertical-align:bottom"><slot></slot></code>',
    ],
  ] as const)
    it(`reads no bare ID hidden by ${name}`, async () => {
      const value = await read(valuePage(inner));
      expect(value).toBeNull();
    });

  it('reads no Secret Key a component covers with a box of its own root (application page)', async () => {
    const SECRET = 'f0e1d2c3b4a5968778695a4b3c2d1e0f';
    const html = `<h1>ShopiVerse</h1><dl><dt>Müşteri Kimlik Numarası</dt><dd>1a2b3c4d5e6f7a8b</dd></dl>${host(
      `<div>Gizli Anahtar</div><span style="position:relative;display:inline-block"><slot></slot>${COVER}</span>`,
      SECRET,
    )}`;
    const value = await call('readField', html, 'secret');
    expect(value).toBeNull();
  });
});
