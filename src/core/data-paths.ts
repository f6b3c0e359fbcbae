import { type Diagnostic, diagnostic } from './diagnostics.ts';

/**
 * Path rules shared by the gate (paths in a change) and the loader (paths on
 * disk): which top-level folders hold data, which names are refused because
 * they could fool a reader or a CI runner, and which folders only look like a
 * data folder.
 */
export const DATA_FOLDERS = ['advisories', 'rotations', 'vulns'] as const;

/**
 * C0/C1 controls (newline, carriage return, ESC …) and format characters
 * (bidi overrides, zero-width, soft hyphen). A newline in a name printed by
 * CI starts a new line the runner reads as a command; the others make a name
 * look like something it is not.
 */
const UNSAFE_CHAR = /[\p{Cc}\p{Cf}]/u;

/** A path with its unsafe characters written as `\u{…}` escapes, for messages and listings. */
export function printablePath(path: string): string {
  return path.replace(/[\p{Cc}\p{Cf}]/gu, (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`);
}

/** Message text with control and format characters escaped, except the newlines and tabs a message may hold. */
export function printableText(text: string): string {
  return text.replace(/[^\P{Cc}\n\t]|\p{Cf}/gu, (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`);
}

/** FILE_NAME_UNSAFE for a path holding a control or format character, else undefined. */
export function unsafeNameFinding(path: string): Diagnostic | undefined {
  if (!UNSAFE_CHAR.test(path)) return undefined;
  return diagnostic(
    'FILE_NAME_UNSAFE',
    path,
    '',
    `The path ${printablePath(path)} holds a control or invisible formatting character; such a name can break CI output into forged lines or look like another file.`,
    'Rename it using visible characters only (letters, digits, `-`, `_`, `.`).',
  );
}

/**
 * The folder name reduced to what a reader sees: compatibility forms folded
 * (full-width `ａ` → `a`), accents and invisible characters dropped, case
 * folded, trailing dots and spaces removed (Windows drops them, so
 * `advisories.` opens `advisories`).
 */
function visibleForm(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\p{M}\p{Cf}]/gu, '')
    .toLowerCase()
    .replace(/[.\s]+$/u, '')
    .trim();
}

/**
 * The data folder `segment` imitates, when it is not that folder: same
 * letters after visibleForm(), where any non-ASCII character may stand for
 * any letter. That last rule catches every homoglyph (Cyrillic `а`, Greek `ο`,
 * …) without a table of confusables that would always be incomplete.
 */
export function imitatedFolder(segment: string): string | undefined {
  const seen = visibleForm(segment);
  for (const folder of DATA_FOLDERS) {
    if (segment === folder) return undefined;
    const chars = [...seen];
    if (chars.length !== folder.length) continue;
    if (chars.every((c, i) => c === folder[i] || c.charCodeAt(0) > 0x7f)) return folder;
  }
  return undefined;
}

/** DATA_PATH_LOOKALIKE for a path whose first folder imitates a data folder, else undefined. */
export function lookAlikeFinding(path: string): Diagnostic | undefined {
  const top = path.split('/')[0] ?? '';
  const folder = imitatedFolder(top);
  if (!folder) return undefined;
  return diagnostic(
    'DATA_PATH_LOOKALIKE',
    path,
    '',
    `${printablePath(top)}/ looks like the data folder ${folder}/ but is not it (case, look-alike letters, full-width forms or trailing dots differ), so files in it would escape the rules for ${folder}/ while reading like them.`,
    `Put the file in ${folder}/ itself, or give the folder a name that does not imitate a data folder.`,
  );
}
