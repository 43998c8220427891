import type { JoomField } from '../core/labels';
import type { Message } from '../core/messages';
import { fits, RULES } from '../core/shape-rules';
import { decide, type Reading } from '../dom/find-by-label';

// From what a Joom page shows to what the background is told. No extension API here, so it is unit-tested.

/** What this reading tells the background: facts, and notes when something was seen but not taken. */
export function toMessages(reading: Reading<JoomField>): Message[] {
  const messages: Message[] = [];
  const one = (field: JoomField) => decide(reading, field);
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
    const storeInName = appStore?.match(/\b[0-9a-f]{24}\b/)?.[0];
    messages.push({
      type: 'joom/app',
      clientId: clientId.value,
      secret: secret.value,
      title: one('appTitle').value,
      redirectUrl: one('redirectUrl').value,
      storeId: storeId.value ?? storeInName,
      storeName: appStore && !fits(RULES.storeId, appStore) ? appStore.replace(/\s*\(?\b[0-9a-f]{24}\b\)?\s*/, '').trim() || undefined : undefined,
    });
  } else if (storeId.value) {
    const name = one('storeName').value ?? headingText();
    messages.push({ type: 'joom/store', storeId: storeId.value, storeName: name });
  }
  return messages;
}

function headingText(): string | undefined {
  const text = document.querySelector('h1')?.textContent?.trim();
  return text && text.length <= 120 ? text : undefined;
}
