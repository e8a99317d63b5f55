/**
 * A react-hook-form resolver that validates with a shared zod schema after
 * turning the form's values into the schema's input (for example a
 * wall-clock date and time (`2026-03-12T10:00`) into a timestamp with offset, '' into null).
 */
import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';

export function schemaResolver<V extends FieldValues, S extends z.ZodType<FieldValues>>(
  schema: S,
  toInput: (values: V) => z.input<S>,
): Resolver<V, unknown, z.output<S>> {
  const resolve = zodResolver(schema as never) as unknown as Resolver<FieldValues, unknown, z.output<S>>;
  return (values, context, options) => resolve(toInput(values) as FieldValues, context, options as never) as never;
}
