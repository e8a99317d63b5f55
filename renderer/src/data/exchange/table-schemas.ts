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
import type { SignInAttempts, WrappedKey } from '../db';
import { inEnvelope, type SealedTable } from '../vault/sealed-record';
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

/** A wrapped copy of the data key (vault/keyring.ts): AES-KW output of a 256-bit key is 40 bytes. */
const WrappedKeySchema = z.object({
  id: z.union([z.literal('recovery'), z.string().regex(/^profile:[0-9a-f-]{36}$/)]),
  wrapped: z.base64().refine((text) => atob(text).length === 40, { error: 'validation.invalid' }),
  at: TimestampSchema,
}) satisfies z.ZodType<WrappedKey>;

/**
 * A record of a sealed table as a protected workstation stores it: its
 * sealed fields are in `sealed`, an AES-GCM envelope that authenticates them
 * (it opens only with the data key and only under this record's id), so the
 * restore checks the record's id and envelope; a record in the clear (a
 * backup made before protection) is checked whole by its schema.
 */
function sealedOr(table: SealedTable, schema: z.ZodType): z.ZodType {
  const envelope = z.base64().min(40);
  return z.unknown().transform((record, ctx) => {
    const sealed = typeof record === 'object' && record !== null && 'sealed' in record;
    const parsed = schema.safeParse(record);
    // A sealed record lacks the fields its envelope holds: every other field is checked as the schema says.
    const issues = sealed ? (parsed.error?.issues ?? []).filter((issue) => !inEnvelope(table, issue.path)) : (parsed.error?.issues ?? []);
    if (sealed && !envelope.safeParse((record as { sealed: unknown }).sealed).success) issues.push({ code: 'custom', path: ['sealed'], message: 'validation.invalid', input: record });
    for (const issue of issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    if (issues.length > 0) return z.NEVER;
    return sealed ? record : parsed.data;
  });
}

export const TABLE_SCHEMAS: Readonly<Record<string, z.ZodType>> = {
  cases: sealedOr('cases', BackedUpCaseSchema),
  contactLog: sealedOr('contactLog', ContactEntrySchema),
  followUps: sealedOr('followUps', FollowUpSchema),
  groups: sealedOr('groups', GroupSchema),
  history: sealedOr('history', HistoryRecordSchema),
  staff: StaffSchema,
  settings: SettingRecordSchema,
  accessLog: sealedOr('accessLog', AccessRecordSchema),
  closureRequests: sealedOr('closureRequests', ClosureRequestSchema),
  signInAttempts: SignInAttemptsSchema,
  keys: WrappedKeySchema,
};
