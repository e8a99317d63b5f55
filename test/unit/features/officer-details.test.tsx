/**
 * Issue 10, items 6 and 11, rendered to HTML: the signed-in name is isolated
 * for bidirectional display, a required field's message names the field, a
 * phone reads in international format, and the month filter is two named
 * selects with readable placeholders.
 */
import i18next from 'i18next';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MemoryRouter } from 'react-router-dom';
import { beforeAll, describe, expect, it } from 'vitest';
import { SessionContext, type Session } from '../../../renderer/src/app/session';
import { Field } from '../../../renderer/src/components/Field';
import { fieldText } from '../../../renderer/src/features/case/field-text';
import { MonthPicker } from '../../../renderer/src/features/cases/list/MonthPicker';
import { SessionControls } from '../../../renderer/src/features/lock/SessionControls';
import { createFormatters } from '../../../renderer/src/i18n/format';
import { en } from '../../../renderer/src/i18n/en';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.use(initReactI18next).init({ lng: 'en', resources: { en: { translation: en } }, interpolation: { escapeValue: false } });
});

const html = (element: ReactElement) => renderToStaticMarkup(<I18nextProvider i18n={i18n}>{element}</I18nextProvider>);

describe('bidirectional isolation', () => {
  it('keeps a name with a right-to-left override inside its own <bdi>, the role after it outside', () => {
    const session = { profile: { name: 'Thandi \u202ENkosi', role: 'officer' } } as unknown as Session;
    const shown = html(
      <MemoryRouter>
        <SessionContext.Provider value={session}>
          <SessionControls />
        </SessionContext.Provider>
      </MemoryRouter>,
    );
    expect(shown).toContain('Signed in as <bdi>Thandi \u202ENkosi</bdi> (Consular officer)');
  });
});

describe('a required field', () => {
  it('names the field in its message', () => {
    const shown = html(
      <Field label="Full name" error="validation.required">
        <input />
      </Field>,
    );
    expect(shown).toContain('<p id=');
    expect(shown).toContain('class="field__error">Fill in “Full name”.</p>');
    expect(shown).not.toContain('Enter this field.');
  });
});

describe('a phone number', () => {
  it('reads in international format; what does not parse is shown as stored', () => {
    const context = { t: i18n.t, format: createFormatters('en') };
    expect(fieldText({ kind: 'phone' }, '+27821234567', context)).toBe('+27 82 123 4567');
    expect(fieldText({ kind: 'phone' }, '+9779841234567', context)).toBe('+977 984 1234567');
    expect(fieldText({ kind: 'phone' }, 'not a number', context)).toBe('not a number');
  });
});

describe('the month filter', () => {
  it('offers a month and a year select with readable placeholders', () => {
    const empty = html(<MonthPicker legend="Opened in" value="" onChange={() => undefined} thisYear={2026} />);
    expect(empty).toContain('<legend>Opened in</legend>');
    expect(empty).toContain('<option value="" selected="">Month</option>');
    expect(empty).toContain('<option value="" selected="">Year</option>');
    expect(empty).toContain('<option value="03">March</option>');
    expect(empty).not.toContain('type="month"');
  });

  it('shows a month from the URL in both selects, even a year before those offered', () => {
    const shown = html(<MonthPicker legend="Closed in" value="2003-11" onChange={() => undefined} thisYear={2026} />);
    expect(shown).toContain('<option value="11" selected="">November</option>');
    expect(shown).toContain('<option value="2003" selected="">2003</option>');
  });
});
