/**
 * Turns history records into rows an officer can read: field paths become
 * field labels and values are shown by their field's kind (the field table,
 * shared/fields.ts): codes become their taxonomy labels, ids names, and a
 * change of the repatriation checklist (stored as one array) becomes one row
 * per changed part of each step.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntity, HistoryRecord, JsonValue } from '../../../../../shared/schemas/history';
import { CASE_FIELDS, fieldAt, STEP_FIELDS } from '../../../../../shared/fields';
import type { Formatters } from '../../../i18n/format';
import { isMessageKey, termLabel } from '../../../i18n/keys';
import { fieldText, type FieldTextContext, type KindOf, type RecordNames } from '../field-text';

export interface HistoryRow {
  key: string;
  /** The record this row came from; rows of one save share time, actor and record. */
  record: HistoryRecord;
  what: string;
  before: string;
  after: string;
}

/** How the values of each field are shown, by `entity.path`: the case's from the field table; anything else is shown as text. */
const KINDS: ReadonlyMap<string, KindOf> = new Map<string, KindOf>([
  ...CASE_FIELDS.map((field): [string, KindOf] => [`case.${field.path}`, field]),
  ...STEP_FIELDS.map((field): [string, KindOf] => [`step.${field.part}`, field]),
  ['contact.at', { kind: 'timestamp' }],
  ['contact.direction', { kind: 'vocabulary', vocabulary: 'contactDirection' }],
  ['contact.channel', { kind: 'vocabulary', vocabulary: 'contactChannel' }],
  ['contact.with', { kind: 'vocabulary', vocabulary: 'contactWith' }],
  ['contact.outcome', { kind: 'vocabulary', vocabulary: 'contactOutcome' }],
  ['contact.followUpDue', { kind: 'date' }],
  ['followUp.dueOn', { kind: 'date' }],
  ['followUp.assigneeId', { kind: 'staffRef' }],
  ['followUp.doneAt', { kind: 'timestamp' }],
]);

/** Where the labels of a record's fields are, by entity; a case's come from the field table. */
const LABELS: Partial<Record<HistoryEntity, string>> = {
  contact: 'caseRecords.contactLog.fields',
  followUp: 'caseRecords.history.fields.followUp',
};

/** Sync's records (data/sync): a merge of two workstations' edits, and the value a resolved conflict did not keep. */
const SYNC_MERGE_FIELD = 'sync.merge';
const SYNC_CONFLICT_RESOLVED = 'sync.conflictResolved';

/** The history field of a closure request and its decision (ClosureRepository). */
const CLOSURE_REQUEST_FIELD = 'closureRequest';

export interface HistoryLookups extends RecordNames {
  format: Formatters;
}

