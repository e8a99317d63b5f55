/** Sync for the screens: the session (set-up, server sign-in, the running replicator) and conflicts to review. */
import { Authorizer } from '../authorization';
import { systemClock, type Clock } from '../clock';
import type { HomewardDb } from '../db';
import { Recorder } from '../recorder/recorder';
import { vaultOf } from '../vault/vault';
import { ConflictRepository } from '../sync/conflicts';
import { SyncSession } from './sync-session';

export function createSyncSession(db: HomewardDb, clock: Clock = systemClock, fetcher?: typeof fetch): SyncSession {
  const recorder = new Recorder(db, clock);
  const authorizer = new Authorizer(db, recorder);
  return new SyncSession(db, recorder, clock, authorizer, vaultOf(db), new ConflictRepository(db, recorder, authorizer), { fetcher });
}

export type { SyncSession, SyncSetup, SyncView, FirstPull, SyncCounts, ConflictToReview } from './sync-session';
export type { FieldChoice } from '../sync/conflicts';
export type { SyncRejection } from '../sync/tables';
export type { SyncStatus } from '../sync/replicator';
export type { ConnectionOutcome } from './connection-test';
