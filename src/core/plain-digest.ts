import { createHash } from 'node:crypto';

/**
 * A SHA-256 digest of plain data: objects with their keys in sorted order,
 * arrays, strings, finite numbers, booleans and null. Anything else (a Map, a
 * Set, a Date, a class instance, a function, NaN) throws instead of being
 * hashed the way JSON.stringify would write it ({} for a Map, nothing for a
 * function), because a digest that silently leaves data out says "unchanged"
 * when it is not. Object keys whose value is undefined are left out, as JSON does.
 */
export function plainDigest(value: unknown): string {
  const hash = createHash('sha256');
  hash.update(canonical(value, '$'));
  return hash.digest('base64url');
}

function canonical(value: unknown, where: string): string {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`plainDigest: ${where} is ${value}, which JSON cannot hold.`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((item, i) => canonical(item, `${where}[${i}]`)).join(',')}]`;
  if (typeof value === 'object' && (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null)) {
    const record = value as Record<string, unknown>;
    const parts = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(record[key], `${where}.${key}`)}`);
    return `{${parts.join(',')}}`;
  }
  const kind = value === undefined ? 'undefined' : `a ${typeof value === 'object' ? (value.constructor?.name ?? 'object') : typeof value}`;
  throw new Error(`plainDigest: ${where} is ${kind}, not plain data; hash what it holds instead.`);
}
