import { offeredStore } from '../core/checklist';
import type { StoreRecord } from '../core/records';
import { t } from '../shared/i18n';
import { send } from '../shared/send';
import type { Stored } from '../shared/stored';
import { describeSource } from './Assist';

// A store read on a page never becomes the selected one by itself (core/apply.ts): the background offers it here,
// once, and the seller answers. Values a page showed past its allowance of new stores are named here too.

/** A store as the seller knows it: its name; a store whose name was not read, by the end of its ID. */
export const storeLabel = (store: StoreRecord | undefined, storeId: string) => (store?.name ? store.name : t('storeUnnamed', `…${storeId.slice(-6)}`));

/**
 * The offer, and the note on stores skipped. `card`: the offer is the top card's one question (a value that changed
 * waits behind it), asked there with a heading under the card's; `rest`: below the card, the skipped note alone.
 */
export function StoreOffer({ stored, selected, part = 'all' }: { stored: Stored; selected?: string; part?: 'all' | 'card' | 'rest' }) {
  const { local, session } = stored;
  const offerId = part === 'rest' ? undefined : offeredStore(local);
  const offered = offerId ? local.stores[offerId] : undefined;
  const skipped = part === 'card' ? undefined : session.skipped;
  if (!offered && !skipped) return null;
  const Heading = part === 'card' ? 'h3' : 'h2';
  return (
    <>
      {offered && (
        <section class="assist" role="alert" data-offer={offered.storeId}>
          <Heading>{t('offerTitle', storeLabel(offered, offered.storeId))}</Heading>
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
              {/* Both answers name their store ("Seç" alone read as select what?, seller review B14). */}
              {t('offerSelect', storeLabel(offered, offered.storeId))}
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
