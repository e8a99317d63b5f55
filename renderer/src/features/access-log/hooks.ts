/**
 * Live queries over the access log (supervisors only; the repository checks
 * it too). Each view brings the names and references it shows, so the table
 * never reads a whole case per row.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { AccessRecord } from '../../../../shared/schemas/access-log';
import { useSession } from '../../app/session';
import { useRepositories } from '../../data/context';
import { PermissionDeniedError } from '../../data/errors';

/** Entries shown at most; older ones stay in the log. */
export const ACCESS_LOG_LIMIT = 500;

export type AccessLogView =
  | { denied: false; records: AccessRecord[]; references: ReadonlyMap<string, string> }
  | { denied: true };

async function orDenied(read: () => Promise<AccessLogView>): Promise<AccessLogView> {
  try {
    return await read();
  } catch (error) {
    // A profile that lost the supervisor role while looking: say so instead of failing.
    if (error instanceof PermissionDeniedError) return { denied: true };
    throw error;
  }
}

export function useCaseAccessLog(caseId: string): AccessLogView | undefined {
  const { accessLog } = useRepositories();
  const { profile } = useSession();
  return useLiveQuery(
    () => orDenied(async () => ({ denied: false, records: await accessLog.forCase(caseId, profile.id, ACCESS_LOG_LIMIT), references: new Map() })),
    [accessLog, caseId, profile.id],
  );
}

export function useProfileAccessLog(profileId: string): AccessLogView | undefined {
  const { accessLog, cases } = useRepositories();
  const { profile } = useSession();
  return useLiveQuery(
    () =>
      orDenied(async () => {
        const records = await accessLog.forProfile(profileId, profile.id, ACCESS_LOG_LIMIT);
        const caseIds = [...new Set(records.flatMap((r) => (r.caseId ? [r.caseId] : [])))];
        const found = await cases.getMany(caseIds);
        return { denied: false, records, references: new Map(found.map((c) => [c.id, c.reference])) };
      }),
    [accessLog, cases, profileId, profile.id],
  );
}
