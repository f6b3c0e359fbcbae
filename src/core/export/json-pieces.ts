/**
 * The text of JSON.stringify(value, null, 2), in pieces: plain objects and
 * arrays down to `depth` levels are written a member at a time, anything
 * deeper (or not plain: a Date, a boxed string) whole. Joined, the pieces are
 * the same bytes; a site endpoint hands them on as they are made
 * (src/site/streamed-response.ts), so a record of tens of thousands of rows
 * is never one string beside the bytes Astro writes.
 */
export function* jsonPieces(value: unknown, depth: number, level = ''): Generator<string> {
  if (depth <= 0 || !isPlain(value)) {
    const text = JSON.stringify(value, null, 2);
    yield level ? text.replaceAll('\n', `\n${level}`) : text;
    return;
  }
  const inner = `${level}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    for (let i = 0; i < value.length; i++) {
      yield i === 0 ? `[\n${inner}` : `,\n${inner}`;
      // JSON.stringify writes what JSON cannot hold as null inside an array.
      yield* jsonPieces(unwritable(value[i]) ? null : value[i], depth - 1, inner);
    }
    yield `\n${level}]`;
    return;
  }
  let first = true;
  for (const [key, item] of Object.entries(value)) {
    // …and leaves it out of an object.
    if (unwritable(item)) continue;
    yield `${first ? '{\n' : ',\n'}${inner}${JSON.stringify(key)}: `;
    yield* jsonPieces(item, depth - 1, inner);
    first = false;
  }
  yield first ? '{}' : `\n${level}}`;
}

function isPlain(value: unknown): value is object {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

const unwritable = (value: unknown) => value === undefined || typeof value === 'function' || typeof value === 'symbol';
