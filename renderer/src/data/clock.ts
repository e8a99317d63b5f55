/** Time and identifiers, injectable so tests can fix them. */
import { localIsoDate } from '../../../shared/domain/partial-date';

export interface Clock {
  /** The current moment, ISO 8601 with offset. */
  now(): string;
  /** The workstation's local date, `YYYY-MM-DD`. */
  today(): string;
  /** A new random UUID (record keys are never sequential: copies from other workstations must not clash). */
  newId(): string;
}

export const systemClock: Clock = {
  now: () => new Date().toISOString(),
  today: () => localIsoDate(new Date()),
  newId: () => crypto.randomUUID(),
};
