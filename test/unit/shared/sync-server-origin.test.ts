/** The sync server as typed on Settings → Sync: one plain origin, https (http only on this machine), said what is wrong. */
import { describe, expect, it } from 'vitest';
import { serverOriginOf } from '../../../shared/sync/server-origin';
import { ServerSignInFormSchema, SyncSetupFormSchema } from '../../../shared/sync/setup-form';

describe('serverOriginOf', () => {
  it('gives the origin of an address, without a trailing slash or the default port', () => {
    expect(serverOriginOf(' https://Couch.Example.org:6984/ ')).toEqual({ origin: 'https://couch.example.org:6984' });
    expect(serverOriginOf('https://couch.example.org:443')).toEqual({ origin: 'https://couch.example.org' });
    expect(serverOriginOf('http://127.0.0.1:5984')).toEqual({ origin: 'http://127.0.0.1:5984' });
    expect(serverOriginOf('http://localhost:5984/')).toEqual({ origin: 'http://localhost:5984' });
  });

  it('says what is wrong', () => {
    expect(serverOriginOf('couch.example.org')).toEqual({ problem: 'notAnAddress' });
    expect(serverOriginOf('ftp://couch.example.org')).toEqual({ problem: 'notAnAddress' });
    expect(serverOriginOf('https://*.example.org')).toEqual({ problem: 'notAnAddress' });
    expect(serverOriginOf('http://couch.example.org')).toEqual({ problem: 'notHttps' });
    expect(serverOriginOf('https://admin:secret@couch.example.org')).toEqual({ problem: 'hasCredentials' });
    expect(serverOriginOf('https://couch.example.org/homeward-post-mow')).toEqual({ problem: 'hasPath' });
    expect(serverOriginOf('https://couch.example.org/?x=1')).toEqual({ problem: 'hasPath' });
  });
});

describe('the set-up form', () => {
  it('keeps the origin, the database and the code in capitals', () => {
    expect(SyncSetupFormSchema.parse({ server: 'https://couch.example.org:6984/', database: 'homeward-post-mow', stationCode: 'b2' })).toEqual({
      server: 'https://couch.example.org:6984',
      database: 'homeward-post-mow',
      stationCode: 'B2',
    });
  });

  it('names each problem by its message key', () => {
    const result = SyncSetupFormSchema.safeParse({ server: 'http://couch.example.org', database: 'Homeward Post', stationCode: '2B' });
    expect(result.success).toBe(false);
    expect(Object.fromEntries(result.error!.issues.map((i) => [i.path.join('.'), i.message]))).toEqual({
      server: 'sync.problems.notHttps',
      database: 'sync.problems.database',
      stationCode: 'sync.problems.stationCode',
    });
    expect(ServerSignInFormSchema.safeParse({ account: ' ', password: '' }).error!.issues.map((i) => i.message)).toEqual(['sync.problems.account', 'sync.problems.password']);
  });
});
