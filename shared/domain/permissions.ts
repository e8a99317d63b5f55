/**
 * Who may do what (issue: Supervisors). Enforced by the data layer, not only
 * by hidden buttons: every repository action asks `permits` before it writes.
 */
import type { StaffRole } from '../taxonomy';

export type StaffRoleCode = (typeof StaffRole.codes)[number];

export type Action =
  | 'case.create'
  | 'case.edit'
  | 'case.requestClosure'
  | 'case.close'
  | 'case.approveClosure'
  | 'case.reassign'
  | 'group.manage'
  | 'staff.manage'
  | 'settings.change'
  | 'accessLog.read'
  /** CSV export of lists: officers keep it. */
  | 'data.export'
  /** A full backup holds every table (profiles' verifiers, the access log): supervisors only, manual or automatic. */
  | 'data.backup'
  | 'data.restore';

export interface Actor {
  id: string;
  role: StaffRoleCode;
  active: boolean;
}

/** The part of a case that decides whether an officer may work on it. */
export interface CaseOwnership {
  assigneeId: string | null;
}

/** Actions that need a case to decide; the rest depend on the role alone. */
const CASE_SCOPED: ReadonlySet<Action> = new Set(['case.edit', 'case.requestClosure']);

const SUPERVISOR_ONLY: ReadonlySet<Action> = new Set([
  'case.close',
  'case.approveClosure',
  'case.reassign',
  'staff.manage',
  'settings.change',
  'accessLog.read',
  'data.backup',
  'data.restore',
]);

/**
 * Officers create cases, and work on cases assigned to them or to nobody;
 * supervisors may do everything. Deactivated profiles may do nothing.
 */
export function permits(actor: Actor, action: Action, target?: CaseOwnership): boolean {
  if (!actor.active) return false;
  if (actor.role === 'supervisor') return true;
  if (SUPERVISOR_ONLY.has(action)) return false;
  if (CASE_SCOPED.has(action)) {
    if (!target) return false;
    return target.assigneeId === null || target.assigneeId === actor.id;
  }
  return true;
}
