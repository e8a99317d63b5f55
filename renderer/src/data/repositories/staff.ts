/**
 * Staff profiles, their passphrases and sign-in, and the first-run set-up of
 * the workstation. Profiles are deactivated, never deleted: history refers
 * to them.
 */
import { type z } from 'zod';
import { FirstRunWithPassphraseSchema, initialWorkstationSettings, type FirstRunWithPassphrase } from '../../../../shared/domain/first-run';
import { NewPassphraseSchema, NewProfileSchema, StaffSchema, type NewProfileInput, type Staff } from '../../../../shared/schemas/staff';
import { lockoutDelaySeconds, newPassphrase, PBKDF2_ITERATIONS, verifyPassphrase } from '../auth/passphrase';
import type { Authorizer } from '../authorization';
import type { Clock } from '../clock';
import type { HomewardDb } from '../db';
import { NotSetUpError, RecordNotFoundError, ValidationError } from '../errors';
import type { Change, CommitOptions, Recorder } from '../recorder/recorder';
import type { SettingsRepository } from './settings';
import { validate } from '../validate';
import { LanguageSchema, type Language } from '../../../../shared/schemas/settings';
import { checkVersion } from './versioned';
import { KeyExistsError, type KeyRing } from '../vault/keyring';
import { SEALED_ALL_KEY } from '../vault/migration';


/**
 * `signed-in`: the data key is in memory. On a workstation upgraded from
 * before protection, the first sign-in of any profile makes the key: the
 * records are sealed from then on.
 * `needs-admission`: the passphrase is right but the profile holds no copy
 * of the data key (it existed before the key was made): a colleague who
 * holds one admits it (`admit`, with the ticket), or the recovery key, or a
 * supervisor setting a new passphrase, gives it one.
 */
export type SignInResult =
  | { outcome: 'signed-in'; profile: Staff }
  | { outcome: 'needs-admission'; profile: Staff; ticket: AdmissionTicket }
  | { outcome: 'wrong-passphrase'; retryAfterSeconds: number }
  | { outcome: 'locked'; retryAfterSeconds: number }
  | { outcome: 'inactive' };

/**
 * A profile whose passphrase was just checked, waiting to be admitted: holds
 * the key-encryption key that passphrase derived (in memory only), so the
 * colleague's passphrase is all that is asked next. Used once.
 */
export interface AdmissionTicket {
  readonly profileId: string;
}

/**
 * `admitted`: the person's copy is wrapped and the key is in memory.
 * `not-admitter`: that colleague may not admit (holds no copy, inactive, an
 * officer where a supervisor holds one, or the person themself), or the
 * ticket was used already.
 */
export type AdmissionResult =
  | { outcome: 'admitted'; profile: Staff }
  | { outcome: 'wrong-passphrase'; retryAfterSeconds: number }
  | { outcome: 'locked'; retryAfterSeconds: number }
  | { outcome: 'not-admitter' };

export interface StaffOptions {
  /** PBKDF2 iterations for new passphrases; tests pass fewer to stay fast. */
  kdfIterations?: number;
}

export class StaffRepository {
  private readonly iterations: number;
  /** Tickets this window issued and not yet used, with the key-encryption key each stands for. */
  private readonly tickets = new WeakMap<AdmissionTicket, CryptoKey>();

  constructor(
    private readonly db: HomewardDb,
    private readonly clock: Clock,
    private readonly recorder: Recorder,
    private readonly settings: SettingsRepository,
    private readonly authorizer: Authorizer,
    private readonly keyring: KeyRing,
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
    const { record: passphrase, keyEncryptionKey } = await newPassphrase(valid.passphrase.passphrase, this.iterations);
    const noProfileYet = async () => {
      if ((await this.db.staff.count()) > 0) throw new NotSetUpError();
    };
    await noProfileYet();
    const id = this.clock.newId();
    const profile = this.newProfile({ id, name: valid.profile.name, role: 'supervisor', language: valid.workstation.locale }, passphrase, id);
    const workstation = this.settings.prepareWorkstation(initialWorkstationSettings(valid.workstation), id, null);
    const keys = await this.keyring.create(id, keyEncryptionKey);
    try {
      // A new workstation has nothing in the clear to seal.
      const sealedAll = this.recorder.put('settings', { key: SEALED_ALL_KEY, value: true });
      await this.recorder.commit([profile, workstation, sealedAll, ...keys], { check: noProfileYet });
    } catch (error) {
      this.keyring.vault.forget();
      throw error;
    }
    return profile.record!;
  }

