/**
 * Typed values inside messages, isolated for bidirectional display (issue 10,
 * item 6): a right-to-left override typed into a follow-up's title, a note or
 * a name must not reorder the words around it.
 *
 * One way for every message: the catalogue writes a typed value as
 * `{{title, isolate}}`, and the value arrives between U+2068 FIRST STRONG
 * ISOLATE and U+2069 POP DIRECTIONAL ISOLATE. These characters, rather than
 * `<Trans>` with a `<bdi>` element, because messages travel as strings —
 * announcements handed from a form to its page, History rows, option labels,
 * file names — and the characters isolate in every one of them, element or
 * not. Where a message is shown as page text, BidiText renders each isolated
 * run as a `<bdi>` instead, so that the page's text (what is copied, found
 * or read aloud) carries no invisible characters.
 */
import type { i18n } from 'i18next';

export const FSI = '\u2068';
export const PDI = '\u2069';
/** The isolate controls (LRI, RLI, FSI, PDI): one typed inside a value would end its isolation early, so they are dropped from it. */
const ISOLATE_CONTROLS = /[\u2066-\u2069]/g;
/** An isolated run, not nested (a message isolates the values it is given, not itself). */
export const ISOLATED_RUN = /\u2068([^\u2066-\u2069]*)\u2069/;

export function isolate(value: unknown): string {
  return `${FSI}${String(value ?? '').replace(ISOLATE_CONTROLS, '')}${PDI}`;
}

/** Teaches an i18next instance the catalogue's `isolate` format. */
export function addBidiFormat(instance: i18n): void {
  instance.services.formatter?.add('isolate', (value) => isolate(value));
}
