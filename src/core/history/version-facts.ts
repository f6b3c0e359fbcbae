import { parse } from 'yaml';

/** The few fields of an advisory the history needs from each old version of its file. */
export interface VersionFacts {
  status?: string;
  published?: string;
  fixed?: string;
}

const TIMELINE_KEYS = new Set(['reported', 'disclosed', 'fixed', 'published']);

/**
 * Reads status, timeline.published and timeline.fixed from an old version of
 * an advisory file. Files written the usual way (block style, as `npm run
 * fmt` writes them) are read with a line scan, because a full YAML parse of
 * every revision is the slowest part of a walk over thousands of advisories;
 * anything unusual (flow style, quotes with escapes, anchors, directives) goes
 * to the real YAML parser. A version that cannot be read yields no facts.
 */
export function versionFacts(text: string): VersionFacts {
  return scanFacts(text) ?? parseFacts(text);
}

function scanFacts(text: string): VersionFacts | undefined {
  const facts: VersionFacts = {};
  const seen = new Set<string>();
  let inTimeline = false;
  let timelineIndent = -1;
  for (const line of text.split('\n')) {
    if (line.startsWith('%') || line.startsWith('---') || line.startsWith('...')) return undefined;
    if (line.trim() === '' || /^\s*#/.test(line)) continue;
    const top = /^([A-Za-z_][\w-]*):(.*)$/.exec(line);
    if (top) {
      const key = top[1] as string;
      if (seen.has(key)) return undefined;
      seen.add(key);
      const value = top[2] as string;
      inTimeline = key === 'timeline';
      timelineIndent = -1;
      if (inTimeline && stripComment(value) !== '') return undefined;
      if (key === 'status') {
        const status = scalar(value);
        if (status === undefined || !/^[a-z]+$/.test(status)) return undefined;
        facts.status = status;
      }
      continue;
    }
    if (!/^\s/.test(line)) return undefined;
    if (!inTimeline) continue;
    const nested = /^( +)([A-Za-z_][\w-]*):(.*)$/.exec(line);
    if (!nested) return undefined;
    const indent = (nested[1] as string).length;
    if (timelineIndent === -1) timelineIndent = indent;
    if (indent !== timelineIndent) return undefined;
    const key = nested[2] as string;
    if (!TIMELINE_KEYS.has(key)) continue;
    const value = scalar(nested[3] as string);
    if (value === undefined || !/^[0-9][0-9T:.Z+-]*$/.test(value)) return undefined;
    if (key === 'published') facts.published = value;
    if (key === 'fixed') facts.fixed = value;
  }
  return facts;
}

function stripComment(value: string): string {
  return value.replace(/(^|\s)#.*$/, '').trim();
}

/** A plain or simply quoted scalar; undefined for anything the scan should not guess at. */
function scalar(raw: string): string | undefined {
  const value = stripComment(raw);
  const quoted = /^(["'])([^"'\\]*)\1$/.exec(value);
  if (quoted) return quoted[2];
  if (/^[^"'&*!|>{}[\],#%@`]+$/.test(value)) return value;
  return undefined;
}

function parseFacts(text: string): VersionFacts {
  try {
    const data = parse(text, { schema: 'core', merge: false, uniqueKeys: true, maxAliasCount: 0 }) as unknown;
    if (!data || typeof data !== 'object') return {};
    const { status, timeline } = data as { status?: unknown; timeline?: unknown };
    const t = (timeline && typeof timeline === 'object' ? timeline : {}) as { published?: unknown; fixed?: unknown };
    return {
      ...(typeof status === 'string' ? { status } : {}),
      ...(typeof t.published === 'string' ? { published: t.published } : {}),
      ...(typeof t.fixed === 'string' ? { fixed: t.fixed } : {}),
    };
  } catch {
    return {};
  }
}
