/** How many characters of a value a message may quote. */
export const EXCERPT_LENGTH = 80;

// Controls, bidi controls, zero-width and other invisible or line-breaking characters.
const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u00AD\u061C\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF]/gu;

/**
 * A value as a message may quote it: at most EXCERPT_LENGTH characters, then
 * "…", with every control, bidi or invisible character written as `\u{…}`, so
 * a message can neither carry 100 KB of data nor a terminal escape into a
 * log, a terminal or a CI annotation.
 */
export function excerpt(value: unknown, max = EXCERPT_LENGTH): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  const chars = Array.from(text);
  const cut = chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
  return cut.replace(INVISIBLE, (c) => `\\u{${(c.codePointAt(0) as number).toString(16).toUpperCase()}}`);
}
