import type { StoreRecord } from '../core/records';
import { t } from '../shared/i18n';
import { send } from '../shared/send';
import type { Stored } from '../shared/stored';
import { describeSource } from './Assist';

// A store read on a page never becomes the selected one by itself (core/apply.ts): the background offers it here,
// once, and the seller answers. Values a page showed past its allowance of new stores are named here too.

/** A store as the seller knows it: its name; a store whose name was not read, by the end of its ID. */
export const storeLabel = (store: StoreRecord | undefined, storeId: string) => (store?.name ? store.name : t('storeUnnamed', `…${storeId.slice(-6)}`));

export function StoreOffer({ stored, selected }: { stored: Stored; selected?: string }) {
  const { local, session } = stored;
  const offered = local.offer && local.offer !== selected ? local.stores[local.offer] : undefined;
  const skipped = session.skipped;
  if (!offered && !skipped) return null;
  return (
    <>
      {offered && (
        <section class="assist" role="alert" data-offer={offered.storeId}>
          <h2>{t('offerTitle', storeLabel(offered, offered.storeId))}</h2>
          {offered.source && (
            <details class="detail source">
              <summary>{t('offerWhere')}</summary>
              {describeSource(offered.source)}
            </details>
          )}
          <div class="row">
            {/* Keeping the current store comes first: a page's offer never becomes the answer by a reflex press. */}
            {selected && (
              <button type="button" data-answer="keep" onClick={() => void send({ type: 'popup/offer', storeId: offered.storeId, select: false })}>
                {t('offerKeep', storeLabel(local.stores[selected], selected))}
              </button>
            )}
            <button type="button" data-answer="select" onClick={() => void send({ type: 'popup/offer', storeId: offered.storeId, select: true })}>
              {t('offerSelect')}
            </button>
          </div>
        </section>
      )}
      {skipped && (
        <p class="detail" role="status" data-note="skippedStores">
          {t('skippedStores', String(skipped.count))}{' '}
          <button type="button" data-answer="dismiss" onClick={() => void send({ type: 'popup/offer', select: false })}>
            {t('skippedOk')}
          </button>
        </p>
      )}
    </>
  );
}
