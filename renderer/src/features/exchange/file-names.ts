/** Names suggested for saved files: the post's prefix (ZA-MOW), what the file holds, and today's date. */
import { localIsoDate } from '../../../../shared/domain/partial-date';
import type { WorkstationSettings } from '../../../../shared/schemas/settings';

export function workstationFileName(workstation: Pick<WorkstationSettings, 'issuingCountry' | 'postCode'>, what: string, extension: string): string {
  return `${workstation.issuingCountry}-${workstation.postCode}-${what}-${localIsoDate(new Date())}.${extension}`;
}
