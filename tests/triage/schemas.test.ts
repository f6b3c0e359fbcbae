// The triage and release schemas are documentation too: every field says what it holds,
// and no object accepts a field it does not name.
import { expect, test } from 'vitest';
import { SCHEMAS } from '../../src/core/schema/schemas.ts';

type Node = Record<string, unknown>;

/** Paths of schema nodes with properties lacking a description, or objects open to unknown fields. */
function problems(node: unknown, path: string, out: string[]): string[] {
  if (!node || typeof node !== 'object') return out;
  const n = node as Node;
  if (n.properties) {
    if (n.additionalProperties !== false) out.push(`${path}: additionalProperties is not false`);
    for (const [name, child] of Object.entries(n.properties as Node)) {
      if (!(child as Node).description) out.push(`${path}/properties/${name}: no description`);
    }
  }
  for (const [key, child] of Object.entries(n)) problems(child, `${path}/${key}`, out);
  return out;
}

test.each(['triage', 'release'] as const)('every field of the %s schema is described and objects are closed', (name) => {
  const schema = SCHEMAS[name] as Node;
  expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  expect(problems(schema, '', [])).toEqual([]);
});

test('not_affected justifications are exactly the CISA/OpenVEX list', () => {
  const event = (SCHEMAS.triage as { $defs: { event: { properties: { justification: { enum: string[] } } } } }).$defs.event;
  expect(event.properties.justification.enum).toEqual([
    'component_not_present',
    'vulnerable_code_not_present',
    'vulnerable_code_not_in_execute_path',
    'vulnerable_code_cannot_be_controlled_by_adversary',
    'inline_mitigations_already_exist',
  ]);
});
