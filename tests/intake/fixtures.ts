// Small hand-written upstream records for the intake tests, and a temp repo
// holding the project's own releases (vulns/releases/, Kestrel 3 and 4).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTestRepo, PROJECT_ROOT, type TestRepo } from '../helpers/test-repo.ts';

export const NOW = new Date('2026-12-01T12:00:00Z');

/** A repo with the example inventories and the given extra files. */
export function intakeRepo(files: Record<string, string> = {}): Promise<TestRepo> {
  const releases: Record<string, string> = {};
  const dir = join(PROJECT_ROOT, 'vulns', 'releases');
  for (const name of readdirSync(dir)) releases[`vulns/releases/${name}`] = readFileSync(join(dir, name), 'utf8');
  return makeTestRepo({ ...releases, ...files });
}

export interface Cve5Options {
  id?: string;
  state?: 'PUBLISHED' | 'REJECTED';
  dataVersion?: string;
  title?: string;
  published?: string;
  affected?: Record<string, unknown>[];
  adp?: Record<string, unknown>[];
  references?: string[];
}

/** A CVE JSON 5 record, by default for openssl/openssl. */
export function cve5(options: Cve5Options = {}): string {
  const id = options.id ?? 'CVE-2026-7001';
  const rejected = options.state === 'REJECTED';
  return JSON.stringify(
    {
      dataType: 'CVE_RECORD',
      dataVersion: options.dataVersion ?? '5.1',
      cveMetadata: {
        cveId: id,
        state: options.state ?? 'PUBLISHED',
        ...(rejected ? { dateRejected: '2026-11-25T00:00:00' } : { datePublished: options.published ?? '2026-11-20T10:00:00.000Z' }),
      },
      containers: {
        cna: rejected
          ? { rejectedReasons: [{ lang: 'en', value: 'Withdrawn by its CNA.' }] }
          : {
              title: options.title ?? 'Crash in the X.509 parser',
              affected: options.affected ?? [
                { vendor: 'OpenSSL', product: 'OpenSSL', versions: [{ version: '3.0.0', lessThan: '3.0.16', status: 'affected' }] },
              ],
              references: (options.references ?? ['https://openssl.example/news/7001', 'http://insecure.example/']).map((url) => ({ url })),
            },
        ...(options.adp ? { adp: options.adp } : {}),
      },
    },
    null,
    2,
  );
}

export interface OsvOptions {
  id?: string;
  aliases?: string[];
  summary?: string;
  affected?: { ecosystem?: string; name?: string; purl?: string }[];
  withdrawn?: string;
}

/** An OSV record, by default a GHSA for the openssl purl. */
export function osv(options: OsvOptions = {}): string {
  return JSON.stringify(
    {
      schema_version: '1.6.0',
      id: options.id ?? 'GHSA-aaaa-bbbb-cccc',
      modified: '2026-11-21T00:00:00Z',
      published: '2026-11-21T00:00:00Z',
      ...(options.aliases ? { aliases: options.aliases } : {}),
      summary: options.summary ?? 'Crash in the X.509 parser',
      ...(options.withdrawn ? { withdrawn: options.withdrawn } : {}),
      affected: (
        options.affected ?? [{ ecosystem: 'GitHub Actions', name: 'openssl/openssl', purl: 'pkg:github/openssl/openssl@3.0.1' }]
      ).map((a) => ({
        package: {
          ...(a.ecosystem ? { ecosystem: a.ecosystem } : {}),
          ...(a.name ? { name: a.name } : {}),
          ...(a.purl ? { purl: a.purl } : {}),
        },
      })),
      references: [{ type: 'ADVISORY', url: 'https://github.com/advisories/GHSA-aaaa-bbbb-cccc' }],
    },
    null,
    2,
  );
}

/** Bytes of a text, as runIntake takes its inputs. */
export function input(file: string, text: string): { file: string; bytes: Uint8Array } {
  return { file, bytes: new TextEncoder().encode(text) };
}
