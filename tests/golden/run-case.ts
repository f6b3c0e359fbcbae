// Runs one golden case (tests/golden/README.md): copies the valid fixture,
// applies the case's mutation, runs the command it names through the same core
// functions the script calls, and returns the output as the terminal shows it.
// In-process rather than `node scripts/x.ts`: the scripts read the real clock,
// and a case must run at its fixed `now`; tests/cli covers the scripts themselves.
import * as fs from 'node:fs';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import git from 'isomorphic-git';
import { parse } from 'yaml';
import { formatFiles } from '../../src/core/authoring/index.ts';
import { type Diagnostic, sortDiagnostics } from '../../src/core/diagnostics.ts';
import { formatHuman, formatSummary } from '../../src/core/format-diagnostics.ts';
import { checkRepository, historyChecks, loadDatabase, loadHistory, runGate, runLeakScan, verifyCommits } from '../../src/core/index.ts';
import { formatIntakeReport, runIntake } from '../../src/core/intake/index.ts';
import { generateTestKey } from '../helpers/test-repo.ts';

export const GOLDEN_ROOT = new URL('./', import.meta.url).pathname.replace(/\/$/, '');
export const FIXTURE = join(GOLDEN_ROOT, 'fixture');
export const CASES = join(GOLDEN_ROOT, 'cases');
/** The releases `run: intake` cases match against, copied over the fixture (which has no vulns/ of its own). */
const INTAKE_INVENTORY = join(GOLDEN_ROOT, 'intake-inventory');
const DEFAULT_NOW = '2026-11-24T12:00:00Z';

/** One change to the repository, applied in order. */
export type Edit =
  | { file: string; replace: string; with: string }
  | { write: string; text?: string; base64?: string; repeat?: number }
  | { delete: string }
  | { symlink: string; to: string }
  | { copy: string; to: string }
  /** A freshly generated OpenPGP secret key (never committed: secret keys do not belong in a repository). */
  | { secret_key: string };

/** case.yaml: what the mutation is and how to run it. */
export interface GoldenCase {
  /** One line: what the mutation does and why it must be reported. */
  about: string;
  /** The command whose output is kept (default check). */
  run?: 'check' | 'gate' | 'history' | 'leak-scan' | 'fmt' | 'intake';
  /** `intake` only: `--release`. The upstream files are the case's input/ folder. */
  release?: string;
  /** The clock (default 2026-11-24T12:00:00Z). */
  now?: string;
  /** Changes to the fixture; for `gate`, the head commit's changes. */
  edit?: Edit[];
  /** `gate` only: changes made before the base commit. */
  base?: Edit[];
  /** `gate` only: also verify the commits' signatures (npm run gate -- --verify-commits). */
  verify_commits?: boolean;
  /** `gate` only: the revisions named on the command line instead of the two commits' ids. */
  base_rev?: string;
  head_rev?: string;
  /**
   * `gate` only: the head commit's signature (its gpgsig header): a literal
   * armored text, or `generated` for a real OpenPGP signature by a key made
   * when the case runs (so not on the team; its ids show as <generated key>),
   * or `member:<handle>` for a generated key that the base commit publishes as
   * that member's (rotations/keys/<handle>.asc and its roster fingerprint).
   */
  sign_head?: string;
  /** `gate` only: the creation time of a generated head signature (default 2026-11-02T10:00:00Z, the head commit's date). */
  sign_date?: string;
  /** `gate` only: gate a push (`--push`): the base must be an ancestor of the head. */
  push?: boolean;
  /** `gate` only: the head commit has no parent (an unrelated history). */
  head_orphan?: boolean;
  /** `gate` only: changes after both commits, e.g. to files under .git/. */
  after_commit?: Edit[];
  /** `gate` only: files whose blobs in the head commit are removed from the object store (`<base>`: the base commit). */
  lose_objects?: string[];
}

export function readCase(dir: string): GoldenCase {
  const parsed = parse(readFileSync(join(dir, 'case.yaml'), 'utf8')) as GoldenCase;
  if (!parsed || typeof parsed.about !== 'string') throw new Error(`${dir}/case.yaml needs an \`about\` line`);
  return parsed;
}

