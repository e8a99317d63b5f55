/**
 * The shared schema every record of every table must satisfy before a
 * restore may write it. A table without an entry here cannot be backed up:
 * adding a Dexie table means adding its schema (a unit test checks that
 * every table of the database has one).
 */
import { z } from 'zod';
import { AccessRecordSchema } from '../../../../shared/schemas/access-log';
import { CaseSchema } from '../../../../shared/schemas/case';
import { ClosureRequestSchema } from '../../../../shared/schemas/closure-request';
import { ContactEntrySchema } from '../../../../shared/schemas/contact';
import { FollowUpSchema } from '../../../../shared/schemas/follow-up';
import { GroupSchema } from '../../../../shared/schemas/group';
import { HistoryRecordSchema, JsonValueSchema } from '../../../../shared/schemas/history';
import { WorkstationSettingsSchema } from '../../../../shared/schemas/settings';
import { TimestampSchema, UuidSchema } from '../../../../shared/schemas/primitives';
import { StaffSchema } from '../../../../shared/schemas/staff';
import type { SignInAttempts } from '../db';
import { BACKUP_PASSPHRASE_KEY, BackupPassphraseMarkerSchema } from './backup-keyring';

/**
 * Settings are key → value. The values this codebase knows are checked with
 * their schemas; other keys must hold plain JSON (a feature's own setting is
 * still a setting, and a backup must not drop it).
 */
const SETTING_VALUE_SCHEMAS: readonly { key: (key: string) => boolean; value: z.ZodType }[] = [
  { key: (k) => k === 'workstation', value: WorkstationSettingsSchema },
  { key: (k) => /^referenceSequence:\d{4}$/.test(k), value: z.number().int().min(0) },
  { key: (k) => k === BACKUP_PASSPHRASE_KEY, value: BackupPassphraseMarkerSchema },
];

export const SettingRecordSchema = z.object({ key: z.string().min(1), value: JsonValueSchema }).superRefine((record, ctx) => {
  const known = SETTING_VALUE_SCHEMAS.find((s) => s.key(record.key));
  if (!known) return;
  for (const issue of known.value.safeParse(record.value).error?.issues ?? []) {
    ctx.addIssue({ code: 'custom', message: issue.message, path: ['value', ...issue.path] });
  }
});

/** The lock-out counter of a profile (db.ts declares it; shared/ has no schema for it). */
const SignInAttemptsSchema = z.object({
  profileId: UuidSchema,
  failures: z.number().int().min(0),
  lastFailureAt: TimestampSchema,
}) satisfies z.ZodType<SignInAttempts>;

/** A case as a backup holds it: one made before version 5 lacks the text of an open list's Other (upgrades/v5.ts). */
const BackedUpCaseSchema = z.preprocess((record) => {
  const recruitment = (record as { recruitment?: unknown } | null)?.recruitment;
  if (typeof recruitment !== 'object' || recruitment === null) return record;
  return { ...(record as object), recruitment: { channelOther: '', platformOther: '', ...recruitment } };
}, CaseSchema);

export const TABLE_SCHEMAS: Readonly<Record<string, z.ZodType>> = {
  cases: BackedUpCaseSchema,
  contactLog: ContactEntrySchema,
  followUps: FollowUpSchema,
  groups: GroupSchema,
  history: HistoryRecordSchema,
  staff: StaffSchema,
  settings: SettingRecordSchema,
  accessLog: AccessRecordSchema,
  closureRequests: ClosureRequestSchema,
  signInAttempts: SignInAttemptsSchema,
};
