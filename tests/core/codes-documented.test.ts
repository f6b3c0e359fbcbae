import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { CODES } from '../../src/core/index.ts';
import { PROJECT_ROOT } from '../helpers/test-repo.ts';

const docs = readFileSync(join(PROJECT_ROOT, 'docs/codes.md'), 'utf8');
const documented = new Set([...docs.matchAll(/^### ([A-Z][A-Z0-9_]+)\s*$/gm)].map((m) => m[1]));

test('every diagnostic code is documented in docs/codes.md', () => {
  const missing = Object.keys(CODES).filter((code) => !documented.has(code));
  expect(missing).toEqual([]);
});

test('docs/codes.md documents no code that does not exist (retired codes say so)', () => {
  const retired = new Set([...docs.matchAll(/^### ([A-Z][A-Z0-9_]+)\s*\n+Retired/gm)].map((m) => m[1]));
  const unknown = [...documented].filter((code) => code && !(code in CODES) && !retired.has(code));
  expect(unknown).toEqual([]);
});

test('each documented code says its severity, what it means and how to fix it', () => {
  for (const section of docs.split(/^### /m).slice(1)) {
    const code = section.split('\n')[0]?.trim() ?? '';
    if (!(code in CODES)) continue;
    expect(section, code).toMatch(new RegExp(`Severity: ${CODES[code as keyof typeof CODES]}`));
    expect(section, code).toMatch(/(How to fix|Fix):/);
  }
});
