/** Case references per DESIGN.md §3: issuing country, post code, year, sequence (`ZA-MOW-2026-0017`). */

export interface ReferenceParts {
  country: string;
  postCode: string;
  year: number;
  sequence: number;
}

export function formatReference({ country, postCode, year, sequence }: ReferenceParts): string {
  return `${country}-${postCode}-${year}-${String(sequence).padStart(4, '0')}`;
}

export function parseReference(reference: string): ReferenceParts | null {
  const match = /^([A-Z]{2})-([A-Z0-9]{2,8})-(\d{4})-(\d{4,})$/.exec(reference);
  if (!match) return null;
  return { country: match[1]!, postCode: match[2]!, year: Number(match[3]), sequence: Number(match[4]) };
}

/** The settings key under which the last issued sequence of a year is kept. */
export function sequenceKey(year: number): string {
  return `referenceSequence:${year}`;
}
