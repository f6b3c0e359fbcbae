import { Document, isMap, isScalar } from 'yaml';
import { cvssProblem } from '../cvss.ts';
import { instantProblem } from '../schema/formats.ts';
import type { Settings } from '../settings.ts';
import type { AdvisoryFile } from '../types.gen.ts';
import { canonicalize, TO_STRING_OPTIONS } from './canonical-yaml.ts';
import { ADVISORY_ROOT, keyOrder } from './schema-order.ts';

/** What `npm run new` asks for. */
export interface NewAdvisoryInput {
  package: string;
  ecosystem?: string;
  summary: string;
  /** A CVSS v3.x or v4.0 vector, optional. */
  severity?: string;
  cves: string[];
  status: 'draft' | 'embargoed' | 'published';
  /** Required for embargoed advisories. */
  embargoUntil?: string;
  /** The first fixed version, if known. */
  fixed?: string;
  coordinator?: string;
}

export const NEW_STATUSES = ['draft', 'embargoed', 'published'] as const;

const CVE = /^CVE-\d{4}-\d{4,}$/;

/** Problems with the input, by field, each saying what to write instead; empty when it is usable. */
export function newInputProblems(input: Partial<NewAdvisoryInput>): { field: string; message: string }[] {
  const out: { field: string; message: string }[] = [];
  if (!input.package || !/^[^\s/][^\s]*$/.test(input.package))
    out.push({ field: 'package', message: 'the package name, without spaces (e.g. openssl)' });
  if (!input.summary || /[\r\n]/.test(input.summary) || input.summary.length > 200) {
    out.push({ field: 'summary', message: 'one line of at most 200 characters, e.g. "openssl: denial of service in X.509 parsing"' });
  }
  if (input.severity) {
    const problem = /^CVSS:(3\.[01]|4\.0)\//.test(input.severity)
      ? cvssProblem(input.severity)
      : 'it must start with CVSS:3.1/, CVSS:3.0/ or CVSS:4.0/';
    if (problem)
      out.push({ field: 'severity', message: `not a valid CVSS vector (${problem}); e.g. CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H` });
  }
  for (const cve of input.cves ?? [])
    if (!CVE.test(cve)) out.push({ field: 'cve', message: `\`${cve}\` is not a CVE id like CVE-2026-12345` });
  if (!input.status || !NEW_STATUSES.includes(input.status)) out.push({ field: 'status', message: `one of ${NEW_STATUSES.join(', ')}` });
  if (input.status === 'embargoed' && (!input.embargoUntil || instantProblem(input.embargoUntil))) {
    out.push({
      field: 'embargo-until',
      message: 'an embargoed advisory needs the instant the embargo lifts, in UTC, e.g. 2026-12-01T14:00:00Z',
    });
  }
  if (input.fixed !== undefined && (input.fixed === '' || input.fixed.length > 200))
    out.push({ field: 'fixed', message: 'the first fixed version' });
  if (input.coordinator !== undefined && !/^[a-z][a-z0-9-]{0,38}$/.test(input.coordinator)) {
    out.push({ field: 'coordinator', message: 'a member handle from rotations/ (lower-case letters, digits, hyphens)' });
  }
  return out;
}

/** The advisory data for the input; `now` (whole seconds) becomes timeline.reported, and published for a published one. */
export function newAdvisoryData(
  input: NewAdvisoryInput,
  id: string,
  settings: Pick<Settings, 'default_ecosystem'>,
  now: Date,
): AdvisoryFile {
  const at = new Date(Math.floor(now.getTime() / 1000) * 1000).toISOString().replace('.000Z', 'Z');
  const severity = input.severity
    ? [{ type: input.severity.startsWith('CVSS:4.0/') ? ('CVSS_V4' as const) : ('CVSS_V3' as const), score: input.severity }]
    : undefined;
  return {
    id,
    status: input.status,
    summary: input.summary,
    ...(input.cves.length ? { aliases: [...input.cves] } : {}),
    ...(severity ? { severity } : {}),
    affected: [
      {
        package: {
          ...(input.ecosystem && input.ecosystem !== settings.default_ecosystem ? { ecosystem: input.ecosystem } : {}),
          name: input.package,
        },
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, ...(input.fixed ? [{ fixed: input.fixed }] : [])] }],
      },
    ],
    ...(input.cves.length
      ? { references: input.cves.map((cve) => ({ type: 'ADVISORY' as const, url: `https://www.cve.org/CVERecord?id=${cve}` })) }
      : {}),
    ...(input.status === 'embargoed' && input.embargoUntil ? { embargo: { until: input.embargoUntil } } : {}),
    timeline: { reported: at, ...(input.status === 'published' ? { published: at } : {}) },
    ...(input.coordinator ? { coordinator: input.coordinator } : {}),
  };
}

