/** All groups with their notes and progress, and a form to create one. */
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { CreateGroupForm } from './CreateGroupForm';
import { useGroupsWithProgress } from './hooks';
import { ProgressBar, useProgressText } from './ProgressSummary';
import { SuccessNotice } from '../../components/Notices';
import './groups.css';

export function GroupsPage() {
  const { t } = useTranslation();
  const list = useGroupsWithProgress();
  const progressText = useProgressText();
  const [announcement, setAnnouncement] = useState('');

  return (
    <section aria-labelledby="groups-title" className="groups">
      <h1 id="groups-title">{t('groups.title')}</h1>
      <p className="groups__intro">{t('groups.intro')}</p>
      <SuccessNotice message={announcement} />
      {list === undefined ? (
        <p role="status">{t('app.loading')}</p>
      ) : list.length === 0 ? (
        <div className="empty-state">
          <p>{t('groups.empty')}</p>
          <p>{t('groups.emptyHint')}</p>
        </div>
      ) : (
        <div className="table-scroll">
          <table className="case-table groups-table">
            <caption className="visually-hidden">{t('groups.listCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('groups.name')}</th>
                <th scope="col">{t('groups.note')}</th>
                <th scope="col">{t('groups.cases')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map(({ group, progress }) => (
                <tr key={group.id}>
                  <th scope="row" className="groups-table__name">
                    <Link to={`/groups/${group.id}`}>
                      <bdi>{group.name}</bdi>
                    </Link>
                  </th>
                  <td className="groups-table__note">
                    <bdi>{group.note}</bdi>
                  </td>
                  <td className="groups-table__progress">
                    <p>{progressText(progress)}</p>
                    <ProgressBar progress={progress} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <CreateGroupForm onCreated={(group) => setAnnouncement(t('groups.created', { name: group.name }))} />
    </section>
  );
}
