import { describe, expect, it } from 'vitest';
import { FONT_FAMILIES, loadFontsFor, preloadRegularFaces } from '../../../renderer/src/fonts';

/** A FontFaceSet that records what was asked of it; `ready` resolves only after every load has. */
function fakeFonts(failing: string[] = []) {
  const asked: Array<{ font: string; text: string | undefined }> = [];
  const events: string[] = [];
  const fonts = {
    load: async (font: string, text?: string) => {
      asked.push({ font, text });
      await Promise.resolve();
      if (failing.some((family) => font.includes(family))) throw new Error('network error');
      events.push(`loaded ${font}`);
      return [];
    },
    get ready() {
      events.push('ready awaited');
      return Promise.resolve();
    },
  };
  return { fonts: fonts as unknown as FontFaceSet, asked, events };
}

describe('loadFontsFor', () => {
  it('loads, for the text, every bundled family at every weight the styles use, then waits for the set', async () => {
    const { fonts, asked, events } = fakeFonts();
    await loadFontsFor('राम बहादुर थापा · محمد الحسن', fonts);
    expect(asked.map((a) => a.font)).toEqual(FONT_FAMILIES.flatMap((family) => [400, 600, 700].map((weight) => `${weight} 16px "${family}"`)));
    expect(new Set(asked.map((a) => a.text))).toEqual(new Set(['राम बहादुर थापा · محمد الحسن']));
    expect(events.at(-1)).toBe('ready awaited');
    expect(events.filter((e) => e.startsWith('loaded'))).toHaveLength(asked.length);
  });

  it('prints all the same when a face cannot load: the fallback prints instead', async () => {
    const { fonts, events } = fakeFonts(['Noto Sans Sinhala']);
    await expect(loadFontsFor('සුනිල්', fonts)).resolves.toBeUndefined();
    expect(events.at(-1)).toBe('ready awaited');
  });
});

describe('preloadRegularFaces', () => {
  it('asks for the regular face of every family with a letter of each script, and a face that fails is no error', async () => {
    const { fonts, asked, events } = fakeFonts(['Noto Sans Bengali']);
    preloadRegularFaces(fonts);
    expect(asked.map((a) => a.font)).toEqual(FONT_FAMILIES.map((family) => `400 16px "${family}"`));
    for (const letter of ['A', 'Д', 'क', 'ب', 'ক', 'ක']) expect(asked.every((a) => a.text?.includes(letter))).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(events).toHaveLength(FONT_FAMILIES.length - 1);
  });
});
