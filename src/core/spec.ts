import type { ShapeRule } from './shape-rules';

// A shape written once, as plain data: what the background answers and what it commands a tab to do. Content
// scripts check a value against it with `check` (no zod on a panel page: the budgets in tests/build/bundle.spec.ts);
// the background builds its zod schema from the same spec (spec-zod.ts). spec.test.ts holds the two to agreement:
// the same values taken, the same copy given (unknown keys dropped).

export type Spec =
  | ({ readonly kind: 'text' } & Partial<ShapeRule>)
  | { readonly kind: 'boolean' }
  | { readonly kind: 'number' }
  | { readonly kind: 'literal'; readonly value: string | boolean }
  | { readonly kind: 'enum'; readonly values: readonly string[] }
  | { readonly kind: 'list'; readonly item: Spec; readonly max?: number }
  | { readonly kind: 'optional'; readonly spec: Spec }
  | { readonly kind: 'object'; readonly fields: Readonly<Record<string, Spec>> };

/** A string of at most `max` characters. */
export const text = (max: number) => ({ kind: 'text', max }) as const;
/** A string of a value's shape (shape-rules.ts). */
export const shaped = (rule: ShapeRule) => ({ kind: 'text', ...rule }) as const;
export const boolean = { kind: 'boolean' } as const;
export const number = { kind: 'number' } as const;
export const literal = <const V extends string | boolean>(value: V) => ({ kind: 'literal', value }) as const;
export const oneOf = <const V extends readonly string[]>(values: V) => ({ kind: 'enum', values }) as const;
export const list = <const S extends Spec>(item: S, max?: number) => ({ kind: 'list', item, max }) as const;
export const optional = <const S extends Spec>(spec: S) => ({ kind: 'optional', spec }) as const;
export const object = <const F extends Readonly<Record<string, Spec>>>(fields: F) => ({ kind: 'object', fields }) as const;

type Flat<T> = { [K in keyof T]: T[K] } & {};
type OptionalKeys<F> = { [K in keyof F]: F[K] extends { kind: 'optional' } ? K : never }[keyof F];

/** The TypeScript type of the values a spec takes (unknown for a spec known only as Spec). */
export type Infer<S> = Spec extends S
  ? unknown
  : S extends { kind: 'text' }
    ? string
    : S extends { kind: 'boolean' }
      ? boolean
      : S extends { kind: 'number' }
        ? number
        : S extends { kind: 'literal'; value: infer V }
          ? V
          : S extends { kind: 'enum'; values: readonly (infer V)[] }
            ? V
            : S extends { kind: 'list'; item: infer I }
              ? Infer<I>[]
              : S extends { kind: 'optional'; spec: infer I }
                ? Infer<I> | undefined
                : S extends { kind: 'object'; fields: infer F }
                  ? Flat<{ [K in Exclude<keyof F, OptionalKeys<F>>]: Infer<F[K]> } & { [K in OptionalKeys<F>]?: Infer<F[K]> }>
                  : never;

export type Checked<T> = { success: true; data: T } | { success: false };

const FAILED = {};

/** The copy of `value` the spec takes (objects keep only their spec's keys), or FAILED. */
function take(spec: Spec, value: unknown): unknown {
  switch (spec.kind) {
    case 'text':
      return typeof value === 'string' &&
        (spec.pattern === undefined || spec.pattern.test(value)) &&
        value.length >= (spec.min ?? 0) &&
        value.length <= (spec.max ?? Number.POSITIVE_INFINITY)
        ? value
        : FAILED;
    case 'boolean':
      return typeof value === 'boolean' ? value : FAILED;
    case 'number':
      return Number.isFinite(value) ? value : FAILED;
    case 'literal':
      return value === spec.value ? value : FAILED;
    case 'enum':
      return spec.values.includes(value as string) ? value : FAILED;
    case 'optional':
      return value === undefined ? value : take(spec.spec, value);
    case 'list': {
      if (!Array.isArray(value) || value.length > (spec.max ?? Number.POSITIVE_INFINITY)) return FAILED;
      const items = value.map((item) => take(spec.item, item));
      return items.includes(FAILED) ? FAILED : items;
    }
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return FAILED;
      const copy: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(spec.fields)) {
        const item = take(field, (value as Record<string, unknown>)[key]);
        if (item === FAILED) return FAILED;
        // An optional key left out stays out; one given as undefined stays, as zod keeps it.
        if (item !== undefined || key in value) copy[key] = item;
      }
      return copy;
    }
  }
}

/** Check a value against a spec without zod: the checked copy, or a failure. */
export function check<S extends Spec>(spec: S, value: unknown): Checked<Infer<S>> {
  const data = take(spec, value);
  return data === FAILED ? { success: false } : { success: true, data: data as Infer<S> };
}
