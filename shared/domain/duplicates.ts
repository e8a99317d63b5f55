/**
 * Duplicate warning while a case is created or edited: finds cases that may be
 * the same person. Nothing is merged automatically; the officer decides.
 *
 * Two cases are candidates when
 * - their passport numbers are equal once normalised (never when empty): "passport"; or
 * - "name": same nationality, AND compatible birth years (either unknown, or
 *   at most one year apart), AND similar names (see `namesMatch`).
 * A case is never a duplicate of itself (same `id`).
 *
 * Names are compared by canonical keys of their tokens (`nameKey`): a small,
 * rule-based phonetic key that makes the usual transliteration variants equal
 * (Mohammed = Muhammad, Sergey = Sergei = Сергей, Iurii = Yuri), plus a short
 * table of equivalences the rules do not reach (Oleksandr = Aleksandr).
 */
import { foldText, normalisePassport } from './name-tokens';
import { parsePartialDate } from './partial-date';

export interface DuplicateProbe {
  id?: string;
  fullName: string;
  otherNames: readonly string[];
  nationality: string;
  dateOfBirth: string | null;
  passportNumber: string;
}

export type DuplicateReason = 'passport' | 'name';

// ---------------------------------------------------------------------------
// Cyrillic → Latin
// ---------------------------------------------------------------------------

/**
 * Russian (and shared Slavic) Cyrillic letters, after foldText (which has
 * already made й → и, ё → е, ї → і). Close to the common passport
 * transliteration (ICAO 9303 / BGN): ж zh, х kh, ц ts, ч ch, ш sh, щ shch,
 * ю yu, я ya; the hard and soft signs are dropped. Serbian and Macedonian
 * letters (ј, љ, њ, ђ, ћ, џ, ѓ, ќ, ѕ) follow the Serbian Latin alphabet.
 */
const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  // Ukrainian and Belarusian letters.
  і: 'i', є: 'ye', ґ: 'g', ў: 'u',
  // Serbian and Macedonian letters.
  ј: 'j', љ: 'lj', њ: 'nj', ђ: 'dj', ћ: 'c', џ: 'dz', ѓ: 'g', ќ: 'k', ѕ: 'dz',
};

/**
 * Ukrainian differs from Russian where it matters for names: г is h (Григорій
 * → Hryhorii). A name written with a letter only Ukrainian has (і, є, ї, ґ) is
 * read as Ukrainian; any other Cyrillic name as Russian (the spelling in
 * Russian military documents).
 */
const UKRAINIAN_ONLY = /[ієґ]/;
const UKRAINIAN: Readonly<Record<string, string>> = { ...CYRILLIC, г: 'h', ґ: 'g', и: 'y' };

/** Transliterates the Cyrillic letters of a folded name to Latin; other characters are kept. */
function transliterate(folded: string): string {
  const table = UKRAINIAN_ONLY.test(folded) ? UKRAINIAN : CYRILLIC;
  return folded.replace(/\p{Script=Cyrillic}/gu, (letter) => table[letter] ?? letter);
}

// ---------------------------------------------------------------------------
// Phonetic key of a Latin token
// ---------------------------------------------------------------------------

const VOWEL_CLASS: Readonly<Record<string, string>> = { a: 'a', e: 'i', i: 'i', o: 'u', u: 'u' };

