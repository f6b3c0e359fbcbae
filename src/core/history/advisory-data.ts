import { parse } from 'yaml';

/**
 * An old version of an advisory file reduced to its data: parsed with the
 * loader's YAML rules and written back as JSON with sorted keys, so two
 * versions that differ only in layout, quoting, key order or comments give
 * the same text. Undefined when the version does not parse (the history then
 * counts it as a change: in doubt, a date moves).
 */
export function advisoryData(bytes: Uint8Array): string | undefined {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    const data = parse(text, { schema: 'core', merge: false, uniqueKeys: true, maxAliasCount: 0, prettyErrors: false }) as unknown;
    return JSON.stringify(sortKeys(data));
  } catch {
    return undefined;
  }
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}