async function applyEdits(root: string, edits: readonly Edit[] = []): Promise<void> {
  for (const edit of edits) {
    if ('replace' in edit) {
      const path = join(root, edit.file);
      const text = readFileSync(path, 'utf8');
      if (!text.includes(edit.replace)) throw new Error(`${edit.file} has no ${JSON.stringify(edit.replace)} to replace`);
      writeFileSync(path, text.replace(edit.replace, edit.with));
    } else if ('write' in edit) {
      mkdirSync(dirname(join(root, edit.write)), { recursive: true });
      const bytes =
        edit.base64 !== undefined ? Buffer.from(edit.base64, 'base64') : Buffer.from((edit.text ?? '').repeat(edit.repeat ?? 1));
      writeFileSync(join(root, edit.write), bytes);
    } else if ('delete' in edit) {
      if (!existsSync(join(root, edit.delete))) throw new Error(`${edit.delete} is not in the fixture`);
      rmSync(join(root, edit.delete), { recursive: true });
    } else if ('symlink' in edit) {
      mkdirSync(dirname(join(root, edit.symlink)), { recursive: true });
      symlinkSync(edit.to, join(root, edit.symlink));
    } else if ('copy' in edit) {
      mkdirSync(dirname(join(root, edit.to)), { recursive: true });
      cpSync(join(root, edit.copy), join(root, edit.to));
    } else if ('secret_key' in edit) {
      const { privateArmored } = await generateTestKey({ name: 'Secret' });
      writeFileSync(join(root, edit.secret_key), privateArmored);
    } else throw new Error(`unknown edit ${JSON.stringify(edit)}`);
  }
}

/** The fixture, then the case's files/ folder copied over it, then its edits. */
async function mutate(root: string, dir: string, edits: readonly Edit[] | undefined): Promise<void> {
  if (existsSync(join(dir, 'files'))) cpSync(join(dir, 'files'), root, { recursive: true });
  await applyEdits(root, edits);
}

function render(command: string, list: readonly Diagnostic[], summary: string, redact: Record<string, string>): string {
  let text = [`$ ${command}`, ...(list.length ? [formatHuman(sortDiagnostics(list))] : []), summary].join('\n');
  for (const [secret, label] of Object.entries(redact)) text = text.replaceAll(secret, label);
  return `${text}\n`;
}

async function commitAll(
  root: string,
  message: string,
  when: Date,
  orphan = false,
  sign?: (payload: string) => Promise<string>,
): Promise<string> {
  for (const [path, , workdir] of await git.statusMatrix({ fs, dir: root })) {
    if (workdir === 0) await git.remove({ fs, dir: root, filepath: path });
    else await git.add({ fs, dir: root, filepath: path });
  }
  const author = { name: 'Golden Author', email: 'author@golden.example', timestamp: Math.floor(when.getTime() / 1000), timezoneOffset: 0 };
  const parents = orphan ? { parent: [] } : {};
  if (!sign) return git.commit({ fs, dir: root, message, author, committer: author, ...parents });
  // isomorphic-git hands the payload to onSign; the key argument is only passed through to it.
  const onSign = async ({ payload }: { payload: string }) => ({ signature: await sign(payload) });
  return git.commit({ fs, dir: root, message, author, committer: author, ...parents, signingKey: 'golden', onSign });
}

/**
 * The signer of the head commit a case asks for; a generated key's fingerprint
 * and key id are redacted. For `member:<handle>`, the key is written into
 * `root` as that member's (before the base commit, so the base's team holds it).
 */
async function headSigner(
  root: string,
  c: GoldenCase,
  redact: Record<string, string>,
): Promise<((payload: string) => Promise<string>) | undefined> {
  const sign = c.sign_head;
  if (sign === undefined) return undefined;
  const member = /^member:([a-z0-9-]+)$/.exec(sign)?.[1];
  if (sign !== 'generated' && !member) return async () => sign;
  const openpgp = await import('openpgp');
  const key = await generateTestKey({ name: member ? 'Member' : 'Stranger' });
  const privateKey = await openpgp.readPrivateKey({ armoredKey: key.privateArmored });
  for (const id of [key.fingerprint, privateKey.getKeyID().toHex(), ...privateKey.getKeyIDs().map((k) => k.toHex())]) {
    redact[id] = '<generated key>';
    redact[id.toUpperCase()] = '<generated key>';
  }
  if (member) {
    writeFileSync(join(root, 'rotations', 'keys', `${member}.asc`), key.publicArmored);
    const roster = join(root, 'rotations', 'roster.yaml');
    const text = readFileSync(roster, 'utf8');
    const entry = new RegExp(`(handle: ${member}\\n(?:    .*\\n)*?      fingerprint: )[0-9A-F]+`);
    if (!entry.test(text)) throw new Error(`rotations/roster.yaml has no fingerprint for ${member}`);
    writeFileSync(roster, text.replace(entry, `$1${key.fingerprint}`));
  }
  const date = new Date(c.sign_date ?? '2026-11-02T10:00:00Z');
  return async (payload) =>
    (await openpgp.sign({
      message: await openpgp.createMessage({ text: payload }),
      signingKeys: privateKey,
      detached: true,
      date,
    })) as string;
}

/** Deletes the loose objects of these files' contents (or `<base>`: the base commit), as a damaged or partial clone lacks them. */
async function loseObjects(root: string, paths: readonly string[], base: string): Promise<void> {
  for (const path of paths) {
    const oid = path === '<base>' ? base : (await git.hashBlob({ object: readFileSync(join(root, path)) })).oid;
    rmSync(join(root, '.git', 'objects', oid.slice(0, 2), oid.slice(2)));
  }
}

