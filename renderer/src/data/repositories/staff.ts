/**
 * Staff profiles, their passphrases and sign-in, and the first-run set-up of
 * the workstation. Profiles are deactivated, never deleted: history refers
 * to them.
 */
import { type z } from 'zod';
import { FirstRunWithPassphraseSchema, initialWorkstationSettings, type FirstRunWithPassphrase } from '../../../../shared/domain/first-run';
import { NewPassphraseSchema, NewProfileSchema, StaffSchema, type NewProfileInput, type Staff } from '../../../../shared/schemas/staff';
import { hashPassphrase, lockoutDelaySeconds, PBKDF2_ITERATIONS, verifyPassphrase, type DerivedSecrets } from '../auth/passphrase';
import type { Authorizer } from '../authorization';
import type { Clock } from '../clock';
import type { HomewardDb } from '../db';
import { NotSetUpError, RecordNotFoundError, ValidationError } from '../errors';
import type { Change, CommitOptions, Recorder } from '../recorder/recorder';
import type { SettingsRepository } from './settings';
import { validate } from '../validate';
import { checkVersion } from './versioned';


export type SignInResult =
  | { outcome: 'signed-in'; profile: Staff; secrets: DerivedSecrets }
  | { outcome: 'wrong-passphrase'; retryAfterSeconds: number }
  | { outcome: 'locked'; retryAfterSeconds: number }
  | { outcome: 'inactive' };

export interface StaffOptions {
  /** PBKDF2 iterations for new passphrases; tests pass fewer to stay fast. */
  kdfIterations?: number;
}

export class StaffRepository {
  private readonly iterations: number;

  constructor(
    private readonly db: HomewardDb,
    private readonly clock: Clock,
    private readonly recorder: Recorder,
    private readonly settings: SettingsRepository,
    private readonly authorizer: Authorizer,
    options: StaffOptions = {},
  ) {
    this.iterations = options.kdfIterations ?? PBKDF2_ITERATIONS;
  }

  async get(id: string): Promise<Staff | undefined> {
    return this.db.staff.get(id);
  }

  /** Every profile, active or not, by name. */
  async list(): Promise<Staff[]> {
    return this.db.staff.orderBy('name').toArray();
  }

  async count(): Promise<number> {
    return this.db.staff.count();
  }

  /**
   * "Who is using this workstation?": the first profile, always a supervisor,
   * with its passphrase, and the workstation settings — together or not at all.
   */
  async setUpWorkstation(input: FirstRunWithPassphrase): Promise<Staff> {
    const valid = validate(FirstRunWithPassphraseSchema, input);
    const passphrase = await hashPassphrase(valid.passphrase.passphrase, this.iterations);
    const noProfileYet = async () => {
      if ((await this.db.staff.count()) > 0) throw new NotSetUpError();
    };
    await noProfileYet();
    const id = this.clock.newId();
    const profile = this.newProfile({ id, name: valid.profile.name, role: 'supervisor' }, passphrase, id);
    const workstation = this.settings.prepareWorkstation(initialWorkstationSettings(valid.workstation), id, null);
    await this.recorder.commit([profile, workstation], { check: noProfileYet });
    return profile.record!;
  }

  /** A supervisor adds a profile with its first passphrase (the person changes it later). */
  async create(input: NewProfileInput, actorId: string): Promise<Staff> {
    const valid = validate(NewProfileSchema, input);
    const passphrase = await hashPassphrase(valid.passphrase.passphrase, this.iterations);
    await this.authorizer.require(actorId, 'staff.manage');
    const profile = this.newProfile({ name: valid.name, role: valid.role }, passphrase, actorId);
    await this.recorder.commit([profile]);
    return profile.record!;
  }

  async setActive(id: string, expectedVersion: number, active: boolean, actorId: string): Promise<Staff> {
    await this.authorizer.require(actorId, 'staff.manage');
    const current = checkVersion('staff', await this.db.staff.get(id), expectedVersion);
    const notLastSupervisor = async () => {
      if (!active && current.role === 'supervisor' && (await this.activeSupervisors()) <= 1) {
        throw new ValidationError([{ path: 'active', messageKey: 'validation.lastSupervisor' }]);
      }
    };
    await notLastSupervisor();
    return this.save(current, { ...current, active }, actorId, { check: notLastSupervisor });
  }

