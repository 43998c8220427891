import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { DECOY_PRODUCT_ID, IMAGE_HOST, JOOM_TEXT, type JoomApp, type JoomStore, PRODUCT_IMAGES, SELLER } from '../data';
import { config, Late, Link, navigate, usePath } from '../spa';

// Replica of merchant.joom.com: stores list, a store's page, API applications, the new-application form (React,
// controlled inputs), an application's page, and a product list. Labels are not tied to their inputs.

const T = JOOM_TEXT[config().lang];
/** A price as the panel's language writes it (Intl): "₺1.729,90" in Turkish, "₺1,729.90" in English (seller judge, issue 17 point 6). */
const price = (amount: number) =>
  new Intl.NumberFormat(config().lang === 'en' ? 'en-US' : 'tr-TR', { style: 'currency', currency: 'TRY', currencyDisplay: 'narrowSymbol' }).format(amount);
const APPS_KEY = 'replica-joom-apps';

function apps(): JoomApp[] {
  const created = JSON.parse(sessionStorage.getItem(APPS_KEY) ?? '[]') as JoomApp[];
  return [...config().apps, ...created];
}

function Shell() {
  const path = usePath();
  const [menu, setMenu] = useState(false);
  return (
    <div className="layout">
      <header className="top">
        <Link to="/panel/stores">{T.stores}</Link> · <Link to="/panel/products">{T.products}</Link>
        <button type="button" className="account" onClick={() => setMenu(!menu)}>
          {SELLER}
        </button>
        {menu && (
          <nav className="menu">
            <Link to="/panel/api">{T.apiApps}</Link>
          </nav>
        )}
      </header>
      <main>
        <Page key={path} path={location.pathname} />
      </main>
    </div>
  );
}

function Page({ path }: { path: string }) {
  const store = config().stores.find((s) => path === `/panel/stores/${s.id}`);
  const app = apps().find((a) => path === `/panel/api/${a.id}`);
  let page = <p>404</p>;
  if (path === '/panel/stores' || path === '/panel/stores/') page = <Stores />;
  else if (store) page = <StorePage store={store} />;
  else if (path === '/panel/api') page = <Apps />;
  else if (path === '/panel/api/new') page = <NewAppForm />;
  else if (app) page = <AppPage app={app} />;
  else if (path === '/panel/products') page = <Products />;
  return <Late loading={T.loading}>{page}</Late>;
}

