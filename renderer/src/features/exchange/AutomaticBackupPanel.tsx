/**
 * Automatic backups (desktop app, supervisors' Backup page): made when the
 * app closes, with a passphrase a supervisor sets once. Its key lives in
 * memory only, so after every start a supervisor who knows the passphrase
 * types it once (see data/exchange/backup-keyring.ts for why).
 */
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { Field } from '../../components/Field';
import { useFormatters } from '../../i18n/format';
import { useAutomaticBackupState, useHost } from './backup-hooks';
import { useExchange } from './context';
import { failureOf, type Failure } from './failure';
import { PassphrasePairFields } from './PassphrasePairFields';
import { BackupPassphraseSchema, type BackupPassphrase } from './passphrase-schema';
import { FormActions } from '../../components/FormActions';
import { SuccessNotice } from '../../components/Notices';

export function AutomaticBackupPanel() {
  const { t } = useTranslation();
  const format = useFormatters();
  const host = useHost();
  const [revision, setRevision] = useState(0);
  const state = useAutomaticBackupState(revision);
  const [changing, setChanging] = useState(false);
  const [announcement, setAnnouncement] = useState('');

  if (state === undefined || host === undefined) return <p role="status">{t('app.loading')}</p>;
  const statusKey = host === 'browser' ? 'unsupported' : state.status;
  const done = (message: string) => {
    setRevision((r) => r + 1);
    setChanging(false);
    setAnnouncement(message);
  };

  return (
    <section className="exchange-panel" aria-labelledby="automatic-backups-title">
      <h2 id="automatic-backups-title">{t('exchangeUi.automatic.title')}</h2>
      <p className={state.status === 'ready' && host !== 'browser' ? 'backup-status' : 'backup-status backup-status--attention'}>
        <strong>{t(`exchangeUi.automatic.status.${statusKey}`)}</strong>
      </p>
      {state.marker ? <p className="field__hint">{t('exchangeUi.automatic.setOn', { date: format.dateTime(state.marker.setAt) })}</p> : null}
      <SuccessNotice message={announcement} />
      {state.status === 'locked' ? <UnlockForm onUnlocked={() => done(t('exchangeUi.automatic.unlocked'))} /> : null}
      {state.status === 'notSet' || changing ? (
        <SetPassphraseForm
          replacing={state.status !== 'notSet'}
          onSet={() => done(t('exchangeUi.automatic.passphraseSet'))}
          onCancel={state.status === 'notSet' ? undefined : () => setChanging(false)}
        />
      ) : null}
      {state.status !== 'notSet' && !changing ? (
        <button type="button" className="button" onClick={() => setChanging(true)}>
          {t('exchangeUi.automatic.change')}
        </button>
      ) : null}
    </section>
  );
}

function UnlockForm({ onUnlocked }: { onUnlocked: () => void }) {
  const { t } = useTranslation();
  const { keyring } = useExchange();
  const { profile } = useSession();
  const form = useForm<{ passphrase: string }>({ defaultValues: { passphrase: '' } });
  const [failure, setFailure] = useState<Failure | null>(null);

  const submit = form.handleSubmit(async ({ passphrase }) => {
    setFailure(null);
    try {
      if (await keyring.unlock(passphrase, profile.id)) {
        form.reset();
        onUnlocked();
      } else {
        form.setError('passphrase', { message: 'exchangeUi.automatic.wrongPassphrase' });
      }
    } catch (error) {
      setFailure(failureOf(error, 'Unlocking automatic backups'));
    }
  });

  return (
    <form onSubmit={submit} noValidate className="exchange-form">
      <Field label={t('exchangeUi.automatic.unlockLabel')} error={form.formState.errors.passphrase?.message}>
        <input type="password" autoComplete="off" {...form.register('passphrase')} />
      </Field>
      {failure ? (
        <p role="alert" className="form-failure">
          {t(failure.key, failure.params)}
        </p>
      ) : null}
      <FormActions submit={t('exchangeUi.automatic.unlock')} busy={form.formState.isSubmitting} />
    </form>
  );
}

function SetPassphraseForm({ replacing, onSet, onCancel }: { replacing: boolean; onSet: () => void; onCancel?: () => void }) {
  const { t } = useTranslation();
  const { keyring } = useExchange();
  const { profile } = useSession();
  const form = useForm<BackupPassphrase>({ resolver: zodResolver(BackupPassphraseSchema), defaultValues: { passphrase: '', confirmation: '' } });
  const [failure, setFailure] = useState<Failure | null>(null);

  const submit = form.handleSubmit(async ({ passphrase }) => {
    setFailure(null);
    try {
      await keyring.setPassphrase(passphrase, profile.id);
      form.reset();
      onSet();
    } catch (error) {
      setFailure(failureOf(error, 'Setting the backup passphrase'));
    }
  });

  return (
    <form onSubmit={submit} noValidate className="exchange-form">
      <fieldset>
        <legend>{t(replacing ? 'exchangeUi.automatic.changeTitle' : 'exchangeUi.automatic.setTitle')}</legend>
        <PassphrasePairFields form={form} hint={t('exchangeUi.automatic.passphraseHint')} />
        {failure ? (
          <p role="alert" className="form-failure">
            {t(failure.key, failure.params)}
          </p>
        ) : null}
        <FormActions submit={t('exchangeUi.automatic.save')} busy={form.formState.isSubmitting} cancel={t('exchangeUi.cancel')} onCancel={onCancel} />
      </fieldset>
    </form>
  );
}
