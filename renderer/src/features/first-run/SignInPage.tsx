/** Sign-in: choose your profile and type your passphrase. Wrong passphrases slow further attempts down. */
import { useContext, useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useForm, useWatch } from 'react-hook-form';
import { Trans, useTranslation } from 'react-i18next';
import type { Staff } from '../../../../shared/schemas/staff';
import { Field } from '../../components/Field';
import { useRepositories } from '../../data/context';
import type { AdmissionTicket } from '../../data/repositories/staff';
import { useSave } from '../../data/use-save';
import { AdmissionSignIn } from './AdmissionSignIn';
import { SignInFrame } from './SignInFrame';
import { PAGE_SIZE } from '../cases/list/hooks';
import { whenIdle } from '../../app/when-idle';
import { preloadRegularFaces } from '../../fonts';
import { loadLanguage } from '../../i18n';
import { FormatPreferencesContext, formattersFor } from '../../i18n/format';

/** How long the sign-in screen waits at most for an idle moment to prepare the next page's formatters. */
const PREPARE_WAIT_MS = 2000;

/** The rows the case list asks for first: a page and one more. */
const LIST_PAGE_ROWS = PAGE_SIZE + 1;

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
  const { t, i18n } = useTranslation();
  const { staff, caseList, keyring } = useRepositories();
  const [problem, setProblem] = useState<string | null>(null);
  const [recovering, setRecovering] = useState(false);
  const [admission, setAdmission] = useState<{ profile: Staff; ticket: AdmissionTicket } | null>(null);
  // Before a supervisor has received it (an officer switched protection on), there is no recovery key to type.
  const recoveryKeyIssued = useLiveQuery(() => keyring.recoveryKeyIssued(), [keyring]) ?? false;
  const form = useForm<SignInValues>({ defaultValues: { profileId: lockedProfile?.id ?? profiles[0]?.id ?? '', passphrase: '' } });
  const chosenId = useWatch({ control: form.control, name: 'profileId' });
  const chosen = profiles.find((p) => p.id === chosenId);
  // A profile made before sign-in existed has no passphrase: say so before anyone types one.
  const withoutPassphrase = chosen !== undefined && chosen.passphrase === null;
  const preferences = useContext(FormatPreferencesContext);
  const language = chosen?.language ?? i18n.language;
  // While the passphrase is typed, what the first page after sign-in needs and that reveals nothing is made ready: the profile's catalogue,
  // its formatters and the fonts of the names' scripts.
  useEffect(
    () =>
      whenIdle(() => {
        formattersFor(language, preferences);
        preloadRegularFaces();
        if (chosen?.language) loadLanguage(chosen.language).catch(() => undefined);
      }, PREPARE_WAIT_MS),
    [language, chosen?.language, preferences],
  );

  const submit = form.handleSubmit(async ({ profileId, passphrase }) => {
    setProblem(null);
    // While the key is derived, the case list's first page is read once, so the list after sign-in finds it warm.
    caseList.warm(LIST_PAGE_ROWS).catch(() => undefined);
    const result = await staff.signIn(profileId, passphrase);
    form.setValue('passphrase', '');
    if (result.outcome === 'signed-in') return onSignedIn(profileId);
    if (result.outcome === 'inactive') return setProblem(t('signIn.inactive'));
    if (result.outcome === 'needs-admission') return setAdmission({ profile: result.profile, ticket: result.ticket });
    if (result.outcome === 'locked') return setProblem(t('signIn.locked', { count: result.retryAfterSeconds }));
    setProblem(result.retryAfterSeconds > 0 ? t('signIn.wrongAndWait', { count: result.retryAfterSeconds }) : t('signIn.wrong'));
  });

  if (recovering && chosen) {
    return <RecoveryKeySignIn profile={chosen} onSignedIn={onSignedIn} onBack={() => setRecovering(false)} locked={lockedProfile !== undefined} />;
  }
  if (admission) {
    return (
      <AdmissionSignIn
        {...admission}
        locked={lockedProfile !== undefined}
        recoveryKeyIssued={recoveryKeyIssued}
        onAdmitted={onSignedIn}
        onUseRecoveryKey={() => {
          setAdmission(null);
          setRecovering(true);
        }}
        onBack={() => setAdmission(null)}
      />
    );
  }

  const card = (
    <>
      <p className="sign-in__brand">
        <BrandMark locked={lockedProfile !== undefined} />
        {t('app.name')}
      </p>
      <h1 id="sign-in-title">{lockedProfile ? t('signIn.lockedTitle') : t('signIn.title')}</h1>
      {lockedProfile ? <p className="sign-in__intro">
          <Trans i18nKey="signIn.lockedIntro" values={{ name: lockedProfile.name }} components={{ name: <bdi /> }} />
        </p> : null}
      {problem ? (
        <p role="alert" className="error-summary">
          {problem}
        </p>
      ) : null}
      <form onSubmit={submit} noValidate>
        {lockedProfile ? null : (
          <Field label={t('signIn.profile')}>
            <select {...form.register('profileId', { onChange: () => setProblem(null) })}>
              {profiles.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.passphrase
                    ? `${p.name} — ${t(`taxonomy.staffRole.${p.role}`)}`
                    : t('session.noPassphraseOption', { name: p.name, role: t(`taxonomy.staffRole.${p.role}`) })}
                </option>
              ))}
            </select>
          </Field>
        )}
        <p role="status" className={withoutPassphrase ? 'sign-in__notice' : 'visually-hidden'}>
          {withoutPassphrase ? t('session.noPassphrase') : ''}
        </p>
        <Field label={t('signIn.passphrase')}>
          {/* The one thing to do on this screen; on the lock screen it is also where focus must land. */}
          <input type="password" autoComplete="current-password" autoFocus disabled={withoutPassphrase} {...form.register('passphrase')} />
        </Field>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={form.formState.isSubmitting || withoutPassphrase}>
            {lockedProfile ? t('signIn.unlock') : t('signIn.submit')}
          </button>
          {recoveryKeyIssued ? (
            <button type="button" className="button" onClick={() => setRecovering(true)} disabled={!chosen}>
              {t('signIn.useRecoveryKey')}
            </button>
          ) : null}
          {lockedProfile && onSwitchProfile ? (
            <button type="button" className="button" onClick={onSwitchProfile}>
              {t('signIn.switchProfile')}
            </button>
          ) : null}
        </div>
      </form>
    </>
  );

  return <SignInFrame locked={lockedProfile !== undefined}>{card}</SignInFrame>;
}

