// What tests/browser/submit-paths.spec.ts and others-content.spec.ts run inside a real page: each generated Api
// Tanım page shown (parsed, never written as markup into this document), its <base> put in the head, and the form
// located as the content script locates it.
import { locateApiForm } from '../../src/shopiverse/api-form';

export interface ShownForm {
  /** A <base> element's attributes, or none. */
  base?: { href?: string; target?: string };
  body: string;
}

function show({ base, body }: ShownForm): void {
  for (const old of document.head.querySelectorAll('base')) old.remove();
  if (base) {
    const element = document.createElement('base');
    if (base.href !== undefined) element.setAttribute('href', base.href);
    if (base.target !== undefined) element.setAttribute('target', base.target);
    document.head.append(element);
  }
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${body}</body>`, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
}

/** Each page's verdict ("one", "noForm", …). */
function locateEach(forms: ShownForm[]): string[] {
  return forms.map((form) => {
    show(form);
    return locateApiForm(document.body).status;
  });
}

/** Each page's verdict, and for a form taken, which one: "one 00159" by the store code its banner gives. */
function verdictEach(forms: ShownForm[]): string[] {
  return forms.map((form) => {
    show(form);
    const located = locateApiForm(document.body);
    return located.form ? `one ${located.form.code}` : located.status;
  });
}

Object.assign(window, { submitPaths: { locateEach, verdictEach } });
