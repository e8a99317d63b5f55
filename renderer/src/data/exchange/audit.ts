/**
 * Records who exported, imported, reported, backed up or restored what, and
 * when: a line in the access log (what supervisors review: the kind and a
 * short code detail) and an `export` entry in History with the details as
 * JSON (never a case's: caseId is null). The details are codes and counts,
 * never personal data: a search text, which may be a name, is recorded only
 * as "searched".
 */
import type { AccessKind } from '../../../../shared/schemas/access-log';
import type { JsonValue } from '../../../../shared/schemas/history';
import type { CaseFilter } from '../../../../shared/domain/case-list';
import type { Recorder } from '../recorder/recorder';

export type ExchangeEvent =
  | { kind: 'csvExport'; cases: number; selection: { filter: CaseFilter } | { ids: number } }
  | { kind: 'csvImport'; cases: number; rows: number }
  | { kind: 'report'; report: string; cases: number }
  | { kind: 'backup'; automatic: boolean; records: Record<string, number> }
  | { kind: 'restore'; madeAt: string; records: Record<string, number> };

export interface ExchangeAudit {
  /** Joins the caller's transaction when there is one (it must include history and the access log), else runs in its own. */
  record(event: ExchangeEvent, actorId: string): Promise<void>;
}

const ACCESS_KIND: Record<ExchangeEvent['kind'], AccessKind> = {
  csvExport: 'export',
  csvImport: 'export',
  report: 'report',
  backup: 'backup',
  restore: 'restore',
};

function activeFilter(filter: CaseFilter): Record<string, JsonValue> {
  const { search: _search, ...rest } = filter;
  return Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined && v !== '' && v !== false)) as Record<string, JsonValue>;
}

function details(event: ExchangeEvent): JsonValue {
  if (event.kind !== 'csvExport') return { ...event };
  const { selection } = event;
  if ('ids' in selection) return { kind: event.kind, cases: event.cases, selectedCases: selection.ids };
  return { kind: event.kind, cases: event.cases, filter: activeFilter(selection.filter), searched: Boolean(selection.filter.search?.trim()) };
}

/** `csv:export cases=12 filter=status,nationality`: at most 200 characters, codes and counts only. */
function accessDetail(event: ExchangeEvent): string {
  switch (event.kind) {
    case 'csvExport': {
      const { selection } = event;
      const what = 'ids' in selection ? 'selected' : `filter=${[...Object.keys(activeFilter(selection.filter)), ...(selection.filter.search?.trim() ? ['search'] : [])].join(',') || 'none'}`;
      return `csv:export cases=${event.cases} ${what}`;
    }
    case 'csvImport':
      return `csv:import cases=${event.cases} rows=${event.rows}`;
    case 'report':
      return `report:${event.report} cases=${event.cases}`;
    case 'backup':
      return `backup:${event.automatic ? 'automatic' : 'manual'} cases=${event.records['cases'] ?? 0}`;
    case 'restore':
      return `restore made=${event.madeAt} cases=${event.records['cases'] ?? 0}`;
  }
}

export class ExchangeAuditTrail implements ExchangeAudit {
  constructor(private readonly recorder: Recorder) {}

  async record(event: ExchangeEvent, actorId: string): Promise<void> {
    await this.recorder.commit([
      this.recorder.access(ACCESS_KIND[event.kind], actorId, null, accessDetail(event).slice(0, 200)),
      this.recorder.append(this.recorder.rows.created({ entity: 'export', entityId: event.kind, caseId: null }, actorId, details(event))),
    ]);
  }
}
