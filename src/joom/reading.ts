import { decideField, type Evidence } from '../core/evidence';
import type { JoomField } from '../core/joom-labels';
import type { Message } from '../core/messages';
import { StoreId } from '../core/shapes';

// From the evidence a Joom page gave to what the background is told. Pure (no DOM, no extension API): unit-tested.

const STORE_ID_IN_TEXT = /\b[0-9a-f]{24}\b/;

/** What this page tells the background: facts, and notes when something was seen but not taken. */
export function toMessages(evidence: readonly Evidence<JoomField>[], pageHeading?: string): Message[] {
  const messages: Message[] = [];
  const one = (field: JoomField) => decideField(evidence, field);
  const storeId = one('storeId');
  const clientId = one('clientId');
  const secret = one('secret');
  for (const [field, decision] of [
    ['storeId', storeId],
    ['clientId', clientId],
    ['secret', secret],
  ] as const) {
    if (decision.ambiguous) messages.push({ type: 'joom/note', kind: 'ambiguous', field });
  }
  if (secret.masked) messages.push({ type: 'joom/note', kind: 'masked', field: 'secret' });

  if (clientId.value) {
    const appStore = one('appStore').value;
    const storeInName = appStore?.match(STORE_ID_IN_TEXT)?.[0];
    messages.push({
      type: 'joom/app',
      clientId: clientId.value,
      secret: secret.value,
      title: one('appTitle').value,
      redirectUrl: one('redirectUrl').value,
      storeId: storeId.value ?? storeInName,
      storeName: appStore && !StoreId.safeParse(appStore).success ? appStore.replace(/\s*\(?\b[0-9a-f]{24}\b\)?\s*/, '').trim() || undefined : undefined,
    });
  } else if (storeId.value) {
    const name = one('storeName').value ?? (pageHeading && pageHeading.length <= 120 ? pageHeading : undefined);
    messages.push({ type: 'joom/store', storeId: storeId.value, storeName: name });
  }
  return messages;
}
