// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { decideField } from '../core/evidence';
import { JOOM_FIELDS } from '../joom/fields';
import { collectEvidence } from './evidence';

// Layouts the second set of blind pages brought: each test is one collection rule, not one page.

const SECRET = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';

function page(html: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
  return document.body;
}

const read = (html: string, field: 'storeId' | 'clientId' | 'secret' = 'storeId') => decideField(collectEvidence(page(html), JOOM_FIELDS), field);

beforeEach(() => {
  document.body.replaceChildren();
});

describe('a value box', () => {
  it.each(['Gizle', 'Kopyala', 'Hide'])('does not take the caption of a button glued to the value (%s)', (caption) => {
    const decision = read(`<div>Gizli Anahtar</div><div><code>${SECRET}</code><button>${caption}</button></div>`, 'secret');
    expect(decision).toMatchObject({ value: SECRET, ambiguous: false });
  });
});

describe('a value masked by CSS', () => {
  it('is masked, not read, in a text input or a text', () => {
    const input = read(`<label for="s">Gizli Anahtar</label><input id="s" type="text" readonly value="${SECRET}" style="-webkit-text-security:disc">`, 'secret');
    expect([input.value, input.masked]).toEqual([undefined, true]);
    const text = read(`<div>Gizli Anahtar</div><div><span style="-webkit-text-security:square">${SECRET}</span></div>`, 'secret');
    expect([text.value, text.masked]).toEqual([undefined, true]);
  });

  it('is not read from an input named by its own placeholder either', () => {
    expect(read(`<input placeholder="Gizli Anahtar" value="${SECRET}" style="-webkit-text-security:disc">`, 'secret').value).toBeUndefined();
  });
});
