/** What a page for supervisors shows to anyone else, in plain words. */
import { useTranslation } from 'react-i18next';

export function NotPermitted() {
  const { t } = useTranslation();
  return (
    <section className="empty-state" aria-labelledby="not-permitted">
      <h1 id="not-permitted">{t('session.notPermittedTitle')}</h1>
      <p>{t('session.notPermitted')}</p>
    </section>
  );
}
