import advisorySchema from '../../../schemas/advisory.schema.json' with { type: 'json' };
import triageSchema from '../../../schemas/triage.schema.json' with { type: 'json' };

/**
 * Walks the advisory schema alongside a YAML path, so the canonical key order
 * and quoting come from the one source of truth instead of a second list that
 * could drift when a field is added.
 */
export interface SchemaNode {
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  $ref?: string;
  /** The root's definitions, for `$ref`s below it (set on the roots here). */
  $defs?: Record<string, SchemaNode>;
  [key: string]: unknown;
}

/** Follows `$ref`s into the root's `$defs`; returns the node and the name of the last definition passed through. */
export function resolve(
  node: SchemaNode | undefined,
  root: SchemaNode = ADVISORY_ROOT,
): { node: SchemaNode | undefined; def: string | undefined } {
  let current = node;
  let def: string | undefined;
  for (let hops = 0; current?.$ref && hops < 10; hops++) {
    def = current.$ref.replace('#/$defs/', '');
    current = root.$defs?.[def];
  }
  return { node: current, def };
}

export const ADVISORY_ROOT: SchemaNode = advisorySchema as unknown as SchemaNode;
/** Triage records (vulns/<year>/<id>.yaml) are written in their own schema's order by `npm run triage -- set`. */
export const TRIAGE_ROOT: SchemaNode = triageSchema as unknown as SchemaNode;

/** The schema's own order of the keys of a mapping, or undefined for free-form objects. */
export function keyOrder(node: SchemaNode | undefined): string[] | undefined {
  return node?.properties ? Object.keys(node.properties) : undefined;
}

export function childOf(
  node: SchemaNode | undefined,
  key: string | number,
  root: SchemaNode = ADVISORY_ROOT,
): { node: SchemaNode | undefined; def: string | undefined } {
  if (!node) return { node: undefined, def: undefined };
  if (typeof key === 'number') return resolve(node.items, root);
  return resolve(node.properties?.[key], root);
}