/**
 * A git repository: the fixture (with the case's `base:` edits) as the first
 * commit, its files/ and `edit:` as the second, then `after_commit:` (where
 * `<base>` and `<head>` in a text stand for the two commit ids) and
 * `lose_objects:`. Returns the revisions to name on the command line.
 */
async function twoCommits(
  root: string,
  dir: string,
  c: GoldenCase,
  redact: Record<string, string>,
): Promise<{ base: string; head: string }> {
  await git.init({ fs, dir: root, defaultBranch: 'main' });
  await applyEdits(root, c.base);
  const signer = await headSigner(root, c, redact);
  const base = await commitAll(root, 'base', new Date('2026-11-01T10:00:00Z'));
  await mutate(root, dir, c.edit);
  const head = await commitAll(root, 'head', new Date('2026-11-02T10:00:00Z'), c.head_orphan, signer);
  Object.assign(redact, { [base]: '<base>', [head]: '<head>', [base.slice(0, 12)]: '<base>', [head.slice(0, 12)]: '<head>' });
  const named = (edits: readonly Edit[] = []) =>
    edits.map((e) => ('text' in e && e.text ? { ...e, text: e.text.replaceAll('<base>', base).replaceAll('<head>', head) } : e));
  await applyEdits(root, named(c.after_commit));
  await loseObjects(root, c.lose_objects ?? [], base);
  return { base: c.base_rev ?? base, head: c.head_rev ?? head };
}

/** Runs the case in `dir` and returns its output, with temporary paths and commit ids replaced by names. */
export async function runCase(dir: string): Promise<string> {
  const c = readCase(dir);
  const now = new Date(c.now ?? DEFAULT_NOW);
  const root = mkdtempSync(join(tmpdir(), 'watchkeeper-golden-'));
  const redact: Record<string, string> = { [root]: '<root>' };
  try {
    cpSync(FIXTURE, root, { recursive: true });
    const run = c.run ?? 'check';
    if (run === 'gate' || run === 'history') {
      const revisions = await twoCommits(root, dir, c, redact);
      if (run === 'history') {
        // As scripts/record.ts: the data's errors, the history walk's problems and the history checks.
        const db = loadDatabase(root, { now });
        const history = await loadHistory(root, c.head_rev ? { ref: c.head_rev } : {});
        const list = [...db.diagnostics.filter((d) => d.severity === 'error'), ...history.diagnostics, ...historyChecks(db, history)];
        return render('record', list, formatSummary(list, db.filesRead), redact);
      }
      const result = await runGate({ root, ...revisions, now, ...(c.push ? { push: true } : {}) });
      const list = [...result.diagnostics];
      if (c.verify_commits) list.push(...(await verifyCommits({ root, ...revisions, now })).diagnostics);
      const changes = result.changes.map((ch) => `  ${ch.status.padEnd(8)} ${ch.from ? `${ch.from} -> ` : ''}${ch.path}`);
      return render(['gate', ...changes].join('\n'), list, formatSummary(list, result.filesChecked), redact);
    }
    if (run === 'intake') cpSync(INTAKE_INVENTORY, root, { recursive: true });
    await mutate(root, dir, c.edit);
    if (run === 'intake') {
      // As scripts/intake.ts: every file of input/ (sorted), at the case's clock.
      const names = existsSync(join(dir, 'input')) ? readdirSync(join(dir, 'input')).sort() : [];
      const inputs = names.map((name) => ({ file: `input/${name}`, bytes: readFileSync(join(dir, 'input', name)) }));
      const result = runIntake({ root, inputs, now, ...(c.release ? { release: c.release } : {}) });
      const report = formatIntakeReport(result, inputs.length, false);
      return render(`intake input/\n${report}`, result.diagnostics, formatSummary(result.diagnostics, inputs.length), redact);
    }
    if (run === 'check') {
      // As scripts/check.ts: the loader and its checks, then the async key and sealing checks.
      const db = await checkRepository(root, { now });
      return render('check', db.diagnostics, formatSummary(db.diagnostics, db.filesRead), redact);
    }
    if (run === 'fmt') {
      const result = formatFiles(root, undefined, { check: true });
      return render('fmt --check', result.diagnostics, formatSummary(result.diagnostics, result.checked), redact);
    }
    // leak-scan, as scripts/leak-scan.ts: the data's unpublishable text against every file the edits wrote under dist/.
    const out = join(root, 'dist');
    mkdirSync(out, { recursive: true });
    const scan = await runLeakScan({ root, dir: out, now, display: root });
    return render('leak-scan dist', scan.diagnostics, formatSummary(scan.diagnostics, scan.filesScanned), redact);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
