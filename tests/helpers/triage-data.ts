import { formatInstant } from '../../src/core/time.ts';

/** A release with widget and gadget in its inventory, as YAML text. */
export function releaseYaml(id = 'testix-1', extra = ''): string {
  return `id: ${id}
name: Testix ${id}
released: 2025-01-01T00:00:00Z
${extra}packages:
  - name: widget
    version: "1.2.3-1"
    purl:
      - pkg:generic/widget
  - name: gadget
    version: "2.0-1"
`;
}

export interface TestEvent {
  status: string;
  at: string;
  [field: string]: string;
}

/** One package × release entry of a triage record, with its events in order. */
export interface TestEntry {
  package: string;
  release: string;
  events: TestEvent[];
}

/**
 * A triage record as YAML text; tests change one thing at a time. By default
 * one package in one release (`package`, `release`, `events`); `entries` gives
 * any number of package × release entries instead, grouped by package in the
 * order first named. Event values are written as given (quote them yourself).
 */
export function recordYaml(
  options: {
    id?: string;
    summary?: string;
    package?: string;
    release?: string;
    events?: TestEvent[];
    entries?: TestEntry[];
    top?: string;
    published?: string;
  } = {},
): string {
  const events = options.events ?? [
    { status: 'detected', at: '2026-03-01T09:00:00Z', by: 'ada' },
    { status: 'affected', at: '2026-03-02T09:00:00Z' },
    { status: 'fixed', at: '2026-03-03T09:00:00Z', version: '"1.2.3-1"' },
  ];
  const entries = options.entries ?? [{ package: options.package ?? 'widget', release: options.release ?? 'testix-1', events }];
  const lines = [
    `id: ${options.id ?? 'CVE-2026-0101'}`,
    `summary: ${options.summary ?? 'A test vulnerability in widget'}`,
    `published_upstream: ${options.published ?? '2026-03-01T00:00:00Z'}`,
    ...(options.top ? [options.top.trimEnd()] : []),
    'packages:',
  ];
  for (const name of [...new Set(entries.map((e) => e.package))]) {
    lines.push(`  - name: ${name}`, '    releases:');
    for (const e of entries.filter((x) => x.package === name)) {
      lines.push(`      - release: ${e.release}`, '        events:');
      for (const ev of e.events)
        lines.push(...Object.entries(ev).map(([k, v], i) => `${i === 0 ? '          - ' : '            '}${k}: ${v}`));
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The instant `days` days (and an hour, so whole days count cleanly) before now: for rules counted against the real clock. */
export function daysAgo(days: number): string {
  return formatInstant(new Date(Date.now() - days * 86_400_000 - 3_600_000)).replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Release testix-1 and two tracked vulnerabilities, as files: CVE-2026-0101
 * (recordYaml's default, fixed two days after it went public) and
 * CVE-2026-0202, public upstream on 2026-11-01 and affected since 2026-11-02
 * with no fix.
 */
export function twoTrackedVulnerabilities(): Record<string, string> {
  return {
    'vulns/releases/testix-1.yaml': releaseYaml(),
    'vulns/2026/CVE-2026-0101.yaml': recordYaml(),
    'vulns/2026/CVE-2026-0202.yaml': recordYaml({
      id: 'CVE-2026-0202',
      published: '2026-11-01T00:00:00Z',
      events: [{ status: 'affected', at: '2026-11-02T00:00:00Z' }],
    }),
  };
}
