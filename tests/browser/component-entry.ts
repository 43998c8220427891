// The form-side probes of the s30 attack review (component-form.spec.ts): the attack2 page functions, with the declared shadow roots of the markup attached (open ones: a page
// script cannot open closed roots) before the reader or the form locator runs.
import { decideField } from '../../src/core/evidence';
import { collectEvidence } from '../../src/dom/evidence';
import { fillApiForm } from '../../src/shopiverse/api-form';
import { attachDeclaredShadows } from '../corpus/shadow-roots';

const painted = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

async function show(html: string): Promise<void> {
  scrollTo(0, 0);
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
  attachDeclaredShadows(document.body);
  await painted();
}

async function readStoreId(html: string): Promise<string | null> {
  await show(html);
  return decideField(collectEvidence(document.body, JOOM_FIELDS_REF), 'storeId').value ?? null;
}

async function fill(html: string): Promise<{ status: string; secretIn: boolean }> {
  await show(html);
  const secret = 'f'.repeat(32);
  let status = 'threw';
  try {
    status = fillApiForm({ storeId: 'a'.repeat(24), clientId: 'b'.repeat(24), secret }, false).status;
  } catch {
    // i18n of the note beside Kaydet
  }
  return { status, secretIn: [...document.querySelectorAll('input')].some((input) => input.value === secret) };
}

import { JOOM_FIELDS as JOOM_FIELDS_REF } from '../../src/joom/fields';

async function readField(html: string, field: 'storeId' | 'clientId' | 'secret'): Promise<string | null> {
  await show(html);
  return decideField(collectEvidence(document.body, JOOM_FIELDS_REF), field).value ?? null;
}

Object.assign(window, { components: { readStoreId, readField, fill } });