/** Commented examples of the optional fields, shown where each would go; uncomment and fill in. */
const OPTIONAL_EXAMPLES: Record<string, string> = {
  details: 'details: |\n  What is wrong, who is affected and what to do, in Markdown.',
  aliases: 'aliases:\n  - CVE-2026-12345',
  severity: 'severity:\n  - type: CVSS_V3\n    score: CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
  references: 'references:\n  - type: ADVISORY   # or ARTICLE, REPORT, FIX, PACKAGE, WEB, …\n    url: https://example.org/advisory',
  credits:
    'credits:\n  - name: Ada Example\n    type: FINDER       # or REPORTER, ANALYST, COORDINATOR, …\n    contact:\n      - mailto:ada@example.org',
  embargo:
    'embargo:          # only while status is embargoed\n  until: 2026-12-01T14:00:00Z\n  reason: Why it is longer than the policy allows, if it is.',
  coordinator: 'coordinator: your-handle   # a member in rotations/',
  fixes:
    'fixes:\n  - type: update\n    package: openssl\n    version: "3.0.15-1"\n    url: https://example.org/announce\n  - type: commit\n    repo: https://git.example.org/openssl\n    commit: 0123456789abcdef0123456789abcdef01234567',
};

/**
 * The new file's text: the canonical form of the data with a header saying
 * what to do next, and each optional field shown commented out just before
 * the key it would precede, so uncommenting it puts it in schema order.
 */
export function renderNewAdvisory(data: AdvisoryFile): string {
  const doc = new Document(data, { version: '1.2', schema: 'core' });
  doc.commentBefore = [
    ` ${data.id}: written by \`npm run new\`. Fill in what you know, then run \`npm run check\`.`,
    ' Optional fields are shown commented out where they belong; every field is',
    ' described in schemas/advisory.schema.json. `npm run fmt` keeps these comments.',
  ].join('\n');
  canonicalize(doc);
  const order = keyOrder(ADVISORY_ROOT) ?? [];
  const map = doc.contents;
  if (!isMap(map)) return doc.toString(TO_STRING_OPTIONS);
  const present = new Map<string, (typeof map.items)[number]>();
  for (const pair of map.items) if (isScalar(pair.key)) present.set(String(pair.key.value), pair);
  const pending = new Map<string, string[]>();
  const trailing: string[] = [];
  for (const [key, example] of Object.entries(OPTIONAL_EXAMPLES)) {
    if (present.has(key)) continue;
    const next = order.slice(order.indexOf(key) + 1).find((k) => present.has(k));
    const lines = example.split('\n').map((line) => ` ${line}`);
    if (next) pending.set(next, [...(pending.get(next) ?? []), ...lines]);
    else trailing.push(...lines);
  }
  for (const [key, lines] of pending) {
    const pair = present.get(key);
    if (pair && isScalar(pair.key)) pair.key.commentBefore = lines.join('\n');
  }
  if (trailing.length) doc.comment = trailing.join('\n');
  // A comment before a key, not after the last event: the YAML parser would join a
  // trailing comment with the commented examples that follow it.
  const firstAffected = doc.getIn(['affected', 0], true);
  const rangesPair = isMap(firstAffected) ? firstAffected.items.find((p) => isScalar(p.key) && p.key.value === 'ranges') : undefined;
  if (rangesPair && isScalar(rangesPair.key) && data.affected[0]?.ranges?.[0]?.events.length === 1) {
    rangesPair.key.commentBefore = ' When a fix ships, add `- fixed: "<first fixed version>"` after introduced.';
  }
  return doc.toString(TO_STRING_OPTIONS);
}
