/**
 * The post database's `validate_doc_update` (DESIGN.md §9): what CouchDB
 * enforces on every write, whoever makes it, with no code of ours running on
 * the server. It is JavaScript source that CouchDB's SpiderMonkey evaluates,
 * so it is kept as text in plain ES5 (no arrow functions, no let/const) and
 * unit-tested by evaluating the same text in Node (test/unit/sync/).
 *
 * Rules, each refusal a `forbidden` whose reason names the rule:
 * - only the post's staff write; server admins (replication, set-up) pass;
 * - `_id` is `<type>:<uuid>` of a known type, `id` the same uuid;
 * - `author` is the signed-in server account, and `updatedBy` a profile id;
 * - history and access-log records are created once, never updated;
 * - nothing is ever deleted (`_deleted`), except the losing side of a
 *   conflict a person resolved, which must say so (`resolvedConflict`);
 * - only supervisors write profiles, decide closure requests, close a case
 *   or change its assignee.
 */
import { serverRoles } from './documents';

const SOURCE = String.raw`function (newDoc, oldDoc, userCtx, secObj) {
  var roles = userCtx.roles || [];
  var has = function (role) { return roles.indexOf(role) !== -1; };
  var refuse = function (reason) { throw ({ forbidden: reason }); };
  if (has('_admin')) return;
  if (!has(__STAFF__)) refuse('Only staff of this post may write here.');
  var supervisor = has(__SUPERVISOR__);
  var uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
  var types = ['case', 'contact', 'followUp', 'group', 'closureRequest', 'staff', 'history', 'access'];
  var colon = newDoc._id.indexOf(':');
  var type = colon > 0 ? newDoc._id.slice(0, colon) : '';
  var key = newDoc._id.slice(colon + 1);
  if (types.indexOf(type) === -1 || !uuid.test(key)) refuse('Document id must be <type>:<uuid> of a known type.');
  if (newDoc._deleted) {
    if (type === 'history' || type === 'access') refuse('History and the access log are never deleted.');
    if (newDoc.resolvedConflict !== true || newDoc.author !== userCtx.name) refuse('Records are tombstoned, never deleted.');
    return;
  }
  if (newDoc.type !== type) refuse('Document type must match its id.');
  if (newDoc.id !== key) refuse('Record id must match the document id.');
  if (newDoc.author !== userCtx.name) refuse('author must be the signed-in server user.');
  if (type === 'history' || type === 'access') {
    if (oldDoc && !oldDoc._deleted) refuse('History and the access log are append-only.');
    if (!uuid.test(newDoc.actorId || '')) refuse('actorId must be a profile id.');
    return;
  }
  if (!uuid.test(newDoc.updatedBy || '')) refuse('updatedBy must be a profile id.');
  if (typeof newDoc.version !== 'number' || newDoc.version < 1) refuse('version must be a positive number.');
  if (newDoc.deletedAt === undefined) refuse('deletedAt must be present (null or a tombstone time).');
  if (oldDoc && !oldDoc._deleted && oldDoc.deletedAt && !newDoc.deletedAt && type !== 'case') refuse('A tombstoned record stays tombstoned.');
  if (type === 'staff' && !supervisor) refuse('Only a supervisor may write staff profiles.');
  if (type === 'staff' && newDoc.passphrase !== undefined) refuse('Local credentials never leave the workstation.');
  if (type === 'closureRequest' && newDoc.state !== 'pending' && !(oldDoc && oldDoc.state === newDoc.state) && !supervisor) refuse('Only a supervisor may decide a closure request.');
  if (type === 'case') {
    if (newDoc.derived !== undefined) refuse('Derived values are never synced.');
    if (newDoc.status === 'closed' && !(oldDoc && oldDoc.status === 'closed') && !supervisor) refuse('Only a supervisor may close a case.');
    if (oldDoc && !oldDoc._deleted && oldDoc.assigneeId !== newDoc.assigneeId && !supervisor) refuse('Only a supervisor may reassign a case.');
  }
}`;

/** The function's source for the post `postCode`, as the design document stores it. */
export function validateDocUpdateSource(postCode: string): string {
  const roles = serverRoles(postCode);
  return SOURCE.replace('__STAFF__', JSON.stringify(roles.staff)).replace('__SUPERVISOR__', JSON.stringify(roles.supervisor));
}

export const DESIGN_DOC_ID = '_design/homeward';

export function designDocument(postCode: string): { _id: string; language: 'javascript'; validate_doc_update: string } {
  return { _id: DESIGN_DOC_ID, language: 'javascript', validate_doc_update: validateDocUpdateSource(postCode) };
}
