import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AccessKind } from '../../../shared/schemas/access-log';
import { describeAccess } from '../../../renderer/src/features/access-log/describe-access';
import { addBidiFormat, isolate } from '../../../renderer/src/i18n/bidi';
import { en } from '../../../renderer/src/i18n/en';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({ lng: 'en', resources: { en: { translation: en } }, interpolation: { escapeValue: false } });
  addBidiFormat(i18n);
});

const words = (kind: AccessKind, detail = '') => describeAccess({ kind, detail }, i18n.t);

describe('an access-log entry in words', () => {
  it('says what was done', () => {
    expect(words('case.open')).toBe('Opened the case');
    expect(words('restore', 'restore made=2026-03-01T09:00:00Z cases=3')).toBe('Restored a backup');
  });

  it('says which action was refused', () => {
    expect(words('denied', 'case.reassign')).toBe('Refused: reassign cases');
    expect(words('denied', 'settings.change')).toBe('Refused: change the settings');
    expect(words('denied', 'something.new')).toBe('Refused: an action (something.new)');
  });

  it('counts exported, imported and reported cases', () => {
    expect(words('export', 'csv:export cases=12 filter=status,nationality')).toBe('Exported 12 cases to a CSV file');
    expect(words('export', 'csv:export cases=1 selected')).toBe('Exported 1 case to a CSV file');
    expect(words('export', 'csv:import cases=3 rows=4')).toBe('Imported 3 cases from a CSV file');
    expect(words('report', 'report:caseload cases=40')).toBe('Made a report of 40 cases');
    expect(words('export', 'pdf')).toBe('Exported data');
  });

  it('tells automatic backups from those made by hand', () => {
    expect(words('backup', 'backup:automatic cases=5')).toBe('Automatic backup');
    expect(words('backup', 'backup:manual cases=5')).toBe('Made a backup');
  });

  it('says who switched protection on, who received the recovery key, and who admitted whom', () => {
    const names = new Map([['a1', 'Naledi Mokoena'], ['b2', 'Thandi Nkosi']]);
    const key = (detail: string) => describeAccess({ kind: 'key', detail }, i18n.t, (id) => names.get(id) ?? '');
    expect(key('key:created')).toBe('Switched protection on: made the workstation’s key');
    expect(key('key:recovery')).toBe('Received the recovery key');
    expect(key('key:admitted:b2')).toBe(`Admitted ${isolate('Thandi Nkosi')} to the protected case files`);
    expect(key('key:admittedBy:a1')).toBe(`Admitted to the protected case files by ${isolate('Naledi Mokoena')}`);
    expect(key('key:admitted:gone')).toBe(`Admitted ${isolate('Unknown profile')} to the protected case files`);
  });
});
