import { useState } from 'preact/hooks';
import { shownApp } from '../core/record-queries';
import type { Source } from '../core/records';
import { copyText } from '../shared/clipboard';
import { t } from '../shared/i18n';
import type { Stored } from '../shared/stored';
import { describeSource } from './Assist';

// The values read so far for the selected store, each with copy. The Secret Key is masked unless revealed.

export function Values({ stored, storeId }: { stored: Stored; storeId?: string }) {
  const [revealed, setRevealed] = useState(false);
  const app = shownApp(stored.local, storeId);
  const secret = app ? stored.session.secrets[app.clientId] : undefined;
  if (!storeId && !app) return <p class="detail">{t('nothingYet')}</p>;
  return (
    <section aria-labelledby="values">
      <h2 id="values">{t('valuesTitle')}</h2>
      <dl>
        {storeId && <Row label={t('fieldStoreId')} value={storeId} field="storeId" source={stored.local.stores[storeId]?.source} />}
        {app && <Row label={t('fieldClientId')} value={app.clientId} field="clientId" source={app.source} />}
        {secret && (
          <>
            <dt>{t('fieldSecret')}</dt>
            <dd>
              <code data-value="secret">{revealed ? secret : '•'.repeat(12)}</code>
              <button type="button" aria-pressed={revealed} onClick={() => setRevealed(!revealed)}>
                {revealed ? t('hide') : t('reveal')}
              </button>
              <Provenance source={app ? stored.session.secretSources?.[app.clientId] : undefined} field="secret" />
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}

function Row({ label, value, field, source }: { label: string; value: string; field: string; source?: Source }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>
        <code data-value={field}>{value}</code>
        <CopyButton value={value} what={label} sensitive={false} />
        <Provenance source={source} field={field} />
      </dd>
    </>
  );
}

function Provenance({ source, field }: { source?: Source; field: string }) {
  return source ? (
    <div class="detail source" data-source={field} data-how={source.how}>
      {describeSource(source)}
    </div>
  ) : null;
}

function CopyButton({ value, what, sensitive }: { value: string; what: string; sensitive: boolean }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <button
      type="button"
      aria-label={`${t('copy')}: ${what}`}
      onClick={async () => {
        setState((await copyText(value, sensitive)) ? 'copied' : 'failed');
        setTimeout(() => setState('idle'), 1500);
      }}
    >
      {state === 'copied' ? t('copied') : state === 'failed' ? t('copyFailed') : t('copy')}
    </button>
  );
}
