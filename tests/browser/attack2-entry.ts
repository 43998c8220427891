// What tests/browser/attack2.spec.ts runs inside a real page: the reader (as the content script decides a Joom
// page) and the Api Tanım form locator (as the content script qualifies a ShopiVerse form), exposed on window.
import { decideField } from '../../src/core/evidence';
import { collectEvidence } from '../../src/dom/evidence';
import { isRendered } from '../../src/dom/visibility';
import { JOOM_FIELDS } from '../../src/joom/fields';
import { fillApiForm, locateApiForm } from '../../src/shopiverse/api-form';
import { attachDeclaredShadows, openClosedShadowRoots } from '../corpus/shadow-roots';

// The content script's reach: it opens closed shadow roots, which a page script cannot (a popover in a closed root).
openClosedShadowRoots();

/** After the page's first frame is painted. */
const painted = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Parse a page into this document, its declared shadow roots attached (open ones: a page script cannot open closed roots). */
function show(html: string): void {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
  attachDeclaredShadows(document.body);
}

/** Show a Joom page and decide one of its fields as the reader does. */
async function readField(html: string, field: 'storeId' | 'clientId' | 'secret'): Promise<string | null> {
  scrollTo(0, 0);
  show(html);
  await painted();
  return decideField(collectEvidence(document.body, JOOM_FIELDS), field).value ?? null;
}

const readStoreId = (html: string) => readField(html, 'storeId');

/** Show a ShopiVerse page and locate its Api Tanım form as the content script does. */
async function locate(html: string): Promise<string> {
  scrollTo(0, 0);
  show(html);
  await painted();
  return locateApiForm(document.body).status;
}

/** Whether an element (by id) counts as seen. */
async function seen(html: string, id: string): Promise<boolean> {
  scrollTo(0, 0);
  show(html);
  await painted();
  const element = document.getElementById(id);
  return !!element && isRendered(element);
}

/** Show a ShopiVerse page and fill its form as a push does: the outcome, and whether the Secret Key went in. */
async function fill(html: string): Promise<{ status: string; secretIn: boolean }> {
  scrollTo(0, 0);
  show(html);
  await painted();
  const secret = 'f'.repeat(32);
  let status = 'threw';
  try {
    status = fillApiForm({ storeId: 'a'.repeat(24), clientId: 'b'.repeat(24), secret }, false).status;
  } catch {
    // The note beside Kaydet needs the extension's i18n: the fill itself happened before it.
  }
  return { status, secretIn: [...document.querySelectorAll('input')].some((input) => input.value === secret) };
}

const attack2 = { readStoreId, readField, locate, seen, fill };
/** What a test calls in the page (tests/browser/drivers/attack-page.ts). */
export type Attack2 = typeof attack2;
Object.assign(window, { attack2 });
