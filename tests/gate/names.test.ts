// Issue 11 points 3, 9 and 11, end to end through `gate` and `check`: no name
// under a data folder is skipped (README.md, .gitkeep, dotfiles), a sealed file
// is exactly one OpenPGP message, a file name cannot forge runner commands, and
// a folder that only looks like advisories/ is refused.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runScript } from '../helpers/run-script.ts';
import { sealedMessage } from '../helpers/sealed-message.ts';
import { advisoryYaml, makeTestRepo } from '../helpers/test-repo.ts';
import { codes, type GateRepo, gateRepo } from './gate-context.ts';

const NOW = new Date('2026-11-24T12:00:00Z');
/** An embargoed advisory: what an attacker would hide under a skipped name. */
const SECRET = advisoryYaml({ id: 'TST-2026-0013', status: 'embargoed', extra: 'embargo:\n  until: 2099-01-01T00:00:00Z\n' });
const SEALED = 'advisories/sealed/abcdefghijklmnopqrstuvwxyz.yaml.asc';

let g: GateRepo;
let sealed: string;
beforeAll(async () => {
  g = await gateRepo();
  sealed = await sealedMessage(SECRET);
});
afterAll(() => g.repo.cleanup());

function cli(script: string, root: string, args: string[], env: Record<string, string> = {}) {
  const r = runScript(script, ['--root', root, ...args], env);
  return { status: r.status, out: r.out };
}

/** `check --format json` on a working tree holding the settings, the roster and `files`. */
async function check(files: Record<string, string>) {
  const repo = await makeTestRepo(files);
  try {
    const r = cli('check.ts', repo.root, ['--format', 'json']);
    const json = JSON.parse(r.out.slice(r.out.indexOf('{'))) as { diagnostics: { code: string; file: string }[] };
    return { status: r.status, found: json.diagnostics.map((d) => `${d.code} ${d.file}`) };
  } finally {
    repo.cleanup();
  }
}

describe('nothing under advisories/ is skipped by name', () => {
  const SKIPPED = ['advisories/2026/README.md', 'advisories/README.md', 'advisories/2026/.gitkeep', 'advisories/.hidden.yaml'];

  test.each(SKIPPED)('%s holding an embargoed advisory fails the gate', async (path) => {
    const head = await g.commit({ ...g.initial, [path]: SECRET }, [g.root]);
    expect((await g.gate(g.root, head, NOW)).diagnostics.map((d) => `${d.code} ${d.file}`)).toEqual([`FILE_UNEXPECTED ${path}`]);
  });

  test('each fails check too, and so do rotations/README.md and advisories/sealed/README.md', async () => {
    const files = Object.fromEntries([...SKIPPED, 'rotations/README.md', 'advisories/sealed/README.md'].map((p) => [p, SECRET]));
    const checked = await check(files);
    expect(checked.status).toBe(1);
    expect(checked.found).toEqual(
      expect.arrayContaining([
        ...[...SKIPPED, 'rotations/README.md'].map((p) => `FILE_UNEXPECTED ${p}`),
        'SEAL_FILE_NAME advisories/sealed/README.md',
        'SEAL_NOT_ONE_MESSAGE advisories/sealed/README.md',
      ]),
    );
  });

  test('advisories/sealed/README.md is not a sealed draft: the gate fails, exit 1', async () => {
    const path = 'advisories/sealed/README.md';
    const head = await g.commit({ ...g.initial, [path]: SECRET }, [g.root]);
    expect(codes(await g.gate(g.root, head, NOW))).toEqual(['SEAL_FILE_NAME', 'SEAL_NOT_ONE_MESSAGE']);
    expect(cli('gate.ts', g.repo.root, ['--base', g.root, '--head', head]).status).toBe(1);
  });
});

describe('a sealed file is exactly one OpenPGP message', () => {
  const withHeader = () =>
    sealed.replace(
      '-----BEGIN PGP MESSAGE-----\n',
      '-----BEGIN PGP MESSAGE-----\nComment: TST-2026-0013 remote code execution in widget\n',
    );
  const cases: [string, () => string][] = [
    ['a Comment: armor header', withHeader],
    ['a Version: armor header', () => sealed.replace('-----BEGIN PGP MESSAGE-----\n', '-----BEGIN PGP MESSAGE-----\nVersion: 1\n')],
    ['text before the armor', () => `TST-2026-0013: remote code execution in widget\n${sealed}`],
    ['text after the armor', () => `${sealed}\nTST-2026-0013: remote code execution in widget\n`],
    ['two armored messages', () => `${sealed}${sealed}`],
    ['a plaintext YAML draft', () => SECRET],
  ];

  test('the message as sealed passes the gate', async () => {
    const head = await g.commit({ ...g.initial, [SEALED]: sealed }, [g.root]);
    expect(codes(await g.gate(g.root, head, NOW))).toEqual([]);
  });

  test.each(cases)('%s fails the gate without echoing the text', async (_, make) => {
    const head = await g.commit({ ...g.initial, [SEALED]: make() }, [g.root]);
    const result = await g.gate(g.root, head, NOW);
    expect(codes(result)).toEqual(['SEAL_NOT_ONE_MESSAGE']);
    expect(JSON.stringify(result.diagnostics)).not.toContain('remote code execution');
  });

  test('a Comment header through the commands: gate exits 1, check exits 1', async () => {
    const head = await g.commit({ ...g.initial, [SEALED]: withHeader() }, [g.root]);
    const gate = cli('gate.ts', g.repo.root, ['--base', g.root, '--head', head]);
    expect(gate.status).toBe(1);
    expect(gate.out).toContain('SEAL_NOT_ONE_MESSAGE');
    expect(gate.out).not.toContain('remote code execution');
    const checked = await check({ [SEALED]: withHeader() });
    expect(checked.status).toBe(1);
    expect(checked.found).toContain(`SEAL_NOT_ONE_MESSAGE ${SEALED}`);
  });
});

