/** The message-catalogue key that says why a profile change did not happen. */
import { DataError, ValidationError } from '../../data/errors';
import { knownKey, type MessageKey } from '../../i18n/keys';

export function failureKey(error: unknown): MessageKey {
  // A refusal such as "last active supervisor" is one rule, not a form field: its own words say it best.
  if (error instanceof ValidationError) return knownKey(error.problems[0]?.messageKey, error.messageKey);
  if (error instanceof DataError) return error.messageKey;
  // Unexpected: report the kind of failure only, never the record it was about.
  console.error('Profile change failed:', error instanceof Error ? error.name : typeof error);
  return 'errors.unexpected';
}
