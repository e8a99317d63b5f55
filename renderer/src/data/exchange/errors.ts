/**
 * Why an export, import, backup or restore was refused. Like every data-layer
 * error it carries a message-catalogue key (`csv.*`, `backup.*`) and its
 * parameters; never personal data in the Error message itself.
 */
import { DataError } from '../errors';
import type { MessageKey } from '../../i18n/keys';

export type MessageParams = Record<string, string | number>;

export class ExchangeError extends DataError {
  constructor(
    readonly messageKey: MessageKey,
    readonly params: MessageParams = {},
  ) {
    super(messageKey);
    this.name = 'ExchangeError';
  }
}

/** The user cancelled; nothing was written. */
export class ExchangeCancelledError extends DataError {
  readonly messageKey = 'csv.cancelled';
  constructor() {
    super('cancelled');
    this.name = 'ExchangeCancelledError';
  }
}

export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ExchangeCancelledError();
}
