import { offeredStores } from '../core/checklist';
import type { StoreRecord } from '../core/records';
import { t } from '../shared/i18n';
import { send } from '../shared/send';
import type { Stored } from '../shared/stored';

// A store read on a page never becomes the selected one by itself (core/apply.ts): the background offers it here,
// once, and the seller answers. Values a page showed past its allowance of new stores are named here too.

/** A store as the seller knows it: its name; a store whose name was not read, by the end of its ID. */
export const storeLabel = (store: StoreRecord | undefined, storeId: string) => (store?.name ? store.name : t('storeUnnamed', `…${storeId.slice(-6)}`));

/** The store offered now, when its record is there to name it (the first of the offers waiting). */
export const openOffer = (local: Stored['local']) => {
  const [offerId] = offeredStores(local);
  return offerId ? local.stores[offerId] : undefined;
};

/**
 * The offer, as a one-line bar under the card once no question is asked (the seller answers it before pushing), and the note on stores skipped. Never the card itself (issue 17: the
 * offer filled the card, and the selected store's name, ID and next step, or the seller's own question, went out of
 * sight): the store's name, a button to switch to it and one to dismiss the offer (the current store stays). Each
 * button's title names its store ("Seç" alone read as select what?, seller review B14).
 */
export function StoreOffer({ stored, selected, held }: { stored: Stored; selected?: string; held: boolean }) {
  const { local, session } = stored;
  // While the card asks the seller a question, the offer waits (it is kept): two decisions at once competed, and the
  // offer's answer would change whose question it was (look verdict 4). One line says it waits: a page raising
  // questions must not keep an offer out of sight unsaid.
  // Offers wait in a list, oldest first (core/records.ts): the bar asks about the first and says how many follow.
  const [offerId, ...after] = offeredStores(local);
  const offered = held ? undefined : openOffer(local);
  const skipped = session.skipped;
  if (!offerId && !skipped) return null;
  return (
    <>
      {offerId && held && (
        <p class="detail" role="status" data-offer-held={offerId}>
          {t('offerHeld')}
        </p>
      )}
      {offered && (
        <div class="offer-bar" role="status" data-offer={offered.storeId}>
          <p>
            {after.length > 0
              ? t('offerBarMore', [storeLabel(offered, offered.storeId), String(after.length)])
              : t('offerBar', storeLabel(offered, offered.storeId))}
          </p>
          {/* Dismissing comes first: a page's offer never becomes the answer by a reflex press. */}
          <button
            type="button"
            data-answer="keep"
            title={selected ? t('offerKeep', storeLabel(local.stores[selected], selected)) : undefined}
            onClick={() => void send({ type: 'popup/offer', storeId: offered.storeId, select: false })}
          >
            {/* Named for what it does: the current store stays ("Yoksay" left unsaid what was ignored, and what then: issue 17). */}
            {selected ? t('offerKeep', storeLabel(local.stores[selected], selected)) : t('offerStay')}
          </button>
          <button
            type="button"
            data-answer="select"
            title={t('offerSelect', storeLabel(offered, offered.storeId))}
            onClick={() => void send({ type: 'popup/offer', storeId: offered.storeId, select: true })}
          >
            {t('offerSwitch', storeLabel(offered, offered.storeId))}
          </button>
          {/* What an answer costs: nothing (core/apply.ts select only changes which store is shown); a seller unsure of
              it would not answer (seller judge s43). */}
          <p class="detail" data-offer-keeps>
            {t('offerKeeps')}
          </p>
        </div>
      )}
      {offered && session.offersFull && (
        <p class="detail" role="status" data-note="offersFull">
          {t('offersFull', String(session.offersFull))}
        </p>
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
