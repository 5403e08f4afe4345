/**
 * fast-check values from the JSON Schemas of the OpenAPI document (which zod generates), for fuzz
 * tests: mostly values that fit the schema, so requests reach the services, and now and then one
 * that does not (a wrong type, a NUL character, an overlong or empty string, a missing field).
 */
import fc from 'fast-check';

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  nullable?: boolean;
}

/** Strings that have broken servers: NUL, lone surrogates, formulas, SQL, huge, empty. */
const NASTY = fc.constantFrom(
  '',
  '\u0000',
  'a\u0000b',
  '\ud800',
  "'; drop table app_user; --",
  '=cmd|"/c calc"!A1',
  '../../etc/passwd',
  '%00',
  'x'.repeat(5000),
  '🙂'.repeat(100),
  ' ',
);

/** Anything at all: a value of the wrong type. */
const WRONG = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.string(),
  fc.constant({}),
  fc.constant([]),
);

function stringOf(schema: JsonSchema, pools: Pools): fc.Arbitrary<string> {
  const options: fc.Arbitrary<string>[] = [];
  if (schema.format === 'email') options.push(fc.constantFrom(...pools.emails), fc.emailAddress());
  else if (schema.pattern) options.push(fc.stringMatching(new RegExp(schema.pattern)));
  else
    options.push(
      fc.string({
        minLength: schema.minLength ?? 0,
        maxLength: Math.min(schema.maxLength ?? 40, 40),
      }),
    );
  if (pools.ids.length) options.push(fc.constantFrom(...pools.ids));
  return fc.oneof(...options);
}

export interface Pools {
  /** Emails of real users, so that some requests name a record that exists. */
  emails: string[];
  /** Ids of real records (programs, organizations, exports). */
  ids: string[];
}

export function arbitraryFor(schema: JsonSchema, pools: Pools, depth = 0): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 12, arbitrary: fitting(schema, pools, depth) },
    { weight: 1, arbitrary: NASTY },
    { weight: 1, arbitrary: WRONG },
  );
}

function fitting(schema: JsonSchema, pools: Pools, depth: number): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const choices = schema.oneOf ?? schema.anyOf;
  if (choices) return fc.oneof(...choices.map((s) => fitting(s, pools, depth)));
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  const value = ((): fc.Arbitrary<unknown> => {
    switch (type) {
      case 'string':
        return stringOf(schema, pools);
      case 'integer':
        return fc.integer({ min: schema.minimum ?? -1000, max: schema.maximum ?? 1000 });
      case 'number':
        return fc.double({
          min: schema.minimum ?? -1000,
          max: schema.maximum ?? 1000,
          noNaN: true,
        });
      case 'boolean':
        return fc.boolean();
      case 'array':
        if (depth > 4 || !schema.items) return fc.constant([]);
        return fc.array(arbitraryFor(schema.items, pools, depth + 1), {
          minLength: schema.minItems ?? 0,
          maxLength: Math.min(schema.maxItems ?? 3, 3),
        });
      case 'object': {
        const props = Object.entries(schema.properties ?? {});
        const required = new Set(schema.required ?? []);
        if (depth > 5) return fc.constant({});
        return fc.record(
          Object.fromEntries(props.map(([k, s]) => [k, arbitraryFor(s, pools, depth + 1)])),
          { requiredKeys: props.map(([k]) => k).filter((k) => required.has(k)) },
        );
      }
      default:
        return WRONG;
    }
  })();
  return schema.nullable ? fc.oneof(value, fc.constant(null)) : value;
}

/** A valid example with one of its values (anywhere in it) swapped for a nasty or wrong one. */
export function mutatedFrom(example: unknown): fc.Arbitrary<unknown> {
  const paths: Array<Array<string | number>> = [];
  const walk = (value: unknown, path: Array<string | number>) => {
    paths.push(path);
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(example, []);
  return fc
    .tuple(fc.constantFrom(...paths.filter((p) => p.length > 0)), fc.oneof(NASTY, WRONG))
    .map(([path, replacement]) => {
      const copy = structuredClone(example) as Record<string | number, unknown>;
      let at = copy;
      for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
      at[path.at(-1)!] = replacement;
      return copy;
    });
}
