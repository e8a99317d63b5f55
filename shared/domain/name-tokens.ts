/**
 * Search tokens of names: case-, diacritic- and punctuation-insensitive, in
 * any script, so that "José Ñúñez-García" is found by "jose", "nunez" or "garcia".
 */

/** Folds a string to lower case without diacritics, keeping letters and digits of every script. */
export function foldText(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('en')
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
