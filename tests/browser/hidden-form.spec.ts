import { describe, expect, it } from 'vitest';
import { BROWSER } from './drivers';
import { useAttackPage } from './drivers/attack-page';
import { apiForm, HIDDEN_FORMS, OVERLAID_REAL_FORM } from './hidden-form-cases';

// Review 7 (on 08fe8f8): an Api Tanım form the seller cannot see that the push still filled (fillApiForm, as the
// content script runs it: qualification, then partsInSight's scroll and hit tests). Markup only, inline styles, no
// script. The first case is a control that must fill. All four filled on 08fe8f8; the layers now count as covers
// (visibility.ts ownLayer) and a form laid over another Joom form is two forms (api-form-rules.ts drawnOver). Still
// open (review 7, finding 2): paint of a sibling under the text; that case is expected to fail until it is fixed.

describe(`fills no Api Tanım form the seller cannot see (${BROWSER})`, () => {
  const { call, evaluate } = useAttackPage('https://app.shopiverse.tech/tr/stores/00159');
  const fill = (html: string) => call('fill', html);

  it('control: the plain form is filled', async () => {
    expect(await fill(apiForm())).toEqual({ status: 'filled', secretIn: true });
  });

  for (const attack of HIDDEN_FORMS)
    (attack.name.includes('z-index:-1') ? it.fails : it)(`fills nothing: ${attack.name}`, async () => {
      const outcome = await fill(attack.html);
      expect(outcome.secretIn, `${outcome.status}: ${attack.html}`).toBe(false);
    });

  // A look-alike in a message list titled "Mesajlar" is no form; a hidden letter inside the title's word broke the
  // title's match, and it was filled (s49). The title is read in its whole text and in its shown words.
  const inMessages = (title: string) =>
    `<main><section><h2>${title}</h2><ul><li><p>Merhaba</p></li><li>${apiForm().replace(/^<main>|<\/main>$/g, '')}</li></ul></section></main>`;
  it.each([
    ['no letter hidden', 'Mesajlar'],
    ['a letter hidden', 'Mes<span hidden>x</span>ajlar'],
    ['a letter at display: none', 'Mes<span style="display:none">x</span>ajlar'],
  ])('fills no look-alike in a message list whose title has %s', async (_name, title) => {
    expect((await fill(inMessages(title))).secretIn).toBe(false);
  });

  // review2-s49, M1: a banner spelled by pieces fixed at the window's corners ("Joom" top right, a code bottom left)
  // around another marketplace's sentence is no Joom store's banner.
  it('fills no form whose banner is spelled by pieces drawn apart', async () => {
    // The banner below a header: "Joom" at the window's top lies on an earlier line than the sentence, the code on a
    // later one, so that the pieces are in reading order.
    const apart = apiForm()
      .replace('<main>', '<main><div style="height:120px">Mağazalar</div>')
      .replace(
        "Joom(Joom) Mağazasına ait düzenleme yapmaktasınız. ('00159' kodlu mağaza)",
        '<span style="position:fixed;top:4px;right:8px">Joom</span>(Joom) Mağazasına ait düzenleme yapmaktasınız. <span style="position:fixed;bottom:4px;left:8px">(\'00777\' kodlu mağaza)</span>',
      );
    expect((await fill(apart)).secretIn).toBe(false);
  });

  it('fills no look-alike laid over the real form by injected markup (the values would go to a path the attacker chose)', async () => {
    const outcome = await fill(OVERLAID_REAL_FORM);
    const where = await evaluate(
      () => ({
        lookAlike: (document.querySelector('#evil input[name="body"]') as HTMLInputElement).value !== '',
        real: (document.querySelector('#api input[name="secret"]') as HTMLInputElement).value !== '',
        action: (document.querySelector('#evil') as HTMLFormElement).action,
      }),
      undefined,
    );
    expect({ ...where, status: outcome.status }, JSON.stringify(where)).not.toMatchObject({ lookAlike: true });
  });
});