/**
 * The phonetic key of one lower-case Latin token (letters a–z only):
 *
 * 1. Spelling folds, in this order: a silent final e after a consonant is
 *    dropped (words of four letters or more); dzh, dj → j; tsch, tch → ch; shch, sch →
 *    sh; kh → h; ph → f; th → t; dh → d; gh → g; ck, q → k; x → ks; w → v;
 *    tz → ts; gu before e/i → g (Serguei); c before e/i/y → s, other c → k
 *    (ch is kept); j → y; a leading "ye" → e (Yelena = Elena); a final h after
 *    a vowel is dropped (Abdullah = Abdulla); doubled letters collapse.
 * 2. y is a consonant at the start before a vowel (Yuri, and Iurii: a leading
 *    i before a vowel is a y too), a vowel anywhere else (Sergey, Dmitriy).
 * 3. Vowels are dropped, keeping only their class — a; e/i/y; o/u — at three
 *    places: a leading vowel, the first vowel, the final vowel.
 *
 * The key reads `<leading vowel class?><consonants>:<first vowel class><final vowel class?>`,
 * e.g. Mohammed → `mhmd:u`, Sergei → `srg:ii`, Ivan → `ivn:i`, Ivana → `ivn:ia`.
 * Keeping the first vowel keeps Mohammed apart from Mahmoud and Hussein from
 * Hassan; keeping the final vowel keeps Ivan apart from Ivana, Mario from
 * Maria and Sergei from Sergio (Sergio is the Spanish form, but a different
 * spelling community: a Sergio and a Sergei are rarely the same person).
 */
function phoneticKey(token: string): string {
  const word = token
    // A silent final e (French and English spellings): Eddine = Din, Rahmane = Rahman, Ousmane = Usman.
    .replace(/^(.{2,}[^aeiouy])e$/, '$1')
    .replace(/dzh|dj/g, 'j')
    .replace(/t?sch|tch/g, (m) => (m === 'sch' ? 'sh' : 'ch'))
    .replace(/shch/g, 'sh')
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/dh/g, 'd')
    .replace(/gh/g, 'g')
    .replace(/ck|q/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/w/g, 'v')
    .replace(/tz/g, 'ts')
    .replace(/gu(?=[ei])/g, 'g')
    .replace(/ch/g, 'C')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c/g, 'k')
    .replace(/C/g, 'ch')
    .replace(/j/g, 'y')
    .replace(/^ye/, 'e')
    .replace(/([aeiouy])h$/, '$1')
    .replace(/(.)\1+/g, '$1')
    // A leading y or i before a vowel is the consonant y (Y); every other y is the vowel i.
    .replace(/^[yi](?=[aeiou])/, 'Y')
    .replace(/y/g, 'i')
    .replace(/Y/g, 'y');

  let consonants = '';
  let first = '';
  for (const [index, letter] of [...word].entries()) {
    const vowelClass = VOWEL_CLASS[letter];
    if (vowelClass === undefined) consonants += letter;
    else {
      if (index === 0) consonants += vowelClass;
      if (first === '') first = vowelClass;
    }
  }
  const final = VOWEL_CLASS[word.at(-1) ?? ''] ?? '';
  return `${consonants}:${first}${final}`;
}

/**
 * Known equivalences the rules above do not reach, one group a line, each
 * spelled as usual; every spelling that keys like a member keys like the
 * group's first member. Mostly Ukrainian and Russian forms of the same name.
 */
const EQUIVALENT_NAMES: readonly (readonly string[])[] = [
  ['aleksandr', 'oleksandr', 'alexandre'],
  ['aleksei', 'oleksii', 'oleksiy'],
  ['nikolai', 'mykola'],
  ['sergei', 'serhii', 'serhiy'],
  ['dmitry', 'dmytro'],
  ['mikhail', 'mykhailo'],
  ['vladimir', 'volodymyr'],
  ['yevgeny', 'yevhen'],
  ['elena', 'olena'],
  ['pavel', 'pavlo'],
  ['petr', 'petro'],
  ['grigory', 'hryhorii'],
  // South Asian abbreviations of Mohammed.
  ['mohammed', 'mohd', 'muhd', 'md'],
  // Abd ("servant of") as its own word, as in "Abd al-Rahman". Side effect: Abid and Abed, which key like Abd, key like Abdul too.
  ['abdul', 'abd'],
];

const ALIASES: ReadonlyMap<string, string> = new Map(
  EQUIVALENT_NAMES.flatMap((group) => {
    const canonical = phoneticKey(group[0] ?? '');
    return group.map((spelling) => [phoneticKey(spelling), canonical] as const);
  }),
);

