// Benchmark: `npm run sign` over N built OSV files (one .asc and one .sha512 each),
// verifying them all again, and the sealed-draft check over N/10 sealed drafts.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as openpgp from 'openpgp';
import { checkSealedDrafts, loadDatabase, randomSealedPath, signOutputs, teamKeys, verifyFile } from '../src/core/index.ts';
import { syntheticAdvisory } from './synthetic.ts';

export async function run(_projectRoot: string, sizes: number[]): Promise<void> {
  const now = new Date();
  const { privateKey, publicKey } = await openpgp.generateKey({
    type: 'ecc',
    curve: 'ed25519Legacy',
    userIDs: [{ name: 'Bench', email: 'bench@test.example' }],
    date: new Date(now.getTime() - 86_400_000),
    format: 'object',
  });
  const fingerprint = publicKey.getFingerprint().toUpperCase();
  for (const n of sizes) {
    const root = mkdtempSync(join(tmpdir(), 'watchkeeper-bench-sign-'));
    try {
      writeRepo(root, fingerprint, publicKey.armor(), now);
      const dist = join(root, 'dist');
      mkdirSync(join(dist, 'osv'), { recursive: true });
      for (let i = 0; i < n; i++) writeFileSync(join(dist, 'osv', `x_${i}.json`), `${JSON.stringify(syntheticAdvisory(i))}\n`);
      let started = performance.now();
      await signOutputs(dist, privateKey, now);
      const signSeconds = (performance.now() - started) / 1000;
      const db = loadDatabase(root, { now });
      const keys = await teamKeys(db);
      started = performance.now();
      let good = 0;
      for (let i = 0; i < n; i++) if ((await verifyFile(join(dist, 'osv', `x_${i}.json`), { keys, terms: db.terms, now })).good) good++;
      const verifySeconds = (performance.now() - started) / 1000;
      const sealed = Math.max(1, Math.floor(n / 10));
      mkdirSync(join(root, 'advisories/sealed'), { recursive: true });
      for (let i = 0; i < sealed; i++) {
        const armored = await openpgp.encrypt({
          message: await openpgp.createMessage({ binary: new TextEncoder().encode(JSON.stringify(syntheticAdvisory(i))) }),
          encryptionKeys: publicKey,
          format: 'armored',
        });
        writeFileSync(join(root, randomSealedPath()), armored);
      }
      started = performance.now();
      const found = await checkSealedDrafts(db, now);
      const checkSeconds = (performance.now() - started) / 1000;
      console.log(
        `sign   ${String(n).padStart(6)} files  sign ${signSeconds.toFixed(2)} s  verify ${verifySeconds.toFixed(2)} s (${good} good)  sealed check ${sealed} drafts ${checkSeconds.toFixed(2)} s (${found.length} findings)`,
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
}

function writeRepo(root: string, fingerprint: string, armored: string, now: Date): void {
  const year = now.getUTCFullYear();
  const files: Record<string, string> = {
    'watchkeeper.yaml':
      'name: Bench\nsite_url: https://bench.example\nid_prefix: TST\ndefault_ecosystem: Testix:1\ncontact:\n  email: s@bench.example\npolicy: {}\nsealing:\n  enabled: true\n',
    'rotations/roster.yaml': `members:\n  - handle: bench\n    name: Bench\n    contact: mailto:b@bench.example\n    key:\n      fingerprint: ${fingerprint}\n      path: keys/bench.asc\n`,
    'rotations/terms.yaml': `terms:\n  - member: bench\n    role: coordinator\n    from: ${year - 1}-06-01T00:00:00Z\n    until: ${year + 1}-06-01T00:00:00Z\n`,
    'rotations/keys/bench.asc': armored,
  };
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
}
