/** One object that holds every repository over one database. */
import { systemClock, type Clock } from '../clock';
import type { HomewardDb } from '../db';
import { HistoryWriter } from '../history-writer';
import { CaseRepository } from './cases';
import { HistoryRepository } from './history';
import { SettingsRepository } from './settings';
import { StaffRepository } from './staff';

export interface Repositories {
  cases: CaseRepository;
  history: HistoryRepository;
  settings: SettingsRepository;
  staff: StaffRepository;
}

export function createRepositories(db: HomewardDb, clock: Clock = systemClock): Repositories {
  const writer = new HistoryWriter(db, clock);
  const settings = new SettingsRepository(db);
  return {
    cases: new CaseRepository(db, clock, writer, settings),
    history: new HistoryRepository(db),
    settings,
    staff: new StaffRepository(db, clock, writer, settings),
  };
}
