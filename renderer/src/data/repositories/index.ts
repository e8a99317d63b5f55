/** One object that holds every repository over one database. */
import { Authorizer } from '../authorization';
import { setWorkstationToday } from '../../../../shared/domain/partial-date';
import { systemClock, type Clock } from '../clock';
import type { HomewardDb } from '../db';
import { Recorder } from '../recorder/recorder';
import { ConflictRepository } from '../sync/conflicts';
import { AccessLogRepository } from './access-log';
import { CaseFileRepository } from './case-file';
import { CaseImportRepository } from './case-import';
import { CaseListRepository } from './case-list';
import { CaseloadRepository } from './caseload';
import { CaseRepository } from './cases';
import { ClosureRepository } from './closure';
import { ContactLogRepository } from './contact-log';
import { DashboardRepository } from './dashboard';
import { FollowUpRepository } from './follow-ups';
import { GroupRepository } from './groups';
import { SettingsRepository } from './settings';
import { StaffRepository, type StaffOptions } from './staff';
import { KeyRing } from '../vault/keyring';
import { RecordSealer } from '../vault/migration';
import { vaultOf } from '../vault/vault';

export interface Repositories {
  accessLog: AccessLogRepository;
  cases: CaseRepository;
  caseFile: CaseFileRepository;
  caseList: CaseListRepository;
  caseload: CaseloadRepository;
  caseImport: CaseImportRepository;
  closure: ClosureRepository;
  conflicts: ConflictRepository;
  contactLog: ContactLogRepository;
  dashboard: DashboardRepository;
  followUps: FollowUpRepository;
  groups: GroupRepository;
  settings: SettingsRepository;
  staff: StaffRepository;
  keyring: KeyRing;
  sealer: RecordSealer;
}

export function createRepositories(db: HomewardDb, clock: Clock = systemClock, staffOptions: StaffOptions = {}): Repositories {
  // Shared rules (a date in the future) judge by this clock's today.
  setWorkstationToday(() => clock.today());
  const recorder = new Recorder(db, clock);
  const keyring = new KeyRing(db, clock, recorder, vaultOf(db));
  const authorizer = new Authorizer(db, recorder);
  const settings = new SettingsRepository(db, authorizer, recorder);
  const cases = new CaseRepository(db, clock, recorder, authorizer);
  const caseList = new CaseListRepository(db, clock);
  const dashboard = new DashboardRepository(db);
  return {
    accessLog: new AccessLogRepository(db, recorder, authorizer),
    cases,
    caseFile: new CaseFileRepository(db),
    caseList,
    caseload: new CaseloadRepository(caseList, dashboard),
    caseImport: new CaseImportRepository(db, clock, recorder, settings, authorizer),
    closure: new ClosureRepository(db, clock, recorder, authorizer, cases),
    conflicts: new ConflictRepository(db, recorder, authorizer),
    contactLog: new ContactLogRepository(db, recorder, authorizer),
    dashboard,
    followUps: new FollowUpRepository(db, clock, recorder, authorizer),
    groups: new GroupRepository(db, recorder, cases, authorizer),
    settings,
    staff: new StaffRepository(db, clock, recorder, settings, authorizer, keyring, staffOptions),
    keyring,
    sealer: new RecordSealer(db, recorder),
  };
}
