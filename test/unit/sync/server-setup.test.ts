/** `npm run sync:setup`'s work against a running server: database, security, design document, accounts. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postDatabase, serverRoles } from '../../../shared/sync/documents';
import { startSyncServer, TEST_ACCOUNT_PASSWORD, type SyncTestServer } from '../../support/sync-server';

let server: SyncTestServer;
beforeAll(async () => {
  server = await startSyncServer();
  await server.setUpPost('MOW');
  await server.addUser('MOW', 'thandi', 'officer');
}, 120_000);
afterAll(() => server?.stop());

const as = (user: string) => ({ authorization: `Basic ${btoa(`${user}:${TEST_ACCOUNT_PASSWORD}`)}`, 'content-type': 'application/json' });
const db = () => `${server.url}/${postDatabase('MOW')}`;
const ID = '0b0e8f4e-57a2-4d55-9a70-2a9d3a0e4c11';
const PROFILE = '7c1a8a43-7a44-4b0b-8c0e-6a3cf7e7e5d2';

describe('sync:setup on the server', () => {
  it('creates the database with the design document, and setting it up again changes nothing', async () => {
    await server.setUpPost('MOW');
    const design = await (await fetch(`${db()}/_design/homeward`, { headers: as('thandi') })).json();
    expect(design.validate_doc_update).toContain(serverRoles('MOW').supervisor);
  });

  it('gives the account its post role, and the server applies validate_doc_update to its writes', async () => {
    const session = await (await fetch(`${server.url}/_session`, { headers: as('thandi') })).json();
    expect(session.userCtx).toEqual({ name: 'thandi', roles: [serverRoles('MOW').staff] });
    const base = { type: 'case', id: ID, updatedBy: PROFILE, version: 1, deletedAt: null, status: 'reported', assigneeId: PROFILE };
    const response = await fetch(`${db()}/_bulk_docs`, {
      method: 'POST',
      headers: as('thandi'),
      body: JSON.stringify({ docs: [{ _id: `case:${ID}`, author: 'thandi', ...base }, { _id: `case:${PROFILE}`, author: 'naledi', ...base, id: PROFILE }] }),
    });
    const results = await response.json();
    expect(results).toHaveLength(2);
    expect(results).toEqual(expect.arrayContaining([expect.objectContaining({ ok: true, id: `case:${ID}` }), expect.objectContaining({ id: `case:${PROFILE}`, error: 'forbidden', reason: expect.stringMatching(/author/) })]));
  });

  it.skipIf(!process.env.COUCHDB_URL)(
    '_security keeps out an account without the post role (real CouchDB 3.x only: PouchDB Server does not enforce _security on reads)',
    async () => {
      await server.addUser('KYV', 'stranger', 'officer');
      const response = await fetch(`${db()}/_all_docs`, { headers: as('stranger') });
      expect(response.status).toBe(403);
    },
  );
});
