/**
 * A form resolver for forms whose values are not yet the schema's input (an
 * empty string for "not known", an amount as typed): it converts the values
 * with `toInput` and validates the result with the shared schema. Field names
 * are the schema's, so errors land on the fields.
 */
import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';

export function convertingResolver<V extends FieldValues>(schema: z.ZodType, toInput: (values: V) => unknown): Resolver<V> {
  const check = zodResolver(schema as z.ZodType<unknown, FieldValues>, undefined, { raw: true });
  return async (values, context, options) => {
    const result = await check(toInput(values) as FieldValues, context, options as never);
    const errors = result.errors as FieldErrors<V>;
    return Object.keys(errors).length > 0 ? { values: {}, errors } : { values, errors: {} };
  };
}
