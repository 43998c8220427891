import { useState } from 'preact/hooks';
import { appOfStore } from '../core/records';
import { copyText } from '../shared/clipboard';
import { t } from '../shared/i18n';
import type { Stored } from '../shared/stored';

// The values read so far for the selected store, each with copy. The Secret Key is masked unless revealed.

export function Values({ stored, storeId }: { stored: Stored; storeId?: string }) {
  const [revealed, setRevealed] = useState(false);
  const app = storeId ? appOfStore(stored.local, storeId) : undefined;
  const secret = app ? stored.session.secrets[app.clientId] : undefined;
  if (!storeId) return <p class="detail">{t('nothingYet')}</p>;
  return (
    <section aria-labelledby="values">
      <h2 id="values">{t('valuesTitle')}</h2>
      <dl>
        <Row label={t('fieldStoreId')} value={storeId} field="storeId" />
        {app && <Row label={t('fieldClientId')} value={app.clientId} field="clientId" />}
        {secret && (
          <>
            <dt>{t('fieldSecret')}</dt>
            <dd>
              <code data-value="secret">{revealed ? secret : '•'.repeat(12)}</code>
              <button type="button" aria-pressed={revealed} onClick={() => setRevealed(!revealed)}>
                {revealed ? t('hide') : t('reveal')}
              </button>
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}

function Row({ label, value, field }: { label: string; value: string; field: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>
        <code data-value={field}>{value}</code>
        <CopyButton value={value} what={label} sensitive={false} />
      </dd>
    </>
  );
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
