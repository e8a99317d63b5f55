/**
 * The app's own fonts: Noto for every script the caseload writes names in
 * (Latin, Cyrillic, Greek and Devanagari in Noto Sans; Arabic, Bengali and
 * Sinhala in their own families), bundled so that screens and printed
 * reports show them on a workstation that has none of them installed.
 * Each face carries a unicode-range, so the browser fetches only the faces a
 * page's text needs, and only when it first lays that text out.
 */
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import '@fontsource/noto-sans/700.css';
import '@fontsource/noto-sans-arabic/arabic-400.css';
import '@fontsource/noto-sans-arabic/arabic-600.css';
import '@fontsource/noto-sans-arabic/arabic-700.css';
import '@fontsource/noto-sans-bengali/bengali-400.css';
import '@fontsource/noto-sans-bengali/bengali-600.css';
import '@fontsource/noto-sans-bengali/bengali-700.css';
import '@fontsource/noto-sans-sinhala/sinhala-400.css';
import '@fontsource/noto-sans-sinhala/sinhala-600.css';
import '@fontsource/noto-sans-sinhala/sinhala-700.css';

/** The families of the font stack in styles.css, in its order. */
export const FONT_FAMILIES = ['Noto Sans', 'Noto Sans Arabic', 'Noto Sans Bengali', 'Noto Sans Sinhala'] as const;
const WEIGHTS = [400, 600, 700] as const;

/**
 * Resolves once every face that `text` needs is loaded. Printing must wait
 * for it: a face still loading when the PDF is made is printed as the
 * fallback's empty boxes, and its glyphs are missing from the text layer.
 * A face that fails to load is no reason to refuse a print: the fallback
 * prints instead.
 */
export async function loadFontsFor(text: string, fonts: FontFaceSet = document.fonts): Promise<void> {
  const sample = text.trim() === '' ? 'A' : text;
  await Promise.allSettled(FONT_FAMILIES.flatMap((family) => WEIGHTS.map((weight) => fonts.load(`${weight} 16px "${family}"`, sample))));
  await fonts.ready;
}

/** A letter of each script in the font stack: Latin, Cyrillic, Greek, Devanagari, Arabic, Bengali, Sinhala. */
const SCRIPT_SAMPLE = 'AДΩकبকක';

/**
 * Starts loading the regular face of every script, without waiting for it.
 * A list of names in several scripts otherwise finds each face missing as it
 * is laid out and fetches them one after another, laying the list out again
 * each time. The faces are the app's own files and say nothing of any case.
 */
export function preloadRegularFaces(fonts: FontFaceSet = document.fonts): void {
  for (const family of FONT_FAMILIES) fonts.load(`400 16px "${family}"`, SCRIPT_SAMPLE).catch(() => undefined);
}
