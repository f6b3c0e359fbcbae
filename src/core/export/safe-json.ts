/**
 * JSON text that stays inert wherever it lands: U+2028/U+2029 (line breaks to
 * old JavaScript parsers) and `<`, `>`, `&` (which could close a <script> or
 * open a comment when the JSON is embedded in HTML) are written as \u escapes.
 * JSON.parse gives back exactly the same value.
 */
export function safeJson(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent).replace(/[\u2028\u2029<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
