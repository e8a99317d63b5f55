/**
 * The date field as rendered: the stored ISO value shown in the post's
 * format, the format as a visible hint tied to the box, and a date that
 * cannot be one described in words that name the field.
 */
import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { useForm } from 'react-hook-form';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { DateField, type DateFieldKind } from '../../../renderer/src/components/DateField';
import { ar } from '../../../renderer/src/i18n/ar';
import { en } from '../../../renderer/src/i18n/en';
import { FormatPreferencesContext } from '../../../renderer/src/i18n/format';
import { isolatePlaceholders } from '../../../renderer/src/i18n/isolate';
import { ru } from '../../../renderer/src/i18n/ru';
import type { Clock } from '../../../shared/schemas/settings';

/** How Arabic messages isolate a value (i18n/isolate.ts), and how the field keeps its format left to right inside. */
const FSI = '\u2068';
const LRI = '\u2066';
const PDI = '\u2069';
const i18n = i18next.createInstance();

beforeAll(async () => {
  await i18n.use(initReactI18next).init({
    lng: 'en',
    resources: { en: { translation: en }, ru: { translation: ru }, ar: { translation: isolatePlaceholders(ar) } },
    interpolation: { escapeValue: false },
  });
});

interface Setting {
  language: string;
  region: string;
  clock?: Clock;
  value: string;
  kind?: DateFieldKind;
  error?: string;
  required?: boolean;
}

function Form({ value, kind, error, required, label }: Setting & { label: string }) {
  const form = useForm<{ when: string }>({ defaultValues: { when: value } });
  return <DateField control={form.control} name="when" kind={kind} label={label} error={error} required={required} />;
}

async function render(setting: Setting, label = 'Due on'): Promise<string> {
  await i18n.changeLanguage(setting.language);
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <FormatPreferencesContext.Provider value={{ region: setting.region, clock: setting.clock ?? '24h' }}>
        <Form {...setting} label={label} />
      </FormatPreferencesContext.Provider>
    </I18nextProvider>,
  );
}

/** The attributes of the text box the date is typed into. */
function textBox(html: string): string {
  const match = /<input[^>]*type="text"[^>]*>/.exec(html);
  if (!match) throw new Error(`no text box in ${html}`);
  return match[0];
}

const attribute = (element: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(element)?.[1];

describe('DateField', () => {
  it('shows a stored date as a Russian post writes it, left to right, with its format as a hint tied to the box', async () => {
    const html = await render({ language: 'ru', region: 'RU', value: '2026-03-05' });
    const box = textBox(html);
    expect(attribute(box, 'value')).toBe('05.03.2026');
    expect(attribute(box, 'dir')).toBe('ltr');
    const hintId = attribute(box, 'aria-describedby');
    expect(html).toContain(`<p id="${hintId}" class="field__hint">Формат: дд.мм.гггг.</p>`);
    const id = attribute(box, 'id');
    expect(html).toContain(`<label id="${id}-label" for="${id}">Due on</label>`);
    // The calendar button says which date it is for.
    expect(html).toContain(`aria-describedby="${id}-label"`);
  });

  it('shows a US post the month first, and a time on its 12-hour clock', async () => {
    expect(attribute(textBox(await render({ language: 'en', region: 'US', value: '2026-03-05' })), 'value')).toBe('03/05/2026');
    const html = await render({ language: 'en', region: 'US', clock: '12h', value: '2026-03-05T14:30', kind: 'dateTime' }, 'When');
    expect(attribute(textBox(html), 'value')).toBe('03/05/2026 2:30 PM');
    expect(html).toContain(`Format: mm/dd/yyyy hh:mm AM/PM.`);
    expect(html).toContain('aria-label="Choose on a calendar"');
    expect(html).toContain('type="datetime-local"');
  });

  it('shows a date of birth known to the month as the post writes it, and offers no calendar for it', async () => {
    const html = await render({ language: 'en', region: 'FR', value: '1994-03', kind: 'partialDate' }, 'Date of birth');
    expect(attribute(textBox(html), 'value')).toBe('03/1994');
    expect(html).toContain(`The year (yyyy), the month and year (mm/yyyy) or the full date (dd/mm/yyyy).`);
    expect(html).not.toContain('calendar');
  });

  it('keeps an Arabic post’s date and its format left to right inside the right-to-left form', async () => {
    const html = await render({ language: 'ar', region: 'JO', value: '2026-03-05' }, 'تاريخ الاستحقاق');
    const box = textBox(html);
    expect(attribute(box, 'value')).toBe('٠٥/٠٣/٢٠٢٦');
    expect(attribute(box, 'dir')).toBe('ltr');
    // Each Arabic symbol isolated, the pattern left to right, the whole an interpolated value (FSI).
    expect(html).toContain(`الصيغة: ${FSI}${LRI}${FSI}يوم${PDI}/${FSI}شهر${PDI}/${FSI}سنة${PDI}${PDI}${PDI}.`);
  });

  it('names the field and the typed date when the calendar has no such day', async () => {
    const html = await render({ language: 'en', region: 'FR', value: '31/02/2026', error: 'validation.invalidDate' });
    expect(attribute(textBox(html), 'value')).toBe('31/02/2026');
    expect(attribute(textBox(html), 'aria-invalid')).toBe('true');
    expect(html).toContain(`“Due on”: 31/02/2026 is not a date on the calendar.`);
  });

  it('says how to write the date when what was typed is not one', async () => {
    const html = await render({ language: 'ru', region: 'RU', value: 'завтра', error: 'validation.invalidDate' });
    expect(html).toContain(`Введите «Due on» в формате дд.мм.гггг.`);
  });

  it('asks for a required date left empty, and passes on the schema’s other messages', async () => {
    expect(await render({ language: 'en', region: 'ZA', value: '', error: 'validation.invalidDate', required: true })).toContain('Fill in “Due on”.');
    expect(await render({ language: 'en', region: 'ZA', value: '2099-01-01', error: 'validation.dateInFuture' })).toContain('This date is in the future.');
  });
});
