import type {
  FillCommand,
  FillPayload,
  FormQuestion,
  GivenAnswer,
  ImagesAnswer,
  ImageVerdict,
  PageAnswer,
  PickCommand,
  PrefillAnswer,
  TaughtAnswer,
} from './answers';
import { PENDING_DROPPED } from './hand-rules';
import type { PushAnswer } from './messages';
import { fits, RULES, type ShapeRule } from './shape-rules';

// Content scripts and the popup check what the background answers with these, not with zod: zod would be most of
// each content script's size, and of the popup's time to show its data. Each check takes exactly what the zod schema in answers.ts takes and returns the same copy (unknown
// keys dropped); answer-checks.test.ts holds the two to agreement on generated values.

export type Checked<T> = { success: true; data: T } | { success: false };

const FAIL = { success: false } as const;
type Fields = Record<string, unknown>;
const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isText = (max: number) => (value: unknown) => typeof value === 'string' && value.length <= max;
const shaped = (rule: ShapeRule) => (value: unknown) => fits(rule, value);

/** The keys of `value` that pass, as a new object; undefined when a required one fails (optional: absent or undefined). */
function pick<T>(
  value: unknown,
  required: Record<string, (field: unknown) => boolean>,
  optional: Record<string, (field: unknown) => boolean> = {},
): T | undefined {
  if (!isObject(value)) return undefined;
  const copy: Fields = {};
  for (const [key, test] of Object.entries(required)) {
    if (!test(value[key])) return undefined;
    copy[key] = value[key];
  }
  for (const [key, test] of Object.entries(optional)) {
    if (value[key] === undefined) {
      if (key in value) copy[key] = undefined;
      continue;
    }
    if (!test(value[key])) return undefined;
    copy[key] = value[key];
  }
  return copy as T;
}

const result = <T>(data: T | undefined): Checked<T> => (data === undefined ? FAIL : { success: true, data });

const payload = (value: unknown) =>
  pick<FillPayload>(value, { storeId: shaped(RULES.storeId), clientId: shaped(RULES.clientId), secret: shaped(RULES.secret) });

export function checkPageAnswer(value: unknown): Checked<PageAnswer> {
  if (!isObject(value)) return FAIL;
  const fill = value.fill === undefined ? undefined : payload(value.fill);
  if (value.fill !== undefined && !fill) return FAIL;
  const base = pick<PageAnswer>(
    value,
    { pending: (pending) => typeof pending === 'boolean' },
    { dropped: (dropped) => (PENDING_DROPPED as readonly unknown[]).includes(dropped) },
  );
  return result(base && ('fill' in value ? { ...base, fill } : base));
}

export function checkFormQuestion(value: unknown): Checked<FormQuestion> {
  return result(
    pick<FormQuestion>(value, {
      type: (type) => type === 'bg/ask',
      storeId: shaped(RULES.storeId),
      clientId: shaped(RULES.clientId),
      overwrite: (overwrite) => typeof overwrite === 'boolean',
    }),
  );
}

export function checkFillCommand(value: unknown): Checked<FillCommand> {
  if (!isObject(value)) return FAIL;
  const fill = payload(value.payload);
  const base = pick<FillCommand>(value, { type: (type) => type === 'bg/fill', overwrite: (overwrite) => typeof overwrite === 'boolean' });
  return result(base && fill ? { ...base, payload: fill } : undefined);
}

export function checkPrefillAnswer(value: unknown): Checked<PrefillAnswer> {
  return result(pick<PrefillAnswer>(value, {}, { storeId: shaped(RULES.storeId), storeName: shaped(RULES.storeName) }));
}

const verdict = (value: unknown) =>
  pick<ImageVerdict>(
    value,
    {
      url: isText(4096),
      status: (status) => status === 'ok' || status === 'bad' || status === 'unknown',
      reasons: (reasons) => Array.isArray(reasons) && reasons.every(isText(40)),
      approximate: (approximate) => typeof approximate === 'boolean',
    },
    { width: isNumber, height: isNumber, format: isText(8) },
  );

export function checkImagesAnswer(value: unknown): Checked<ImagesAnswer> {
  if (!isObject(value) || !Array.isArray(value.verdicts)) return FAIL;
  const verdicts = value.verdicts.map(verdict);
  return verdicts.every((item) => item !== undefined) ? { success: true, data: { verdicts: verdicts as ImageVerdict[] } } : FAIL;
}

const PUSH_STATUSES = ['filled', 'pending', 'conflict', 'notJoom', 'offsite', 'sendsInUrl', 'hidden', 'manyForms', 'missing', 'error'];

export function checkPushAnswer(value: unknown): Checked<PushAnswer> {
  return result(
    pick<PushAnswer>(
      value,
      { status: (status) => PUSH_STATUSES.includes(status as string) },
      { conflicts: (conflicts) => Array.isArray(conflicts) && conflicts.every(isText(40)) },
    ),
  );
}

const PICK_FIELDS = ['storeId', 'clientId', 'secret'];
const isPickField = (field: unknown) => PICK_FIELDS.includes(field as string);

export function checkPickCommand(value: unknown): Checked<PickCommand> {
  return result(pick<PickCommand>(value, { type: (type) => type === 'bg/pick', field: isPickField }));
}

export function checkTaughtAnswer(value: unknown): Checked<TaughtAnswer> {
  if (!isObject(value) || !Array.isArray(value.labels)) return FAIL;
  const labels = value.labels.map((label) => pick<TaughtAnswer['labels'][number]>(label, { field: isPickField, text: isText(60) }));
  return labels.every((label) => label !== undefined) ? { success: true, data: { labels: labels as TaughtAnswer['labels'] } } : FAIL;
}

const GIVEN_PROBLEMS = ['needClientId', 'shape', 'noTab'];

export function checkGivenAnswer(value: unknown): Checked<GivenAnswer> {
  return result(pick<GivenAnswer>(value, {}, { problem: (problem) => GIVEN_PROBLEMS.includes(problem as string) }));
}

export function isRescanCommand(value: unknown): boolean {
  return isObject(value) && value.type === 'bg/rescan';
}
