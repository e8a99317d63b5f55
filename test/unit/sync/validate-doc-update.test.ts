/** The design document's validate_doc_update, evaluated in Node from the very text the server stores. */
import { describe, expect, it } from 'vitest';
import { serverRoles } from '../../../shared/sync/documents';
import { validateDocUpdateSource } from '../../../shared/sync/validate-doc-update';

type Doc = Record<string, unknown> & { _id: string };
type UserCtx = { name: string | null; roles: string[] };
// The text CouchDB evaluates, evaluated the same way.
const validate = new Function(`return (${validateDocUpdateSource('MOW')});`)() as (n: Doc, o: Doc | null, u: UserCtx, s: object) => void;

const roles = serverRoles('MOW');
const officer: UserCtx = { name: 'thandi', roles: [roles.staff] };
const supervisor: UserCtx = { name: 'naledi', roles: [roles.staff, roles.supervisor] };
const ID = '0b0e8f4e-57a2-4d55-9a70-2a9d3a0e4c11';
const PROFILE = '7c1a8a43-7a44-4b0b-8c0e-6a3cf7e7e5d2';
const OTHER = '5e8d1f8b-2e4f-4f8b-9a55-0f9b1c2d3e4f';

function caseDoc(fields: Record<string, unknown> = {}): Doc {
  return { _id: `case:${ID}`, type: 'case', id: ID, author: 'thandi', updatedBy: PROFILE, version: 1, deletedAt: null, status: 'reported', assigneeId: PROFILE, ...fields };
}
function historyDoc(fields: Record<string, unknown> = {}): Doc {
  return { _id: `history:${ID}`, type: 'history', id: ID, author: 'thandi', actorId: PROFILE, ...fields };
}

function refusal(newDoc: Doc, oldDoc: Doc | null, user: UserCtx): string | null {
  try {
    validate(newDoc, oldDoc, user, {});
    return null;
  } catch (error) {
    return (error as { forbidden?: string }).forbidden ?? `not a forbidden: ${String(error)}`;
  }
}

describe('validate_doc_update', () => {
  it('lets a post officer create and edit a case written as herself', () => {
    expect(refusal(caseDoc(), null, officer)).toBeNull();
    expect(refusal(caseDoc({ version: 2, status: 'verifying' }), caseDoc(), officer)).toBeNull();
  });

  it('refuses anyone without the post staff role, but lets a server admin (replication, set-up) through', () => {
    expect(refusal(caseDoc(), null, { name: 'thandi', roles: ['homeward.KYV.staff'] })).toMatch(/Only staff of this post/);
    expect(refusal(caseDoc(), null, { name: 'hq', roles: [roles.headquarters] })).toMatch(/Only staff of this post/);
    expect(refusal({ _id: 'anything' }, null, { name: 'root', roles: ['_admin'] })).toBeNull();
  });

  it('refuses an id of an unknown type or not a uuid, a type or record id that does not match the document id', () => {
    expect(refusal({ ...caseDoc(), _id: `note:${ID}`, type: 'note' }, null, officer)).toMatch(/<type>:<uuid>/);
    expect(refusal({ ...caseDoc(), _id: 'case:17' }, null, officer)).toMatch(/<type>:<uuid>/);
    expect(refusal(caseDoc({ type: 'contact' }), null, officer)).toMatch(/type must match/);
    expect(refusal(caseDoc({ id: OTHER }), null, officer)).toMatch(/Record id must match/);
  });

  it('refuses a document whose author is not the signed-in server user, or whose updatedBy is not a profile id', () => {
    expect(refusal(caseDoc({ author: 'naledi' }), null, officer)).toMatch(/author must be the signed-in/);
    expect(refusal(caseDoc({ updatedBy: 'thandi' }), null, officer)).toMatch(/updatedBy must be a profile id/);
    expect(refusal(caseDoc({ version: 0 }), null, officer)).toMatch(/version/);
    expect(refusal(caseDoc({ deletedAt: undefined }), null, officer)).toMatch(/deletedAt/);
  });

  it('refuses derived values on a case', () => {
    expect(refusal(caseDoc({ derived: { open: true } }), null, officer)).toMatch(/Derived values/);
  });

  it('keeps closing a case, reassigning it, deciding closure requests and writing profiles to supervisors', () => {
    expect(refusal(caseDoc({ status: 'closed', version: 2 }), caseDoc(), officer)).toMatch(/close a case/);
    expect(refusal(caseDoc({ status: 'closed', version: 2, author: 'naledi' }), caseDoc(), supervisor)).toBeNull();
    expect(refusal(caseDoc({ assigneeId: OTHER, version: 2 }), caseDoc(), officer)).toMatch(/reassign/);
    expect(refusal(caseDoc({ assigneeId: OTHER, version: 2, author: 'naledi' }), caseDoc(), supervisor)).toBeNull();

    const request = (state: string, author = 'thandi'): Doc => ({ _id: `closureRequest:${ID}`, type: 'closureRequest', id: ID, author, updatedBy: PROFILE, version: 1, deletedAt: null, state });
    expect(refusal(request('pending'), null, officer)).toBeNull();
    expect(refusal(request('approved'), request('pending'), officer)).toMatch(/decide a closure request/);
    expect(refusal(request('returned', 'naledi'), request('pending'), supervisor)).toBeNull();

    const profile = (fields: Record<string, unknown> = {}, author = 'naledi'): Doc => ({ _id: `staff:${ID}`, type: 'staff', id: ID, author, updatedBy: PROFILE, version: 1, deletedAt: null, name: 'A', role: 'officer', active: true, ...fields });
    expect(refusal(profile({}, 'thandi'), null, officer)).toMatch(/staff profiles/);
    expect(refusal(profile(), null, supervisor)).toBeNull();
    expect(refusal(profile({ passphrase: { verifier: 'x' } }), null, supervisor)).toMatch(/Local credentials/);
  });

  it('keeps history and the access log append-only', () => {
    expect(refusal(historyDoc(), null, officer)).toBeNull();
    expect(refusal(historyDoc({ note: 'changed' }), historyDoc(), officer)).toMatch(/append-only/);
    expect(refusal({ ...historyDoc(), _deleted: true }, historyDoc(), supervisor)).toMatch(/never deleted/);
    const access = { _id: `access:${ID}`, type: 'access', id: ID, author: 'thandi', actorId: PROFILE };
    expect(refusal(access, null, officer)).toBeNull();
    expect(refusal(access, access, officer)).toMatch(/append-only/);
    expect(refusal({ ...access, actorId: 'someone' }, null, officer)).toMatch(/actorId/);
  });

  it('tombstones records, never deletes them, except the losing side of a resolved conflict', () => {
    expect(refusal({ _id: `case:${ID}`, _deleted: true }, caseDoc(), officer)).toMatch(/tombstoned, never deleted/);
    expect(refusal({ _id: `case:${ID}`, _deleted: true, resolvedConflict: true, author: 'naledi' }, caseDoc(), officer)).toMatch(/tombstoned, never deleted/);
    expect(refusal({ _id: `case:${ID}`, _deleted: true, resolvedConflict: true, author: 'thandi' }, caseDoc(), officer)).toBeNull();
    const contact = (fields: Record<string, unknown>): Doc => ({ _id: `contact:${ID}`, type: 'contact', id: ID, author: 'thandi', updatedBy: PROFILE, version: 2, ...fields });
    expect(refusal(contact({ deletedAt: null }), contact({ deletedAt: '2026-03-01T09:00:00Z' }), officer)).toMatch(/stays tombstoned/);
  });
});