describe('file names cannot forge runner commands', () => {
  const EVIL = 'advisories/2026/x\n::error::forged\r::warning::forged.yaml';

  test('a name with a newline and ::error:: is FILE_NAME_UNSAFE, and no printed line is a live command', async () => {
    const head = await g.commit({ ...g.initial, [EVIL]: SECRET }, [g.root]);
    expect(codes(await g.gate(g.root, head, NOW))).toContain('FILE_NAME_UNSAFE');
    for (const format of ['github', 'human']) {
      const gate = cli('gate.ts', g.repo.root, ['--base', g.root, '--head', head, '--format', format], { GITHUB_ACTIONS: 'true' });
      expect(gate.status).toBe(1);
      // The runner ends a line at \n or \r and trims leading white space before looking for `::`.
      const commands = gate.out.split(/\r\n|\r|\n/).filter((line) => /^\s*::/.test(line));
      expect(commands.length).toBe(format === 'github' ? codes(await g.gate(g.root, head, NOW)).length : 0);
      for (const line of commands) expect(line).toMatch(/^::(error|warning) (file=[^,:]*,)?(line=\d+,col=\d+,)?title=[A-Z_]+::[^\r\n]*$/);
      expect(gate.out).not.toMatch(/(^|[\r\n])\s*::(error|warning)::forged/);
    }
  });

  test('check refuses it too, and its Actions output forges nothing', async () => {
    const checked = await check({ [EVIL]: SECRET });
    expect(checked.status).toBe(1);
    expect(checked.found).toContain(`FILE_NAME_UNSAFE ${EVIL}`);
    const repo = await makeTestRepo({ [EVIL]: SECRET });
    try {
      const actions = cli('check.ts', repo.root, [], { GITHUB_ACTIONS: 'true' });
      expect(actions.status).toBe(1);
      const commands = actions.out.split(/\r\n|\r|\n/).filter((line) => /^\s*::/.test(line));
      expect(commands.length).toBeGreaterThan(0);
      for (const line of commands) expect(line).toMatch(/^::(error|warning) (file=[^,:]*,)?(line=\d+,col=\d+,)?title=[A-Z_]+::[^\r\n]*$/);
      expect(actions.out).not.toMatch(/(^|[\r\n])\s*::(error|warning)::forged/);
    } finally {
      repo.cleanup();
    }
  });

  test('invisible characters count as unsafe', async () => {
    const head = await g.commit({ ...g.initial, 'advisories/2026/TST-2026-0001\u202e.yaml': advisoryYaml() }, [g.root]);
    expect(codes(await g.gate(g.root, head, NOW))).toContain('FILE_NAME_UNSAFE');
  });
});

describe('folders that only look like a data folder', () => {
  const LOOKALIKES = [
    'Advisories/2026/TST-2026-0013.yaml',
    'ADVISORIES/2026/TST-2026-0013.yaml',
    '\u0430dvisories/2026/TST-2026-0013.yaml', // Cyrillic а
    'ａｄｖｉｓｏｒｉｅｓ/2026/TST-2026-0013.yaml', // full-width
    'adviso\u0301ries/2026/TST-2026-0013.yaml', // a combining accent
    'advisories./2026/TST-2026-0013.yaml',
    'advisories /2026/TST-2026-0013.yaml',
    'rotati\u043ens/roster.yaml', // Cyrillic о
  ];

  test.each(LOOKALIKES)('%s is DATA_PATH_LOOKALIKE in the gate', async (path) => {
    const head = await g.commit({ ...g.initial, [path]: SECRET }, [g.root]);
    expect(codes(await g.gate(g.root, head, NOW))).toEqual(['DATA_PATH_LOOKALIKE']);
  });

  test('through the commands: gate exits 1 and check reports every such folder', async () => {
    const files = Object.fromEntries(LOOKALIKES.map((p) => [p, SECRET]));
    const head = await g.commit({ ...g.initial, ...files }, [g.root]);
    const gate = cli('gate.ts', g.repo.root, ['--base', g.root, '--head', head]);
    expect(gate.status).toBe(1);
    expect(gate.out.match(/DATA_PATH_LOOKALIKE/g)?.length).toBe(LOOKALIKES.length);
    const checked = await check(files);
    expect(checked.status).toBe(1);
    expect(checked.found).toEqual(expect.arrayContaining(LOOKALIKES.map((p) => `DATA_PATH_LOOKALIKE ${p.split('/')[0]}`)));
  });

  test('folders that merely share letters are left alone', async () => {
    const head = await g.commit({ ...g.initial, 'docs/advisories.md': 'x', 'advisory/notes.md': 'x', 'my-advisories/x.yaml': 'x' }, [
      g.root,
    ]);
    expect(codes(await g.gate(g.root, head, NOW))).toEqual([]);
  });
});
