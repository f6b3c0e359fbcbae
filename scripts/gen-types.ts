// Regenerates src/core/types.gen.ts and the precompiled validators
// src/core/schema/validators.gen.js from schemas/. Run after changing a schema.
import { writeFileSync } from 'node:fs';
import { generateTypes } from '../src/core/schema/generate-types.ts';
import { generateValidators } from '../src/core/schema/generate-validators.ts';

writeFileSync(new URL('../src/core/types.gen.ts', import.meta.url), await generateTypes());
console.log('wrote src/core/types.gen.ts');
writeFileSync(new URL('../src/core/schema/validators.gen.js', import.meta.url), generateValidators());
console.log('wrote src/core/schema/validators.gen.js');
