// Ways a page can draw the "Durum" toggle of an Api Tanım form, each with whether our click may tick it: a click
// that could submit or reset the form, or follow a link, is never ours to make (the fourth review, finding 2). The
// toggle is always id="status"; a role="switch" says its state in aria-checked (the page flips it on click).
// Used by src/shopiverse/api-form.test.ts (happy-dom) and tests/browser/submit-guard.spec.ts (real browsers).

/** A switch drawn as a box, with no text of its own: seen by its size and paint. */
const BOX = 'style="display:inline-block;width:32px;height:16px;background:#64748b"';

export const DURUM_TOGGLES = {
  checkbox: ['<label><input type="checkbox" id="status"> Durum</label>', true],
  checkboxSwitch: ['<div><input type="checkbox" role="switch" id="status"><span>Durum</span></div>', true],
  buttonTypeButton: [`<button type="button" role="switch" aria-checked="false" aria-label="Durum" id="status" ${BOX}></button>`, true],
  spanSwitch: [`<div><span role="switch" aria-checked="false" tabindex="0" id="status" ${BOX}></span><span>Durum</span></div>`, true],
  // A <button> that does not say type="button" submits its form.
  buttonNoType: ['<button role="switch" aria-checked="false" aria-label="Durum" id="status">Durum</button>', false],
  buttonSubmit: [`<button type="submit" role="switch" aria-checked="false" aria-label="Durum" id="status" ${BOX}></button>`, false],
  buttonReset: [`<button type="reset" role="switch" aria-checked="false" aria-label="Durum" id="status" ${BOX}></button>`, false],
  inputSubmit: ['<input type="submit" role="switch" aria-checked="false" aria-label="Durum" value="Durum" id="status">', false],
  inputImage: ['<input type="image" role="switch" aria-checked="false" aria-label="Durum" alt="Durum" id="status">', false],
  link: ['<a href="/tr/elsewhere" role="switch" aria-checked="false" id="status">Durum</a>', false],
  // A click runs up the tree: a switch inside a link or a submit button is their click too.
  inLink: [`<a href="/tr/elsewhere"><span role="switch" aria-checked="false" aria-label="Durum" id="status" ${BOX}></span></a>`, false],
  inSubmitButton: [`<button><span role="switch" aria-checked="false" aria-label="Durum" id="status" ${BOX}></span></button>`, false],
  // A label's click passes to its control.
  labelOfSubmit: ['<label role="switch" aria-checked="false" for="go" id="status">Durum</label><input type="submit" id="go" value="Gönder">', false],
  inLabelOfSubmit: [`<label><span role="switch" aria-checked="false" aria-label="Durum" id="status" ${BOX}></span><button>Gönder</button></label>`, false],
  checkboxInLink: ['<a href="/tr/elsewhere"><input type="checkbox" id="status"> Durum</a>', false],
} as const satisfies Record<string, readonly [string, boolean]>;

export type DurumToggle = keyof typeof DURUM_TOGGLES;

/** The <form> tags the toggles are tried in: no method (an SPA's), a POST back to its page, a POST to another path. */
export const DURUM_FORMS = ['', ' method="post"', ' method="post" action="/tr/reply"'] as const;

/** The page's part: a role="switch" flips its aria-checked when clicked, as a framework's switch would. */
export function flipSwitchesOnClick(document: Document): void {
  const toggle = document.getElementById('status');
  if (toggle && !(toggle instanceof HTMLInputElement && toggle.type === 'checkbox'))
    toggle.addEventListener('click', () => toggle.setAttribute('aria-checked', String(toggle.getAttribute('aria-checked') !== 'true')));
}
