import type { Infer, Spec } from './spec';
import { z } from './zod';

// The zod schema of a spec (spec.ts), for the background and the popup: the same shape the content scripts check
// without zod, written once.

type Schema = z.ZodMiniType;

function build(spec: Spec): Schema {
  switch (spec.kind) {
    case 'text':
      return z
        .string()
        .check(
          ...(spec.pattern === undefined ? [] : [z.regex(spec.pattern)]),
          ...(spec.min === undefined ? [] : [z.minLength(spec.min)]),
          ...(spec.max === undefined ? [] : [z.maxLength(spec.max)]),
        );
    case 'boolean':
      return z.boolean();
    case 'number':
      return z.number();
    case 'literal':
      return z.literal(spec.value);
    case 'enum':
      return z.enum(spec.values as [string, ...string[]]);
    case 'optional':
      return z.optional(build(spec.spec));
    case 'list':
      return spec.max === undefined ? z.array(build(spec.item)) : z.array(build(spec.item)).check(z.maxLength(spec.max));
    case 'object':
      return z.object(Object.fromEntries(Object.entries(spec.fields).map(([key, field]) => [key, build(field)])));
  }
}

/** The zod schema that takes what `check(spec, …)` takes and gives the same copy. */
export function toZod<S extends Spec>(spec: S): z.ZodMiniType<Infer<S>> {
  return build(spec) as z.ZodMiniType<Infer<S>>;
}
