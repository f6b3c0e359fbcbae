/**
 * Characters refused in every text of a data file (keys and values, in
 * advisories, rotations and settings alike):
 *
 * - C0 controls except tab and line feed, DEL, and C1 controls (NEL U+0085
 *   among them): ESC starts terminal escape sequences, so a summary holding one
 *   could rewrite a reviewer's terminal or a CI log; BEL and the rest have no
 *   place in prose;
 * - the bidirectional overrides and isolates U+202A–U+202E and U+2066–U+2069,
 *   which make text display in another order than it is stored ("Trojan
 *   Source"), so what a reviewer reads is not what ships.
 *
 * The rule sits in the YAML reader, not in the schemas: it is one rule for
 * every string, including keys and the free-form `database_specific`, which no
 * schema pattern reaches, and the reader knows each character's position.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

const NAMES: Record<number, string> = {
  0: 'NUL',
  7: 'BEL (bell)',
  8: 'BS (backspace)',
  11: 'VT (vertical tab)',
  12: 'FF (form feed)',
  13: 'CR (carriage return)',
  27: 'ESC (escape)',
  127: 'DEL',
  133: 'NEL (next line)',
  8234: 'LEFT-TO-RIGHT EMBEDDING',
  8235: 'RIGHT-TO-LEFT EMBEDDING',
  8236: 'POP DIRECTIONAL FORMATTING',
  8237: 'LEFT-TO-RIGHT OVERRIDE',
  8238: 'RIGHT-TO-LEFT OVERRIDE',
  8294: 'LEFT-TO-RIGHT ISOLATE',
  8295: 'RIGHT-TO-LEFT ISOLATE',
  8296: 'FIRST STRONG ISOLATE',
  8297: 'POP DIRECTIONAL ISOLATE',
};

export interface ForbiddenCharacter {
  /** Index in the string (UTF-16 code units). */
  index: number;
  codePoint: number;
  kind: 'control' | 'bidi';
  /** `U+001B ESC (escape)`. */
  label: string;
}

/** The first forbidden character in `text`, or undefined. */
export function findForbiddenCharacter(text: string): ForbiddenCharacter | undefined {
  const match = FORBIDDEN.exec(text);
  if (!match) return undefined;
  const codePoint = match[0].codePointAt(0) as number;
  return {
    index: match.index,
    codePoint,
    kind: codePoint >= 0x2000 ? 'bidi' : 'control',
    label: characterLabel(codePoint),
  };
}

export function characterLabel(codePoint: number): string {
  const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = NAMES[codePoint] ?? (codePoint < 0x20 ? 'control character' : codePoint < 0xa0 ? 'C1 control character' : undefined);
  return name ? `${hex} ${name}` : hex;
}
