import { useEffect } from 'preact/hooks';
import { checklist } from '../core/checklist';
import { selectedStore, shownApp, unlinkedApps } from '../core/record-queries';
import type { PickField } from '../core/records';
import { t } from '../shared/i18n';
import { send } from '../shared/send';
import type { Stored } from '../shared/stored';
import { Choices, Conflicts, ForgetTaught, Missing } from './Assist';
import { Checklist } from './Checklist';
import { StoreOffer } from './StoreOffer';
import { useStored } from './use-state';
import { Values } from './Values';

/** What the selected store still lacks: the seller can paste or pick each at once. */
function missingFields(stored: Stored, storeId: string | undefined): PickField[] {
  const app = shownApp(stored.local, storeId);
  const missing: PickField[] = [];
  if (!storeId) missing.push('storeId');
  if (!app) missing.push('clientId');
  if (!app || !stored.session.secrets[app.clientId]) missing.push('secret');
  return missing;
}

export function App() {
  const stored = useStored();
  const ready = stored !== undefined;
  useEffect(() => {
    // Time to a popup with its data, read by the browser tests (the target is under 50 ms).
    if (ready) performance.mark('joom-ready');
  }, [ready]);
  if (!stored) return <main aria-busy="true" />;
  const { local, session } = stored;
  const storeId = selectedStore(local);
  const list = checklist(local, session, storeId);
  const stores = Object.values(local.stores).sort((a, b) => b.seenAt - a.seenAt);
  const orphans = unlinkedApps(local);
  document.documentElement.lang = t('@@ui_locale').slice(0, 2);
  document.title = t('extName');
  return (
    <main>
      <h1>{t('extName')}</h1>
      {stores.length > 1 && (
        <label class="row">
          {t('storePicker')}
          <select value={storeId} onChange={(event) => void send({ type: 'popup/select', storeId: event.currentTarget.value })}>
            {stores.map((store) => (
              <option key={store.storeId} value={store.storeId}>
                {store.name ? `${store.name} (${store.storeId.slice(0, 6)}…)` : store.storeId}
              </option>
            ))}
          </select>
        </label>
      )}
      {orphans.length > 0 && stores.length > 0 && (
        <section aria-labelledby="orphans">
          <h2 id="orphans">{t('unlinkedTitle')}</h2>
          {orphans.map((app) => (
            <label class="row" key={app.clientId}>
              {app.title ?? app.clientId}
              <select value="" onChange={(event) => void send({ type: 'popup/link', clientId: app.clientId, storeId: event.currentTarget.value })}>
                <option value="">{t('chooseStore')}</option>
                {stores.map((store) => (
                  <option key={store.storeId} value={store.storeId}>
                    {store.name ?? store.storeId}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </section>
      )}
      {session.storageFull && (
        <p class="detail error" role="alert" data-note="storageFull">
          {t('storageFull')}
        </p>
      )}
      <StoreOffer stored={stored} selected={storeId} />
      <Conflicts stored={stored} />
      <Choices stored={stored} />
      <Missing missing={missingFields(stored, storeId)} />
      <Checklist list={list} stored={stored} />
      <Values stored={stored} storeId={storeId} />
      <ForgetTaught stored={stored} />
    </main>
  );
}
