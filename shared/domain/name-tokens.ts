/**
 * Search tokens of names: case-, diacritic- and punctuation-insensitive, in
 * any script, so that "José Ñúñez-García" is found by "jose", "nunez" or "garcia".
 */

const UNDECOMPOSED_LETTERS: Readonly<Record<string, string>> = {
  ł: 'l', ø: 'o', đ: 'd', ħ: 'h', ŧ: 't', ı: 'i', ß: 'ss', æ: 'ae', œ: 'oe',
};

/** Folds a string to lower case without diacritics, keeping letters and digits of every script. */
export function foldText(value: string): string {
  return value
    // Invisible format characters (zero-width space and joiners, bidirectional controls, soft hyphen) would split or hide a word.
    .replace(/\p{Cf}+/gu, '')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('en')
    // Letters whose diacritic Unicode does not decompose (stroke, ligature): "Wałęsa" is found by "walesa".
    .replace(/[łøđħŧıßæœ]/g, (letter) => UNDECOMPOSED_LETTERS[letter] ?? letter)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function nameTokensOf(names: readonly string[]): string[] {
  const tokens = new Set<string>();
  for (const name of names) {
    for (const token of foldText(name).split(' ')) {
      if (token) tokens.add(token);
    }
  }
  return [...tokens];
}

/** Passport numbers compare without spaces, dashes or case. */
export function normalisePassport(value: string): string {
  return value.replace(/[\s-]+/g, '').toUpperCase();
}
