/**
 * Which case-list filter shows the cases behind each dashboard number, so
 * that following a tile or a bar lists exactly the cases it counted.
 */
import type { CaseStatusCode, ContactStatusCode, CurrentSituationCode, RecruitmentMethodCode } from '../../../../shared/taxonomy';
import type { CaseFilter } from '../../../../shared/domain/case-list';

export const DASHBOARD_FILTERS = {
  total: (): CaseFilter => ({}),
  open: (): CaseFilter => ({ open: true }),
  stale: (): CaseFilter => ({ stale: true }),
  overdueFollowUps: (): CaseFilter => ({ overdueFollowUps: true }),
  closureRequestsWaiting: (): CaseFilter => ({ closureRequested: true }),
  status: (status: CaseStatusCode): CaseFilter => ({ status }),
  contactStatus: (contactStatus: ContactStatusCode): CaseFilter => ({ contactStatus }),
  nationality: (nationality: string): CaseFilter => ({ nationality }),
  situation: (situation: CurrentSituationCode): CaseFilter => ({ situation }),
  method: (method: RecruitmentMethodCode): CaseFilter => ({ method }),
  /** A profile's id, or `unassigned`: its open cases. */
  officer: (assignee: string): CaseFilter => ({ assignee, open: true }),
  openedIn: (openedMonth: string): CaseFilter => ({ openedMonth }),
  closedIn: (closedMonth: string): CaseFilter => ({ closedMonth }),
};
