/**
 * Case references per DESIGN.md §3: issuing country, post code, year, sequence (`ZA-MOW-2026-0017`).
 * A workstation that syncs with others of its post has a station code of its own, written before the
 * sequence (`ZA-MOW-2026-B-0017`): each workstation counts its own sequence, so references made on
 * two workstations offline never meet.
 */

export interface ReferenceParts {
  country: string;
  postCode: string;
  year: number;
  sequence: number;
  /** The workstation's code within its post; absent on a workstation that does not sync. */
  station?: string;
}

/** One or two capital letters or digits, starting with a letter: `B`, `K2`. */
export const STATION_CODE_PATTERN = /^[A-Z][A-Z0-9]?$/;

/** The whole reference: shared with the case schema so both accept the same shapes. */
export const REFERENCE_PATTERN = /^([A-Z]{2})-([A-Z0-9]{2,8})-(\d{4})-(?:([A-Z][A-Z0-9]?)-)?(\d{4,})$/;

export function formatReference({ country, postCode, year, sequence, station }: ReferenceParts): string {
  return `${country}-${postCode}-${year}-${station ? `${station}-` : ''}${String(sequence).padStart(4, '0')}`;
}

export function parseReference(reference: string): ReferenceParts | null {
  const match = REFERENCE_PATTERN.exec(reference);
  if (!match) return null;
  const parts: ReferenceParts = { country: match[1]!, postCode: match[2]!, year: Number(match[3]), sequence: Number(match[5]) };
  return match[4] ? { ...parts, station: match[4] } : parts;
}

/** The settings key under which the last issued sequence of a year is kept. */
export function sequenceKey(year: number): string {
  return `referenceSequence:${year}`;
}
