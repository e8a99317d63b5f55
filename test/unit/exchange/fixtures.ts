/** Cases with every §4 field filled, and helpers to read whole tables. */
import { SYNC_BOOKKEEPING_TABLES } from '../../../renderer/src/data/sync/tables';
import type { HomewardDb } from '../../../renderer/src/data/db';
import type { ImportPreviewRow } from '../../../renderer/src/data/exchange/intake-preview';
import type { ImportPreview } from '../../../renderer/src/data/exchange/preview-worker';
import type { Repositories } from '../../../renderer/src/data/repositories';
import { INTAKE_HEADERS } from '../../../shared/domain/intake-csv';
import type { Case } from '../../../shared/schemas/case';
import { caseInput } from '../data/fixtures';

export interface CaseSpec {
  fullName: string;
  otherNames?: string[];
  nationality?: string;
  passportNumber?: string;
  dateOfBirth?: string;
  phone?: string;
  notes?: string;
  place?: string;
  status?: 'reported' | 'verifying' | 'locating' | 'in_contact' | 'repatriation';
  /** An open list's Other and the text it stands for. */
  platformOther?: string;
  channelOther?: string;
}

/** Creates a case through the repositories and fills whereabouts, recruitment and status as an officer would. */
export async function makeCase(repos: Repositories, actorId: string, spec: CaseSpec): Promise<Case> {
  const input = caseInput({
    fullName: spec.fullName,
    otherNames: spec.otherNames ?? [],
    nationality: spec.nationality ?? 'ZA',
    passportNumber: spec.passportNumber ?? '',
    dateOfBirth: spec.dateOfBirth ?? '1994-03',
    phone: spec.phone ?? '+27821234567',
  });
  input.reportedBy = { name: 'Nomsa Dlamini', relationship: 'Sister', phone: '+27831234567', email: '', reportedOn: '2026-02-27', consentToShare: false };
  input.notes = spec.notes ?? 'Called the hotline.\nSecond line, with "quotes", commas; and semicolons.';
  input.priority = 'normal';
  let c = await repos.cases.create(input, actorId);
  c = await repos.cases.updateSection(c.id, c.version, 'whereabouts', { situation: 'deployed', country: 'UA', place: spec.place ?? 'Donetsk', militaryUnit: '', lastKnownOn: '' }, actorId);
  c = await repos.cases.updateSection(
    c.id,
    c.version,
    'recruitment',
    {
      ...c.recruitment,
      methods: ['false_job_offer', 'documents_withheld'],
      channel: spec.channelOther ? 'other' : 'messenger_channel',
      channelOther: spec.channelOther ?? '',
      platform: spec.platformOther ? 'other' : 'telegram',
      platformOther: spec.platformOther ?? '',
      promisedJob: 'Security guard, 2000 USD',
      leftHomeOn: '',
      contractSignedOn: '',
    },
    actorId,
  );
  if (spec.status && spec.status !== 'reported') c = await repos.cases.changeStatus(c.id, c.version, { status: spec.status, closureReason: null }, actorId);
  return c;
}

/** The §4 fields of a case, as the CSV carries them (the reference included). */
export function intakeFields(c: Case) {
  return {
    reference: c.reference,
    person: { ...c.person, nationalIdNumber: undefined, homeTown: undefined, languages: undefined, messengerHandle: undefined },
    reportedBy: { name: c.reportedBy.name, relationship: c.reportedBy.relationship, phone: c.reportedBy.phone, reportedOn: c.reportedBy.reportedOn },
    situation: c.whereabouts.situation,
    country: c.whereabouts.country,
    place: c.whereabouts.place,
    methods: c.recruitment.methods,
    channel: c.recruitment.channel,
    channelOther: c.recruitment.channelOther,
    platform: c.recruitment.platform,
    platformOther: c.recruitment.platformOther,
    promisedJob: c.recruitment.promisedJob,
    status: c.status,
    notes: c.notes,
  };
}

/** Every table a backup holds: the workstation's records, not sync's bookkeeping (sync/tables.ts). */
export async function allTables(db: HomewardDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) if (!SYNC_BOOKKEEPING_TABLES.includes(table.name)) out[table.name] = await table.toArray();
  return out;
}

export const encode = (text: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(text);

/** A CSV file in the §4 format from rows of cells by header (unquoted: callers pass plain values). */
export function csvOf(rows: Record<string, string>[], headers: readonly string[] = INTAKE_HEADERS): Uint8Array<ArrayBuffer> {
  const lines = [headers.join(','), ...rows.map((r) => headers.map((h) => r[h] ?? '').join(','))];
  return encode(`${lines.join('\r\n')}\r\n`);
}

/** The preview with every row it kept, as the page would see them all on one page. */
export async function withRows(preview: ImportPreview): Promise<ImportPreview & { rows: ImportPreviewRow[] }> {
  const { rows } = await preview.page({ show: 'all', offset: 0, limit: Number.MAX_SAFE_INTEGER });
  return Object.assign(preview, { rows });
}
