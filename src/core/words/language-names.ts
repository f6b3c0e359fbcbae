/**
 * Contact languages as readers know them: `en` → `English`. A code that
 * Intl does not know is shown as written, never dropped.
 */
const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

export function languageName(code: string): string {
  try {
    return names.of(code) ?? code;
  } catch {
    return code; // not a well-formed language tag
  }
}

/** `English or German`: any of these languages will do. */
export function languageChoice(codes: readonly string[]): string {
  return new Intl.ListFormat('en', { type: 'disjunction' }).format(codes.map(languageName));
}
