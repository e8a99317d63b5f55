/** "Make a backup": the whole database, encrypted with a passphrase typed twice, saved where the user chooses. */
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { useBridge } from '../../bridge/host';
import { BACKUP_FILE_EXTENSION, BACKUP_MIME_TYPE } from '../../data/exchange/backup';
import { useFormatters } from '../../i18n/format';
import { useExchange } from './context';
import { failureOf, type Failure } from './failure';
import { PassphrasePairFields } from './PassphrasePairFields';
import { BackupPassphraseSchema, type BackupPassphrase } from './passphrase-schema';
import { FormActions } from '../../components/FormActions';
import { SuccessNotice } from '../../components/Notices';

export function MakeBackupForm() {
  const { t } = useTranslation();
  const format = useFormatters();
  const bridge = useBridge();
  const { backups } = useExchange();
  const { profile } = useSession();
  const form = useForm<BackupPassphrase>({ resolver: zodResolver(BackupPassphraseSchema), defaultValues: { passphrase: '', confirmation: '' } });
  const [result, setResult] = useState<{ saved: string; cases: number } | { failure: Failure } | null>(null);
  const busy = form.formState.isSubmitting;

  const submit = form.handleSubmit(async ({ passphrase }) => {
    setResult(null);
    try {
      const file = await backups.create({ passphrase }, profile.id);
      const saved = await bridge.saveFile({
        suggestedName: file.suggestedName,
        mimeType: BACKUP_MIME_TYPE,
        data: file.bytes,
        filters: [{ name: t('exchangeUi.backup.fileFilter'), extensions: [BACKUP_FILE_EXTENSION] }],
      });
      if (saved.saved) {
        setResult({ saved: saved.fileName ?? file.suggestedName, cases: file.records['cases'] ?? 0 });
        form.reset();
      }
    } catch (error) {
      setResult({ failure: failureOf(error, 'Backup') });
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t('exchangeUi.backup.makeTitle')}</legend>
        <p className="field__hint">{t('exchangeUi.backup.makeIntro')}</p>
        <PassphrasePairFields form={form} hint={t('exchangeUi.backup.passphraseHint')} />
        <FormActions submit={busy ? t('exchangeUi.backup.making') : t('exchangeUi.backup.make')} busy={busy} />
        <SuccessNotice message={result && 'saved' in result ? t('exchangeUi.backup.saved', { fileName: result.saved, cases: format.number(result.cases) }) : ''} />
        {result && 'failure' in result ? (
          <p role="alert" className="form-failure">
            {t(result.failure.key, result.failure.params)}
          </p>
        ) : null}
      </fieldset>
    </form>
  );
}
