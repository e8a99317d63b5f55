/** Who opened which case, who exported what, and who tried what they may not do. Supervisors read it. */
import type { AccessKind, AccessRecord } from '../../../../shared/schemas/access-log';
import type { Authorizer } from '../authorization';
import type { HomewardDb } from '../db';
import type { Recorder } from '../recorder/recorder';
import { openedAll } from '../vault/sealed-record';

export class AccessLogRepository {
  constructor(
    private readonly db: HomewardDb,
    private readonly recorder: Recorder,
    private readonly authorizer: Authorizer,
  ) {}

  async record(kind: AccessKind, actorId: string, caseId: string | null, detail = ''): Promise<AccessRecord> {
    const change = this.recorder.access(kind, actorId, caseId, detail);
    await this.recorder.commit([change]);
    return change.record!;
  }

  /** Newest first. */
  async forCase(caseId: string, readerId: string, limit = 500): Promise<AccessRecord[]> {
    await this.authorizer.require(readerId, 'accessLog.read');
    return openedAll(this.db, 'accessLog', await this.db.accessLog.where('[caseId+at]').between([caseId, ''], [caseId, '\uffff']).reverse().limit(limit).toArray());
  }

  /** Newest first. */
  async forProfile(profileId: string, readerId: string, limit = 500): Promise<AccessRecord[]> {
    await this.authorizer.require(readerId, 'accessLog.read');
    return openedAll(this.db, 'accessLog', await this.db.accessLog.where('[actorId+at]').between([profileId, ''], [profileId, '\uffff']).reverse().limit(limit).toArray());
  }
}
