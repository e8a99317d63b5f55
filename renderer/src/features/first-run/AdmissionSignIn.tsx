/**
 * Admission, on the sign-in screen: the person's passphrase was right but
 * their profile holds no copy of the workstation's key (it existed before
 * protection). A colleague who holds the key (a supervisor, wherever one
 * does) chooses their own profile here and types their passphrase; the key
 * is wrapped for the person, whose passphrase stays as it is.
 */
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Trans, useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Staff } from '../../../../shared/schemas/staff';
import { BidiText } from '../../components/BidiText';
import { Field } from '../../components/Field';
import { useRepositories } from '../../data/context';
import type { AdmissionTicket } from '../../data/repositories/staff';
import { useSave } from '../../data/use-save';
import { SignInFrame } from './SignInFrame';

interface AdmissionValues {
  admitterId: string;
  passphrase: string;
}

interface AdmissionSignInProps {
  profile: Staff;
  ticket: AdmissionTicket;
  locked: boolean;
  /** Whether the workstation's recovery key has been issued (only then can it be used). */
  recoveryKeyIssued: boolean;
  onAdmitted: (profileId: string) => void;
  onUseRecoveryKey: () => void;
  onBack: () => void;
}

export function AdmissionSignIn({ profile, ticket, locked, recoveryKeyIssued, onAdmitted, onUseRecoveryKey, onBack }: AdmissionSignInProps) {
  const { t } = useTranslation();
  const { staff } = useRepositories();
  const admitters = useLiveQuery(() => staff.admitters(profile.id), [staff, profile.id]);
  return (
    <SignInFrame locked={locked}>
      <h1 id="sign-in-title">{t('signIn.admissionTitle')}</h1>
      <p className="sign-in__intro">
        <Trans i18nKey="signIn.admissionIntro" values={{ name: profile.name }} components={{ name: <bdi /> }} />
      </p>
      {admitters === undefined ? null : admitters.length === 0 ? (
        <p className="sign-in__notice">{t('signIn.noAdmitters')}</p>
      ) : (
        <AdmissionForm ticket={ticket} admitters={admitters} onAdmitted={() => onAdmitted(profile.id)} />
      )}
      <p className="sign-in__others">{t('signIn.admissionOthers')}</p>
      <div className="form-actions">
        {recoveryKeyIssued ? (
          <button type="button" className="button" onClick={onUseRecoveryKey}>
            {t('signIn.useRecoveryKey')}
          </button>
        ) : null}
        <button type="button" className="button" onClick={onBack}>
          {t('signIn.recoveryBack')}
        </button>
      </div>
    </SignInFrame>
  );
}

function AdmissionForm({ ticket, admitters, onAdmitted }: { ticket: AdmissionTicket; admitters: Staff[]; onAdmitted: () => void }) {
  const { t } = useTranslation();
  const { staff } = useRepositories();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<AdmissionValues>({ defaultValues: { admitterId: admitters[0]!.id, passphrase: '' } });
  const { run, failure } = useSave(form.setError);

  const submit = form.handleSubmit(async ({ admitterId, passphrase }) => {
    setProblem(null);
    const result = await run(() => staff.admit(ticket, admitterId, passphrase));
    form.setValue('passphrase', '');
    if (!result) return;
    if (result.outcome === 'admitted') return onAdmitted();
    if (result.outcome === 'not-admitter') return setProblem(t('signIn.notAdmitter'));
    if (result.outcome === 'locked') return setProblem(t('signIn.locked', { count: result.retryAfterSeconds }));
    const wrong = t('signIn.admitWrong', { name: admitters.find((s) => s.id === admitterId)?.name ?? '' });
    setProblem(result.retryAfterSeconds > 0 ? `${wrong} ${t('signIn.locked', { count: result.retryAfterSeconds })}` : wrong);
  });

  return (
    <>
      {problem || failure ? (
        <p role="alert" className="error-summary">
          <BidiText text={problem ?? t(failure!)} />
        </p>
      ) : null}
      <form onSubmit={submit} noValidate>
        {/* Choices rather than a list box: a long name is read whole, on as many lines as it needs. */}
        <fieldset className="sign-in__choices" aria-describedby="admitter-hint">
          <legend>{t('signIn.admitter')}</legend>
          <p id="admitter-hint" className="field__hint">
            {t('signIn.admitterHint')}
          </p>
          {admitters.map((s) => (
            <label key={s.id} className="sign-in__choice">
              <input type="radio" value={s.id} {...form.register('admitterId', { onChange: () => setProblem(null) })} />
              <span>
                <bdi>{s.name}</bdi> — {t(`taxonomy.staffRole.${s.role}`)}
              </span>
            </label>
          ))}
        </fieldset>
        <Field label={t('signIn.admitterPassphrase')}>
          <input type="password" autoComplete="off" autoFocus {...form.register('passphrase')} />
        </Field>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={form.formState.isSubmitting}>
            {t('signIn.admit')}
          </button>
        </div>
      </form>
    </>
  );
}
