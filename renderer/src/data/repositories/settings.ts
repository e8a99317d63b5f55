/** Workstation settings and the reference sequence. */
import { formatReference, sequenceKey } from '../../../../shared/domain/reference';
import { WorkstationSettingsSchema, type WorkstationSettings } from '../../../../shared/schemas/settings';
import { NotSetUpError } from '../errors';
import type { HomewardDb } from '../db';
import { validate } from '../validate';

const WORKSTATION_KEY = 'workstation';

export class SettingsRepository {
  constructor(private readonly db: HomewardDb) {}

  async workstation(): Promise<WorkstationSettings | null> {
    const record = await this.db.settings.get(WORKSTATION_KEY);
    if (!record) return null;
    return validate(WorkstationSettingsSchema, record.value);
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
