import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { compileValidators } from './compile-validators.ts';
import { SCHEMAS, SCHEMAS_HASH } from './schemas.ts';

const BANNER =
  '/* Generated from schemas/*.schema.json by `npm run gen:types` (AJV standalone code). Do not edit: change the schema and regenerate. */';

/**
 * The precompiled validators, as committed in src/core/schema/validators.gen.js:
 * AJV's standalone code with its `require`s of AJV's small runtime helpers
 * (string length, deep equality) turned into imports, and the formats and RE2 patterns imported from schema-formats.ts.
 */
export function generateValidators(): string {
  const { ajv } = compileValidators(Ajv2020, true);
  let code = standaloneCode(ajv, {
    advisory: SCHEMAS.advisory.$id,
    rotation: SCHEMAS.rotation.$id,
    settings: SCHEMAS.settings.$id,
    triage: SCHEMAS.triage.$id,
    release: SCHEMAS.release.$id,
  });
  const runtime: string[] = [];
  code = code.replace(/require\("(ajv\/dist\/runtime\/[a-z0-9_]+)"\)/g, (_, module: string) => {
    let index = runtime.indexOf(module);
    if (index < 0) index = runtime.push(module) - 1;
    return `runtime${index}`;
  });
  if (/require\(/.test(code)) throw new Error('AJV standalone code still requires a module that generate-validators.ts does not import.');
  const imports = [
    ...runtime.map((module, i) => `import * as runtimeModule${i} from '${module}.js';`),
    `import { re2RegExp, SCHEMA_FORMATS } from './schema-formats.ts';`,
    // These helpers are CommonJS: Node hands them over as the namespace's default, Vite unwraps them.
    "const commonJs = (namespace) => (typeof namespace.default === 'function' ? namespace : namespace.default);",
    ...runtime.map((_, i) => `const runtime${i} = commonJs(runtimeModule${i});`),
  ];
  return `${BANNER}\n${imports.join('\n')}\nexport const SCHEMAS_HASH = '${SCHEMAS_HASH}';\n${code.replace(/^"use strict";/, '')}\n`;
}
