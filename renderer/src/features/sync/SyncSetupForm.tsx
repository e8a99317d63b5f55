/**
 * The workstation's server (a supervisor): its address, the post database
 * and this workstation's code, then Start and Stop. Saving a new address has
 * the host allow exactly that origin first (the page's policy names it); the
 * desktop app then reloads the window under the new policy.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { permits } from '../../../../shared/domain/permissions';
import { formatReference } from '../../../../shared/domain/reference';
import { postDatabase } from '../../../../shared/sync/documents';
import { SyncSetupFormSchema, type SyncSetupForm as SetupValues } from '../../../../shared/sync/setup-form';
import { useSession } from '../../app/session';
import { useBridge } from '../../bridge/host';
import { Field } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { FailureAlert, SuccessNotice } from '../../components/Notices';
import { useRepositories } from '../../data/context';
import { useSave } from '../../data/use-save';
import { useSyncSession, useSyncView } from './context';

type SetupInput = z.input<typeof SyncSetupFormSchema>;

export function SyncSetupForm() {
  const { t } = useTranslation();
  const { profile, workstation } = useSession();
  const { setup } = useSyncView();
  const editable = permits(profile, 'settings.change');
  // Kept here: the form is made anew once a set-up is saved (its key), and what the save did is still said.
  const [notice, setNotice] = useState('');
  return (
    <section aria-labelledby="sync-setup-title" className="sync-setup">
      <h2 id="sync-setup-title">{t('sync.setup.title')}</h2>
      {editable ? (
        <>
          <p>{t('sync.setup.intro')}</p>
          <SuccessNotice message={notice} />
          {/* Keyed: a set-up loaded after the first render fills the form. */}
          <SetupFields key={setup ? `${setup.server} ${setup.database}` : 'none'} setNotice={setNotice} />
          {setup ? <StartStop /> : null}
        </>
      ) : (
        <>
          <p>{t('sync.setup.supervisorsOnly')}</p>
          {setup ? (
            <dl className="sync-facts">
              <div>
                <dt>{t('sync.setup.server')}</dt>
                <dd dir="ltr">{setup.server}</dd>
              </div>
              <div>
                <dt>{t('sync.setup.database')}</dt>
                <dd dir="ltr">{setup.database}</dd>
              </div>
              <div>
                <dt>{t('sync.setup.stationCode')}</dt>
                <dd>{workstation.stationCode ?? ''}</dd>
              </div>
            </dl>
          ) : null}
        </>
      )}
    </section>
  );
}

function SetupFields({ setNotice }: { setNotice: (notice: string) => void }) {
  const { t } = useTranslation();
  const { profile, workstation } = useSession();
  const { setup } = useSyncView();
  const sync = useSyncSession();
  const bridge = useBridge();
  const { settings } = useRepositories();
  const form = useForm<SetupInput, unknown, SetupValues>({
    resolver: zodResolver(SyncSetupFormSchema),
    defaultValues: { server: setup?.server ?? '', database: setup?.database ?? postDatabase(workstation.postCode), stationCode: workstation.stationCode ?? '' },
  });
  const { run, failure } = useSave(form.setError);
  const { errors } = form.formState;

  const submit = form.handleSubmit(async (input) => {
    setNotice('');
    const done = await run(async () => {
      if (input.stationCode !== workstation.stationCode) await settings.changeWorkstation({ ...workstation, stationCode: input.stationCode }, profile.id);
      await sync.saveSetup({ server: input.server, database: input.database }, profile.id);
      return bridge.syncServer.allowOrigin(input.server);
    });
    if (!done) return;
    if (done.outcome === 'reloading') setNotice(t('sync.setup.reloading'));
    else if (done.outcome === 'fixed') setNotice(done.allowed ? t('sync.setup.fixed', { allowed: done.allowed }) : t('sync.setup.fixedNone'));
    else setNotice(t('sync.setup.saved'));
  });

  const year = new Date().getFullYear();
  return (
    <form onSubmit={submit} noValidate className="sync-setup__form" onChange={() => setNotice('')}>
      <FailureAlert failure={failure} />
      <Field label={t('sync.setup.server')} hint={t('sync.setup.serverHint')} error={errors.server?.message} required>
        <input type="text" inputMode="url" dir="ltr" autoComplete="url" spellCheck={false} {...form.register('server')} />
      </Field>
      <Field label={t('sync.setup.database')} hint={t('sync.setup.databaseHint', { example: postDatabase(workstation.postCode) })} error={errors.database?.message} required>
        <input type="text" dir="ltr" autoComplete="off" spellCheck={false} {...form.register('database')} />
      </Field>
      <Field
        label={t('sync.setup.stationCode')}
        hint={t('sync.setup.stationCodeHint', { example: formatReference({ country: workstation.issuingCountry, postCode: workstation.postCode, year, sequence: 17, station: 'B' }) })}
        error={errors.stationCode?.message}
        required
      >
        <input type="text" dir="ltr" autoComplete="off" spellCheck={false} maxLength={2} className="sync-setup__code" {...form.register('stationCode')} />
      </Field>
      <FormActions submit={t('sync.setup.save')} busy={form.formState.isSubmitting} />
    </form>
  );
}

function StartStop() {
  const { t } = useTranslation();
  const { profile } = useSession();
  const { setup } = useSyncView();
  const sync = useSyncSession();
  const [busy, setBusy] = useState(false);
  const enabled = setup?.enabled === true;
  const toggle = async () => {
    setBusy(true);
    try {
      await (enabled ? sync.stop(profile.id) : sync.start(profile.id));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="sync-setup__run">
      <p>{enabled ? t('sync.setup.running') : t('sync.setup.notRunning')}</p>
      <button type="button" className={enabled ? 'button' : 'button button--primary'} disabled={busy} onClick={() => void toggle()}>
        {enabled ? t('sync.setup.stop') : t('sync.setup.start')}
      </button>
    </div>
  );
}
