import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/test-repo.ts';

// The import rule of src/core/index.ts is enforced by biome.json's per-folder
// noRestrictedImports. These cases run the real biome with the project's real
// configuration over probe files placed where the rule applies, so a rule
// that stops biting (a pattern typo, an override that no longer matches its
// folder) fails here, and so does one that bites too much.

const BIOME = join(PROJECT_ROOT, 'node_modules/.bin/biome');
const workspace = mkdtempSync(join(tmpdir(), 'wk-import-rule-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

// The project's biome.json without its $schema line (a path into node_modules that does not exist here).
const config = JSON.parse(readFileSync(join(PROJECT_ROOT, 'biome.json'), 'utf8')) as Record<string, unknown>;
delete config.$schema;
writeFileSync(join(workspace, 'biome.json'), JSON.stringify(config));

interface Finding {
  category: string;
  location: { path: string };
}

/** The restricted-import findings biome reports for one probe file that imports `from`. */
function restrictedImports(file: string, from: string): string[] {
  const path = join(workspace, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `import { thing } from '${from}';\n\nexport const probe = thing;\n`);
  let output: string;
  try {
    output = execFileSync(BIOME, ['lint', '--reporter=json', file], {
      cwd: workspace,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    // biome exits 1 when it reports errors; the JSON report is still on standard output.
    output = String((error as { stdout?: string }).stdout ?? '');
  } finally {
    rmSync(path);
  }
  const report = JSON.parse(output) as { diagnostics: Finding[] };
  return report.diagnostics.filter((d) => d.category === 'lint/style/noRestrictedImports').map((d) => d.location.path);
}

describe('the import rule (biome noRestrictedImports per folder)', () => {
  it.each([
    ['src/core/history/probe.ts', '../../site/database.ts'],
    ['src/core/probe.ts', '../pages/advisories/[id].astro'],
    ['src/core/export/probe.ts', '../../components/Banner.astro'],
    ['src/core/probe.ts', '../layouts/Base.astro'],
    ['src/core/leak-scan/probe.ts', '../../../scripts/lib/cli.ts'],
    ['src/core/probe.ts', 'astro:content'],
    ['src/core/probe.ts', 'astro'],
    ['scripts/probe.ts', '../src/site/database.ts'],
    ['scripts/lib/probe.ts', '../../src/pages/index.astro'],
    ['scripts/probe.ts', '../src/components/Banner.astro'],
    ['src/site/probe.ts', '../../scripts/lib/cli.ts'],
    ['src/site/probe.ts', '../pages/record/_record.ts'],
  ])('%s may not import %s', (file, from) => {
    expect(restrictedImports(file, from)).toEqual([file]);
  });

  it.each([
    ['src/core/history/probe.ts', '../embargo/publishable.ts'],
    ['src/core/probe.ts', 'yaml'],
    ['scripts/probe.ts', '../src/core/index.ts'],
    ['scripts/probe.ts', '../src/core/history/walk-history.ts'],
    ['src/site/probe.ts', '../core/index.ts'],
    ['src/pages/probe.ts', '../site/database.ts'],
  ])('%s may import %s', (file, from) => {
    expect(restrictedImports(file, from)).toEqual([]);
  });
});

// biome does not read .astro files, so the same rule for the site's templates
// is checked here over their import lines: a page, component or layout
// imports src/core, src/site and other templates, never scripts.
describe('the import rule in .astro templates', () => {
  const templates = ['src/pages', 'src/components', 'src/layouts'].flatMap((folder) =>
    readdirSync(join(PROJECT_ROOT, folder), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.astro'))
      .map((name) => join(folder, name)),
  );
  const importsOf = (text: string) => [...text.matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1] as string);

  it('finds the templates and reads their imports', () => {
    expect(templates.length).toBeGreaterThan(10);
    expect(importsOf("import Base from '../layouts/base.astro';\nimport { x } from '../../scripts/lib/cli.ts';")).toEqual([
      '../layouts/base.astro',
      '../../scripts/lib/cli.ts',
    ]);
  });

  it('no template imports scripts', () => {
    const offending = templates.flatMap((file) =>
      importsOf(readFileSync(join(PROJECT_ROOT, file), 'utf8'))
        .filter((from) => /(^|\/)scripts\//.test(from))
        .map((from) => `${file}: ${from}`),
    );
    expect(offending).toEqual([]);
  });
});
