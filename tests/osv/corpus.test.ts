// The real OSV corpus in ../shared/corpus (PyPA YAML, AlmaLinux JSON), read in
// place: every file imports, the result passes check, formats stably, and
// exports back to OSV with the same meaning apart from the changes import reported.
// `npm test` runs a fixed sample (every SAMPLE_STEP-th file of the sorted list,
// seconds); `npm run test:corpus` (vitest.corpus.config.ts, WATCHKEEPER_CORPUS=full)
// runs every file (six to eight minutes). Without ../shared/corpus both skip with one line.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, expect } from 'vitest';
import { parse } from 'yaml';
import { createIdAllocator, formatAdvisoryText, writeNewFileAtomic } from '../../src/core/authoring/index.ts';
import { loadDatabase, type Settings } from '../../src/core/index.ts';
import { type Converted, planImport, readImportFile, toOsv } from '../../src/core/osv/index.ts';
import { CORPUS_ROOT, sharedTest } from '../helpers/shared.ts';
import { makeTestRepo, NOW, type TestRepo } from '../helpers/test-repo.ts';
import { osvSchemaErrors } from './osv-validator.ts';
import { applyChanges, meaning } from './round-trip.ts';

/** One file in SAMPLE_STEP: about 200 files, both sources, YAML and JSON. */
const SAMPLE_STEP = 40;
const FULL = process.env.WATCHKEEPER_CORPUS === 'full';

let repo: TestRepo | undefined;
afterAll(() => repo?.cleanup());

function listFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? listFiles(path) : /\.(json|yaml)$/.test(name) ? [path] : [];
    });
}

const name = FULL
  ? 'the whole corpus imports, passes check, formats stably and round-trips through toOsv'
  : `a fixed sample of the corpus (one file in ${SAMPLE_STEP}) imports, passes check, formats stably and round-trips through toOsv`;

sharedTest('corpus', name, { timeout: 900_000 }, async () => {
  const all = [...listFiles(join(CORPUS_ROOT, 'pypa', 'vulns')), ...listFiles(join(CORPUS_ROOT, 'almalinux', 'advisories'))];
  expect(all.length).toBe(2661 + 5680);
  const files = FULL ? all : all.filter((_file, index) => index % SAMPLE_STEP === 0);
  repo = await makeTestRepo();
  const settings = loadDatabase(repo.root, { now: NOW }).settings as Settings;

  // The formatter on real-world YAML it did not write (folded scalars, unquoted
  // timestamps, keys it does not know): same data after, and stable.
  // A few PyPA records break lines with a lone CR (a `\r` escape), a control character no data file may hold: the formatter
  // refuses them with TEXT_CONTROL_CHARACTER (the importer writes those breaks as LF, below).
  const fmtUnstable: string[] = [];
  const fmtRefused: string[] = [];
  for (const file of files.filter((f) => f.endsWith('.yaml'))) {
    const once = formatAdvisoryText(file, readFileSync(file, 'utf8'));
    const loneCr = (d: { code: string; message: string }) => d.code === 'TEXT_CONTROL_CHARACTER' && d.message.includes('U+000D');
    if (!once.text && once.diagnostics.length > 0 && once.diagnostics.every(loneCr)) fmtRefused.push(file);
    else if (!once.text || formatAdvisoryText(file, once.text).changed) fmtUnstable.push(file);
  }
  expect(fmtUnstable).toEqual([]);
  if (FULL) expect(fmtRefused).toHaveLength(5);

  const inputs = new Map<string, unknown>();
  const converted: { input: string; converted: Converted }[] = [];
  const unreadable: string[] = [];
  for (const file of files) {
    const shown = relative(CORPUS_ROOT, file);
    const bytes = readFileSync(file);
    const result = readImportFile(shown, bytes, { settings, now: NOW });
    if (!result.converted) unreadable.push(`${shown}: ${result.diagnostics.map((d) => d.message).join('; ')}`);
    else {
      converted.push({ input: shown, converted: result.converted });
      inputs.set(shown, file.endsWith('.json') ? JSON.parse(bytes.toString('utf8')) : undefined);
    }
  }
  expect(unreadable).toEqual([]);

  const plan = planImport(converted, { allocator: createIdAllocator(settings.id_prefix, []), aliasOwner: new Map() });
  expect(plan.diagnostics).toEqual([]);
  // Only byte-identical copies of a record are skipped (AlmaLinux repeats 37 errata across release folders).
  expect(plan.skipped.every((s) => s.identical === true)).toBe(true);
  expect(plan.planned.length + plan.skipped.length).toBe(files.length);
  for (const p of plan.planned) expect(writeNewFileAtomic(join(repo.root, p.file), p.text)).toBe(true);

  const db = loadDatabase(repo.root, { now: NOW });
  expect(db.diagnostics.filter((d) => d.severity === 'error').slice(0, 10)).toEqual([]);
  expect(db.advisories.length).toBe(plan.planned.length);

  const mismatches: unknown[] = [];
  const invalid: unknown[] = [];
  const unstable: string[] = [];
  const byKind = new Map<string, number>();
  for (const p of plan.planned) {
    for (const c of p.changes) byKind.set(c.kind, (byKind.get(c.kind) ?? 0) + 1);
    const advisory = db.byId.get(p.id);
    if (!advisory) throw new Error(`${p.id} not loaded`);
    const formatted = formatAdvisoryText(p.file, p.text);
    if (formatted.changed) unstable.push(p.file);
    const exported = toOsv(advisory, settings, { published: advisory.timeline.published ?? '', modified: '2026-11-24T12:00:00Z' });
    const errors = osvSchemaErrors(exported);
    if (errors.length) invalid.push({ id: p.id, input: p.input, errors: errors.slice(0, 3) });
    const source = inputs.get(p.input) ?? readYamlInput(join(CORPUS_ROOT, p.input));
    const expected = meaning(applyChanges(source, p.changes));
    const actual = meaning(exported);
    if (JSON.stringify(expected) !== JSON.stringify(actual)) mismatches.push({ input: p.input, expected, actual });
  }
  expect(unstable.slice(0, 5)).toEqual([]);
  expect(invalid.slice(0, 3)).toEqual([]);
  expect(mismatches.slice(0, 2)).toEqual([]);
  // The counts go into the closing note; print them once.
  console.log(
    `corpus${FULL ? '' : ' sample'}: ${files.length} files, ${plan.planned.length} imported, ${plan.skipped.length} identical copies skipped; changes: ${JSON.stringify(Object.fromEntries(byKind))}`,
  );
});

/** PyPA YAML read the way import reads it (YAML 1.2 core), for the comparison. */
function readYamlInput(path: string): unknown {
  return parse(readFileSync(path, 'utf8'), { version: '1.2', schema: 'core' });
}
