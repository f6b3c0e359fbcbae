import { defineConfig } from 'vitest/config';

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
