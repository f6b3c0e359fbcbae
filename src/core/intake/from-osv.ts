import type { Extracted } from './from-cve5.ts';
import { purlBase, type UpstreamName, type UpstreamRecord } from './upstream.ts';
import { isObject, oneLine, reference, stringOf, uniqueReferences, upstreamInstant } from './upstream-text.ts';

/** An OSV record: a string id and the fields only OSV has (modified, affected). */
export function isOsv(input: unknown): input is Record<string, unknown> {
  return isObject(input) && typeof input.id === 'string' && ('modified' in input || 'affected' in input || 'schema_version' in input);
}

/** OSV schema versions intake reads (1.x; absent means an older 1.x record, as AlmaLinux publishes). */
export const OSV_SCHEMA_VERSION = /^1\.\d+(\.\d+)?$/;

/**
 * What intake takes from an OSV record: id, aliases, summary (or the first
 * line of details), references, published, withdrawn (as rejected), and every
 * affected package (ecosystem/name, and its purl without version).
 */
export function fromOsv(input: string, data: Record<string, unknown>, at: string): Extracted {
  const version = data.schema_version;
  if (version !== undefined && (typeof version !== 'string' || !OSV_SCHEMA_VERSION.test(version))) {
    return {
      ok: false,
      pointer: `${at}/schema_version`,
      message: `The OSV record's schema_version is ${JSON.stringify(version)}; intake reads OSV 1.x only.`,
    };
  }
  const id = stringOf(data.id);
  if (!id) return { ok: false, pointer: `${at}/id`, message: 'The OSV record has an empty id.' };
  const names: UpstreamName[] = [];
  for (const [i, a] of (Array.isArray(data.affected) ? data.affected : []).entries()) {
    if (!isObject(a) || !isObject(a.package)) continue;
    const p = `${at}/affected/${i}/package`;
    const ecosystem = stringOf(a.package.ecosystem);
    const name = stringOf(a.package.name);
    if (ecosystem && name) names.push({ kind: 'package', ecosystem, name, pointer: p });
    const purl = stringOf(a.package.purl);
    if (purl) names.push({ kind: 'purl', purl: purlBase(purl), pointer: `${p}/purl` });
  }
  const aliases = (Array.isArray(data.aliases) ? data.aliases : []).filter(
    (a): a is string => typeof a === 'string' && a !== '' && a.toUpperCase() !== id.toUpperCase(),
  );
  const text =
    stringOf(data.summary) ??
    stringOf(data.details)
      ?.split('\n')
      .find((l) => l.trim() !== '');
  const published = upstreamInstant(data.published);
  const refs = (Array.isArray(data.references) ? data.references : []).map((r) =>
    isObject(r) ? reference(typeof r.type === 'string' ? r.type : 'WEB', r.url) : undefined,
  );
  const record: UpstreamRecord = {
    input,
    format: 'osv',
    id,
    aliases: [...new Set(aliases)],
    summary: (text ? oneLine(text) : '') || id,
    references: uniqueReferences(refs),
    ...(published ? { published } : {}),
    rejected: data.withdrawn !== undefined && data.withdrawn !== null,
    names,
  };
  return { ok: true, record };
}
