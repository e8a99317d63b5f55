/** Live queries of the case page: they re-render when the case changes, in this window or another. */
import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ContactStatusCode } from '../../../../shared/domain/contact-status';
import type { DuplicateProbe } from '../../../../shared/domain/duplicates';
import type { Case } from '../../../../shared/schemas/case';
import type { Group } from '../../../../shared/schemas/group';
import { useSession } from '../../app/session';
import { useRepositories } from '../../data/context';
import { contactStatusOf } from '../../../../shared/domain/case-list';
import type { DuplicateCandidate } from '../../data/repositories/cases';
import type { CaseFile } from '../../data/repositories/case-file';

/** The case, `{ value: undefined }` when there is none, or undefined while loading. */
export function useCase(id: string): { value: Case | undefined } | undefined {
  const { cases } = useRepositories();
  return useLiveQuery(async () => ({ value: await cases.get(id) }), [cases, id]);
}

/**
 * The case with its contact log, follow-ups and History (the case page's tabs), one read: `{ value: undefined }`
 * when there is no case, or undefined while loading. Any change to the case's records rewrites the case (its derived
 * values) and adds to its History, so the query re-runs on the same changes a query of the case alone would; each
 * run reads and opens the records too, for every tab (some 2 ms for a case of 50 contact entries).
 */
export function useCaseFile(id: string): { value: CaseFile | undefined } | undefined {
  const { caseFile } = useRepositories();
  return useLiveQuery(async () => ({ value: await caseFile.open(id) }), [caseFile, id]);
}

/** The contact status now, with this workstation's "Contact lost" threshold. */
export function useContactStatus(caseRecord: Case): ContactStatusCode {
  const { caseList } = useRepositories();
  const { workstation } = useSession();
  return contactStatusOf(caseRecord, caseList.context(workstation.contactLostDays));
}

/** Other cases by id (possible duplicates), in the order given. */
export function useCasesById(ids: readonly string[]): Case[] | undefined {
  const { cases } = useRepositories();
  const key = ids.join(',');
  // The ids' content is the dependency, not the array's identity.
  return useLiveQuery(() => cases.getMany(ids), [cases, key]);
}

export function useGroupsById(ids: readonly string[]): Group[] | undefined {
  const { groups } = useRepositories();
  const key = ids.join(',');
  return useLiveQuery(
    async () => (await Promise.all(ids.map((id) => groups.get(id)))).filter((g): g is Group => g !== undefined),
    // The ids' content is the dependency, not the array's identity.
    [groups, key],
  );
}

const DUPLICATE_DELAY_MS = 300;

/** What a form holds of the person, as far as duplicate matching needs it. */
export interface PersonProbeValues {
  fullName: string;
  otherNames: readonly string[];
  nationality: string | null;
  /** Empty while not known. */
  dateOfBirth: string | null;
  passportNumber: string;
}

/**
 * Cases that may be the same person as the one being typed in (never the case
 * itself, `excludeId`). Looked up once typing pauses, so that every keystroke
 * does not query the database.
 */
export function useDuplicateCandidates(person: PersonProbeValues, excludeId?: string): DuplicateCandidate[] {
  const { cases } = useRepositories();
  const probe: DuplicateProbe = {
    ...(excludeId === undefined ? {} : { id: excludeId }),
    fullName: person.fullName,
    otherNames: person.otherNames.filter((name) => name.trim() !== ''),
    nationality: person.nationality ?? '',
    dateOfBirth: person.dateOfBirth?.trim() ? person.dateOfBirth.trim() : null,
    passportNumber: person.passportNumber,
  };
  const key = JSON.stringify(probe);
  const [settled, setSettled] = useState(key);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(key), DUPLICATE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [key]);
  const found = useLiveQuery(() => cases.findDuplicates(JSON.parse(settled) as DuplicateProbe), [cases, settled]);
  return found ?? [];
}
