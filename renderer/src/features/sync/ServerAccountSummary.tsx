/** On My profile: the server account this profile is linked to on this workstation, and where to change it. */
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { BidiText } from '../../components/BidiText';
import { useSyncView } from './context';

export function ServerAccountSummary() {
  const { t } = useTranslation();
  const { setup, account } = useSyncView();
  if (!setup) return null;
  return (
    <section aria-labelledby="server-account-title" className="server-account-summary">
      <h2 id="server-account-title">{t('sync.account.title')}</h2>
      <p>
        <BidiText text={account ? t('sync.account.signedInAs', { account }) : t('sync.account.notSignedIn')} />
      </p>
      <p>
        <Link to="/sync">{t('sync.account.manage')}</Link>
      </p>
    </section>
  );
}
