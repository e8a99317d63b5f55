/**
 * Typed values inside messages are isolated for bidirectional display
 * (i18n/bidi.ts): a right-to-left override typed into a follow-up's title
 * or a closure note cannot reorder the words of History or of a toast.
 */
import i18next, { type TFunction } from 'i18next';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { BidiText } from '../../../renderer/src/components/BidiText';
import { SuccessNotice } from '../../../renderer/src/components/Notices';
import { historyRows } from '../../../renderer/src/features/case/records/history-rows';
import { addBidiFormat, FSI, isolate, PDI } from '../../../renderer/src/i18n/bidi';
import { en } from '../../../renderer/src/i18n/en';
import { createFormatters } from '../../../renderer/src/i18n/format';
import type { HistoryRecord } from '../../../shared/schemas/history';

/** U+202E RIGHT-TO-LEFT OVERRIDE: everything after it, to the end of its paragraph or isolate, is shown right to left. */
const RLO = '\u202E';
const TYPED_TITLE = `${RLO}Call ICRC`;

const i18n = i18next.createInstance();
let t: TFunction;

beforeAll(async () => {
  await i18n.use(initReactI18next).init({ lng: 'en', resources: { en: { translation: en } }, interpolation: { escapeValue: false } });
  addBidiFormat(i18n);
  t = i18n.t.bind(i18n) as TFunction;
});

const html = (element: ReactElement) => renderToStaticMarkup(<I18nextProvider i18n={i18n}>{element}</I18nextProvider>);

function leaves(node: unknown, path = ''): [string, string][] {
  if (typeof node === 'string') return [[path, node]];
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) => leaves(value, path ? `${path}.${key}` : key));
}

describe('the catalogue', () => {
  /** Parameters that carry what someone typed: a title, a name, a note, a group's name, a file's name, a cell of a file. */
  const TYPED = ['title', 'name', 'note', 'group', 'fileName', 'value', 'columns'];
  /** Accessible names only (aria-label): read aloud in logical order, never laid out, so nothing around them can be reordered. */
  const ACCESSIBLE_NAMES_ONLY = new Set([
    'caseRecords.followUps.editFollowUp',
    'caseRecords.followUps.removeFollowUp',
    'caseRecords.followUps.markDoneNamed',
    'caseRecords.followUps.reopenNamed',
    'profiles.makeOfficerFor',
    'profiles.makeSupervisorFor',
    'profiles.deactivateFor',
    'profiles.reactivateFor',
    'profiles.setPassphraseFor',
    'profiles.accessLogFor',
    'session.menu',
  ]);

  it('isolates every typed value it shows: `{{x, isolate}}`, or a `<name>` element that <Trans> renders as a <bdi>', () => {
    const bare = new RegExp(`\\{\\{(${TYPED.join('|')})\\}\\}`, 'g');
    const unisolated = leaves(en)
      .filter(([key]) => !ACCESSIBLE_NAMES_ONLY.has(key))
      .flatMap(([key, text]) => [...text.replace(/<name>\{\{\w+\}\}<\/name>/g, '').matchAll(bare)].map((m) => `${key}: ${m[0]}`));
    expect(unisolated).toEqual([]);
  });
});

describe('isolate', () => {
  it('wraps a value in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, dropping isolate controls typed inside it that would end it early', () => {
    expect(isolate(TYPED_TITLE)).toBe(`${FSI}${TYPED_TITLE}${PDI}`);
    expect(isolate(`a${PDI}${RLO}b\u2067c`)).toBe(`${FSI}a${RLO}bc${PDI}`);
  });
});

describe('a typed value with a right-to-left override', () => {
  const record = (fields: Partial<HistoryRecord>): HistoryRecord => ({
    id: crypto.randomUUID(),
    caseId: '00000000-0000-4000-8000-000000000001',
    entity: 'case',
    entityId: '00000000-0000-4000-8000-000000000001',
    action: 'update',
    field: null,
    oldValue: null,
    newValue: null,
    at: '2026-03-01T09:00:00.000Z',
    actorId: '00000000-0000-4000-8000-000000000002',
    note: null,
    ...fields,
  });

  it('sits in a <bdi> in History’s “what”: a follow-up’s title and a closure note', () => {
    const followUp = '00000000-0000-4000-8000-000000000003';
    const records = [
      record({ entity: 'followUp', entityId: followUp, field: 'dueOn', oldValue: '2026-03-02', newValue: '2026-03-09' }),
      record({ field: 'closureRequest', oldValue: 'pending', newValue: 'returned', note: `${RLO}Ask the family first` }),
      record({ entity: 'followUp', entityId: followUp, action: 'create', newValue: { title: TYPED_TITLE, dueOn: '2026-03-02' } }),
    ];
    const rows = historyRows(records, { format: createFormatters('en'), staff: new Map(), groups: new Map(), cases: new Map() }, { t });
    expect(rows.map((r) => r.what).slice(0, 2)).toEqual([`Follow-up “${FSI}${TYPED_TITLE}${PDI}”: Due on`, `Closure returned: ${FSI}${RLO}Ask the family first${PDI}`]);
    expect(html(<BidiText text={rows[0]!.what} />)).toBe(`Follow-up “<bdi>${TYPED_TITLE}</bdi>”: Due on`);
    expect(html(<BidiText text={rows[1]!.what} />)).toBe(`Closure returned: <bdi>${RLO}Ask the family first</bdi>`);
  });

  it('sits in a <bdi> in a toast, and the page’s text carries no invisible marks', () => {
    const message = t('caseRecords.followUps.added', { title: TYPED_TITLE });
    expect(html(<SuccessNotice message={message} />)).toBe(`<p role="status" class="notice notice--success">Follow-up “<bdi>${TYPED_TITLE}</bdi>” added.</p>`);
    expect(html(<SuccessNotice message={t('groups.created', { name: `${RLO}North` })} />)).toContain(`Group “<bdi>${RLO}North</bdi>” created.`);
    expect(html(<SuccessNotice message={t('closureHistory.withNote', { what: 'Closure approved', note: `${RLO}ok` })} />)).toContain(`Closure approved — note: <bdi>${RLO}ok</bdi>`);
  });

  it('a message without typed values is shown as it is', () => {
    expect(html(<BidiText text={t('caseRecords.history.title')} />)).toBe('History');
  });
});
