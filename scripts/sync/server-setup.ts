/**
 * Sets up a post's database on a CouchDB 3.x server with its administrator's
 * credentials: the database, its `_security`, the design document with
 * `validate_doc_update`; adds server accounts for staff. Plain HTTP calls, so
 * the same code sets up the test server (test/support/sync-server.ts).
 */
import { postDatabase, serverRoles } from '../../shared/sync/documents';
import { DESIGN_DOC_ID, designDocument } from '../../shared/sync/validate-doc-update';

export interface AdminConnection {
  /** The server's base address, without credentials: `https://couch.example:6984`. */
  server: string;
  user: string;
  password: string;
}

export class ServerSetupError extends Error {}

async function call(admin: AdminConnection, method: string, path: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const url = new URL(path, admin.server.endsWith('/') ? admin.server : `${admin.server}/`);
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: { authorization: `Basic ${btoa(`${admin.user}:${admin.password}`)}`, 'content-type': 'application/json', accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    throw new ServerSetupError(`The server at ${url.origin} cannot be reached (${(error as Error).message}).`);
  }
  const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (response.status === 401 || response.status === 403) throw new ServerSetupError(`The server refused the administrator's credentials for ${method} ${url.pathname}: ${String(json.reason ?? response.status)}.`);
  return { status: response.status, json };
}

function expectOk(what: string, result: { status: number; json: Record<string, unknown> }, alsoOk: number[] = []): void {
  if (result.status >= 200 && result.status < 300) return;
  if (alsoOk.includes(result.status)) return;
  throw new ServerSetupError(`${what} failed: ${result.status} ${String(result.json.error ?? '')} ${String(result.json.reason ?? '')}`.trim());
}

/** Creates (or brings up to date) the post's database, its _security and its design document. Idempotent. */
export async function setUpPost(admin: AdminConnection, postCode: string): Promise<{ database: string }> {
  const database = postDatabase(postCode);
  const roles = serverRoles(postCode);
  expectOk(`Creating the database ${database}`, await call(admin, 'PUT', database), [412]);
  expectOk(
    'Setting the database security',
    await call(admin, 'PUT', `${database}/_security`, {
      admins: { names: [], roles: [] },
      members: { names: [], roles: [roles.staff, roles.headquarters] },
    }),
  );
  const existing = await call(admin, 'GET', `${database}/${DESIGN_DOC_ID}`);
  const rev = existing.status === 200 ? { _rev: existing.json._rev } : {};
  expectOk('Storing the design document', await call(admin, 'PUT', `${database}/${DESIGN_DOC_ID}`, { ...designDocument(postCode), ...rev }));
  return { database };
}

export type StaffRole = 'officer' | 'supervisor';

/** Creates or updates a server account for one staff member of the post; a supervisor gets both roles. */
export async function addServerUser(admin: AdminConnection, postCode: string, user: { name: string; password: string; role: StaffRole }): Promise<void> {
  const roles = serverRoles(postCode);
  const path = `_users/${encodeURIComponent(`org.couchdb.user:${user.name}`)}`;
  const existing = await call(admin, 'GET', path);
  const rev = existing.status === 200 ? { _rev: existing.json._rev } : {};
  const granted = user.role === 'supervisor' ? [roles.staff, roles.supervisor] : [roles.staff];
  expectOk(`Storing the server account ${user.name}`, await call(admin, 'PUT', path, { name: user.name, password: user.password, roles: granted, type: 'user', ...rev }));
}

/**
 * The `_replicator` document that makes headquarters' server pull the post's
 * database (continuous; nothing flows back down). It is stored on
 * headquarters' server, with a headquarters account that may read the post.
 */
export function replicatorDocument(post: { server: string; postCode: string }, headquarters: { server: string }): object {
  const database = postDatabase(post.postCode);
  const at = (server: string) => new URL(database, server.endsWith('/') ? server : `${server}/`).toString();
  return {
    _id: `homeward-pull-${post.postCode.toLowerCase()}`,
    source: { url: at(post.server), headers: { authorization: 'Basic <base64 of a headquarters reader account user:password>' } },
    target: { url: at(headquarters.server), headers: { authorization: 'Basic <base64 of a headquarters admin account user:password>' } },
    create_target: true,
    continuous: true,
  };
}
