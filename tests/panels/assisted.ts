import { latePage } from './routes';

// Joom pages for the assisted paths (issue 10), shared by the browser tests and npm start's walk: a page with two
// Store IDs, a layout no label of ours names, an application page with a given secret.

/** The titles the two Store IDs stand under: what tells them apart, besides their place (issue 17). */
export const TWO_SECTIONS = ['Satıcı hesabı', 'Mağaza'] as const;

export const twoStoreIds = (name: string, first: string, second: string) =>
  latePage(
    `<h1>${name}</h1><h2>${TWO_SECTIONS[0]}</h2><div class="card"><p>Kimlik No: ${first}</p></div><h2>${TWO_SECTIONS[1]}</h2><div class="card"><dl><dt>Kimlik No</dt><dd>${second}</dd></dl></div>`,
  );

/** The seller's own words for the Store ID: "Mağaza numarası". */
export const unknownLayout = (id: string, name: string) =>
  latePage(`<h1>${name}</h1><div class="panel"><div class="row"><span class="k">Mağaza numarası</span> <span class="v">${id}</span></div>
    <div class="row"><span class="k">Ülke</span> <span class="v">Türkiye</span></div></div>`);

/** An application's page; with its store and redirect URL it is the whole page Joom shows (the app is tied to the store). */
export const appWithSecret = (clientId: string, secret: string, whole?: { store: string; redirect: string }) =>
  latePage(
    `<h1>ShopiVerse</h1><dl>${whole ? `<dt>Mağaza</dt><dd>${whole.store}</dd>` : ''}<dt>Müşteri Kimlik Numarası</dt><dd>${clientId}</dd><dt>Gizli Anahtar</dt><dd>${secret}</dd>${whole ? `<dt>Yeniden Yönlendirme URL’si</dt><dd>${whole.redirect}</dd>` : ''}</dl>`,
  );