  /** A supervisor adds a profile with its first passphrase (the person changes it later). */
  async create(input: NewProfileInput, actorId: string): Promise<Staff> {
    const valid = validate(NewProfileSchema, input);
    const { record: passphrase, keyEncryptionKey } = await newPassphrase(valid.passphrase.passphrase, this.iterations);
    await this.authorizer.require(actorId, 'staff.manage');
    const profile = this.newProfile({ name: valid.name, role: valid.role }, passphrase, actorId);
    await this.recorder.commit([profile, ...(await this.copyFor(profile.key, keyEncryptionKey))]);
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
    const { record: passphrase, keyEncryptionKey } = await newPassphrase(valid.passphrase, this.iterations);
    if (id !== actorId) await this.authorizer.require(actorId, 'staff.manage');
    const current = await this.db.staff.get(id);
    if (!current) throw new RecordNotFoundError('staff');
    const copy = await this.copyFor(id, keyEncryptionKey);
    return this.save(current, { ...current, passphrase }, actorId, {}, [this.recorder.drop('signInAttempts', id), ...copy]);
  }

  /** A person chooses the language they work in (My profile); it applies at once and at every sign-in. */
  async setLanguage(id: string, language: Language, actorId: string): Promise<Staff> {
    const valid = validate(LanguageSchema, language);
    if (id !== actorId) await this.authorizer.require(actorId, 'staff.manage');
    const current = await this.db.staff.get(id);
    if (!current) throw new RecordNotFoundError('staff');
    return this.save(current, { ...current, language: valid }, actorId);
  }

  /**
   * Checks a passphrase. After three wrong ones in a row each further attempt
   * must wait longer (up to five minutes); the wait is enforced here, not by
   * the screen. On a workstation without a data key yet (upgraded from before
   * protection) the first right passphrase of any profile makes it.
   */
  async signIn(profileId: string, passphrase: string): Promise<SignInResult> {
    const checked = await this.checkPassphrase(profileId, passphrase);
    if (checked.outcome !== 'right') return checked;
    const { profile, keyEncryptionKey, clearAttempts } = checked;
    let unlocked = await this.keyring.unlock(profileId, keyEncryptionKey);
    if (unlocked === 'no-data-key') {
      try {
        const keys = await this.keyring.create(profileId, keyEncryptionKey);
        await this.recorder.commit([...clearAttempts, ...keys, this.recorder.access('key', profileId, null, 'key:created')], { check: this.keyring.onlyKey });
        return { outcome: 'signed-in', profile };
      } catch (error) {
        this.keyring.vault.forget();
        if (!(error instanceof KeyExistsError)) throw error;
        // Another window's sign-in made the key first: this profile has no copy of it.
        unlocked = await this.keyring.unlock(profileId, keyEncryptionKey);
      }
    }
    // Only wrong attempts leave a record to clear: otherwise a right passphrase writes nothing on the way in.
    if (clearAttempts.length > 0) await this.recorder.commit(clearAttempts);
    if (unlocked === 'unlocked') return { outcome: 'signed-in', profile };
    const ticket: AdmissionTicket = Object.freeze({ profileId });
    this.tickets.set(ticket, keyEncryptionKey);
    return { outcome: 'needs-admission', profile, ticket };
  }

  /**
   * The colleagues who may admit the profile of a ticket: active, holding a
   * copy of the data key; supervisors only, unless no supervisor holds one
   * yet (an officer's sign-in switched protection on).
   */
  async admitters(profileId: string): Promise<Staff[]> {
    const holders = await this.keyring.holders();
    const able = (await this.list()).filter((s) => s.active && s.passphrase && s.id !== profileId && holders.has(s.id));
    const supervisors = able.filter((s) => s.role === 'supervisor');
    return supervisors.length > 0 ? supervisors : able;
  }

