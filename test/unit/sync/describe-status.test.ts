/** What the header and the Sync page say for each state of sync, in plain words. */
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SyncCounts, SyncView } from '../../../renderer/src/data/sync-session';
import { describeSync } from '../../../renderer/src/features/sync/describe-status';
import { addBidiFormat } from '../../../renderer/src/i18n/bidi';
import { en } from '../../../renderer/src/i18n/en';
import { createFormatters } from '../../../renderer/src/i18n/format';

let t: TFunction;
beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({ lng: 'en', resources: { en: { translation: en } }, interpolation: { escapeValue: false } });
  addBidiFormat(i18n);
  t = i18n.t.bind(i18n) as TFunction;
});

const format = createFormatters('en', { region: 'ZA', clock: '24h' });
const setup = { server: 'https://couch.example:6984', database: 'homeward-post-mow', enabled: true };
const view = (change: Partial<SyncView>): SyncView => ({ setup, account: 'thandi', status: { state: 'stopped' }, firstPull: null, ...change });
const counts = (change: Partial<SyncCounts> = {}): SyncCounts => ({ waiting: 0, refused: 0, conflicts: 0, ...change });
const say = (v: Partial<SyncView>, c?: Partial<SyncCounts>) => {
  const line = describeSync(view(v), counts(c), t, format);
  return { short: line.short, tone: line.tone, to: line.to, explanation: line.explanation.replace(/[\u2068\u2069]/g, '') };
};

describe('the sync status line', () => {
  it('says whether the workstation syncs at all, and what a person must do', () => {
    expect(say({ setup: null })).toMatchObject({ short: 'Not syncing', tone: 'idle' });
    expect(say({ setup: { ...setup, enabled: false } })).toMatchObject({ short: 'Sync stopped', tone: 'idle' });
    expect(say({ account: null })).toMatchObject({ short: 'Sign in to the server', tone: 'warning' });
    expect(say({ status: { state: 'locked', waiting: 2 } })).toMatchObject({ short: 'Sync waits: locked', tone: 'idle' });
  });

  it('up to date at the time of day, on the workstation clock', () => {
    const time = format.time('2026-03-01T14:05:00.000Z');
    expect(say({ status: { state: 'upToDate', at: '2026-03-01T14:05:00.000Z', waiting: 0 } })).toMatchObject({ short: `Up to date at ${time}`, tone: 'ok' });
    expect(say({ status: { state: 'upToDate', at: '2026-03-01T14:05:00.000Z', waiting: 0 } }, { waiting: 3 })).toMatchObject({ short: '3 changes waiting', tone: 'busy' });
  });

  it('offline with what waits, and the next try in seconds', () => {
    const line = say({ status: { state: 'offline', waiting: 1, retryInMs: 4_200 } }, { waiting: 1 });
    expect(line).toMatchObject({ short: 'Offline · 1 change waiting', tone: 'warning' });
    expect(line.explanation).toContain('the next try is in 4 s');
  });

  it('errors in plain words: session expired, not a member, the server’s own reason', () => {
    expect(say({ status: { state: 'error', failure: 'unauthorized', message: 'Name or password is incorrect.', waiting: 0, retryInMs: 2000 } })).toMatchObject({
      short: 'Server sign-in expired',
      tone: 'error',
    });
    expect(say({ status: { state: 'error', failure: 'forbidden', message: 'x', waiting: 0, retryInMs: 2000 } }).explanation).toContain('not a member of this post');
    expect(say({ status: { state: 'error', failure: 'server', message: '500 disk full', waiting: 0, retryInMs: 8000 } }).explanation).toBe(
      'The server answered with an error: 500 disk full. The next try is in 8 s.',
    );
  });

  it('the first pull as a share of the server’s records, and syncing without a total', () => {
    const syncing = { state: 'syncing', waiting: 0, pulled: 250, pending: null } as const;
    expect(say({ status: syncing, firstPull: { pulled: 250, total: 1000 } }).short).toBe('Receiving cases 25%');
    expect(say({ status: syncing, firstPull: { pulled: 250, total: null } }).short).toBe('Receiving cases');
    expect(say({ status: syncing }).short).toBe('Syncing…');
  });

  it('refused changes and conflicts before anything else once running; conflicts lead to their review', () => {
    const upToDate = { state: 'upToDate', at: '2026-03-01T14:05:00.000Z', waiting: 0 } as const;
    expect(say({ status: upToDate }, { refused: 2, conflicts: 1 })).toMatchObject({ short: '2 changes refused', tone: 'error', to: '/sync' });
    expect(say({ status: upToDate }, { conflicts: 1 })).toMatchObject({ short: '1 conflict to review', tone: 'warning', to: '/conflicts' });
  });
});
