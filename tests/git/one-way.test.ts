// Reading git has one entry, src/core/git/index.ts: nothing outside src/core/git
// reaches into its files, and no Watchkeeper code reads a repository through
// isomorphic-git (it only writes test repositories).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/test-repo.ts';

function sources(dir: string): string[] {
  return readdirSync(join(PROJECT_ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|mjs|astro)$/.test(e.name))
    .map((e) => relative(PROJECT_ROOT, join(e.parentPath, e.name)));
}

describe('git, one way', () => {
  const files = [...sources('src'), ...sources('scripts')];

  it('only src/core/git reaches past its facade', () => {
    const around = files
      .filter((f) => !f.startsWith('src/core/git/'))
      .filter((f) => /from ['"][^'"]*\/git\/(?!index\.ts['"])[\w-]+\.ts['"]/.test(readFileSync(join(PROJECT_ROOT, f), 'utf8')));
    expect(files.length).toBeGreaterThan(50);
    expect(around).toEqual([]);
  });

  it('no Watchkeeper code imports isomorphic-git', () => {
    const users = files.filter((f) => /['"]isomorphic-git['"]/.test(readFileSync(join(PROJECT_ROOT, f), 'utf8')));
    expect(users).toEqual([]);
  });
});
