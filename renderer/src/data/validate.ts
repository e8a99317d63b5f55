/** Parses input with a shared schema, raising the data layer's ValidationError on failure. */
import type { z } from 'zod';
import { ValidationError } from './errors';

export function validate<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw ValidationError.fromZod(result.error);
  return result.data;
}
