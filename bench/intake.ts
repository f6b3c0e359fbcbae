// Benchmark: `npm run intake` of 5,000 upstream records into a temporary
// repository holding the example releases (issue 12's target: under 10 s).
// The records are the real corpus when it is there (the CVE JSON 5 sample and
// AlmaLinux errata, a parent distribution's feed, matched through
// upstream_names), else generated CVE JSON 5 records, half of them for shipped
// packages. Measured, not asserted: wall, CPU, peak memory, records per second,
// for the first run (writes) and the second (writes nothing).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runStep } from './run-step.ts';

const RECORDS = 5_000;

/** AlmaLinux names of a few packages the example releases ship. */
const PARENT_NAMES: Record<string, string[]> = {
  openssl: ['openssl', 'openssl-libs'],
  curl: ['curl', 'libcurl'],
  glibc: ['glibc', 'glibc-common'],
  systemd: ['systemd', 'systemd-libs'],
  python3_12: ['python3.12'],
  vim: ['vim-enhanced', 'vim-minimal'],
  git: ['git', 'git-core'],
  libxml2: ['libxml2'],
  expat: ['expat'],
  sudo: ['sudo'],
};

export async function run(projectRoot: string): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'watchkeeper-bench-intake-'));
  try {
    cpSync(join(projectRoot, 'watchkeeper.yaml'), join(root, 'watchkeeper.yaml'));
    cpSync(join(projectRoot, 'rotations'), join(root, 'rotations'), { recursive: true });
    mkdirSync(join(root, 'vulns', 'releases'), { recursive: true });
    for (const name of readdirSync(join(projectRoot, 'vulns', 'releases'))) {
      let text = readFileSync(join(projectRoot, 'vulns', 'releases', name), 'utf8');
      for (const [pkg, upstream] of Object.entries(PARENT_NAMES)) {
        text = text.replace(
          `  - name: ${pkg.replace('_', '.')}\n`,
          `  - name: ${pkg.replace('_', '.')}\n    upstream_names: [${upstream.join(', ')}]\n`,
        );
      }
      writeFileSync(join(root, 'vulns', 'releases', name), text);
    }
    const input = join(root, 'upstream');
    const source = fillInput(projectRoot, input);
    for (const [label, args] of [
      [`intake ${RECORDS} records (${source})`, []],
      ['intake again (nothing to write)', []],
    ] as const) {
      const r = runStep(projectRoot, ['scripts/intake.ts', input, '--root', root, '--format', 'json', ...args]);
      const report = /"written": \[([^\]]*)\]/.exec(r.output)?.[1] ?? '';
      const written = report.trim() === '' ? 0 : report.split(',').length;
      console.log(
        `intake  ${label.padEnd(44)} ${r.seconds.toFixed(1).padStart(6)} s  cpu ${r.cpuSeconds.toFixed(1).padStart(5)} s  peak ${String(r.peakMiB).padStart(5)} MiB  ${Math.round(
          RECORDS / r.seconds,
        )
          .toString()
          .padStart(6)} records/s  exit ${r.status}  (${written} files written)`,
      );
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** 5,000 record files in `dir`: the corpus when present, else generated. Returns where they came from. */
function fillInput(projectRoot: string, dir: string): string {
  mkdirSync(dir, { recursive: true });
  const corpus = join(projectRoot, '..', 'shared', 'corpus');
  const alma = join(corpus, 'almalinux', 'advisories');
  const cve5 = join(corpus, 'cve5', 'records');
  if (existsSync(alma) && existsSync(cve5)) {
    let n = 0;
    for (const name of readdirSync(cve5)) {
      cpSync(join(cve5, name), join(dir, name));
      n++;
    }
    for (const release of readdirSync(alma).sort()) {
      for (const name of readdirSync(join(alma, release)).sort()) {
        if (n >= RECORDS) return 'corpus: CVE JSON 5 + AlmaLinux';
        // One file per erratum: AlmaLinux 8 and 9 share some (identical) errata.
        if (existsSync(join(dir, name))) continue;
        cpSync(join(alma, release, name), join(dir, name));
        n++;
      }
    }
    return `corpus: CVE JSON 5 + AlmaLinux, ${n} files`;
  }
  const products = [
    ['openssl', 'openssl'],
    ['haxx', 'curl'],
    ['gnu', 'glibc'],
    ['example', 'not-shipped'],
  ];
  for (let i = 0; i < RECORDS; i++) {
    const [vendor, product] = products[i % products.length] as [string, string];
    const id = `CVE-2026-${String(10_000 + i)}`;
    const record = {
      dataType: 'CVE_RECORD',
      dataVersion: '5.1',
      cveMetadata: { cveId: id, state: 'PUBLISHED', datePublished: '2026-06-01T00:00:00Z' },
      containers: {
        cna: {
          title: `Generated vulnerability ${i} in ${product}`,
          affected: [{ vendor: i % 8 === 1 ? 'Not-Shipped' : vendor, product }],
          references: [{ url: `https://example.org/advisories/${id}` }],
        },
      },
    };
    writeFileSync(join(dir, `${id}.json`), JSON.stringify(record, null, 2));
  }
  return 'generated';
}
