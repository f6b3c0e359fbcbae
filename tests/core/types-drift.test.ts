import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { generateTypes } from '../../src/core/schema/generate-types.ts';
import { PROJECT_ROOT } from '../helpers/test-repo.ts';

test('src/core/types.gen.ts is what the schemas generate (run `npm run gen:types` after a schema change)', async () => {
  const committed = readFileSync(join(PROJECT_ROOT, 'src/core/types.gen.ts'), 'utf8');
  expect(committed).toBe(await generateTypes());
});
