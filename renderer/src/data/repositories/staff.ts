/** Staff profiles and the first-run set-up of the workstation. */
import { FirstRunInputSchema, initialWorkstationSettings, type FirstRunInput } from '../../../../shared/domain/first-run';
import { StaffSchema, type Staff } from '../../../../shared/schemas/staff';
import type { Clock } from '../clock';
import type { HomewardDb } from '../db';
import type { HistoryWriter } from '../history-writer';
import type { SettingsRepository } from './settings';
import { validate } from '../validate';

export class StaffRepository {
  constructor(
    private readonly db: HomewardDb,
    private readonly clock: Clock,
    private readonly history: HistoryWriter,
    private readonly settings: SettingsRepository,
  ) {}

  async get(id: string): Promise<Staff | undefined> {
    return this.db.staff.get(id);
  }

  async list(): Promise<Staff[]> {
    return this.db.staff.orderBy('name').toArray();
  }

  async count(): Promise<number> {
    return this.db.staff.count();
  }

  /**
   * "Who is using this workstation?": creates the first profile and the
   * workstation settings together, or nothing when either is invalid.
   */
  async setUpWorkstation(input: FirstRunInput): Promise<Staff> {
    const valid = validate(FirstRunInputSchema, input);
    const fields = valid.profile;
    const workstation = initialWorkstationSettings(valid.workstation);
    return this.db.transaction('rw', [this.db.staff, this.db.settings, this.db.history], async () => {
      const now = this.clock.now();
      const id = this.clock.newId();
      const profile = validate(StaffSchema, {
        ...fields,
        id,
        active: true,
        createdAt: now,
        createdBy: id,
        updatedAt: now,
        updatedBy: id,
        version: 1,
        deletedAt: null,
      });
      await this.db.staff.add(profile);
      await this.history.created({ entity: 'staff', entityId: id, caseId: null }, id, { name: profile.name, role: profile.role });
      await this.settings.putWorkstation(workstation);
      await this.history.created({ entity: 'settings', entityId: 'workstation', caseId: null }, id, { ...workstation });
      return profile;
    });
  }
}
