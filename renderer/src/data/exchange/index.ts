/** CSV export and intake import, backup and restore, over one database: what the exchange screens use. */
import { Authorizer } from '../authorization';
import { systemClock, type Clock } from '../clock';
import type { HomewardDb } from '../db';
import { Recorder } from '../recorder/recorder';
import type { Repositories } from '../repositories';
import { ExchangeAuditTrail, type ExchangeAudit } from './audit';
import { BackupService } from './backup';
import { BackupKeyring } from './backup-keyring';
import { CaseCsvExporter } from './csv-export';
import { IntakeImporter } from './intake-import';

export interface Exchange {
  csvExport: CaseCsvExporter;
  intakeImport: IntakeImporter;
  backups: BackupService;
  /** Kept for the whole session: it holds the automatic-backup key once unlocked. */
  keyring: BackupKeyring;
  /** For reports (PDF) made elsewhere: `audit.record({ kind: 'report', report, cases }, actorId)`. */
  audit: ExchangeAudit;
}

export function createExchange(db: HomewardDb, repositories: Repositories, clock: Clock = systemClock): Exchange {
  const recorder = new Recorder(db, clock);
  const authorizer = new Authorizer(db, recorder);
  const audit = new ExchangeAuditTrail(recorder);
  return {
    csvExport: new CaseCsvExporter(db, clock, repositories.caseList, audit, authorizer),
    intakeImport: new IntakeImporter(db, clock, repositories.caseImport, audit, authorizer),
    backups: new BackupService(db, clock, audit, authorizer),
    keyring: new BackupKeyring(db, clock, recorder, authorizer),
    audit,
  };
}
