// component-slots.spec.ts: a page script builds the page (manual slot assignment, nested slots, ...) and this reader
// (the content script's collectEvidence + decideField) says which value it takes. Open roots only.
import { decideField } from '../../src/core/evidence';
import { collectEvidence } from '../../src/dom/evidence';
import { JOOM_FIELDS } from '../../src/joom/fields';

const painted = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))));

async function read(field: 'storeId' | 'clientId' | 'secret'): Promise<{ value: string | null; all: string[] }> {
  await painted();
  const evidence = collectEvidence(document.body, JOOM_FIELDS);
  return {
    value: decideField(evidence, field).value ?? null,
    all: evidence.filter((item) => item.field === field).map((item) => `${item.value}|${item.via}|visible=${item.visible}`),
  };
}

Object.assign(window, { componentSlots: { read } });
