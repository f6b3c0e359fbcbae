// `npm run test:corpus`: the full-corpus round trip alone (six to eight minutes),
// which `npm test` runs only on a fixed sample. CI runs it after `npm test`.
import { defineConfig } from 'vitest/config';
import base from './vitest.config.ts';

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['tests/osv/corpus.test.ts'],
    env: { WATCHKEEPER_CORPUS: 'full' },
  },
});
