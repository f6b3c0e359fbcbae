// Issue 11 point 9: under GitHub Actions, no text a command prints can form a
// workflow command, whatever it holds; only the annotations Watchkeeper builds
// itself reach the runner as commands.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { neutralise } from '../../scripts/lib/github-output.ts';
import { PROJECT_ROOT } from '../helpers/test-repo.ts';

/** Lines the runner would treat as commands: it ends lines at \n or \r and trims leading white space. */
const liveCommands = (out: string) => out.split(/\r\n|\r|\n/).filter((line) => /^\s*::/.test(line) || line.includes('##['));

test('neutralise defuses `::` at every line start (\\n or \\r) and `##[` anywhere, across chunks', () => {
  const state = { lineStart: true };
  const out =
    neutralise('ok\n::error::a\r  ::warning::b\t##[set-env name=X]y\n', state) + neutralise('  ', state) + neutralise('::c\n', state);
  expect(liveCommands(out)).toEqual([]);
  expect(out).toBe('ok\n%3A:error::a\r  %3A:warning::b\t##\\u005bset-env name=X]y\n  %3A:c\n');
  expect(neutralise('a::b ok', { lineStart: true })).toBe('a::b ok');
  // JSON keeps its meaning.
  const json = JSON.stringify({ text: '##[set-env name=X]y' }, null, 2);
  expect(JSON.parse(neutralise(json, { lineStart: true }))).toEqual({ text: '##[set-env name=X]y' });
});

test('a command printing hostile text under Actions emits no live command; its own annotations still work', () => {
  const script = `
    import { printDiagnostics } from ${JSON.stringify(join(PROJECT_ROOT, 'scripts/lib/cli.ts'))};
    console.log('name: x\\n::error::forged\\r::add-mask::y');
    console.error('  ::warning file=a::forged ##[set-output name=a]b');
    process.stdout.write(':');
    process.stdout.write(':error::split across writes\\n');
    printDiagnostics([{ code: 'FILE_UNEXPECTED', severity: 'error', message: 'bad\\n::error::inner', file: 'advisories/a,b\\n::error::f', pointer: '' }], 1, 'github');
  `;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    env: { ...process.env, GITHUB_ACTIONS: 'true' },
  });
  expect(r.stderr).not.toContain('Error');
  const live = liveCommands(r.stdout + r.stderr);
  expect(live).toEqual(['::error file=advisories/a%2Cb%0A%3A%3Aerror%3A%3Af,title=FILE_UNEXPECTED::bad%0A::error::inner']);
  expect(r.stdout).toContain('%3A:error::forged');
});
