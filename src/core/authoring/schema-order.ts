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
  [key: string]: unknown;
}

type RootNode = SchemaNode & { $defs: Record<string, SchemaNode> };

const ROOT = advisorySchema as unknown as RootNode;

/** Follows `$ref`s into the `$defs` of `root`; returns the node and the name of the last definition passed through. */
export function resolve(node: SchemaNode | undefined, root: SchemaNode = ROOT): { node: SchemaNode | undefined; def: string | undefined } {
  let current = node;
  let def: string | undefined;
  for (let hops = 0; current?.$ref && hops < 10; hops++) {
    def = current.$ref.replace('#/$defs/', '');
    current = (root as RootNode).$defs?.[def];
  }
  return { node: current, def };
}

export const ADVISORY_ROOT: SchemaNode = ROOT;

/** The triage record schema (schemas/triage.schema.json), for records written by intake and `triage set`. */
export const TRIAGE_ROOT: SchemaNode = triageSchema as unknown as RootNode;

/** The schema's own order of the keys of a mapping, or undefined for free-form objects. */
export function keyOrder(node: SchemaNode | undefined): string[] | undefined {
  return node?.properties ? Object.keys(node.properties) : undefined;
}

export function childOf(
  node: SchemaNode | undefined,
  key: string | number,
  root: SchemaNode = ROOT,
): { node: SchemaNode | undefined; def: string | undefined } {
  if (!node) return { node: undefined, def: undefined };
  if (typeof key === 'number') return resolve(node.items, root);
  return resolve(node.properties?.[key], root);
}
