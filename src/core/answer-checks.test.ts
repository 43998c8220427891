import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkFillCommand,
  checkGivenAnswer,
  checkImagesAnswer,
  checkPageAnswer,
  checkPickCommand,
  checkPrefillAnswer,
  checkPushAnswer,
  checkTaughtAnswer,
} from './answer-checks';
import { FillCommand, GivenAnswer, ImagesAnswer, PageAnswer, PickCommand, PrefillAnswer, TaughtAnswer } from './answers';
import { PushAnswer } from './messages';

// The content scripts' checks and the zod schemas must take and give exactly the same: one rule, two ways to run it.

const storeId = fc.constantFrom('5ac428108b2c3703c514adae', '5AC428108B2C3703C514ADAE', 'short', '');
const clientId = fc.constantFrom('9f3c2a1b4d5e6f70', 'Regenerate', 'a'.repeat(200), '12');
const secret = fc.constantFrom('a1b2c3d4e5f60718293a4b5c6d7e8f90', 'short1', 'no digits here at all');
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(fc.oneof(arbitrary, fc.anything()), { nil: undefined });
const payload = fc.record({ storeId, clientId, secret }, { requiredKeys: ['storeId', 'clientId'] });
const verdict = fc.record(
  {
    url: fc.oneof(fc.webUrl(), fc.constant('x'.repeat(5000))),
    status: fc.constantFrom('ok', 'bad', 'unknown', 'fine'),
    reasons: fc.array(fc.oneof(fc.constantFrom('landscape', 'format'), fc.string({ minLength: 39, maxLength: 42 })), { maxLength: 3 }),
    width: maybe(fc.oneof(fc.integer(), fc.constant(Number.NaN), fc.constant(Number.POSITIVE_INFINITY))),
    height: maybe(fc.integer()),
    format: maybe(fc.constantFrom('webp', 'jpg', 'toolongformat')),
    approximate: fc.oneof(fc.boolean(), fc.constant('yes')),
    extra: fc.anything(),
  },
  { requiredKeys: ['url', 'status', 'reasons'] },
);

function agree(check: (value: unknown) => { success: boolean; data?: unknown }, schema: { safeParse(value: unknown): { success: boolean; data?: unknown } }) {
  return (value: unknown) => {
    const ours = check(value);
    const theirs = schema.safeParse(value);
    expect(ours.success).toBe(theirs.success);
    if (theirs.success) expect(ours.data).toStrictEqual(theirs.data);
  };
}

describe('answer checks agree with the zod schemas', () => {
  it('PageAnswer', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.record({
            fill: maybe(payload),
            pending: fc.oneof(fc.boolean(), fc.anything()),
            dropped: maybe(fc.constantFrom('conflict', 'otherStore', 'expired', 'other')),
          }),
          fc.anything(),
        ),
        agree(checkPageAnswer, PageAnswer),
      ),
      { numRuns: 2000 },
    );
  });
  it('FillCommand', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.record({ type: fc.constantFrom('bg/fill', 'bg/other'), payload, overwrite: fc.oneof(fc.boolean(), fc.anything()) }), fc.anything()),
        agree(checkFillCommand, FillCommand),
      ),
      { numRuns: 2000 },
    );
  });
  it('PrefillAnswer', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.record({ storeId: maybe(storeId), storeName: maybe(fc.string({ maxLength: 130 })) }), fc.anything()),
        agree(checkPrefillAnswer, PrefillAnswer),
      ),
      {
        numRuns: 2000,
      },
    );
  });
  it('ImagesAnswer', () => {
    fc.assert(fc.property(fc.oneof(fc.record({ verdicts: fc.array(verdict, { maxLength: 3 }) }), fc.anything()), agree(checkImagesAnswer, ImagesAnswer)), {
      numRuns: 2000,
    });
  });
  it('PushAnswer', () => {
    const status = fc.constantFrom('filled', 'pending', 'conflict', 'notJoom', 'missing', 'error', 'done');
    const conflicts = maybe(fc.array(fc.string({ maxLength: 42 }), { maxLength: 3 }));
    fc.assert(fc.property(fc.oneof(fc.record({ status, conflicts }), fc.anything()), agree(checkPushAnswer, PushAnswer)), { numRuns: 2000 });
  });
  it('PickCommand, TaughtAnswer, GivenAnswer', () => {
    const field = fc.constantFrom('storeId', 'clientId', 'secret', 'other');
    fc.assert(fc.property(fc.oneof(fc.record({ type: fc.constantFrom('bg/pick', 'bg/other'), field }), fc.anything()), agree(checkPickCommand, PickCommand)), {
      numRuns: 1000,
    });
    const label = fc.record({ field, text: fc.string({ maxLength: 62 }), extra: fc.anything() }, { requiredKeys: ['field', 'text'] });
    fc.assert(fc.property(fc.oneof(fc.record({ labels: fc.array(label, { maxLength: 3 }) }), fc.anything()), agree(checkTaughtAnswer, TaughtAnswer)), {
      numRuns: 1000,
    });
    fc.assert(
      fc.property(
        fc.oneof(fc.record({ problem: maybe(fc.constantFrom('shape', 'needClientId', 'noTab', 'other')) }), fc.anything()),
        agree(checkGivenAnswer, GivenAnswer),
      ),
      { numRuns: 1000 },
    );
  });
});
