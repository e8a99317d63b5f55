/**
 * Errors the data layer raises. Each carries a message-catalogue key so the
 * UI can say in plain words what went wrong; none carries personal data.
 */
import type { z } from 'zod';
import type { TransitionRefusal } from '../../../shared/domain/transitions';
import type { MessageKey } from '../i18n/keys';

export abstract class DataError extends Error {
  abstract readonly messageKey: MessageKey;
}

/** The record changed since the caller read it: another window saved first. */
export class StaleWriteError extends DataError {
  readonly messageKey = 'errors.staleWrite';
  constructor(
    readonly entity: string,
    readonly expectedVersion: number,
    readonly actualVersion: number,
  ) {
    super(`${entity} was changed elsewhere (version ${actualVersion}, edit based on ${expectedVersion})`);
    this.name = 'StaleWriteError';
  }
}

export interface FieldProblem {
  /** Dotted path of the field, e.g. `person.nationality`. */
  path: string;
  /**
   * Message-catalogue key, e.g. `validation.country`. A plain string: most come from a
   * zod issue's message at run time, so the UI checks them with `knownKey` before showing them.
   */
  messageKey: string;
}

/** Input that does not satisfy the shared schema; nothing was written. */
export class ValidationError extends DataError {
  readonly messageKey = 'errors.validation';
  constructor(readonly problems: FieldProblem[]) {
    super(`invalid input at ${problems.map((p) => p.path || '(record)').join(', ')}`);
    this.name = 'ValidationError';
  }

  static fromZod(error: z.ZodError): ValidationError {
    return new ValidationError(error.issues.map((issue) => ({ path: issue.path.join('.'), messageKey: issue.message })));
  }
}

/** Named apart from Dexie's own NotFoundError, which Dexie would otherwise wrap this in. */
export class RecordNotFoundError extends DataError {
  readonly messageKey = 'errors.notFound';
  constructor(readonly entity: string) {
    super(`${entity} not found`);
    this.name = 'RecordNotFoundError';
  }
}

/** The workstation has not been set up yet (no settings or no profile). */
export class NotSetUpError extends DataError {
  readonly messageKey = 'errors.notSetUp';
  constructor() {
    super('workstation not set up');
    this.name = 'NotSetUpError';
  }
}

/** A status change the lifecycle rules refuse; the message says why in an officer's words. */
export class TransitionRefusedError extends DataError {
  readonly messageKey: `transition.${TransitionRefusal}`;
  constructor(readonly reason: TransitionRefusal) {
    super(`status change refused: ${reason}`);
    this.name = 'TransitionRefusedError';
    this.messageKey = `transition.${reason}`;
  }
}

/** The signed-in profile may not do this; the attempt has been recorded in the access log. */
export class PermissionDeniedError extends DataError {
  readonly messageKey = 'errors.permissionDenied';
  constructor(readonly action: string) {
    super(`not permitted: ${action}`);
    this.name = 'PermissionDeniedError';
  }
}

/** The case files are encrypted and this window holds no key: sign in (or unlock) first. */
export class LockedError extends DataError {
  readonly messageKey = 'errors.locked';
  constructor() {
    super('the data key is not in memory: sign in first');
    this.name = 'LockedError';
  }
}