function isRecord(value: JsonValue): value is { [key: string]: JsonValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What a contact entry or follow-up is called in History: its time or title, as last recorded. */
function subjectNames(records: readonly HistoryRecord[]): Map<string, string> {
  const names = new Map<string, string>();
  // Oldest first, so the latest name wins.
  for (let i = records.length - 1; i >= 0; i--) {
    const r = records[i]!;
    const key = r.entity === 'contact' ? 'at' : r.entity === 'followUp' ? 'title' : null;
    if (!key) continue;
    const summary = r.action === 'delete' ? r.oldValue : r.newValue;
    const value = r.action === 'update' ? (r.field === key ? r.newValue : undefined) : isRecord(summary) ? summary[key] : undefined;
    if (typeof value === 'string') names.set(r.entityId, value);
  }
  return names;
}

type Translate = Pick<FieldTextContext, 't'>;

/** Rows for the given records, newest first like the records. */
export function historyRows(records: readonly HistoryRecord[], lookups: HistoryLookups, { t }: Translate): HistoryRow[] {
  const none = t('caseRecords.notSet');

  const fieldLabel = (entity: HistoryEntity, path: string) => {
    if (entity === 'case') {
      const field = fieldAt(path);
      if (!field) return path;
      return t('historyLabel' in field ? field.historyLabel : field.label);
    }
    const key = `${LABELS[entity]}.${path}`;
    // A field without a label is shown as stored.
    return LABELS[entity] && isMessageKey(key) ? t(key) : path;
  };

  const { format } = lookups;
  const names = subjectNames(records);

  const textOf: FieldTextContext = { t, format, names: lookups };
  const one = (kind: KindOf | undefined, value: JsonValue): string => {
    if (value === null || value === '') return none;
    if (typeof value === 'object') return JSON.stringify(value);
    return fieldText(kind, value, textOf);
  };

  const valueText = (kindKey: string, value: JsonValue): string => {
    const kind = KINDS.get(kindKey);
    if (Array.isArray(value)) return value.length === 0 ? none : value.map((v) => one(kind, v)).join(', ');
    return one(kind, value);
  };

  /** A created or removed record's summary, e.g. "12 Mar 2026, 10:00 · Phone · The citizen · No answer". */
  const summaryText = (entity: HistoryEntity, summary: JsonValue): string => {
    if (!isRecord(summary)) return valueText(entity, summary);
    const parts = Object.entries(summary).map(([field, value]) => valueText(`${entity}.${field}`, value));
    return parts.filter((p) => p !== none).join(' · ') || none;
  };

  /** "Contact on 12 Mar 2026, 10:00", "Follow-up “Call ICRC”", or the kind of record when its name is not known. */
  const subject = (r: HistoryRecord): string => {
    const name = names.get(r.entityId);
    if (name && r.entity === 'contact') return t('caseRecords.history.contactNamed', { when: format.dateTime(name) });
    if (name && r.entity === 'followUp') return t('caseRecords.history.followUpNamed', { title: name });
    return t(`caseRecords.history.entities.${r.entity}`);
  };

  /** "Closure requested: Returned and settled", "Closure approved", "Closure returned: <note>", with the request's state before and after. */
  const closureRow = (r: HistoryRecord): HistoryRow => {
    const state = (value: JsonValue) =>
      value === 'pending' ? t('closureHistory.pending') : value === 'approved' ? t('closureHistory.approvedState') : value === 'returned' ? t('closureHistory.returnedState') : none;
    const base = { key: r.id, record: r, before: state(r.oldValue) };
    if (r.newValue === 'returned') return { ...base, what: t('closureHistory.returned', { note: r.note ?? '' }), after: state(r.newValue) };
    if (r.newValue === 'approved') {
      const what = t('closureHistory.approved');
      return { ...base, what: r.note ? t('closureHistory.withNote', { what, note: r.note }) : what, after: state(r.newValue) };
    }
    const what = t('closureHistory.requested', { reason: valueText('case.closureReason', r.newValue) });
    return { ...base, what: r.note ? t('closureHistory.withNote', { what, note: r.note }) : what, after: t('closureHistory.pending') };
  };

  /** Edits of two workstations merged by sync: which fields came from the other one. */
  const mergeRow = (r: HistoryRecord): HistoryRow => {
    const fromOther = isRecord(r.newValue) && Array.isArray(r.newValue.fromOther) ? r.newValue.fromOther.map((f) => fieldLabel(r.entity, String(f))) : [];
    return { key: r.id, record: r, what: t('caseRecords.history.syncMerged'), before: none, after: fromOther.length > 0 ? fromOther.join(', ') : none };
  };

  const stepRows = (r: HistoryRecord): HistoryRow[] => {
    const before = Array.isArray(r.oldValue) ? r.oldValue : [];
    const after = Array.isArray(r.newValue) ? r.newValue : [];
    const rows: HistoryRow[] = [];
    after.forEach((step, index) => {
      const old = before[index];
      if (!isRecord(step)) return;
      const oldStep = isRecord(old ?? null) ? (old as Record<string, JsonValue>) : {};
      const stepLabel = typeof step.step === 'string' ? termLabel(t, 'repatriationStep', step.step) : String(index + 1);
      for (const { part, label } of STEP_FIELDS) {
        const a = oldStep[part] ?? null;
        const b = step[part] ?? null;
        if (JSON.stringify(a) === JSON.stringify(b)) continue;
        rows.push({
          key: `${r.id}-${index}-${part}`,
          record: r,
          what: t('caseRecords.history.stepChange', { step: stepLabel, field: t(label) }),
          before: valueText(`step.${part}`, a),
          after: valueText(`step.${part}`, b),
        });
      }
    });
    return rows;
  };

  return records.flatMap((r): HistoryRow[] => {
    if (r.action === 'create') {
      return [{ key: r.id, record: r, what: t(`caseRecords.history.created.${r.entity}`), before: none, after: summaryText(r.entity, r.newValue) }];
    }
    if (r.action === 'delete') {
      return [{ key: r.id, record: r, what: t(`caseRecords.history.removed.${r.entity}`), before: summaryText(r.entity, r.oldValue), after: none }];
    }
    if (r.entity === 'case' && r.field === 'steps') return stepRows(r);
    if (r.entity === 'case' && r.field === CLOSURE_REQUEST_FIELD) return [closureRow(r)];
    if (r.field === SYNC_MERGE_FIELD) return [mergeRow(r)];
    if (r.note === SYNC_CONFLICT_RESOLVED) {
      const what = t('caseRecords.history.conflictResolved', { field: fieldLabel(r.entity, r.field ?? '') });
      return [{ key: r.id, record: r, what, before: valueText(`${r.entity}.${r.field ?? ''}`, r.oldValue), after: t('caseRecords.history.conflictKeptHere') }];
    }
    const field = r.field ?? '';
    const label = r.entity === 'case' ? fieldLabel('case', field) : t('caseRecords.history.subjectField', { subject: subject(r), field: fieldLabel(r.entity, field) });
    // Why the change was made: a reassignment's reason, a supervisor's remark on approving a closure.
    const what = r.note ? t(field === 'assigneeId' ? 'closureHistory.withReason' : 'closureHistory.withNote', { what: label, note: r.note }) : label;
    const kindKey = `${r.entity}.${field}`;
    return [{ key: r.id, record: r, what, before: valueText(kindKey, r.oldValue), after: valueText(kindKey, r.newValue) }];
  });
}

export function useHistoryRows() {
  const { t } = useTranslation();
  return useCallback((records: readonly HistoryRecord[], lookups: HistoryLookups) => historyRows(records, lookups, { t }), [t]);
}
