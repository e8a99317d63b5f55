/**
 * Runs a repository write from a form and turns data-layer errors into what
 * the form shows: field errors at their fields, anything else as one message.
 */
import { useState } from 'react';
import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import { DataError, ValidationError } from './errors';
import type { MessageKey } from '../i18n/keys';

export function useSave<V extends FieldValues>(setError: UseFormSetError<V>) {
  const [failure, setFailure] = useState<MessageKey | null>(null);

  async function run<T>(write: () => Promise<T>): Promise<T | undefined> {
    setFailure(null);
    try {
      return await write();
    } catch (error) {
      if (error instanceof ValidationError) {
        for (const problem of error.problems) {
          setError(problem.path as FieldPath<V>, { type: 'server', message: problem.messageKey });
        }
        setFailure(error.messageKey);
      } else if (error instanceof DataError) {
        setFailure(error.messageKey);
      } else {
        // Unexpected: report the kind of failure only, never the record it was about.
        console.error('Save failed:', error instanceof Error ? error.name : typeof error);
        setFailure('errors.unexpected');
      }
      return undefined;
    }
  }

  return { run, failure };
}
