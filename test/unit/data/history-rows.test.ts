/**
 * History reads a case's changes with the field table's labels and shows
 * each value by its field's kind, through the real repositories.
 */
import i18next from 'i18next';
import { expect, it } from 'vitest';
import { historyRows } from '../../../renderer/src/features/case/records/history-rows';
import { en } from '../../../renderer/src/i18n/en';
import { createFormatters } from '../../../renderer/src/i18n/format';
import { caseInput, setUpWorkstation } from './fixtures';
import { openedAll } from '../../../renderer/src/data/vault/sealed-record';

it('labels case fields as forms do, names the section where a label alone is ambiguous, and formats values by kind', async () => {
  const { db, repos, officer } = await setUpWorkstation();
  const created = await repos.cases.create(caseInput({ passportNumber: '', dateOfBirth: '1994' }), officer.id);
  const person = await repos.cases.updateSection(created.id, created.version, 'person', { ...created.person, passportNumber: 'A1234567', dateOfBirth: '1994-03' }, officer.id);
  const reporter = await repos.cases.updateSection(person.id, person.version, 'reportedBy', { ...person.reportedBy, name: 'Thandi Dlamini', consentToShare: true }, officer.id);
  await repos.cases.updateSection(
    reporter.id,
    reporter.version,
    'whereabouts',
    { ...reporter.whereabouts, situation: 'detained', country: 'RU', lastKnownOn: '2026-02-14' },
    officer.id,
  );

  const i18n = i18next.createInstance();
  await i18n.init({ lng: 'en', resources: { en: { translation: en } }, interpolation: { escapeValue: false } });
  const records = (await openedAll(db, 'history', await db.history.where('[caseId+at]').between([created.id, ''], [created.id, '\uffff']).reverse().toArray())).filter(
    (r) => r.action === 'update',
  );
  const rows = historyRows(
    records,
    { format: createFormatters('en'), staff: new Map(), groups: new Map(), cases: new Map() },
    { t: i18n.t.bind(i18n) },
  );
  const table = new Map(rows.map((r) => [r.what, [r.before, r.after]]));

  expect(table.get('Passport number')).toEqual(['—', 'A1234567']);
  expect(table.get('Date of birth')).toEqual(['1994', 'March 1994']);
  expect(table.get('Reported by: Name')).toEqual(['Nomsa Dlamini', 'Thandi Dlamini']);
  expect(table.get('Consent to share updates with this person')).toEqual(['No', 'Yes']);
  expect(table.get('Current situation')?.[1]).toBe('Detained by authorities');
  expect(table.get('Whereabouts: Country')).toEqual(['—', 'Russia']);
  expect(table.get('Last known on')).toEqual(['—', 'Feb 14, 2026']);
});