  async changeRole(id: string, expectedVersion: number, role: Staff['role'], actorId: string): Promise<Staff> {
    await this.authorizer.require(actorId, 'staff.manage');
    const current = checkVersion('staff', await this.db.staff.get(id), expectedVersion);
    const notLastSupervisor = async () => {
      if (role !== 'supervisor' && current.role === 'supervisor' && current.active && (await this.activeSupervisors()) <= 1) {
        throw new ValidationError([{ path: 'role', messageKey: 'validation.lastSupervisor' }]);
      }
    };
    await notLastSupervisor();
    return this.save(current, { ...current, role }, actorId, { check: notLastSupervisor });
  }

  /** A person sets their own new passphrase; a supervisor may set anyone's (a forgotten passphrase). */
  async setPassphrase(id: string, input: z.input<typeof NewPassphraseSchema>, actorId: string): Promise<Staff> {
    const valid = validate(NewPassphraseSchema, input);
    const passphrase = await hashPassphrase(valid.passphrase, this.iterations);
    if (id !== actorId) await this.authorizer.require(actorId, 'staff.manage');
    const current = await this.db.staff.get(id);
    if (!current) throw new RecordNotFoundError('staff');
    return this.save(current, { ...current, passphrase }, actorId, {}, [this.recorder.drop('signInAttempts', id)]);
  }

  /**
   * Checks a passphrase. After three wrong ones in a row each further attempt
   * must wait longer (up to five minutes); the wait is enforced here, not by
   * the screen.
   */
  async signIn(profileId: string, passphrase: string): Promise<SignInResult> {
    const profile = await this.db.staff.get(profileId);
    if (!profile) throw new RecordNotFoundError('staff');
    if (!profile.active || !profile.passphrase) return { outcome: 'inactive' };
    const attempts = await this.db.signInAttempts.get(profileId);
    const wait = this.remainingWait(attempts);
    if (wait > 0) return { outcome: 'locked', retryAfterSeconds: wait };
    const secrets = await verifyPassphrase(passphrase, profile.passphrase);
    if (secrets) {
      // Only wrong attempts leave a record to clear: a first right passphrase writes nothing on the way in.
      if (attempts) await this.recorder.commit([this.recorder.drop('signInAttempts', profileId)]);
      return { outcome: 'signed-in', profile, secrets };
    }
    const failures = (attempts?.failures ?? 0) + 1;
    await this.recorder.commit([this.recorder.put('signInAttempts', { profileId, failures, lastFailureAt: this.clock.now() })]);
    return { outcome: 'wrong-passphrase', retryAfterSeconds: lockoutDelaySeconds(failures) };
  }

  private remainingWait(attempts: { failures: number; lastFailureAt: string } | undefined): number {
    if (!attempts) return 0;
    const until = Date.parse(attempts.lastFailureAt) + lockoutDelaySeconds(attempts.failures) * 1000;
    return Math.max(0, Math.ceil((until - Date.parse(this.clock.now())) / 1000));
  }

  private async activeSupervisors(): Promise<number> {
    return this.db.staff.filter((s) => s.active && s.role === 'supervisor').count();
  }

  /** A new profile, active, with its passphrase; the first one creates itself. */
  private newProfile(fields: Pick<Staff, 'name' | 'role'> & { id?: string }, passphrase: Staff['passphrase'], actorId: string): Change<'staff'> {
    return this.recorder.create('staff', StaffSchema, { ...fields, active: true, passphrase }, actorId, {
      subject: { entity: 'staff', caseId: null },
      value: { name: fields.name, role: fields.role },
    });
  }

  private async save(current: Staff, changed: Staff, actorId: string, options: CommitOptions = {}, also: Change[] = []): Promise<Staff> {
    // The verifier is not something History should show, only that it changed.
    const redact = (s: Staff) => ({ ...s, passphrase: s.passphrase ? `set ${s.passphrase.salt.slice(0, 6)}` : null });
    const change = this.recorder.edit('staff', StaffSchema, current, changed, actorId, { subject: { entity: 'staff', entityId: current.id, caseId: null }, shown: redact });
    await this.recorder.commit([change, ...also], options);
    return change?.record ?? current;
  }
}
