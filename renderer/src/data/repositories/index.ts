/** One object that holds every repository over one database. */
import { systemClock, type Clock } from '../clock';
import type { HomewardDb } from '../db';
import { HistoryWriter } from '../history-writer';
import { CaseListRepository } from './case-list';
import { CaseRepository } from './cases';
import { ContactLogRepository } from './contact-log';
import { FollowUpRepository } from './follow-ups';
import { GroupRepository } from './groups';
import { HistoryRepository } from './history';
import { SettingsRepository } from './settings';
import { StaffRepository } from './staff';

export interface Repositories {
  cases: CaseRepository;
  caseList: CaseListRepository;
  contactLog: ContactLogRepository;
  followUps: FollowUpRepository;
  groups: GroupRepository;
  history: HistoryRepository;
  settings: SettingsRepository;
  staff: StaffRepository;
}

export function createRepositories(db: HomewardDb, clock: Clock = systemClock): Repositories {
  const writer = new HistoryWriter(db, clock);
  const settings = new SettingsRepository(db);
  const cases = new CaseRepository(db, clock, writer, settings);
  return {
    cases,
    caseList: new CaseListRepository(db, clock),
    contactLog: new ContactLogRepository(db, clock, writer),
    followUps: new FollowUpRepository(db, clock, writer),
    groups: new GroupRepository(db, clock, writer, cases),
    history: new HistoryRepository(db),
    settings,
    staff: new StaffRepository(db, clock, writer, settings),
  };
}
