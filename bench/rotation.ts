// Benchmark: the rotation checks and queries over N terms (100 members), and the
// OpenPGP key checks for the members on duty.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKey } from 'openpgp';
import { checkKeys, coverageFrom, dutyAt, handoversAfter, loadDatabase } from '../src/core/index.ts';

const MEMBERS = 100;
const HALF_YEAR_MONTHS = 6;

export async function run(_projectRoot: string, sizes: number[]): Promise<void> {
  for (const n of sizes) {
    const root = mkdtempSync(join(tmpdir(), 'watchkeeper-bench-rotation-'));
    try {
      const now = await writeRepo(root, n);
      let started = performance.now();
      const db = loadDatabase(root, { now });
      const load = performance.now() - started;
      started = performance.now();
      for (let i = 0; i < 100; i++) dutyAt(db.terms, now);
      const duty = (performance.now() - started) / 100;
      started = performance.now();
      const handovers = handoversAfter(db.terms, now, { limit: 50 });
      const coverage = coverageFrom(db.terms, now);
      const queries = performance.now() - started;
      started = performance.now();
      const keyProblems = await checkKeys(db, now);
      const keys = performance.now() - started;
      console.log(
        `rotation ${String(n).padStart(6)} terms  load+check ${(load / 1000).toFixed(2)} s  dutyAt ${duty.toFixed(2)} ms  ` +
          `handovers+coverage ${queries.toFixed(1)} ms  keys (${MEMBERS} members) ${(keys / 1000).toFixed(2)} s  ` +
          `[${db.diagnostics.length + keyProblems.length} diagnostics, ${handovers.length} handovers, ${coverage.gaps.length} gaps]`,
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
}

/**
 * 100 members with real keys; n six-month terms over ten years (2020-2030):
 * each half-year has a primary and backup coordinator and reviewer, and the
 * rest of the terms are experts in as many areas as it takes.
 */
export async function writeRepo(root: string, n: number): Promise<Date> {
  const periods = 20;
  const startMonth = 2020 * 12;
  const now = new Date(Date.UTC(2029, 0, 1));
  const created = new Date(Date.UTC(2019, 0, 1));
  const keys = await Promise.all(
    Array.from({ length: MEMBERS }, (_, i) =>
      generateKey({ type: 'curve25519', userIDs: [{ name: `Member ${i}` }], date: created, format: 'object' }),
    ),
  );
  mkdirSync(join(root, 'rotations/keys'), { recursive: true });
  mkdirSync(join(root, 'rotations/terms'), { recursive: true });
  writeFileSync(
    join(root, 'watchkeeper.yaml'),
    'name: Bench\nsite_url: https://bench.example\nid_prefix: BEN\ndefault_ecosystem: Bench:1\ncontact:\n  email: s@bench.example\npolicy: {}\n',
  );
  const roster = ['members:'];
  keys.forEach(({ publicKey }, i) => {
    writeFileSync(join(root, `rotations/keys/m${i}.asc`), publicKey.armor());
    roster.push(
      `  - handle: m${i}`,
      `    name: Member ${i}`,
      `    contact: mailto:m${i}@bench.example`,
      '    key:',
      `      fingerprint: ${publicKey.getFingerprint().toUpperCase()}`,
      `      path: keys/m${i}.asc`,
    );
  });
  writeFileSync(join(root, 'rotations/roster.yaml'), `${roster.join('\n')}\n`);
  const at = (month: number) => new Date(Date.UTC(Math.floor(month / 12), month % 12, 1)).toISOString().replace('.000Z', 'Z');
  const perPeriod = Math.ceil(n / periods);
  let written = 0;
  for (let p = 0; p < periods; p++) {
    const lines: string[] = [];
    for (let k = 0; k < perPeriod && written < n; k++, written++) {
      const from = startMonth + p * HALF_YEAR_MONTHS;
      const fixed = [
        ['coordinator', 'primary'],
        ['coordinator', 'backup'],
        ['reviewer', 'primary'],
        ['reviewer', 'backup'],
      ][k];
      lines.push(
        `  - member: m${(p * 7 + k) % MEMBERS}`,
        `    role: ${fixed ? fixed[0] : 'expert'}`,
        `    position: ${fixed ? fixed[1] : 'primary'}`,
        ...(fixed ? [] : [`    area: area${k}`]),
        `    from: ${at(from)}`,
        `    until: ${at(from + HALF_YEAR_MONTHS)}`,
      );
    }
    if (lines.length > 0) writeFileSync(join(root, `rotations/terms/p${p}.yaml`), `terms:\n${lines.join('\n')}\n`);
  }
  return now;
}
