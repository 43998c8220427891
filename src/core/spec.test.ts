import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as answers from './answers';
import { ANSWERS, answerOf, COMMANDS } from './protocol';
import { RULES } from './shape-rules';
import { boolean, check, list, literal, number, object, oneOf, optional, type Spec, shaped, text } from './spec';
import { toZod } from './spec-zod';

// One spec, two ways to run it: `check` (content scripts, no zod) and its zod schema (background, storage) must take
// the same values and give the same copy, for every shape the spec language can write and every answer it writes.

/** Strings each rule takes and strings beside them (too long, other case, a word): both sides of every check. */
const SAMPLES = [
  '',
  'x',
  'ok',
  'bad',
  'ready',
  'filled',
  'conflict',
  'storeId',
  'secret',
  'bg/ask',
  'bg/fill',
  '00159',
  '0015',
  '5ac428108b2c3703c514adae',
  '5AC428108B2C3703C514ADAE',
  '9f3c2a1b4d5e6f70',
  'Regenerate',
  'a1b2c3d4e5f60718293a4b5c6d7e8f90',
  'Ege Tekstil',
  'https://app.shopiverse.tech/callback',
  'a'.repeat(41),
  '7'.repeat(200),
];

/** Values near what a spec takes: mostly of its shape, sometimes off by one part, sometimes anything at all. */
function near(spec: Spec, depth = 0): fc.Arbitrary<unknown> {
  const anything = fc.anything({ maxDepth: 1 });
  switch (spec.kind) {
    case 'text': {
      // Mostly a sample the text takes (an ID's shape is rare among random strings), else any.
      const fitting = SAMPLES.filter((sample) => check(spec, sample).success);
      const others = fc.oneof(fc.constantFrom(...SAMPLES), fc.string({ maxLength: (spec.max ?? 30) + 2 }), anything);
      return fitting.length ? fc.oneof({ arbitrary: fc.constantFrom(...fitting), weight: 6 }, others) : others;
    }
    case 'boolean':
      return fc.oneof(fc.boolean(), anything);
    case 'number':
      return fc.oneof(fc.double(), fc.integer(), anything);
    case 'literal':
      return fc.oneof({ arbitrary: fc.constant(spec.value), weight: 4 }, fc.constantFrom('bg/other', false, 'true'), anything);
    case 'enum':
      return fc.oneof({ arbitrary: fc.constantFrom(...spec.values), weight: 4 }, fc.constantFrom('other', ''), anything);
    case 'optional':
      return fc.oneof(fc.constant(undefined), near(spec.spec, depth));
    case 'list':
      return fc.oneof(
        { arbitrary: fc.array(near(spec.item, depth + 1), { maxLength: (spec.max ?? 3) + 1 }), weight: 4 },
        depth > 2 ? fc.constant(null) : anything,
      );
    case 'object': {
      const fields = Object.fromEntries(Object.entries(spec.fields).map(([key, field]) => [key, near(field, depth + 1)]));
      const keys = Object.keys(fields);
      const record = fc.record(
        { ...fields, extra: anything },
        {
          requiredKeys: keys.filter((key) => spec.fields[key]?.kind !== 'optional') as never[],
        },
      );
      // Now and then a required key is left out too.
      return fc.oneof({ arbitrary: record, weight: 6 }, fc.record(fields, { requiredKeys: [] }), fc.constantFrom(null, [], 'x'));
    }
  }
}

const leaf: fc.Arbitrary<Spec> = fc.oneof(
  fc.integer({ min: 0, max: 45 }).map(text),
  fc.constantFrom(...Object.values(RULES)).map(shaped),
  fc.constant(shaped({ pattern: /^\d{5}$/ })),
  fc.constant(boolean),
  fc.constant(number),
  fc.constantFrom('bg/ask', 'ok', true).map(literal),
  fc.constantFrom(['ok', 'bad'], ['storeId', 'clientId', 'secret'], ['ready']).map(oneOf),
);

/** Any spec the language writes, to three levels. */
const anySpec: fc.Arbitrary<Spec> = fc.letrec<{ spec: Spec }>((tie) => ({
  spec: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    tie('spec').map(optional),
    fc.tuple(tie('spec'), fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined })).map(([item, max]) => list(item, max)),
    fc.dictionary(fc.constantFrom('a', 'b', 'type', 'status', 'fill'), tie('spec'), { maxKeys: 4 }).map(object),
  ),
})).spec;

const schemas = new WeakMap<Spec, ReturnType<typeof toZod>>();
/** Each spec's zod schema, built once. */
function zodOf(spec: Spec) {
  const schema = schemas.get(spec) ?? toZod(spec);
  schemas.set(spec, schema);
  return schema;
}
let taken = 0;

