/** Changes the server refused, with its reason: kept here as they are, never dropped silently. */
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { useSyncSession } from './context';

export function RefusedChanges() {
  const { t } = useTranslation();
  const format = useFormatters();
  const sync = useSyncSession();
  const refusals = useLiveQuery(() => sync.refusals(), [sync]);
  return (
    <section aria-labelledby="sync-refused-title" className="sync-refused">
      <h2 id="sync-refused-title">{t('sync.refused.title')}</h2>
      <p>{t('sync.refused.intro')}</p>
      {refusals === undefined ? null : refusals.length === 0 ? (
        <p>{t('sync.refused.none')}</p>
      ) : (
        <table className="case-table sync-refused__table">
          <thead>
            <tr>
              <th scope="col">{t('sync.refused.record')}</th>
              <th scope="col">{t('sync.refused.reason')}</th>
              <th scope="col">{t('sync.refused.at')}</th>
            </tr>
          </thead>
          <tbody>
            {refusals.map((refusal) => (
              <tr key={refusal.docId}>
                <td>
                  {t(`sync.refused.types.${refusal.table}`)}
                  {refusal.table === 'cases' ? (
                    <>
                      {' '}
                      <Link to={`/cases/${refusal.key}`}>{t('sync.refused.openCase')}</Link>
                    </>
                  ) : null}
                </td>
                {/* The server's own words (CouchDB speaks English): shown as it gave them. */}
                <td dir="auto" lang="en">
                  {refusal.reason}
                </td>
                <td>{format.dateTime(refusal.at)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
