/**
 * Bidirectional isolation of interpolated values. In Arabic text a value put
 * into a sentence — a case reference (ZA-MOW-2026-0017), a passport number, a
 * Latin name, a date — must keep its own direction and must not pull the
 * punctuation around it into the wrong order. Each `{{value}}` is wrapped in
 * FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE (Unicode UAX #9), so the
 * value is laid out on its own, left to right when it starts with a Latin
 * letter or digit, right to left when it starts with an Arabic one.
 */
const FSI = '\u2068';
const PDI = '\u2069';
/** A placeholder not already marked `{{value, isolate}}`: those arrive isolated (./bidi.ts), and isolating twice would leave stray marks around their <bdi>. */
const UNISOLATED_PLACEHOLDER = /\{\{(?![^}]*,\s*isolate\s*\}\})[^}]+\}\}/g;

export function isolatePlaceholders<T>(catalogue: T): T {
  if (typeof catalogue === 'string') return catalogue.replace(UNISOLATED_PLACEHOLDER, (placeholder) => `${FSI}${placeholder}${PDI}`) as T;
  if (typeof catalogue !== 'object' || catalogue === null) return catalogue;
  return Object.fromEntries(Object.entries(catalogue).map(([key, value]) => [key, isolatePlaceholders(value)])) as T;
}
