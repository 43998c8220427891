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
