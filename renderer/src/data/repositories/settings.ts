/** Workstation settings and the reference sequence. */
import { formatReference, sequenceKey } from '../../../../shared/domain/reference';
import { WorkstationSettingsSchema, type WorkstationSettings } from '../../../../shared/schemas/settings';
import { NotSetUpError } from '../errors';
import type { Authorizer } from '../authorization';
import type { HomewardDb } from '../db';
import type { HistoryWriter } from '../history-writer';
import { validate } from '../validate';

const WORKSTATION_KEY = 'workstation';

export class SettingsRepository {
  constructor(
    private readonly db: HomewardDb,
    private readonly authorizer: Authorizer,
    private readonly history: HistoryWriter,
  ) {}

  async workstation(): Promise<WorkstationSettings | null> {
    const record = await this.db.settings.get(WORKSTATION_KEY);
    if (!record) return null;
    return validate(WorkstationSettingsSchema, record.value);
  }

  /** A supervisor changes the workstation's settings; each changed value is in history. */
  async changeWorkstation(input: WorkstationSettings, actorId: string): Promise<WorkstationSettings> {
    const valid = validate(WorkstationSettingsSchema, input);
    return this.db.transaction('rw', [this.db.settings, this.db.history, this.db.staff, this.db.accessLog], async () => {
      await this.authorizer.require(actorId, 'settings.change');
      const current = await this.workstation();
      if (!current) throw new NotSetUpError();
      await this.history.updated({ entity: 'settings', entityId: WORKSTATION_KEY, caseId: null }, actorId, current, valid);
      return this.putWorkstation(valid);
    });
  }

  /** Writes the settings; callers record the change in history within their transaction. */
  async putWorkstation(settings: WorkstationSettings): Promise<WorkstationSettings> {
    const valid = validate(WorkstationSettingsSchema, settings);
    await this.db.settings.put({ key: WORKSTATION_KEY, value: valid });
    return valid;
  }

  /**
   * Issues the next reference of the year. Must run inside the transaction
   * that stores the case, so a failed save does not use up a number.
   */
  async issueReference(year: number): Promise<string> {
    const settings = await this.workstation();
    if (!settings) throw new NotSetUpError();
    const key = sequenceKey(year);
    const current = await this.db.settings.get(key);
    const sequence = (typeof current?.value === 'number' ? current.value : 0) + 1;
    await this.db.settings.put({ key, value: sequence });
    return formatReference({ country: settings.issuingCountry, postCode: settings.postCode, year, sequence });
  }
}
