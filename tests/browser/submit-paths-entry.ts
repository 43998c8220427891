// What tests/browser/submit-paths.spec.ts runs inside a real page: each generated Api Tanım form shown (parsed,
// never written as markup into this document), its <base> put in the head, and the form located as the content
// script locates it.
import { locateApiForm } from '../../src/shopiverse/api-form';

export interface ShownForm {
  /** A <base> element's attributes, or none. */
  base?: { href?: string; target?: string };
  body: string;
}

function locateEach(forms: ShownForm[]): string[] {
  return forms.map(({ base, body }) => {
    for (const old of document.head.querySelectorAll('base')) old.remove();
    if (base) {
      const element = document.createElement('base');
      if (base.href !== undefined) element.setAttribute('href', base.href);
      if (base.target !== undefined) element.setAttribute('target', base.target);
      document.head.append(element);
    }
    const parsed = new DOMParser().parseFromString(`<!doctype html><body>${body}</body>`, 'text/html');
    document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
    return locateApiForm(document.body).status;
  });
}

Object.assign(window, { submitPaths: { locateEach } });
