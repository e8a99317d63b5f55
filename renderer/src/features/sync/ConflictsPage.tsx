/**
 * Conflicts to review: the same field changed on two workstations. Both
 * values side by side, with who changed each and when; the person keeps one,
 * takes the other, or types the right value. The engine writes the choice as
 * an edit every workstation receives; the value not kept stays in History.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { HistoryEntity, HistoryRecord, JsonValue } from '../../../../shared/schemas/history';
import { useSession } from '../../app/session';
import { BidiText } from '../../components/BidiText';
import { FailureAlert, SuccessNotice } from '../../components/Notices';
import type { ConflictToReview, FieldChoice } from '../../data/sync-session';
import { StaleWriteError } from '../../data/errors';
import { useFormatters } from '../../i18n/format';
import type { MessageKey } from '../../i18n/keys';
import { useCaseReferences, useGroupNames, useStaffById } from '../case/records/hooks';
import { useHistoryRows } from '../case/records/history-rows';
import { useSyncSession } from './context';
import './sync.css';

const ENTITY: Record<string, HistoryEntity> = { cases: 'case', contactLog: 'contact', followUps: 'followUp', groups: 'group', staff: 'staff', closureRequests: 'case' };

export function ConflictsPage() {
  const { t } = useTranslation();
  const sync = useSyncSession();
  const [params] = useSearchParams();
  const onlyCase = params.get('case');
  const all = useLiveQuery(() => sync.conflictsToReview(), [sync]);
  const conflicts = onlyCase ? all?.filter((c) => c.caseId === onlyCase) : all;
  const references = useCaseReferences(all?.flatMap((c) => (c.caseId ? [c.caseId] : [])) ?? []);
  const [notice, setNotice] = useState('');
  return (
    <section aria-labelledby="conflicts-title" className="conflicts-page">
      <h1 id="conflicts-title">{t('sync.conflicts.title')}</h1>
      <p>{t('sync.conflicts.intro')}</p>
      <SuccessNotice message={notice} />
      {conflicts === undefined || references === undefined ? (
        <p>{t('app.loading')}</p>
      ) : conflicts.length === 0 ? (
        <p>{t('sync.conflicts.none')}</p>
      ) : (
        conflicts.map((conflict) => (
          <ConflictReview key={`${conflict.docId} ${conflict.version}`} conflict={conflict} reference={conflict.caseId ? references.get(conflict.caseId) : undefined} onResolved={() => setNotice(t('sync.conflicts.resolved'))} />
        ))
      )}
    </section>
  );
}

function ConflictReview({ conflict, reference, onResolved }: { conflict: ConflictToReview; reference: string | undefined; onResolved: () => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { profile } = useSession();
  const sync = useSyncSession();
  const staff = useStaffById();
  const groups = useGroupNames();
  const toRows = useHistoryRows();
  const headingId = useId();
  const [choices, setChoices] = useState<Record<string, { keep: 'local' | 'remote' | 'own'; own: string }>>(() =>
    Object.fromEntries(conflict.fields.map((f) => [f.field, { keep: 'local', own: typeof f.local === 'string' ? f.local : '' }])),
  );
  const [failure, setFailure] = useState<MessageKey | null>(null);
  const [busy, setBusy] = useState(false);
  const entity = ENTITY[conflict.table] ?? 'case';

  // Each field's label and both values as History would show them.
  const shown = useMemo(() => {
    if (!staff || !groups) return undefined;
    const row = (field: string, local: JsonValue, remote: JsonValue) =>
      toRows([{ id: field, entity, entityId: conflict.key, caseId: conflict.caseId, action: 'update', field, oldValue: local, newValue: remote, at: conflict.at, actorId: '', note: null } as HistoryRecord], {
        format,
        staff,
        groups,
        cases: new Map(),
      })[0];
    return new Map(conflict.fields.map((f) => [f.field, row(f.field, f.local, f.remote)]));
  }, [staff, groups, toRows, entity, conflict, format]);

  const who = (side: { by: string; at: string }) =>
    t('sync.conflicts.byAt', { name: staff?.get(side.by)?.name ?? t('sync.conflicts.unknownName'), time: side.at ? format.dateTime(side.at) : '' });

  const resolve = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    setBusy(true);
    const picked: Record<string, FieldChoice> = {};
    for (const [field, choice] of Object.entries(choices)) picked[field] = choice.keep === 'own' ? { value: choice.own } : { keep: choice.keep };
    try {
      await sync.resolveConflict(conflict, picked, profile.id);
      onResolved();
    } catch (error) {
      setFailure(error instanceof StaleWriteError ? 'sync.conflicts.stale' : error instanceof Error && 'messageKey' in error ? (error.messageKey as MessageKey) : 'errors.unexpected');
    } finally {
      setBusy(false);
    }
  };

  const type = t(`sync.refused.types.${conflict.table}`);
  return (
    <article aria-labelledby={headingId} className="conflict">
      <h2 id={headingId}>
        <BidiText text={!reference ? type : conflict.table === 'cases' ? t('sync.conflicts.caseTitle', { reference }) : t('sync.conflicts.recordOf', { type, reference })} />
        {conflict.caseId ? (
          <>
            {' '}
            <Link to={`/cases/${conflict.caseId}`} className="conflict__case-link">
              {t('sync.refused.openCase')}
            </Link>
          </>
        ) : null}
      </h2>
      <form onSubmit={(e) => void resolve(e)} noValidate>
        <FailureAlert failure={failure} />
        {conflict.fields.map((field) => {
          const row = shown?.get(field.field);
          const label = row?.what ?? field.field;
          const choice = choices[field.field]!;
          const set = (next: Partial<typeof choice>) => setChoices((all) => ({ ...all, [field.field]: { ...choice, ...next } }));
          const name = `${conflict.docId}-${field.field}`;
          return (
            <fieldset key={field.field} className="conflict__field">
              <legend>{label}</legend>
              <div className="conflict__sides">
                <label className="conflict__side">
                  <input type="radio" name={name} checked={choice.keep === 'local'} onChange={() => set({ keep: 'local' })} />
                  <span className="conflict__side-text">
                    <span className="conflict__side-title">{t('sync.conflicts.keepHere')}</span>
                    <bdi className="conflict__value">
                      <BidiText text={row?.before || t('sync.conflicts.empty')} />
                    </bdi>
                    <span className="conflict__who">
                      <BidiText text={who(conflict.local)} />
                    </span>
                  </span>
                </label>
                <label className="conflict__side">
                  <input type="radio" name={name} checked={choice.keep === 'remote'} onChange={() => set({ keep: 'remote' })} />
                  <span className="conflict__side-text">
                    <span className="conflict__side-title">{t('sync.conflicts.keepThere')}</span>
                    <bdi className="conflict__value">
                      <BidiText text={row?.after || t('sync.conflicts.empty')} />
                    </bdi>
                    <span className="conflict__who">
                      <BidiText text={who(conflict.remote)} />
                    </span>
                  </span>
                </label>
              </div>
              {typeof field.local === 'string' || typeof field.remote === 'string' ? (
                <div className="conflict__own">
                  <label>
                    <input type="radio" name={name} checked={choice.keep === 'own'} onChange={() => set({ keep: 'own' })} /> {t('sync.conflicts.typeOwn')}
                  </label>
                  {choice.keep === 'own' ? (
                    <input type="text" dir="auto" aria-label={t('sync.conflicts.ownValue', { field: label })} value={choice.own} onChange={(e) => set({ own: e.target.value })} />
                  ) : null}
                </div>
              ) : null}
            </fieldset>
          );
        })}
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('sync.conflicts.resolve')}
          </button>
        </div>
      </form>
    </article>
  );
}
