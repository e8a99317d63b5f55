/**
 * Vite inlines small assets as data: URLs; the app's CSP allows fonts from
 * 'self' only (electron/main/protocol.ts), so a font must stay a file.
 * Other assets keep Vite's default limit.
 */
export function keepFontsAsFiles(filePath: string): boolean | undefined {
  return /\.woff2?$/i.test(filePath) ? false : undefined;
}
