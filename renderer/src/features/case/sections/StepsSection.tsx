/**
 * The repatriation checklist: the twelve steps in order, each with its state,
 * date, reference and note, edited one step at a time. The next step (derived,
 * never typed in) is highlighted.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case, Step } from '../../../../../shared/schemas/case';
import type { RepatriationStepCode } from '../../../../../shared/taxonomy';
import { useFormatters } from '../../../i18n/format';
import { ActionButton } from '../records/ActionButton';
import { RecordTable, type RecordColumn } from '../records/RecordTable';
import { StepEditor } from '../records/StepEditor';
import '../records/records.css';

export function StepsSection({ caseRecord }: { caseRecord: Case }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const headingId = useId();
  /** Open editors: each step's base version, the case version its edit started from. */
  const [open, setOpen] = useState<Partial<Record<RepatriationStepCode, number>>>({});
  const [message, setMessage] = useState('');
  const nextStep = caseRecord.derived.nextStep;

  const close = (step: RepatriationStepCode) =>
    setOpen((current) => Object.fromEntries(Object.entries(current).filter(([code]) => code !== step)));

  /**
   * After this window saved a step from version `from`, the other editors opened
   * at that same version only missed our own save, which touched a different
   * step: move them on to the new version. Editors opened earlier stay stale.
   */
  const saved = (step: RepatriationStepCode, from: number, result: Case) => {
    setOpen((current) =>
      Object.fromEntries(
        Object.entries(current)
          .filter(([code]) => code !== step)
          .map(([code, base]) => [code, base === from ? result.version : base]),
      ),
    );
    setMessage(t('caseRecords.steps.saved', { step: t(`taxonomy.repatriationStep.${step}`) }));
  };

  const notSet = t('caseRecords.notSet');
  const columns: RecordColumn<Step>[] = [
    { header: t('caseRecords.steps.number'), className: 'cell--number', headerClassName: 'cell--number', cell: (_, index) => index + 1 },
    {
      header: t('caseRecords.steps.step'),
      rowHeader: true,
      className: 'cell--step',
      cell: (step) => (
        <>
          {t(`taxonomy.repatriationStep.${step.step}`)}
          {step.step === nextStep ? <span className="next-badge">{t('caseRecords.steps.nextBadge')}</span> : null}
        </>
      ),
    },
    {
      header: t('caseRecords.steps.fields.state'),
      className: 'cell--nowrap',
      cell: (step) => <span className={`step-state step-state--${step.state}`}>{t(`taxonomy.stepState.${step.state}`)}</span>,
    },
    { header: t('caseRecords.steps.fields.date'), className: 'cell--nowrap', cell: (step) => (step.date ? format.date(step.date) : notSet) },
    { header: t('caseRecords.steps.fields.reference'), className: 'cell--reference-text', cell: (step) => <bdi>{step.reference || notSet}</bdi> },
    { header: t('caseRecords.steps.fields.note'), className: 'cell--text', cell: (step) => <bdi>{step.note || notSet}</bdi> },
  ];

  return (
    <section aria-labelledby={headingId} className="records-section">
      <h2 id={headingId}>{t('caseRecords.steps.title')}</h2>
      <p className="next-step-summary">
        {nextStep
          ? t('caseRecords.steps.nextStep', { step: t(`taxonomy.repatriationStep.${nextStep}`) })
          : t('caseRecords.steps.allDone')}
      </p>
      <p role="status" className="records-message">
        {message}
      </p>
      <RecordTable
        caption={t('caseRecords.steps.tableCaption')}
        className="steps-table"
        columns={columns}
        records={caseRecord.steps}
        rowKey={(step) => step.step}
        row={(step) => (step.step === nextStep ? { className: 'step-row step-row--next', 'aria-current': 'step' } : { className: 'step-row' })}
        actions={(step) => (
          <ActionButton
            visible={t('caseRecords.edit')}
            name={t('caseRecords.steps.editStep', { step: t(`taxonomy.repatriationStep.${step.step}`) })}
            disabled={open[step.step] !== undefined}
            onClick={() => {
              setMessage('');
              setOpen((current) => ({ ...current, [step.step]: caseRecord.version }));
            }}
          />
        )}
        below={(step, index) => {
          const base = open[step.step];
          return base === undefined
            ? null
            : {
                className: 'records-row--editor',
                content: (
                  <StepEditor
                    caseId={caseRecord.id}
                    step={step}
                    number={index + 1}
                    baseVersion={base}
                    onSaved={(result) => saved(step.step, base, result)}
                    onReload={() => setOpen((current) => ({ ...current, [step.step]: caseRecord.version }))}
                    onCancel={() => close(step.step)}
                  />
                ),
              };
        }}
      />
    </section>
  );
}
