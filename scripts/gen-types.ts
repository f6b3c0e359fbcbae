// Regenerates src/core/types.gen.ts from schemas/. Run after changing a schema.
import { writeFileSync } from 'node:fs';
import { generateTypes } from '../src/core/schema/generate-types.ts';

const target = new URL('../src/core/types.gen.ts', import.meta.url);
writeFileSync(target, await generateTypes());
console.log('wrote src/core/types.gen.ts');
