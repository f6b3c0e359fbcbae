// Applies the changes import reported to the input record, so the test can
// require export(import(input)) == input + reported changes, field by field.
import type { ImportChange, OsvRecord } from '../../src/core/osv/index.ts';

type Json = Record<string, unknown>;

export function applyChanges(input: unknown, changes: readonly ImportChange[]): Json {
  const record = structuredClone(input) as Json;
  const removals: string[][] = [];
  for (const c of changes) {
    const path = c.pointer.split('/').slice(1);
    if (c.kind === 'alias-to-related') {
      record.aliases = ((record.aliases as string[] | undefined) ?? []).filter((a) => a !== c.from);
      record.related = [...((record.related as string[] | undefined) ?? []), c.from as string];
    } else if (path.at(-1) === '-') {
      const list = (getAt(record, path.slice(0, -1)) as unknown[] | undefined) ?? setAt(record, path.slice(0, -1), []);
      (list as unknown[]).push(c.to);
    } else if (c.to === undefined) removals.push(path);
    else setAt(record, path, c.to);
  }
  // Remove from the end so earlier indices stay right.
  removals.sort((a, b) => b.join('/').localeCompare(a.join('/'), 'en', { numeric: true }));
  for (const path of removals) {
    const parent = getAt(record, path.slice(0, -1));
    const last = path.at(-1) as string;
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else if (parent && typeof parent === 'object') delete (parent as Json)[last];
  }
  return record;
}

/** The fields the round trip must keep, in a comparable form. */
export function meaning(record: OsvRecord | Json): Json {
  const r = record as Json;
  const list = (v: unknown) => (Array.isArray(v) && v.length > 0 ? v : undefined);
  const ids = (v: unknown) => (Array.isArray(v) && v.length > 0 ? [...(v as string[])].sort() : undefined);
  const affected = ((r.affected as Json[] | undefined) ?? []).map((a) => {
    const dbs = { ...((a.database_specific as Json | undefined) ?? {}) };
    delete dbs.watchkeeper;
    return {
      package: a.package,
      ranges: list(a.ranges),
      versions: a.versions,
      severity: list(a.severity),
      ecosystem_specific: a.ecosystem_specific,
      database_specific: Object.keys(dbs).length ? dbs : undefined,
    };
  });
  return sortKeys({
    aliases: ids(r.aliases),
    related: ids(r.related),
    upstream: ids(r.upstream),
    summary: r.summary,
    details: r.details,
    severity: list(r.severity),
    affected,
    references: list(r.references),
    credits: list(r.credits),
    published: r.published,
    withdrawn: r.withdrawn,
  }) as Json;
}

/** Key order carries no meaning in OSV; drop undefined and sort keys so JSON text compares meaning. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .filter((k) => (value as Json)[k] !== undefined)
        .sort()
        .map((k) => [k, sortKeys((value as Json)[k])]),
    );
  }
  return value;
}

function getAt(root: unknown, path: string[]): unknown {
  let node = root;
  for (const key of path) node = node && typeof node === 'object' ? (node as Json)[key] : undefined;
  return node;
}

function setAt(root: Json, path: string[], value: unknown): unknown {
  let node: Json = root;
  for (const key of path.slice(0, -1)) {
    if (!node[key] || typeof node[key] !== 'object') node[key] = {};
    node = node[key] as Json;
  }
  node[path.at(-1) as string] = value;
  return value;
}
