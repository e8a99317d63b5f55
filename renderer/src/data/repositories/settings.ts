/** Workstation settings. (The reference sequence is issued by the recorder, inside the transaction that stores the case.) */
import { WorkstationSettingsSchema, type WorkstationSettings } from '../../../../shared/schemas/settings';
import { NotSetUpError } from '../errors';
import type { Authorizer } from '../authorization';
import type { HomewardDb } from '../db';
import type { Change, Recorder } from '../recorder/recorder';
import { validate } from '../validate';

const WORKSTATION_KEY = 'workstation';
const SUBJECT = { entity: 'settings', entityId: WORKSTATION_KEY, caseId: null } as const;

export class SettingsRepository {
  constructor(
    private readonly db: HomewardDb,
    private readonly authorizer: Authorizer,
    private readonly recorder: Recorder,
  ) {}

  async workstation(): Promise<WorkstationSettings | null> {
    const record = await this.db.settings.get(WORKSTATION_KEY);
    if (!record) return null;
    return validate(WorkstationSettingsSchema, record.value);
  }

  /** A supervisor changes the workstation's settings; each changed value is in history. */
  async changeWorkstation(input: WorkstationSettings, actorId: string): Promise<WorkstationSettings> {
    const valid = validate(WorkstationSettingsSchema, input);
    await this.authorizer.require(actorId, 'settings.change');
    const current = await this.workstation();
    if (!current) throw new NotSetUpError();
    await this.recorder.commit([this.prepareWorkstation(valid, actorId, current)]);
    return valid;
  }

  /** Writes the settings without history: for a workstation a test or the benchmark sets up. */
  async putWorkstation(settings: WorkstationSettings): Promise<WorkstationSettings> {
    const valid = validate(WorkstationSettingsSchema, settings);
    await this.recorder.commit([this.recorder.put('settings', { key: WORKSTATION_KEY, value: valid })]);
    return valid;
  }

  /** The settings as a change, recorded in history as set (no `previous`) or field by field. */
  prepareWorkstation(settings: WorkstationSettings, actorId: string, previous: WorkstationSettings | null): Change<'settings'> {
    const valid = validate(WorkstationSettingsSchema, settings);
    const history = previous ? this.recorder.rows.updated(SUBJECT, actorId, previous, valid) : [this.recorder.rows.created(SUBJECT, actorId, { ...valid })];
    return this.recorder.put('settings', { key: WORKSTATION_KEY, value: valid }, history);
  }
}
