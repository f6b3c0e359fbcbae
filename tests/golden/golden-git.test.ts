// The golden cases that build a two-commit git repository (run: gate, history);
// see golden.test.ts and tests/golden/README.md.
import { describe, test } from 'vitest';
import { caseFolders, expectGolden } from './expect-golden.ts';

describe('golden cases over a git repository', () => {
  test.each(caseFolders(true))('%s', expectGolden);
});
