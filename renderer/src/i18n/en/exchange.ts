/** English messages of CSV export and import, backup and restore; merged into the catalogue by ../en.ts. */
export const exchange = {
  csv: {
    /** How a row's problem is shown: "Row 7, date_of_birth: “1994-02-30” is not a date…". */
    rowColumn: 'Row {{row}}, {{column}}: {{message}}',
    row: 'Row {{row}}: {{message}}',
    cancelled: 'Cancelled. Nothing was written.',
    nothingToImport: 'There are no rows to import: every row has an error or is already in this workstation.',
    // The whole file
    notUtf8: 'This file is not saved as UTF-8 text, so names could come out wrong. In your spreadsheet program, save it as “CSV UTF-8” and try again.',
    empty: 'This file is empty.',
    noHeaderRow:
      'The first row must name the columns (for example full_name, nationality). This file’s first row names none of them: it may be missing its header row, or not be a case list.',
    semicolonSeparated: 'This file separates its cells with semicolons. Save it again as CSV with commas (“CSV UTF-8”) and try again.',
    duplicateHeader: 'The column {{column}} appears more than once in the header row.',
    missingHeader: 'The column {{column}} is missing. Every case needs it.',
    noDataRows: 'This file has a header row but no cases.',
    unknownHeaders: 'These columns are not part of the format and will not be imported: {{columns}}.',
    // The shape of a row
    unbalancedQuotes: 'A quotation mark opens a cell that is never closed. Everything after it was read as one cell.',
    badQuotes: 'A quotation mark is in the wrong place. A cell with quotation marks must be enclosed in them, with each one inside doubled.',
    badRow: 'This row could not be read.',
    tooManyCells: 'This row has {{found}} cells; the header row has {{expected}}. A comma inside a cell must be enclosed in quotation marks.',
    tooFewCells: 'This row has {{found}} cells; the header row has {{expected}}. A line break inside a cell must be enclosed in quotation marks.',
    // One cell
    required: 'This cell is required.',
    tooLong: 'This cell is too long.',
    tooMany: 'This cell has too many entries.',
    badDate: '“{{value}}” is not a date. Use YYYY-MM-DD, for example 2026-03-07.',
    badPartialDate: '“{{value}}” is not a date. Use a year (1994), a year and month (1994-03) or a full date (1994-03-07).',
    dateInFuture: '“{{value}}” is in the future.',
    badPassport: '“{{value}}” is not a passport number: use only letters, digits, spaces and dashes.',
    badReference: '“{{value}}” is not a case reference (like ZA-MOW-2026-0017). Leave the cell empty to have one issued.',
    unknownCountry: '“{{value}}” is not a country. Use a two-letter code (ZA) or the country’s English name (South Africa).',
    badPhone: '“{{value}}” is not a phone number. Use the international form, for example +27 82 123 4567.',
    unknownValue: '“{{value}}” is not one of the options for this column. Use a code or its label.',
    invalid: '“{{value}}” is not valid here.',
    repeatedReference: 'The reference {{value}} is already used in row {{row}} of this file.',
    status: {
      returned: 'A case cannot be imported as Returned: that needs the step “Arrived home” Done, which the file cannot hold. Import it with another status and update the case.',
      closed: 'A case cannot be imported as Closed: closing needs a reason, which the file cannot hold. Import it with another status and close the case.',
    },
    duplicate: {
      reference: 'Already in this workstation as {{reference}}: this row will not be imported again.',
      existing: 'May be the same person as {{reference}} ({{name}}): {{reason}}.',
      inFile: 'May be the same person as row {{row}}: {{reason}}.',
      reason: {
        passport: 'same passport number',
        name: 'similar name, same nationality and birth year',
      },
    },
  },
  backup: {
    notABackup: 'This file is not a Homeward backup.',
    truncated: 'This backup file is incomplete: it was cut off, perhaps while it was copied. Use another copy.',
    damaged: 'This backup file is damaged and cannot be read. Use another copy.',
    tooNew: 'This backup was made by a newer version of Homeward (backup format {{format}}; this version reads format {{supported}}). Update Homeward, then restore it.',
    newerDatabase: 'This backup was made by a newer version of Homeward. Update Homeward, then restore it.',
    olderDatabase: 'This backup was made by an older version of Homeward, whose records this version cannot restore.',
    wrongPassphraseOrChanged:
      'The passphrase is wrong, or the file was changed after it was made. Homeward cannot tell which: the encryption only says that the two do not fit together. Check the passphrase; if it is right, use another copy of the backup.',
    invalidRecord: 'Record {{record}} of “{{table}}” in this backup is not valid ({{field}}). Nothing was restored.',
    unknownTable: 'This backup holds records (“{{table}}”) this version of Homeward does not know. Update Homeward, then restore it.',
    passphraseTooShort: 'Use at least {{min}} characters for the backup passphrase.',
    automatic: {
      notSet: 'Automatic backups are off: no backup passphrase has been set. A supervisor sets it once in Settings.',
      locked: 'Enter the backup passphrase to have a backup made when Homeward closes. Without it, no automatic backup is made this session.',
      ready: 'A backup will be made when Homeward closes. The last ten are kept.',
      unsupported: 'Automatic backups are made by the desktop app only.',
    },
  },
};