/**
 * The canonical key of one folded, transliterated token. Tokens with anything
 * but Latin letters (digits, Arabic, Devanagari… scripts not transliterated
 * here) are their own key; Latin keys always contain ":", so the two never meet.
 */
function tokenKey(token: string): string {
  if (!/^[a-z]+$/.test(token)) return token;
  const key = phoneticKey(token);
  return ALIASES.get(key) ?? key;
}

// ---------------------------------------------------------------------------
// Articles and particles
// ---------------------------------------------------------------------------

/**
 * Arabic articles (with the sun letters' assimilated forms: ad-, ar-, as-,
 * ash-, at-, az-, an-, ed-, er-…) and patronymic particles ("son/daughter of"):
 * written or not, joined or not, they say nothing of who a person is, so they
 * are left out when another word follows ("Abd al-Rahman" = "Abd Rahman",
 * "Ahmed bin Salem" = "Ahmad ibn Salim"). Counting them would make "Ali bin
 * Omar" and "Said bin Omar" share two words.
 */
const DROPPED_PARTICLES = new Set([
  'al', 'el', 'ul', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an', 'ed', 'er', 'es', 'ez',
  'bin', 'ibn', 'ben', 'bint', 'binti', 'bte', 'ould', 'wuld',
]);

/**
 * Particles that belong to the next word: written apart or joined, they make
 * one name ("van der Merwe" = "Vandermerwe", "Du Plessis" = "Duplessis", "Abu
 * Bakr" = "Abubakr"). `CHAINED` words join only after one of these ("de la
 * Rosa", "van den Berg"): alone they are names of their own (Le, Den).
 */
const JOINED_PARTICLES = new Set(['van', 'von', 'de', 'del', 'della', 'du', 'da', 'dos', 'das', 'di', 'ter', 'mac', 'mc', 'abu', 'abou']);
const CHAINED_PARTICLES = new Set(['der', 'den', 'la', 'le', 'las', 'los', 'lo']);

/** "Abd" ("servant of") and its spellings: the name is Abd + what follows ("Abdul Rahman" = "Abdulrahman" = "Abd al-Rahman"). */
const ABD = /^abd(?:ul|el|al|oul)?$/;
/**
 * Abd joined to its name: abd, a vowel or two, the article's l or the first
 * of a doubled sun letter (Abdurrahman), and a name of three letters or more
 * ("Abdullah", "Abdoulaye" are names of their own and stay whole).
 */
const JOINED_ABD = /^abd[aeiou]{1,2}(?:l(?!l)|(?=([tdrzsn])\1)[tdrzsn])?([a-z]{3,})$/;
/** The article joined to a name that begins with a consonant (Alhassan, Elsayed, Aldeen). */
const JOINED_ARTICLE = /^[ae]l([b-df-hj-np-tv-z][a-z]{2,})$/;
/** The assimilated article joined to a name beginning with a sun letter (Eddine, Arrahman, Assalam); not Ussama, Emmanuel. */
const ASSIMILATED_ARTICLE = /^[ae]([tdrzsln])\1([a-z]{3,})$/;

function withoutJoinedArticle(token: string): string {
  const joined = JOINED_ARTICLE.exec(token);
  if (joined) return joined[1]!;
  const assimilated = ASSIMILATED_ARTICLE.exec(token);
  return assimilated ? assimilated[1]! + assimilated[2]! : token;
}

/**
 * The words of a folded, transliterated name as they are compared: particles
 * left out or joined to their word, "Abd" bound to its name.
 */
