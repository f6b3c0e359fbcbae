/**
 * JSON text that stays inert wherever it lands: U+2028/U+2029 (line breaks to
 * old JavaScript parsers) and `<`, `>`, `&` (which could close a <script> or
 * open a comment when the JSON is embedded in HTML) are written as \u escapes.
 * JSON.parse gives back exactly the same value.
 */
export function safeJson(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent).replace(/[\u2028\u2029<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The text of safeJson(items.map(toValue)), an element at a time: a list of
 * tens of thousands of records is then never held whole, neither as objects
 * nor as one string (see src/site/streamed-response.ts). Values are as
 * JSON.stringify writes array elements, so the joined pieces are the same bytes.
 */
export function* safeJsonArray<T>(items: Iterable<T>, toValue: (item: T) => unknown): Generator<string> {
  let first = true;
  for (const item of items) {
    // Strings in JSON hold no raw line break, so every "\n" is the layout's, indented one level for the array.
    yield `${first ? '[\n' : ',\n'}  ${safeJson(toValue(item) ?? null).replaceAll('\n', '\n  ')}`;
    first = false;
  }
  yield first ? '[]' : '\n]';
}
