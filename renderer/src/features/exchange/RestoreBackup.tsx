/**
 * "Restore from a backup": pick the file, type its passphrase; the whole
 * backup is decrypted and every record checked before anything is shown;
 * then what it holds, and a confirmation that it replaces everything here.
 * Signed in, a supervisor restores as themselves; on a workstation not yet
 * set up, the restorer says which of the backup's supervisors they are.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenedFile } from '../../../../shared/bridge';
import type { Staff } from '../../../../shared/schemas/staff';
import { useBridge } from '../../bridge/host';
import { BACKUP_FILE_EXTENSION, type OpenedBackup } from '../../data/exchange/backup';
import { BACKUP_FORMAT } from '../../data/exchange/backup-crypto';
import { useFormatters } from '../../i18n/format';
import { isMessageKey } from '../../i18n/keys';
import { useExchange } from './context';
import { failureOf, type Failure } from './failure';
import { BidiText } from '../../components/BidiText';

/** Who restores: the signed-in supervisor, or (before first run) one of the backup's supervisors, chosen here. */
export type Restorer = { profileId: string } | { fromBackup: true };

/** The tables in the order a person thinks of them; any other table is listed after, by its name. */
const TABLE_ORDER = ['cases', 'contactLog', 'followUps', 'groups', 'staff', 'history', 'accessLog', 'closureRequests', 'settings', 'signInAttempts'];

type Stage =
  | { step: 'choose' }
  | { step: 'passphrase'; file: OpenedFile; opening: boolean }
  | { step: 'confirm'; file: OpenedFile; backup: OpenedBackup; restoring: boolean };

export function RestoreBackup({ restorer, onRestored }: { restorer: Restorer; onRestored: () => void }) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const { backups } = useExchange();
  const [stage, setStage] = useState<Stage>({ step: 'choose' });
  const [failure, setFailure] = useState<Failure | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const passphraseId = useId();

  const choose = async () => {
    setFailure(null);
    try {
      const file = await bridge.openFile({ filters: [{ name: t('exchangeUi.backup.fileFilter'), extensions: [BACKUP_FILE_EXTENSION] }] });
      if (file) setStage({ step: 'passphrase', file, opening: false });
    } catch (error) {
      setFailure(failureOf(error, 'Choosing a backup'));
    }
  };

  const open = async (file: OpenedFile) => {
    setFailure(null);
    setStage({ step: 'passphrase', file, opening: true });
    try {
      const bytes = new Uint8Array(file.bytes);
      const backup = await backups.open(bytes, passphrase);
      setPassphrase('');
      setStage({ step: 'confirm', file, backup, restoring: false });
    } catch (error) {
      setFailure(failureOf(error, 'Opening a backup'));
      setStage({ step: 'passphrase', file, opening: false });
    }
  };

  const restore = async (file: OpenedFile, backup: OpenedBackup, actorId: string) => {
    setFailure(null);
    setStage({ step: 'confirm', file, backup, restoring: true });
    try {
      await backups.restore(backup, actorId);
      onRestored();
    } catch (error) {
      setFailure(failureOf(error, 'Restore'));
      setStage({ step: 'confirm', file, backup, restoring: false });
    }
  };

  return (
    <div className="restore-backup">
      {failure ? (
        <p role="alert" className="form-failure">
          {t(failure.key, failure.params)}
        </p>
      ) : null}
      {stage.step === 'choose' ? (
        <button type="button" className="button" onClick={() => void choose()}>
          {t('exchangeUi.restore.choose')}
        </button>
      ) : null}
      {stage.step === 'passphrase' ? (
        <form
          className="exchange-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void open(stage.file);
          }}
        >
          <p>
            <BidiText text={t('exchangeUi.restore.chosen', { fileName: stage.file.name })} />
          </p>
          <div className="field">
            <label htmlFor={passphraseId}>{t('exchangeUi.restore.passphrase')}</label>
            <input id={passphraseId} type="password" autoComplete="off" value={passphrase} onChange={(event) => setPassphrase(event.target.value)} />
          </div>
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={stage.opening || passphrase === ''}>
              {stage.opening ? t('exchangeUi.restore.opening') : t('exchangeUi.restore.open')}
            </button>
            <button type="button" className="button" disabled={stage.opening} onClick={() => void choose()}>
              {t('exchangeUi.restore.chooseAnother')}
            </button>
          </div>
        </form>
      ) : null}
      {stage.step === 'confirm' ? (
        <ConfirmRestore
          backup={stage.backup}
          fileName={stage.file.name}
          restorer={restorer}
          restoring={stage.restoring}
          onRestore={(actorId) => void restore(stage.file, stage.backup, actorId)}
          onCancel={() => setStage({ step: 'choose' })}
        />
      ) : null}
    </div>
  );
}

