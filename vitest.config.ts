import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

// Hundreds of tests run a script as a child process (`node scripts/x.ts`): Node's
// compile cache halves each one's start-up. The cache checks each file's bytes,
// so a changed source is compiled afresh; children inherit it through the environment.
process.env.NODE_COMPILE_CACHE ??= join(tmpdir(), 'watchkeeper-test-compile-cache');

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Real git repos, real keys and a real browser take longer than unit tests.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: run files in parallel, but not more than the machine has.
    maxWorkers: 2,
  },
});
