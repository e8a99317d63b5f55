/**
 * The signed-in person's own server account on this workstation: test it,
 * sign in (the password is kept sealed, see data/sync-session), sign out.
 * What a test found is said in plain words.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ServerSignInFormSchema, type ServerSignInForm } from '../../../../shared/sync/setup-form';
import { useSession } from '../../app/session';
import { BidiText } from '../../components/BidiText';
import { Field } from '../../components/Field';
import { FailureAlert, SuccessNotice } from '../../components/Notices';
import type { ConnectionOutcome } from '../../data/sync-session';
import { useSave } from '../../data/use-save';
import { useFormatters, type Formatters } from '../../i18n/format';
import { useSyncSession, useSyncView } from './context';

export function SyncAccount() {
  const { t } = useTranslation();
  const { profile } = useSession();
  const { setup, account } = useSyncView();
  const sync = useSyncSession();
  const [notice, setNotice] = useState('');
  return (
    <section aria-labelledby="sync-account-title" className="sync-account">
      <h2 id="sync-account-title">{t('sync.account.title')}</h2>
      <p>{t('sync.account.intro')}</p>
      <SuccessNotice message={notice} />
      {!setup ? (
        <p>{t('sync.account.needsSetup')}</p>
      ) : account ? (
        <div className="sync-account__signed-in">
          <p>
            <BidiText text={t('sync.account.signedInAs', { account })} />
          </p>
          <button
            type="button"
            className="button"
            onClick={() =>
              void sync.signOut(profile.id).then(() => setNotice(t('sync.account.signedOut')))
            }
          >
            {t('sync.account.signOut')}
          </button>
        </div>
      ) : (
        <SignInForm onSignedIn={() => setNotice('')} />
      )}
    </section>
  );
}

function SignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { profile, workstation } = useSession();
  const sync = useSyncSession();
  const form = useForm<ServerSignInForm>({ resolver: zodResolver(ServerSignInFormSchema), defaultValues: { account: '', password: '' } });
  const { run, failure } = useSave(form.setError);
  const [outcome, setOutcome] = useState<ConnectionOutcome | null>(null);
  const [testing, setTesting] = useState(false);
  const { errors } = form.formState;

  const test = form.handleSubmit(async ({ account, password }) => {
    setOutcome(null);
    setTesting(true);
    try {
      const result = await run(() => sync.test(account, password, workstation.postCode));
      if (result) setOutcome(result);
    } finally {
      setTesting(false);
    }
  });
  const signIn = form.handleSubmit(async ({ account, password }) => {
    setOutcome(null);
    const result = await run(() => sync.signIn(profile.id, account, password, workstation.postCode));
    if (!result) return;
    if (result.outcome === 'ok') onSignedIn();
    else setOutcome(result);
  });

  const sentence = outcome ? describeOutcome(outcome, t, format) : '';
  return (
    <form onSubmit={signIn} noValidate className="sync-account__form" onChange={() => setOutcome(null)}>
      <FailureAlert failure={failure} />
      <Field label={t('sync.account.name')} error={errors.account?.message} required>
        <input type="text" dir="ltr" autoComplete="username" spellCheck={false} {...form.register('account')} />
      </Field>
      <Field label={t('sync.account.password')} error={errors.password?.message} required>
        <input type="password" dir="ltr" autoComplete="current-password" {...form.register('password')} />
      </Field>
      {outcome?.outcome === 'ok' ? <SuccessNotice message={sentence} /> : sentence ? (
        <p role="alert" className="error-summary">
          <BidiText text={sentence} />
        </p>
      ) : <SuccessNotice message="" />}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={form.formState.isSubmitting || testing}>
          {t('sync.account.signIn')}
        </button>
        <button type="button" className="button" disabled={form.formState.isSubmitting || testing} onClick={() => void test()}>
          {testing ? t('sync.account.testing') : t('sync.account.test')}
        </button>
      </div>
    </form>
  );
}

function describeOutcome(outcome: ConnectionOutcome, t: TFunction, format: Formatters): string {
  switch (outcome.outcome) {
    case 'ok': {
      const values = { account: outcome.account, documents: format.number(outcome.documents) };
      return outcome.supervisor ? t('sync.test.okSupervisor', values) : t('sync.test.ok', values);
    }
    case 'server':
      return t('sync.test.server', { detail: outcome.detail });
    default:
      return t(`sync.test.${outcome.outcome}`);
  }
}
