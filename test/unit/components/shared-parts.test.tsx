/** The small shared parts of the screens, rendered to HTML: what they show, and what they leave out. */
import i18next from 'i18next';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { FormActions } from '../../../renderer/src/components/FormActions';
import { FailureAlert, SuccessNotice } from '../../../renderer/src/components/Notices';
import { RecordTable, type RecordColumn } from '../../../renderer/src/features/case/records/RecordTable';

const i18n = i18next.createInstance();

beforeAll(async () => {
  await i18n.use(initReactI18next).init({
    lng: 'en',
    resources: { en: { translation: { caseRecords: { actions: 'Actions' }, errors: { staleWrite: 'Someone else saved first.' } } } },
    interpolation: { escapeValue: false },
  });
});

const html = (element: ReactElement) => renderToStaticMarkup(<I18nextProvider i18n={i18n}>{element}</I18nextProvider>);

describe('FormActions', () => {
  it('disables the submit button while the submit runs, and shows Cancel only where the form can be left', () => {
    expect(html(<FormActions submit="Save" busy />)).toBe(
      '<div class="form-actions"><button type="submit" class="button button--primary" disabled="">Save</button></div>',
    );
    const withCancel = html(<FormActions submit="Save" busy={false} cancel="Cancel" onCancel={() => undefined} />);
    expect(withCancel).toContain('<button type="submit" class="button button--primary">Save</button>');
    expect(withCancel).toContain('<button type="button" class="button">Cancel</button>');
  });
});

describe('SuccessNotice and FailureAlert', () => {
  it('keeps an empty status in the page, hidden, so the next message is announced', () => {
    expect(html(<SuccessNotice message="" />)).toBe('<p role="status" class="visually-hidden"></p>');
    expect(html(<SuccessNotice message="Saved." />)).toBe('<p role="status" class="notice notice--success">Saved.</p>');
  });

  it('shows a failure as an alert in words, and nothing without one', () => {
    expect(html(<FailureAlert failure={null} />)).toBe('');
    expect(html(<FailureAlert failure="errors.staleWrite" className="form-failure" />)).toBe(
      '<p role="alert" class="form-failure">Someone else saved first.</p>',
    );
  });
});

describe('RecordTable', () => {
  interface Row {
    id: string;
    name: string;
    note: string;
  }
  const columns: RecordColumn<Row>[] = [
    { header: 'No.', headerClassName: 'cell--number', className: 'cell--number', cell: (_, index) => index + 1 },
    { header: 'Name', rowHeader: true, cell: (row) => row.name },
    { header: 'Note', className: 'cell--text', cell: (row) => row.note },
  ];
  const rows: Row[] = [
    { id: 'a', name: 'First', note: 'one' },
    { id: 'b', name: 'Second', note: 'two' },
  ];

  it('names each record in a row header and ends each row with its actions under a hidden column header', () => {
    const table = html(
      <RecordTable caption="Records" className="test-table" columns={columns} records={rows} rowKey={(r) => r.id} actions={(r) => <button type="button">{`Edit ${r.name}`}</button>} />,
    );
    expect(table).toContain('<table class="records-table test-table"><caption>Records</caption>');
    expect(table).toContain(
      '<tr><th scope="col" class="cell--number">No.</th><th scope="col">Name</th><th scope="col">Note</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr>',
    );
    expect(table).toContain(
      '<tr><td class="cell--number">2</td><th scope="row">Second</th><td class="cell--text">two</td><td class="cell--actions"><button type="button">Edit Second</button></td></tr>',
    );
  });

  it('opens a row across the whole table under a record only where asked', () => {
    const table = html(
      <RecordTable
        caption="Records"
        className="test-table"
        columns={columns}
        records={rows}
        rowKey={(r) => r.id}
        row={(r) => ({ className: r.id === 'a' ? 'is-first' : undefined })}
        actions={() => null}
        below={(r) => (r.id === 'a' ? { className: 'records-row--confirm', content: 'Remove First?' } : null)}
      />,
    );
    expect(table).toContain('<tr class="is-first">');
    expect(table.match(/<tr class="records-row--confirm"><td colSpan="4">Remove First\?<\/td><\/tr>/g)).toHaveLength(1);
    expect(table.indexOf('Remove First?')).toBeLessThan(table.indexOf('Second'));
  });
});
