/**
 * The form of one case section: validated with the section's shared schema,
 * saved on its own against the version the officer started editing from.
 */
import { useEffect, useRef, type FormEventHandler, type ReactNode } from 'react';
import { useForm, type DefaultValues, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../../i18n/keys';
import type { Case } from '../../../../shared/schemas/case';
import { useSession } from '../../app/session';
import { useRepositories } from '../../data/context';
import { StaleWriteError } from '../../data/errors';
import { SECTION_SCHEMAS, type CaseSection, type SectionInput } from '../../../../shared/schemas/case-edits';
import { useSave } from '../../data/use-save';
import { FormActions } from '../../components/FormActions';
import { convertingResolver } from './converting-resolver';

const STALE_MESSAGE = new StaleWriteError('case', 0, 0).messageKey;

interface SectionFormOptions<S extends CaseSection, V extends FieldValues> {
  section: S;
  /** The case as it was when Edit was pressed. */
  snapshot: Case;
  toForm: (caseRecord: Case) => V;
  toInput: (values: V) => SectionInput<S>;
  done: (saved: boolean) => void;
  /** Runs after the section is saved, as part of the same save (for example marking duplicates). */
  afterSave?: (saved: Case) => Promise<unknown>;
}

export function useSectionForm<S extends CaseSection, V extends FieldValues>({
  section,
  snapshot,
  toForm,
  toInput,
  done,
  afterSave,
}: SectionFormOptions<S, V>) {
  const { cases } = useRepositories();
  const { profile } = useSession();
  const form = useForm<V>({
    defaultValues: toForm(snapshot) as DefaultValues<V>,
    resolver: convertingResolver(SECTION_SCHEMAS[section], toInput),
  });
  const { run, failure } = useSave(form.setError);

  const submit = form.handleSubmit(async (values) => {
    const saved = await run(async () => {
      const next = await cases.updateSection(snapshot.id, snapshot.version, section, toInput(values), profile.id);
      await afterSave?.(next);
      return next;
    });
    if (saved) done(true);
  });

  return { form, submit, failure, stale: failure === STALE_MESSAGE, discard: () => done(false) };
}

interface SectionFormProps {
  onSubmit: FormEventHandler<HTMLFormElement>;
  failure: MessageKey | null;
  stale: boolean;
  submitting: boolean;
  discard: () => void;
  children: ReactNode;
}

/** The form's frame: the fields, what went wrong, Save and Cancel (or Reload once the case changed elsewhere). */
export function SectionForm({ onSubmit, failure, stale, submitting, discard, children }: SectionFormProps) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);

  // Pressing Edit puts the keyboard in the form's first field.
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, []);

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="case-form section-form">
      {children}
      {failure ? (
        <div role="alert" className="error-summary section-form__failure">
          <p>{t(failure)}</p>
          {stale ? (
            <button type="button" className="button" onClick={discard}>
              {t('casePage.reload')}
            </button>
          ) : null}
        </div>
      ) : null}
      <FormActions submit={t('casePage.save')} busy={submitting} cancel={t('casePage.cancel')} onCancel={discard} />
    </form>
  );
}
