/**
 * An access-log entry in words: "Opened the case", "Refused: reassign
 * cases", "Exported 12 cases to a CSV file". The entry's detail holds codes
 * and counts only (data/exchange/audit.ts writes them).
 */
import type { TFunction } from 'i18next';
import type { Action } from '../../../../shared/domain/permissions';
import type { AccessRecord } from '../../../../shared/schemas/access-log';
import type { MessageKey } from '../../i18n/keys';

const ACTION_KEYS: Record<Action, MessageKey> = {
  'case.create': 'accessLog.action.caseCreate',
  'case.edit': 'accessLog.action.caseEdit',
  'case.requestClosure': 'accessLog.action.caseRequestClosure',
  'case.close': 'accessLog.action.caseClose',
  'case.approveClosure': 'accessLog.action.caseApproveClosure',
  'case.reassign': 'accessLog.action.caseReassign',
  'group.manage': 'accessLog.action.groupManage',
  'staff.manage': 'accessLog.action.staffManage',
  'settings.change': 'accessLog.action.settingsChange',
  'accessLog.read': 'accessLog.action.accessLogRead',
  'data.export': 'accessLog.action.dataExport',
  'data.backup': 'accessLog.action.dataBackup',
  'data.restore': 'accessLog.action.dataRestore',
};

function isAction(code: string): code is Action {
  return Object.hasOwn(ACTION_KEYS, code);
}

function caseCount(detail: string): number | undefined {
  const match = /\bcases=(\d+)/.exec(detail);
  return match ? Number(match[1]) : undefined;
}

/** `nameOf`: a profile's name by id, for entries that name a colleague (an admission). */
export function describeAccess(record: Pick<AccessRecord, 'kind' | 'detail'>, t: TFunction, nameOf: (profileId: string) => string = () => ''): string {
  const { kind, detail } = record;
  const count = caseCount(detail);
  switch (kind) {
    case 'case.open':
      return t('accessLog.kind.caseOpen');
    case 'denied':
      return t('accessLog.kind.denied', {
        action: isAction(detail) ? t(ACTION_KEYS[detail]) : t('accessLog.unknownAction', { code: detail }),
      });
    case 'export':
      if (count !== undefined && detail.startsWith('csv:export')) return t('accessLog.exportCsv', { count });
      if (count !== undefined && detail.startsWith('csv:import')) return t('accessLog.importCsv', { count });
      return t('accessLog.kind.export');
    case 'report':
      return count === undefined ? t('accessLog.kind.report') : t('accessLog.report', { count });
    case 'backup':
      if (detail.startsWith('backup:automatic')) return t('accessLog.backupAutomatic');
      return t('accessLog.backupManual');
    case 'restore':
      return t('accessLog.kind.restore');
    case 'key':
      return describeKey(detail, t, nameOf);
  }
}

/** `key:created`, `key:recovery`, `key:admitted:<profile id>`, `key:admittedBy:<profile id>` (repositories/staff.ts, vault/keyring.ts). */
function describeKey(detail: string, t: TFunction, nameOf: (profileId: string) => string): string {
  const [, event, profileId = ''] = detail.split(':');
  switch (event) {
    case 'created':
      return t('accessLog.keyCreated');
    case 'recovery':
      return t('accessLog.keyRecovery');
    case 'admitted':
      return t('accessLog.keyAdmitted', { name: nameOf(profileId) || t('accessLog.unknownProfile') });
    case 'admittedBy':
      return t('accessLog.keyAdmittedBy', { name: nameOf(profileId) || t('accessLog.unknownProfile') });
    default:
      return t('accessLog.kind.key');
  }
}
