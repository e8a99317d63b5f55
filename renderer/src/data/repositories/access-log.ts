/** Who opened which case, who exported what, and who tried what they may not do. Supervisors read it. */
import { AccessRecordSchema, type AccessKind, type AccessRecord } from '../../../../shared/schemas/access-log';
import type { Authorizer } from '../authorization';
import type { Clock } from '../clock';
import type { HomewardDb } from '../db';
import { validate } from '../validate';

export class AccessLogRepository {
  constructor(
    private readonly db: HomewardDb,
    private readonly clock: Clock,
    private readonly authorizer: Authorizer,
  ) {}

  async record(kind: AccessKind, actorId: string, caseId: string | null, detail = ''): Promise<AccessRecord> {
    const entry = validate(AccessRecordSchema, { id: this.clock.newId(), at: this.clock.now(), actorId, kind, caseId, detail });
    await this.db.accessLog.add(entry);
    return entry;
  }

  /** Newest first. */
  async forCase(caseId: string, readerId: string, limit = 500): Promise<AccessRecord[]> {
    await this.authorizer.require(readerId, 'accessLog.read');
    return this.db.accessLog.where('[caseId+at]').between([caseId, ''], [caseId, '\uffff']).reverse().limit(limit).toArray();
  }

  /** Newest first. */
  async forProfile(profileId: string, readerId: string, limit = 500): Promise<AccessRecord[]> {
    await this.authorizer.require(readerId, 'accessLog.read');
    return this.db.accessLog.where('[actorId+at]').between([profileId, ''], [profileId, '\uffff']).reverse().limit(limit).toArray();
  }
}
