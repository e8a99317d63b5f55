/** Sign-in: choose your profile and type your passphrase. Wrong passphrases slow further attempts down. */
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Staff } from '../../../../shared/schemas/staff';
import { Field } from '../../components/Field';
import { useRepositories } from '../../data/context';

interface SignInValues {
  profileId: string;
  passphrase: string;
}

interface SignInPageProps {
  profiles: Staff[];
  /** Shown when the window was locked: the profile is fixed and only the passphrase is asked. */
  lockedProfile?: Staff;
  onSignedIn: (profileId: string) => void;
  onSwitchProfile?: () => void;
}

export function SignInPage({ profiles, lockedProfile, onSignedIn, onSwitchProfile }: SignInPageProps) {
  const { t } = useTranslation();
  const { staff } = useRepositories();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<SignInValues>({ defaultValues: { profileId: lockedProfile?.id ?? profiles[0]?.id ?? '', passphrase: '' } });

  const submit = form.handleSubmit(async ({ profileId, passphrase }) => {
    setProblem(null);
    const result = await staff.signIn(profileId, passphrase);
    form.setValue('passphrase', '');
    if (result.outcome === 'signed-in') return onSignedIn(profileId);
    if (result.outcome === 'inactive') return setProblem(t('signIn.inactive'));
    if (result.outcome === 'locked') return setProblem(t('signIn.locked', { count: result.retryAfterSeconds }));
    setProblem(result.retryAfterSeconds > 0 ? t('signIn.wrongAndWait', { count: result.retryAfterSeconds }) : t('signIn.wrong'));
  });

  return (
    <main id="main" className="first-run">
      <h1>{lockedProfile ? t('signIn.lockedTitle') : t('signIn.title')}</h1>
      {lockedProfile ? <p>{t('signIn.lockedIntro', { name: lockedProfile.name })}</p> : null}
      {problem ? (
        <p role="alert" className="error-summary">
          {problem}
        </p>
      ) : null}
      <form onSubmit={submit} noValidate>
        {lockedProfile ? null : (
          <Field label={t('signIn.profile')}>
            <select {...form.register('profileId')}>
              {profiles.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} — {t(`taxonomy.staffRole.${p.role}`)}
                </option>
              ))}
            </select>
          </Field>
        )}
        <Field label={t('signIn.passphrase')}>
          <input type="password" autoComplete="current-password" {...form.register('passphrase')} />
        </Field>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={form.formState.isSubmitting}>
            {lockedProfile ? t('signIn.unlock') : t('signIn.submit')}
          </button>
          {lockedProfile && onSwitchProfile ? (
            <button type="button" className="button" onClick={onSwitchProfile}>
              {t('signIn.switchProfile')}
            </button>
          ) : null}
        </div>
      </form>
    </main>
  );
}