interface ConfirmRestoreProps {
  backup: OpenedBackup;
  fileName: string;
  restorer: Restorer;
  restoring: boolean;
  onRestore: (actorId: string) => void;
  onCancel: () => void;
}

function ConfirmRestore({ backup, fileName, restorer, restoring, onRestore, onCancel }: ConfirmRestoreProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [understood, setUnderstood] = useState(false);
  const supervisors = ((backup.tables.get('staff') ?? []) as Staff[]).filter((s) => s.role === 'supervisor' && s.active);
  const [chosen, setChosen] = useState(supervisors[0]?.id ?? '');
  const ids = { understood: useId(), who: useId() };
  const tables = Object.keys(backup.records).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const actorId = 'profileId' in restorer ? restorer.profileId : chosen;
  // A table the catalogue has no name for (from a newer backup) is shown by its stored name.
  const tableLabel = (name: string) => {
    const key = `exchangeUi.tables.${name}`;
    return isMessageKey(key) ? t(key) : name;
  };

  return (
    <form
      className="restore-confirm"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (understood && actorId) onRestore(actorId);
      }}
    >
      <h3>{t('exchangeUi.restore.contentsTitle')}</h3>
      <dl className="import-summary">
        <div>
          <dt>{t('exchangeUi.restore.file')}</dt>
          <dd>
            <bdi>{fileName}</bdi>
          </dd>
        </div>
        <div>
          <dt>{t('exchangeUi.restore.madeOn')}</dt>
          <dd>{format.dateTime(backup.madeAt)}</dd>
        </div>
        <div>
          <dt>{t('exchangeUi.restore.format')}</dt>
          <dd>{format.number(BACKUP_FORMAT)}</dd>
        </div>
      </dl>
      <table className="report-table restore-counts">
        <caption>{t('exchangeUi.restore.countsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('exchangeUi.restore.table')}</th>
            <th scope="col" className="cell--number">
              {t('exchangeUi.restore.records')}
            </th>
          </tr>
        </thead>
        <tbody>
          {tables.map((name) => (
            <tr key={name}>
              <th scope="row">{tableLabel(name)}</th>
              <td className="cell--number">{format.number(backup.records[name] ?? 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <p className="restore-warning" role="note">
        {t('exchangeUi.restore.warning')}
      </p>
      {'fromBackup' in restorer ? (
        supervisors.length === 0 ? (
          <p role="alert" className="form-failure">
            {t('exchangeUi.restore.noSupervisor')}
          </p>
        ) : (
          <div className="field">
            <label htmlFor={ids.who}>{t('exchangeUi.restore.whoAreYou')}</label>
            <p className="field__hint" id={`${ids.who}-hint`}>
              {t('exchangeUi.restore.whoAreYouHint')}
            </p>
            <select id={ids.who} aria-describedby={`${ids.who}-hint`} value={chosen} onChange={(event) => setChosen(event.target.value)}>
              {supervisors.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
        )
      ) : null}
      <div className="checkbox-field">
        <input id={ids.understood} type="checkbox" checked={understood} onChange={(event) => setUnderstood(event.target.checked)} />
        <label htmlFor={ids.understood}>{t('exchangeUi.restore.understood')}</label>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--danger" disabled={!understood || !actorId || restoring}>
          {restoring ? t('exchangeUi.restore.restoring') : t('exchangeUi.restore.replace')}
        </button>
        <button type="button" className="button" disabled={restoring} onClick={onCancel}>
          {t('exchangeUi.cancel')}
        </button>
      </div>
    </form>
  );
}

function rank(table: string): number {
  const index = TABLE_ORDER.indexOf(table);
  return index === -1 ? TABLE_ORDER.length : index;
}
