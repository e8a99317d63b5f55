/**
 * Sync's own tables at rest (DESIGN.md §8): after two workstations have
 * pushed, pulled, merged, kept a conflict and had a write refused, no table
 * of either database holds an identifying or free-text value in the clear —
 * not the records, not the merge bases, not the conflict's two values — and
 * the pulled cases are found by name through the hashed index made on arrival;
 * the server holds plain documents.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HomewardDb } from '../../../renderer/src/data/db';
import { postDatabase } from '../../../shared/sync/documents';
import { caseInput, contactInput } from '../data/fixtures';
import { startSyncServer, type SyncTestServer } from '../../support/sync-server';
import { firstStation, POST, sharedWithB } from './stations';

let server: SyncTestServer;
beforeAll(async () => {
  server = await startSyncServer();
  await server.addUser(POST, 'naledi', 'supervisor');
  await server.addUser(POST, 'thandi', 'officer');
  await server.setUpPost(POST);
}, 120_000);
afterAll(() => server?.stop());

const SECRETS = ['Zanele', 'Khumalo', 'Занеле', 'Q77889911', '778 899', 'Bloemfontein', 'Mangaung', 'Polokwane', 'Rostov', 'Lindiwe', 'Nomsa', 'Soweto', 'Mthatha'];

async function dump(db: HomewardDb): Promise<string> {
  return JSON.stringify(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()])));
}

describe('sync at rest', () => {
  it('leaves no identifying value in the clear in any table of either workstation, and B finds the pulled case by name', async () => {
    const a = await firstStation();
    const created = await a.repos.cases.create(
      { ...caseInput({ fullName: 'Zanele Khumalo', otherNames: ['Занеле Кхумало'], passportNumber: 'Q 778 899 11', homeTown: 'Bloemfontein' }), notes: 'Seen near Rostov barracks' },
      a.officer.id,
    );
    await a.repos.contactLog.add(created.id, { ...contactInput('2026-02-28T10:00:00.000Z', 'reached'), summary: 'Spoke with cousin Lindiwe' }, a.officer.id);
    const { ra, b, rb } = await sharedWithB(server, a);

    // The same field on both (a conflict kept on B with both towns), and a field only A changed (merged).
    const current = (await a.repos.cases.get(created.id))!;
    await a.repos.cases.updateSection(created.id, current.version, 'person', { ...current.person, homeTown: 'Mangaung', languages: ['Zulu', 'Mthatha dialect'] }, a.officer.id);
    await b.repos.cases.updateSection(created.id, current.version, 'person', { ...current.person, homeTown: 'Polokwane' }, a.supervisor.id);
    await ra.syncOnce();
    await rb.syncOnce();
    await ra.syncOnce();
    const [conflict] = await b.repos.conflicts.list();
    expect(conflict!.fields).toEqual([{ field: 'person.homeTown', local: 'Polokwane', remote: 'Mangaung' }]);
    expect(await b.db.syncDocs.count()).toBeGreaterThan(0);

    for (const station of [a, b]) {
      const text = await dump(station.db);
      for (const secret of SECRETS) expect(text, secret).not.toContain(secret);
      expect(text).toContain(created.reference);
    }
    // The wire and the server get plain documents (DESIGN.md §9: TLS, and CouchDB's own protection there).
    const auth = { authorization: `Basic ${btoa(`${server.admin.user}:${server.admin.password}`)}` };
    const onServer = await (await fetch(`${server.url}/${postDatabase(POST)}/case:${created.id}`, { headers: auth })).json();
    expect(onServer.person).toMatchObject({ fullName: 'Zanele Khumalo', homeTown: 'Polokwane' });
    expect(onServer).not.toHaveProperty('sealed');
    const found = await b.repos.caseList.page(
      { filter: { search: 'zan khu' }, sort: 'updated', direction: 'desc', offset: 0, limit: 50 } as never,
      { now: '2026-03-01T12:00:00.000Z', today: '2026-03-01', contactLostDays: 14, profileId: a.officer.id } as never,
    );
    expect(found.rows.map((c) => c.id)).toEqual([created.id]);
  }, 60_000);
});
