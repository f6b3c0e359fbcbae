// `npm run dev` (astro dev): drafts and embargoed advisories are visible and marked, in the preview only.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { acquireAstroLock } from '../helpers/build-lock.ts';
import { advisoryPath, advisoryYaml, makeTestRepo, NOW, PROJECT_ROOT, type TestRepo } from '../helpers/test-repo.ts';
import { draftAdvisory, embargoedAdvisory, SECRET } from './fixtures.ts';

let repo: TestRepo;
let dev: ChildProcess | undefined;
let releaseLock: (() => void) | undefined;
let origin = '';
const outputAll: string[] = [];

/** The environment without vitest's own variables (DEV=1, MODE=test, …), which Vite would read as its own. */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(VITEST|VITE_|NODE_ENV$|TEST$|MODE$|DEV$|PROD$|SSR$|BASE_URL$)/.test(k)),
  );
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  repo = await makeTestRepo({
    [advisoryPath('TST-2026-0001')]: advisoryYaml(),
    [advisoryPath(SECRET.embargoedId)]: embargoedAdvisory(),
    [advisoryPath(SECRET.draftId)]: draftAdvisory(),
  });
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  releaseLock = await acquireAstroLock();
  dev = spawn(
    process.execPath,
    [join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: PROJECT_ROOT,
      env: { ...cleanEnv(), WATCHKEEPER_ROOT: repo.root, WATCHKEEPER_BUILD_NOW: NOW.toISOString(), ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const output: string[] = outputAll;
  dev.stdout?.on('data', (d) => output.push(String(d)));
  dev.stderr?.on('data', (d) => output.push(String(d)));
  // A fresh clone's first `astro dev` optimises dependencies and compiles the
  // page on first request, which takes minutes on a busy two-core machine.
  const deadline = Date.now() + 240_000;
  let lastError = '';
  for (;;) {
    // Astro moves to another port when the one asked for is taken, so read the URL it prints.
    // Colours (on under CI) put escape codes between the label and the URL.
    const printed = /Local\s+(http:\/\/[^\s/]+)/.exec(output.join('').replace(/\u001b\[[0-9;]*m/g, ''))?.[1];
    if (printed) origin = printed;
    try {
      if (printed) {
        const response = await fetch(`${origin}/`, { signal: AbortSignal.timeout(30_000) });
        if (response.ok) break;
        lastError = `HTTP ${response.status}: ${(await response.text()).slice(0, 2000)}`;
      }
    } catch (error) {
      // not listening yet
      lastError = String((error as Error).cause ?? error);
    }
    if (Date.now() > deadline) throw new Error(`astro dev did not start within 240 s (${lastError}):\n${output.join('')}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}, 300_000);

afterAll(async () => {
  // Wait for the dev server to exit before another test file may build.
  if (dev && dev.exitCode === null) {
    const exited = new Promise((resolve) => dev?.once('exit', resolve));
    dev.kill();
    await exited;
  }
  releaseLock?.();
  repo?.cleanup();
});

test('a draft has its own page with a draft banner', async () => {
  const html = await (await fetch(`${origin}/advisories/${SECRET.draftId}/`)).text();
  expect(html).toContain(`Draft ${SECRET.draftWord} issue`);
  expect(html).toContain('DRAFT — not published');
  expect(html).toContain('Local preview (npm run dev)');
  expect(html).toContain('<meta name="robots" content="noindex">');
});

test('an embargoed advisory is marked as embargoed', async () => {
  const html = await (await fetch(`${origin}/advisories/${SECRET.embargoedId}/`)).text();
  expect(html).toContain('EMBARGOED — not public until the embargo lifts');
});

test('lists show the previews with a mark, beside the published advisory', async () => {
  const html = await (await fetch(`${origin}/advisories/`)).text();
  // The dev server adds source attributes to elements, so match tags loosely.
  expect(html).toMatch(new RegExp(`>${SECRET.draftId}</a>\\s*<strong[^>]*class="tag preview-tag"[^>]*>draft</strong>`));
  expect(html).toMatch(new RegExp(`>${SECRET.embargoedId}</a>\\s*<strong[^>]*class="tag preview-tag"[^>]*>embargoed</strong>`));
  expect(html).toMatch(/>TST-2026-0001<\/a>/);
});

test('feeds and exports stay on the publishable set even in the preview', async () => {
  const response = await fetch(`${origin}/feeds/advisories.feed.json`);
  expect(response.status).toBe(200);
  const feed = await response.text();
  expect(feed).toContain('TST-2026-0001');
  expect(feed).not.toContain(SECRET.draftId);
  expect(feed).not.toContain(SECRET.embargoedId);
  const all = await (await fetch(`${origin}/osv/all.json`)).json();
  expect(all.map((r: { id: string }) => r.id)).toEqual(['x_TST-2026-0001']);
});