function Stores() {
  return (
    <section>
      <h1>{T.stores}</h1>
      <button type="button">{T.newStore}</button>
      <ul>
        {config().stores.map((store) => (
          <li key={store.id}>
            <Link to={`/panel/stores/${store.id}`}>{store.name}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

function IdRow({ store }: { store: JoomStore }) {
  switch (store.layout) {
    case 'dl':
      return (
        <dl className="kv">
          <dt>{T.storeId}</dt>
          <dd>{store.id}</dd>
          <dt>{T.storeName}</dt>
          <dd>{store.name}</dd>
        </dl>
      );
    case 'table':
      return (
        <table>
          <tbody>
            <tr>
              <th>{T.storeId}</th>
              <td>{store.id}</td>
            </tr>
          </tbody>
        </table>
      );
    case 'twoIds':
      return (
        <dl>
          <dt>{T.storeId}</dt>
          <dd>{store.id}</dd>
          <dt>{T.storeId}</dt>
          <dd>{`${store.id.slice(0, 23)}f`}</dd>
        </dl>
      );
    case 'inline':
      return (
        <p>
          {T.storeId}: {store.id}
        </p>
      );
    case 'input':
      return (
        <div className="row">
          <span className="lbl">{T.storeId.toUpperCase()}</span>
          <input readOnly value={store.id} />
        </div>
      );
    case 'copyAttr':
      return (
        <div className="row">
          <div className="lbl">{T.storeId}</div>
          <div>
            <button type="button" data-clipboard-text={store.id}>
              ⧉
            </button>
          </div>
        </div>
      );
    default:
      return (
        <div className="grid">
          <div className="cell">
            <span className="lbl">{T.storeId}</span>
          </div>
          <div className="cell">
            <span className="val">{store.id}</span>
          </div>
          <div className="cell">
            <span className="lbl">{T.storeName}</span>
          </div>
          <div className="cell">
            <span className="val">{store.name}</span>
          </div>
        </div>
      );
  }
}

function StorePage({ store }: { store: JoomStore }) {
  return (
    <article>
      <h1>{store.name}</h1>
      <p className="help">{T.help}</p>
      <section>
        <h2>{T.general}</h2>
        <IdRow store={store} />
      </section>
      <section>
        <h2>{T.products}</h2>
        <p>
          {T.product} <span>{DECOY_PRODUCT_ID}</span>
        </p>
      </section>
    </article>
  );
}

function Apps() {
  return (
    <section>
      <h1>{T.apiApps}</h1>
      <Link to="/panel/api/new" className="button">
        {T.newApp}
      </Link>
      <ul>
        {apps().map((app) => (
          <li key={app.id}>
            <Link to={`/panel/api/${app.id}`}>{app.title}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="row">
      <div className="lbl">{label}</div>
      <div className="val">{children}</div>
    </div>
  );
}

function AppPage({ app }: { app: JoomApp }) {
  const [shown, setShown] = useState(!app.masked);
  const store = config().stores.find((s) => s.id === app.storeId);
  return (
    <article>
      <h1>{app.title}</h1>
      <Row label={T.title}>{app.title}</Row>
      <Row label={T.store}>{store?.name ?? app.storeId}</Row>
      <Row label={T.clientId}>
        <code>{app.clientId}</code>
      </Row>
      <Row label={T.secret}>
        <code>{shown ? app.secret : '••••••••••••'}</code>
        {!shown && (
          <button type="button" onClick={() => setShown(true)}>
            {T.reveal}
          </button>
        )}
      </Row>
      <Row label={T.redirect}>{app.redirectUrl}</Row>
    </article>
  );
}

/** React with controlled inputs: setting `.value` alone does not reach `form`; only React's onChange does. */
function NewAppForm() {
  const [form, setForm] = useState({ title: '', store: '', redirect: '' });
  const set = (key: keyof typeof form) => (event: { target: { value: string } }) => setForm({ ...form, [key]: event.target.value });
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        window.__replicaSubmitted = { ...form };
        const app: JoomApp = {
          id: `app-${Date.now()}`,
          title: form.title,
          clientId: 'c0ffee0123456789',
          secret: '0123456789abcdef0123456789abcdef',
          redirectUrl: form.redirect,
          storeId: form.store,
        };
        sessionStorage.setItem(APPS_KEY, JSON.stringify([...JSON.parse(sessionStorage.getItem(APPS_KEY) ?? '[]'), app]));
        navigate(`/panel/api/${app.id}`);
      }}
    >
      <h1>{T.newApp}</h1>
      <div className="field">
        <div className="lbl">{T.title}</div>
        <input value={form.title} onChange={set('title')} />
      </div>
      <div className="field">
        <div className="lbl">{T.store}</div>
        <select value={form.store} onChange={set('store')}>
          <option value="">{T.choose}</option>
          {config().stores.map((store) => (
            <option key={store.id} value={store.id}>
              {store.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <div className="lbl">{T.redirect}</div>
        {/* As wide as the address it holds: at the default size the listing's frame showed "https://app.shopiverse.tec". */}
        <input value={form.redirect} onChange={set('redirect')} style={{ width: 470 }} />
      </div>
      <button type="submit">{T.save}</button>
    </form>
  );
}

function Products() {
  return (
    <section>
      <h1>{T.products}</h1>
      <img src="/static/joom-logo.png" alt="Joom logo" width={32} height={32} />
      <table>
        <tbody>
          {PRODUCT_IMAGES.map((image) => (
            <tr key={image.file}>
              <td>
                <img src={`${IMAGE_HOST}/${image.file}`} alt="" width={60} height={60} style={{ objectFit: 'cover' }} />
              </td>
              <td>{image.name}</td>
              <td>
                {T.price}: {price(1729.9)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** A page of padding text and a DOM that never stops changing, for the stress tests. */
function stress() {
  const { padKb = 0, mutationsPerSecond = 0 } = config().stress ?? {};
  if (padKb > 0) {
    const pad = document.createElement('div');
    const line = 'Lorem ipsum dolor sit amet, ürün açıklaması ve mağaza bilgileri. ';
    for (let i = 0; i < (padKb * 1024) / 2048; i++) {
      const paragraph = document.createElement('p');
      paragraph.textContent = line.repeat(Math.ceil(2048 / line.length)).slice(0, 2048);
      pad.append(paragraph);
    }
    document.body.append(pad);
  }
  if (mutationsPerSecond > 0) {
    const ticker = document.createElement('div');
    document.body.append(ticker);
    const perTick = Math.ceil(mutationsPerSecond / 100);
    setInterval(() => {
      for (let i = 0; i < perTick; i++) ticker.textContent = String(Math.random());
    }, 10);
  }
}

stress();
createRoot(document.getElementById('root') as HTMLElement).render(<Shell />);