function agree(spec: Spec, value: unknown): void {
  const ours = check(spec, value);
  const theirs = zodOf(spec).safeParse(value);
  expect(ours.success, JSON.stringify(value)).toBe(theirs.success);
  if (ours.success && theirs.success) {
    taken++;
    expect(ours.data).toStrictEqual(theirs.data);
  }
}

describe('check and the zod schema of a spec agree', () => {
  it('on any spec the language writes, over values near it', () => {
    fc.assert(
      fc.property(
        anySpec.chain((spec) => fc.tuple(fc.constant(spec), near(spec))),
        ([spec, value]) => agree(spec, value),
      ),
      { numRuns: 2000 },
    );
  });

  const shapes = Object.entries(answers as Record<string, unknown>).filter(
    (entry): entry is [string, Spec] => typeof entry[1] === 'object' && entry[1] !== null && 'kind' in entry[1],
  );
  it('names every answer and command shape', () => {
    expect(shapes.map(([name]) => name).sort()).toEqual(
      [
        'FillCommand',
        'FillOutcome',
        'FillPayload',
        'FormCheck',
        'FormQuestion',
        'GivenAnswer',
        'ImageVerdict',
        'ImagesAnswer',
        'Ok',
        'PageAnswer',
        'PickCommand',
        'PrefillAnswer',
        'PushAnswer',
        'ReceiptsAnswer',
        'RescanCommand',
        'TaughtAnswer',
      ].sort(),
    );
  });
  it.each(shapes)('on %s', (_name, spec) => {
    taken = 0;
    fc.assert(
      fc.property(near(spec), (value) => agree(spec, value)),
      { numRuns: 600 },
    );
    // Both sides of the check are met: values the shape takes, not only values it refuses.
    expect(taken).toBeGreaterThan(20);
  });
});

describe('check', () => {
  const Answer = object({ status: oneOf(['ok', 'bad']), conflicts: optional(list(text(3), 2)), ok: literal(true) });
  it.each([
    ['takes the shape, dropping keys it does not name', { status: 'ok', ok: true, extra: 1 }, { status: 'ok', ok: true }],
    ['keeps an optional key given as undefined', { status: 'ok', ok: true, conflicts: undefined }, { status: 'ok', ok: true, conflicts: undefined }],
    ['takes a list within its length', { status: 'bad', ok: true, conflicts: ['abc', 'd'] }, { status: 'bad', ok: true, conflicts: ['abc', 'd'] }],
    ['refuses a list over its length', { status: 'bad', ok: true, conflicts: ['a', 'b', 'c'] }, undefined],
    ['refuses an item too long', { status: 'bad', ok: true, conflicts: ['abcd'] }, undefined],
    ['refuses a word outside the enum', { status: 'fine', ok: true }, undefined],
    ['refuses another literal', { status: 'ok', ok: false }, undefined],
    ['refuses a missing required key', { ok: true }, undefined],
    ['refuses an array for an object', [], undefined],
    ['refuses a refusal of the background', { rejected: 'sender' }, undefined],
  ] as const)('%s', (_name, value, want) => {
    const checked = check(Answer, value);
    expect(checked.success ? checked.data : undefined).toStrictEqual(want);
  });
  it('refuses numbers that are not finite, as zod does', () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, '1']) expect(check(number, value).success).toBe(false);
    expect(check(number, -0.5).success).toBe(true);
  });
});

describe('the protocol', () => {
  it('answers every message with a shape of answers.ts, Ok unless listed', () => {
    const shapes = new Set(Object.values(answers));
    for (const [type, answer] of Object.entries(ANSWERS)) expect(shapes.has(answer), type).toBe(true);
    expect(answerOf('joom/store')).toBe(answers.Ok);
    expect(answerOf('sv/page')).toBe(answers.PageAnswer);
  });
  it.each(Object.entries(COMMANDS))('hears %s only as itself', (type, { command }) => {
    expect(command.fields.type.value).toBe(type);
    for (const [other, { command: spec }] of Object.entries(COMMANDS)) if (other !== type) expect(check(spec, { type }).success).toBe(false);
  });
  it.each([
    ['a pick command', { type: 'bg/pick', field: 'secret' }, { type: 'bg/pick', field: 'secret' }],
    ['a pick of a field we do not carry', { type: 'bg/pick', field: 'storeName' }, undefined],
  ] as const)('checks %s', (_name, value, want) => {
    const checked = check(answers.PickCommand, value);
    expect(checked.success ? checked.data : undefined).toStrictEqual(want);
  });
});
