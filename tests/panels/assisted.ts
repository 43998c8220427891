import { latePage } from './routes';

// Joom pages for the assisted paths (issue 10), shared by the browser tests and npm start's walk: a page with two
// Store IDs, a layout no label of ours names, an application page with a given secret.

export const twoStoreIds = (name: string, first: string, second: string) =>
  latePage(`<h1>${name}</h1><div class="card"><p>Kimlik No: ${first}</p></div><div class="card"><dl><dt>Kimlik No</dt><dd>${second}</dd></dl></div>`);

/** The seller's own words for the Store ID: "Mağaza numarası". */
export const unknownLayout = (id: string, name: string) =>
  latePage(`<h1>${name}</h1><div class="panel"><div class="row"><span class="k">Mağaza numarası</span> <span class="v">${id}</span></div>
    <div class="row"><span class="k">Ülke</span> <span class="v">Türkiye</span></div></div>`);

export const appWithSecret = (clientId: string, secret: string) =>
  latePage(`<h1>ShopiVerse</h1><dl><dt>Müşteri Kimlik Numarası</dt><dd>${clientId}</dd><dt>Gizli Anahtar</dt><dd>${secret}</dd></dl>`);
