/**
 * "Test connection": what happened, in a word the screen turns into a plain
 * sentence. Asks the server who the account is (`_session`), whether it is a
 * member of the post (its roles), and whether the post's database is there.
 */
import { serverRoles } from '../../../../shared/sync/documents';
import { CouchClient, SyncRequestError, basicAuthorization } from '../sync/couch-client';

export type ConnectionOutcome =
  | { outcome: 'ok'; account: string; supervisor: boolean; documents: number }
  | { outcome: 'unreachable' | 'timeout' | 'wrongPassword' | 'notMember' | 'noDatabase' | 'forbidden' }
  | { outcome: 'server'; detail: string };

export interface ConnectionAttempt {
  server: string;
  database: string;
  account: string;
  password: string;
  postCode: string;
}

export async function testConnection(attempt: ConnectionAttempt, fetcher?: typeof fetch, signal?: AbortSignal): Promise<ConnectionOutcome> {
  const client = new CouchClient(
    { server: attempt.server, database: attempt.database, account: attempt.account, authorization: basicAuthorization(attempt.account, attempt.password) },
    fetcher,
  );
  try {
    const session = await client.session(signal);
    const roles = serverRoles(attempt.postCode);
    // A server administrator passes every rule: it may set up, but a workstation never syncs as one.
    if (!session.roles.includes(roles.staff)) return { outcome: 'notMember' };
    try {
      const info = await client.databaseInfo(signal);
      return { outcome: 'ok', account: session.name ?? attempt.account, supervisor: session.roles.includes(roles.supervisor), documents: info.doc_count };
    } catch (error) {
      if (error instanceof SyncRequestError && error.status === 404) return { outcome: 'noDatabase' };
      throw error;
    }
  } catch (error) {
    if (!(error instanceof SyncRequestError)) throw error;
    if (error.failure === 'unauthorized') return { outcome: 'wrongPassword' };
    if (error.failure === 'forbidden') return { outcome: 'forbidden' };
    if (error.failure === 'unreachable' || error.failure === 'timeout') return { outcome: error.failure };
    return { outcome: 'server', detail: error.message };
  }
}
