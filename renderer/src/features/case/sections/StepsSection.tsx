/**
 * The repatriation checklist: the twelve steps in order, each with its state,
 * date, reference and note, edited one step at a time. The next step (derived,
 * never typed in) is highlighted.
 */
import { Fragment, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../../shared/schemas/case';
import type { RepatriationStepCode } from '../../../../../shared/taxonomy';
import { useFormatters } from '../../../i18n/format';
import { ActionButton } from '../records/ActionButton';
import { StepEditor } from '../records/StepEditor';
import '../records/records.css';

const COLUMN_COUNT = 7;

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
      <div className="table-scroll records-table-scroll">
        <table className="records-table steps-table">
          <caption>{t('caseRecords.steps.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="cell--number">
                {t('caseRecords.steps.number')}
              </th>
              <th scope="col">{t('caseRecords.steps.step')}</th>
              <th scope="col">{t('caseRecords.steps.fields.state')}</th>
              <th scope="col">{t('caseRecords.steps.fields.date')}</th>
              <th scope="col">{t('caseRecords.steps.fields.reference')}</th>
              <th scope="col">{t('caseRecords.steps.fields.note')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('caseRecords.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {caseRecord.steps.map((step, index) => {
              const label = t(`taxonomy.repatriationStep.${step.step}`);
              const isNext = step.step === nextStep;
              const base = open[step.step];
              return (
                <Fragment key={step.step}>
                  <tr className={isNext ? 'step-row step-row--next' : 'step-row'} aria-current={isNext ? 'step' : undefined}>
                    <td className="cell--number">{index + 1}</td>
                    <th scope="row" className="cell--step">
                      {label}
                      {isNext ? <span className="next-badge">{t('caseRecords.steps.nextBadge')}</span> : null}
                    </th>
                    <td className="cell--nowrap">
                      <span className={`step-state step-state--${step.state}`}>{t(`taxonomy.stepState.${step.state}`)}</span>
                    </td>
                    <td className="cell--nowrap">{step.date ? format.date(step.date) : t('caseRecords.notSet')}</td>
                    <td className="cell--reference-text">
                      <bdi>{step.reference || t('caseRecords.notSet')}</bdi>
                    </td>
                    <td className="cell--text">
                      <bdi>{step.note || t('caseRecords.notSet')}</bdi>
                    </td>
                    <td className="cell--actions">
                      <ActionButton
                        visible={t('caseRecords.edit')}
                        name={t('caseRecords.steps.editStep', { step: label })}
                        disabled={base !== undefined}
                        onClick={() => {
                          setMessage('');
                          setOpen((current) => ({ ...current, [step.step]: caseRecord.version }));
                        }}
                      />
                    </td>
                  </tr>
                  {base !== undefined ? (
                    <tr className="records-row--editor">
                      <td colSpan={COLUMN_COUNT}>
                        <StepEditor
                          caseId={caseRecord.id}
                          step={step}
                          number={index + 1}
                          baseVersion={base}
                          onSaved={(result) => saved(step.step, base, result)}
                          onReload={() => setOpen((current) => ({ ...current, [step.step]: caseRecord.version }))}
                          onCancel={() => close(step.step)}
                        />
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
