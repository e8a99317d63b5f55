/**
 * What went wrong with an export, import, report or backup, as a message
 * the catalogue can say: data-layer errors carry their key (and exchange
 * errors their parameters); anything else is unexpected and logged by its
 * kind only, never with the data it was about.
 */
import { DataError } from '../../data/errors';
import { ExchangeError, type MessageParams } from '../../data/exchange/errors';
import type { MessageKey } from '../../i18n/keys';

export interface Failure {
  key: MessageKey;
  params: MessageParams;
}

export function failureOf(error: unknown, what: string): Failure {
  if (error instanceof ExchangeError) return { key: error.messageKey, params: error.params };
  if (error instanceof DataError) return { key: error.messageKey, params: {} };
  console.error(`${what} failed:`, error instanceof Error ? error.name : typeof error);
  return { key: 'errors.unexpected', params: {} };
}
