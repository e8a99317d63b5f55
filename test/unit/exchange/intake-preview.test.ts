/** The preview's steps as pure functions: what the file says, with no database (they may run in a worker). */
import { describe, expect, it } from 'vitest';
import { parseIntakeCsv } from '../../../renderer/src/data/exchange/csv-parse';
import { markDuplicatePeople, readPreviewRows } from '../../../renderer/src/data/exchange/intake-preview';
import { BAD_FILES } from '../../fixtures/intake-csv';

describe('intake preview, without a database', () => {
  it('reads every row with its warnings, and marks a pair found in the file on both rows, a refused one too', () => {
    const { rows, probes } = readPreviewRows(parseIntakeCsv(BAD_FILES.duplicatePassportInBadRow()));
    expect(rows.map((r) => [r.rowNumber, r.input !== undefined])).toEqual([
      [2, true],
      [3, true],
      [4, false],
    ]);
    markDuplicatePeople(rows, probes, []);
    expect(rows.map((r) => r.duplicates)).toEqual([[{ kind: 'inFile', rowNumber: 4, reason: 'passport' }], [], [{ kind: 'inFile', rowNumber: 2, reason: 'passport' }]]);
  });

  it('a value outside an open list is a warning of its row, not an error', () => {
    const { rows } = readPreviewRows(parseIntakeCsv(BAD_FILES.unknownPlatform()));
    expect(rows.map((r) => [r.errors.length, r.warnings.map((w) => w.column)])).toEqual([
      [0, []],
      [0, ['recruitment_channel', 'platform']],
      [0, []],
    ]);
  });
});