  /**
   * Admission: the person typed their passphrase at sign-in (the ticket holds
   * the key it derived); a colleague who holds the data key types theirs, the
   * key is unwrapped with it and wrapped for the person. No passphrase is
   * reset and no recovery key is needed. The colleague's wrong passphrases
   * count against their own profile, with the usual waits. The access log
   * records who admitted whom, in both profiles' logs.
   */
  async admit(ticket: AdmissionTicket, admitterId: string, passphrase: string): Promise<AdmissionResult> {
    const keyEncryptionKey = this.tickets.get(ticket);
    const person = await this.db.staff.get(ticket.profileId);
    if (!keyEncryptionKey || !person?.active) return { outcome: 'not-admitter' };
    if (!(await this.admitters(person.id)).some((s) => s.id === admitterId)) return { outcome: 'not-admitter' };
    const checked = await this.checkPassphrase(admitterId, passphrase);
    if (checked.outcome === 'inactive') return { outcome: 'not-admitter' };
    if (checked.outcome !== 'right') return checked;
    const dataKey = await this.keyring.open(admitterId, checked.keyEncryptionKey);
    if (dataKey === 'no-copy' || dataKey === 'no-data-key') return { outcome: 'not-admitter' };
    await this.keyring.vault.adopt(dataKey);
    try {
      const copy = await this.keyring.wrapFor(person.id, keyEncryptionKey);
      await this.recorder.commit([
        ...checked.clearAttempts,
        copy,
        this.recorder.access('key', admitterId, null, `key:admitted:${person.id}`),
        this.recorder.access('key', person.id, null, `key:admittedBy:${admitterId}`),
      ]);
    } catch (error) {
      this.keyring.vault.forget();
      throw error;
    }
    this.tickets.delete(ticket);
    return { outcome: 'admitted', profile: person };
  }

  /**
   * "Use the recovery key": a person who forgot their passphrase, or whose
   * profile holds no copy of the data key, types the recovery key from the
   * post's safe and a new passphrase; the profile's copy is wrapped for it.
   * False when the recovery key is not this workstation's (nothing changes).
   */
  async recover(profileId: string, recoveryKey: string, input: z.input<typeof NewPassphraseSchema>): Promise<Staff | null> {
    const valid = validate(NewPassphraseSchema, input);
    const profile = await this.db.staff.get(profileId);
    if (!profile) throw new RecordNotFoundError('staff');
    if (!profile.active) return null;
    if (!(await this.keyring.unlockWithRecoveryKey(recoveryKey))) return null;
    return this.setPassphrase(profileId, valid, profileId);
  }

  /** Signing out or locking: the data key leaves memory. */
  forgetKey(): void {
    this.keyring.vault.forget();
  }

  /** A profile's copy of the data key for a new passphrase; none on a workstation that has no data key yet. */
  private async copyFor(profileId: string, keyEncryptionKey: CryptoKey): Promise<Change[]> {
    if (!this.keyring.vault.unlocked && !(await this.keyring.hasDataKey())) return [];
    return [await this.keyring.wrapFor(profileId, keyEncryptionKey)];
  }

  /** A passphrase checked with the attempt limits; a wrong one is counted, a right one gives the changes that clear the count. */
  private async checkPassphrase(
    profileId: string,
    passphrase: string,
  ): Promise<
    | { outcome: 'right'; profile: Staff; keyEncryptionKey: CryptoKey; clearAttempts: Change[] }
    | { outcome: 'wrong-passphrase' | 'locked'; retryAfterSeconds: number }
    | { outcome: 'inactive' }
  > {
    const profile = await this.db.staff.get(profileId);
    if (!profile) throw new RecordNotFoundError('staff');
    if (!profile.active || !profile.passphrase) return { outcome: 'inactive' };
    const attempts = await this.db.signInAttempts.get(profileId);
    const wait = this.remainingWait(attempts);
    if (wait > 0) return { outcome: 'locked', retryAfterSeconds: wait };
    const secrets = await verifyPassphrase(passphrase, profile.passphrase);
    if (secrets) return { outcome: 'right', profile, keyEncryptionKey: secrets.keyEncryptionKey, clearAttempts: attempts ? [this.recorder.drop('signInAttempts', profileId)] : [] };
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
  private newProfile(fields: Pick<Staff, 'name' | 'role' | 'language'> & { id?: string }, passphrase: Staff['passphrase'], actorId: string): Change<'staff'> {
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
