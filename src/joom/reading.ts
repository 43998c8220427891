import { decideField, type Evidence, type FieldDecision } from '../core/evidence';
import { FIELDS, type Field } from '../core/fields';
import type { JoomField } from '../core/joom-labels';
import type { Message } from '../core/messages';
import type { Candidate } from '../core/records';
import { fits, RULES } from '../core/shape-rules';

// From the evidence a Joom page gave to what the background is told. Pure (no DOM, no extension API): unit-tested.

const STORE_ID_IN_TEXT = /\b[0-9a-f]{24}\b/;

const clip = (text: string, max: number) => text.trim().slice(0, max);

/** The candidates the popup is told of, as the page's marks name them too (read-values.ts choiceMarks). */
export function candidates(items: readonly Evidence<JoomField>[]): Candidate[] {
  return items.slice(0, 8).map((item) => ({
    value: item.value,
    label: clip(item.label, 80),
    ...(item.section ? { section: clip(item.section, 80) } : {}),
  }));
}

/**
 * The store a store page is about: named by its label, else by the page's heading. Not on an application's page,
 * whose heading is the application's title: a store whose ID the seller picked there keeps the name it had.
 */
export function storeNameOnPage(evidence: readonly Evidence<JoomField>[], pageHeading?: string): string | undefined {
  if (decideField(evidence, 'clientId').value) return undefined;
  return decideField(evidence, 'storeName').value ?? (pageHeading && pageHeading.length <= 120 ? pageHeading : undefined);
}

/** What this page tells the background: facts, the choices it leaves to the seller, and notes. */
export function toMessages(evidence: readonly Evidence<JoomField>[], pageHeading?: string): Message[] {
  const messages: Message[] = [];
  const one = (field: JoomField) => decideField(evidence, field);
  const decisions = { storeId: one('storeId'), clientId: one('clientId'), secret: one('secret') };
  const { storeId, clientId, secret } = decisions;
  const label = (decision: FieldDecision<Evidence<JoomField>>) => (decision.best ? clip(decision.best.label, 80) : undefined);
  if (secret.masked) messages.push({ type: 'joom/note', kind: 'masked', field: 'secret' });

  const appStore = one('appStore').value;
  const storeInName = appStore?.match(STORE_ID_IN_TEXT)?.[0];
  const app = {
    title: one('appTitle').value,
    redirectUrl: one('redirectUrl').value,
    storeId: storeId.value ?? storeInName,
    storeName: appStore && !fits(RULES.storeId, appStore) ? appStore.replace(/\s*\(?\b[0-9a-f]{24}\b\)?\s*/, '').trim() || undefined : undefined,
  };
  const pageName = storeNameOnPage(evidence, pageHeading);
  if (clientId.value) {
    messages.push({
      type: 'joom/app',
      clientId: clientId.value,
      secret: secret.value,
      ...app,
      labels: { clientId: label(clientId), secret: label(secret) },
    });
  } else if (storeId.value) {
    messages.push({ type: 'joom/store', storeId: storeId.value, storeName: pageName, labels: { storeId: label(storeId) } });
  }
  // The fields left for the seller to choose, with what the page did decide; or, on a page that decided, none.
  const fields: Partial<Record<Field, Candidate[]>> = {};
  for (const field of FIELDS) if (decisions[field].ambiguous) fields[field] = candidates(decisions[field].candidates);
  // A list of stores, and nothing else: the seller may pick theirs (not on an application's page, where it is noise).
  if (!storeId.value && !storeId.ambiguous && !clientId.value && storeId.listed.length > 0) fields.storeId = candidates(storeId.listed);
  if (Object.keys(fields).length > 0 || storeId.value || clientId.value) {
    const context = { ...app, storeName: app.storeName ?? (clientId.value ? undefined : pageName), clientId: clientId.value, secret: secret.value };
    messages.push({ type: 'joom/choices', fields, context });
  }
  return messages;
}