function nameWords(folded: string): string[] {
  const tokens = folded.split(' ').filter(Boolean);
  const kept = tokens.filter((token, i) => !(DROPPED_PARTICLES.has(token) && i < tokens.length - 1));
  const words: string[] = [];
  for (let i = 0; i < kept.length; i += 1) {
    const token = kept[i]!;
    const abd = JOINED_ABD.exec(token);
    if (abd) {
      words.push(`abd~${abd[2]}`);
    } else if (ABD.test(token) && i < kept.length - 1) {
      i += 1;
      words.push(`abd~${withoutJoinedArticle(kept[i]!)}`);
    } else if (JOINED_PARTICLES.has(token) && i < kept.length - 1) {
      let joined = token;
      while (i < kept.length - 2 && CHAINED_PARTICLES.has(kept[i + 1]!)) joined += kept[++i];
      words.push(joined + kept[++i]);
    } else {
      words.push(withoutJoinedArticle(token));
    }
  }
  return words;
}

/** The key of one word: "abd~name" keys as Abd followed by the name's key. */
function wordKey(word: string): string {
  const [head, name] = word.split('~');
  return name === undefined ? tokenKey(head!) : `${tokenKey(head!)}~${tokenKey(name)}`;
}

/** Keys of names seen lately: an import compares each name with hundreds of others, and folding is most of its cost. */
const recentNameKeys = new Map<string, ReadonlySet<string>>();
const RECENT_NAMES = 10_000;

/** The canonical keys of the words of one name, without repeats. */
function nameKeys(name: string): ReadonlySet<string> {
  const known = recentNameKeys.get(name);
  if (known) return known;
  const keys = new Set(nameWords(transliterate(foldText(name))).map(wordKey));
  if (recentNameKeys.size >= RECENT_NAMES) recentNameKeys.clear();
  recentNameKeys.set(name, keys);
  return keys;
}

/** Canonical keys of every name token, transliteration-folded; stored on the case in a multi-entry index to find candidates. */
export function nameMatchKeys(names: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const name of names) for (const key of nameKeys(name)) keys.add(key);
  return [...keys];
}

// ---------------------------------------------------------------------------
// Matching
// ---------------------------------------------------------------------------

/**
 * Two names (sets of keys) match when they share at least two keys (whatever
 * the word order: "Ali Mohammed" = "Mohammed Ali"), or when both are a single
 * key and it is the same. (A name included in the other with at least two
 * keys shares two keys, so it matches too.) Empty names never match.
 */
function namesMatch(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  let shared = 0;
  for (const key of a) if (b.has(key)) shared += 1;
  if (shared >= 2) return true;
  return a.size === 1 && b.size === 1 && shared === 1;
}

function namesOf(p: DuplicateProbe): ReadonlySet<string>[] {
  return [p.fullName, ...p.otherNames].map(nameKeys).filter((keys) => keys.size > 0);
}

/** Any name of one (full name or another name) matches any name of the other. */
function similarNames(a: DuplicateProbe, b: DuplicateProbe): boolean {
  const theirs = namesOf(b);
  return namesOf(a).some((mine) => theirs.some((other) => namesMatch(mine, other)));
}

function birthYear(dateOfBirth: string | null): number | null {
  return dateOfBirth === null ? null : (parsePartialDate(dateOfBirth.trim())?.year ?? null);
}

/** Unknown (or unreadable) on either side, or at most one year apart. */
function compatibleBirthYears(a: string | null, b: string | null): boolean {
  const [ya, yb] = [birthYear(a), birthYear(b)];
  return ya === null || yb === null || Math.abs(ya - yb) <= 1;
}

function sameNationality(a: string, b: string): boolean {
  const [na, nb] = [a.trim().toUpperCase(), b.trim().toUpperCase()];
  return na !== '' && na === nb;
}

export function duplicateReason(probe: DuplicateProbe, other: DuplicateProbe): DuplicateReason | null {
  if (probe.id !== undefined && probe.id === other.id) return null;
  const passport = normalisePassport(probe.passportNumber);
  if (passport !== '' && passport === normalisePassport(other.passportNumber)) return 'passport';
  if (!sameNationality(probe.nationality, other.nationality)) return null;
  if (!compatibleBirthYears(probe.dateOfBirth, other.dateOfBirth)) return null;
  return similarNames(probe, other) ? 'name' : null;
}
