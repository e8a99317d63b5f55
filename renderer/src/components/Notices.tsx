/**
 * The outcome of an action on a page. The status paragraph stays in the page
 * while empty, so that the next message is announced when it appears.
 */
import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../i18n/keys';
import { BidiText } from './BidiText';

/** What the last action did, announced politely; empty when there is nothing to say. */
export function SuccessNotice({ message }: { message: string }) {
  return (
    <p role="status" className={message ? 'notice notice--success' : 'visually-hidden'}>
      <BidiText text={message} />
    </p>
  );
}

/** Why the last action failed (a message key), announced at once; nothing when it did not fail. */
export function FailureAlert({ failure, className = 'error-summary' }: { failure: MessageKey | null | undefined; className?: string }) {
  const { t } = useTranslation();
  if (!failure) return null;
  return (
    <p role="alert" className={className}>
      {t(failure)}
    </p>
  );
}