interface RecoveryValues {
  recoveryKey: string;
  passphrase: string;
  confirmation: string;
}

/** "Use the recovery key": the key from the safe opens the case files and the person sets a new passphrase. */
function RecoveryKeySignIn({ profile, onSignedIn, onBack, locked }: { profile: Staff; onSignedIn: (profileId: string) => void; onBack: () => void; locked: boolean }) {
  const { t } = useTranslation();
  const { staff } = useRepositories();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<RecoveryValues>({ defaultValues: { recoveryKey: '', passphrase: '', confirmation: '' } });
  const { run, failure } = useSave(form.setError);
  const submit = form.handleSubmit(async ({ recoveryKey, passphrase, confirmation }) => {
    setProblem(null);
    const result = await run(async () => ({ profile: await staff.recover(profile.id, recoveryKey, { passphrase, confirmation }) }));
    if (!result) return;
    if (!result.profile) return setProblem(t('signIn.recoveryWrong'));
    onSignedIn(profile.id);
  });
  const card = (
    <>
      <h1 id="sign-in-title">{t('signIn.recoveryTitle')}</h1>
      <p className="sign-in__intro">{t('signIn.recoveryIntro')}</p>
      {problem || failure ? (
        <p role="alert" className="error-summary">
          {problem ?? t(failure!)}
        </p>
      ) : null}
      <form onSubmit={submit} noValidate>
        <Field label={t('signIn.recoveryKey')}>
          <input type="text" autoComplete="off" spellCheck={false} dir="ltr" {...form.register('recoveryKey')} />
        </Field>
        <Field label={t('signIn.newPassphrase')} error={form.formState.errors.passphrase?.message}>
          <input type="password" autoComplete="new-password" {...form.register('passphrase')} />
        </Field>
        <Field label={t('signIn.confirmPassphrase')} error={form.formState.errors.confirmation?.message}>
          <input type="password" autoComplete="new-password" {...form.register('confirmation')} />
        </Field>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={form.formState.isSubmitting}>
            {t('signIn.recoverySubmit')}
          </button>
          <button type="button" className="button" onClick={onBack}>
            {t('signIn.recoveryBack')}
          </button>
        </div>
      </form>
    </>
  );
  return <SignInFrame locked={locked}>{card}</SignInFrame>;
}

/** A padlock, closed when the window is locked; decoration only. */
function BrandMark({ locked }: { locked: boolean }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d={locked ? 'M7 10V7a5 5 0 0 1 10 0v3' : 'M7 10V7a5 5 0 0 1 9.6-2'}
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
      />
      <rect x="4" y="10" width="16" height="11" rx="2" fill="currentColor" />
    </svg>
  );
}
