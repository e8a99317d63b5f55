/**
 * Names as officers meet them: the passport's Latin spelling, the spelling in
 * the person's own script, the Russian Cyrillic of military documents, and the
 * other Latin transliterations families and reporters use.
 */
import type { Community, NamePart } from './nationalities';
import type { Random } from './random';

export interface GeneratedName {
  fullName: string;
  otherNames: string[];
  /** First and family name in Latin, for relatives and handles. */
  given: string;
  family: string;
}

const latin = (part: NamePart): string => (typeof part === 'string' ? part : part[0]);
const native = (part: NamePart): string | null => (typeof part === 'string' ? null : part[1]);

/** Spellings of Muhammad by which the same person is found in different records. */
const MUHAMMAD = ['Muhammad', 'Mohammed', 'Mohammad', 'Muhammed', 'Mohamed', 'Mukhammad'];

/**
 * Latin → Russian Cyrillic as a Russian clerk would write a foreign name:
 * digraphs first (shch, zh, kh, ch, sh, ts, ya, yu, ye, j → дж), then letters.
 */
const DIGRAPHS: readonly (readonly [string, string])[] = [
  ['shch', 'щ'], ['dzh', 'дж'], ['sch', 'ш'], ['zh', 'ж'], ['kh', 'х'], ['ch', 'ч'], ['sh', 'ш'], ['ts', 'ц'],
  ['ya', 'я'], ['yu', 'ю'], ['yo', 'ё'], ['ye', 'е'], ['ph', 'ф'], ['th', 'т'], ['gh', 'г'], ['ck', 'к'],
  ['oo', 'у'], ['ee', 'и'], ['ou', 'у'], ['j', 'дж'], ['q', 'к'], ['w', 'в'], ['x', 'кс'],
];
const LETTERS: Readonly<Record<string, string>> = {
  a: 'а', b: 'б', c: 'к', d: 'д', e: 'е', f: 'ф', g: 'г', h: 'х', i: 'и', k: 'к', l: 'л', m: 'м', n: 'н',
  o: 'о', p: 'п', r: 'р', s: 'с', t: 'т', u: 'у', v: 'в', y: 'ы', z: 'з',
};
const VOWELS = /[aeiouy]/;

function transcribeWord(word: string): string {
  const plain = word.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
  let out = '';
  for (let i = 0; i < plain.length; ) {
    const digraph = DIGRAPHS.find(([from]) => plain.startsWith(from, i));
    if (digraph) {
      out += digraph[1];
      i += digraph[0].length;
      continue;
    }
    const letter = plain[i]!;
    const previous = plain[i - 1] ?? '';
    if (letter === 'e' && (i === 0 || VOWELS.test(previous))) out += 'э';
    else if (letter === 'y' && VOWELS.test(previous)) out += 'й';
    else if (letter === 'c' && /[eiy]/.test(plain[i + 1] ?? '')) out += 'с';
    else out += LETTERS[letter] ?? letter;
    i += 1;
  }
  return out.charAt(0).toUpperCase() + out.slice(1);
}

export function toRussianCyrillic(name: string): string {
  return name.replace(/\p{L}+/gu, transcribeWord);
}

/** Other Latin spellings of a name; each rule applies where the name has its pattern. */
const VARIANT_RULES: readonly ((name: string) => string[])[] = [
  (n) => {
    const found = MUHAMMAD.find((m) => n.includes(m));
    return found ? MUHAMMAD.filter((m) => m !== found).map((m) => n.replace(found, m)) : [];
  },
  (n) => (/kh/i.test(n) ? [n.replace(/Kh/g, 'H').replace(/kh/g, 'h')] : []),
  (n) => (/J/.test(n) ? [n.replace(/J/g, 'Dzh')] : []),
  (n) => (/^Ye/.test(n) ? [n.replace(/^Ye/, 'E')] : []),
  (n) => (/Yu/.test(n) ? [n.replace(/Yu/g, 'Iu')] : []),
  (n) => (/ee/.test(n) ? [n.replace(/ee/g, 'i')] : []),
  (n) => (/Q/.test(n) ? [n.replace(/Q/g, 'K')] : []),
  (n) => (/ov\b/.test(n) ? [n.replace(/ov\b/g, 'ow')] : []),
  (n) => (/[^\p{ASCII}]/u.test(n) ? [n.replace(/đ/g, 'dj').replace(/Đ/g, 'Dj').normalize('NFD').replace(/\p{M}+/gu, '')] : []),
  (n) => (/[aeiou]p[aeiou]/.test(n) ? [n.replace(/([aeiou])p([aeiou])/, '$1pp$2')] : []),
  (n) => (/y\b/.test(n) ? [n.replace(/y\b/, 'i')] : []),
];

export function latinVariant(name: string, random: Random): string | null {
  const candidates = VARIANT_RULES.flatMap((rule) => rule(name)).filter((v) => v !== name);
  return candidates.length > 0 ? random.pick(candidates) : null;
}

function feminine(family: string): string {
  return /(ov|ev|in)$/.test(family) ? `${family}a` : family;
}

export function generateName(community: Community, sex: 'male' | 'female', random: Random): GeneratedName {
  const givenPart = random.pick(sex === 'female' ? community.female : community.male);
  const familyParts = community.twoFamilyNames ? random.sample(community.family, 2) : [random.pick(community.family)];
  const given = latin(givenPart);
  const familyLatin = familyParts.map((p) => (sex === 'female' && community.feminineFamily ? feminine(latin(p)) : latin(p)));
  const family = familyLatin.join(' ');
  const fullName = `${given} ${family}`;

  const otherNames: string[] = [];
  const nativeParts = [givenPart, ...familyParts].map(native);
  if (nativeParts.every((p) => p !== null) && random.chance(0.55)) otherNames.push(nativeParts.join(' '));
  if (random.chance(community.cyrillic ? 0.7 : 0.4)) otherNames.push(toRussianCyrillic(fullName));
  if (random.chance(0.35)) {
    const variant = latinVariant(fullName, random);
    if (variant) otherNames.push(variant);
  }
  // Russian forms put the family name first.
  if (random.chance(0.08)) otherNames.push(`${family} ${given}`);
  if (community.twoFamilyNames && random.chance(0.3)) otherNames.push(`${given} ${familyLatin[0]}`);
  return { fullName, otherNames: [...new Set(otherNames)].filter((n) => n !== fullName), given, family };
}
