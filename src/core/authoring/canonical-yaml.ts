import { Document, isMap, isPair, isScalar, isSeq, type Node, Scalar, type ToStringOptions } from 'yaml';
import { ADVISORY_ROOT, childOf, keyOrder, type SchemaNode, TRIAGE_ROOT } from './schema-order.ts';

/**
 * The one canonical form of an advisory file, used by `npm run fmt`, by
 * `npm run import` and by `npm run new`, so every writer produces the same text:
 *
 * - keys in schema order (schemas/advisory.schema.json); keys the schema does
 *   not know stay after the known ones, and free-form objects
 *   (database_specific, ecosystem_specific) keep their own order;
 * - block style for non-empty collections, sequences indented under their key;
 * - strings plain where YAML 1.2 reads them back as the same string,
 *   otherwise double-quoted; versions always double-quoted (so "1.10" never
 *   becomes a number in another tool); YAML 1.1 booleans and base-60 numbers
 *   (yes, no, on, 1:20) double-quoted, because the safe reader rejects them plain;
 * - multi-line strings as literal blocks (`|`), long lines folded at 100 columns;
 * - comments kept with the key they precede; blank lines only before comments.
 *
 * It changes only the presentation: parsing the output gives the same data.
 */
export const LINE_WIDTH = 100;

export const TO_STRING_OPTIONS: ToStringOptions = {
  indent: 2,
  indentSeq: true,
  lineWidth: LINE_WIDTH,
  minContentWidth: 20,
  singleQuote: false,
  blockQuote: 'literal',
  defaultStringType: 'PLAIN',
  defaultKeyType: 'PLAIN',
  nullStr: 'null',
  trueStr: 'true',
  falseStr: 'false',
  directives: false,
};

const YAML11_BOOLEAN = /^(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;
const YAML11_SEXAGESIMAL = /^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?$/;

/**
 * Rewrites the document's presentation in place; its data does not change.
 * `root` is the file's schema: the advisory schema unless told (triage records pass TRIAGE_ROOT).
 */
export function canonicalize(doc: Document, root: SchemaNode = ADVISORY_ROOT): void {
  if (doc.directives) doc.directives.docStart = null;
  doc.contents = canonicalNode(doc.contents as Node | null, root, undefined, undefined, root) as typeof doc.contents;
  // The header comment is always followed by exactly one blank line, whatever the first key had.
  const first = isMap(doc.contents) ? doc.contents.items[0] : undefined;
  if (first && isScalar(first.key)) first.key.spaceBefore = false;
}

/** The document as canonical text. */
export function canonicalText(doc: Document, root: SchemaNode = ADVISORY_ROOT): string {
  canonicalize(doc, root);
  return doc.toString(TO_STRING_OPTIONS);
}

/** Plain data (as import and `new` build it) as canonical YAML, with an optional header comment. */
export function dataToCanonicalYaml(data: unknown, header?: string, root: SchemaNode = ADVISORY_ROOT): string {
  const doc = new Document(data, { version: '1.2', schema: 'core' });
  if (header) doc.commentBefore = header;
  return canonicalText(doc, root);
}

function canonicalNode(
  node: Node | null,
  schema: SchemaNode | undefined,
  def: string | undefined,
  parentKey: string | undefined,
  root: SchemaNode,
): Node | null {
  if (node === null) return null;
  if (!node.commentBefore) node.spaceBefore = false;
  if (isMap(node)) {
    node.flow = node.items.length === 0;
    const order = keyOrder(schema);
    if (order) {
      const rank = (key: unknown) => {
        const i = order.indexOf(isScalar(key) ? String(key.value) : String(key));
        return i === -1 ? order.length : i;
      };
      // A stable sort: unknown keys keep their relative order after the known ones.
      node.items = node.items
        .map((pair, index) => ({ pair, index }))
        .sort((a, b) => rank(a.pair.key) - rank(b.pair.key) || a.index - b.index)
        .map((x) => x.pair);
    }
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (isScalar(pair.key)) {
        delete pair.key.type;
        if (!pair.key.commentBefore) pair.key.spaceBefore = false;
      }
      const child = childOf(schema, key, root);
      pair.value = canonicalNode(pair.value as Node | null, child.node, child.def, key, root);
    }
    return node;
  }
  if (isSeq(node)) {
    node.flow = node.items.length === 0;
    const child = childOf(schema, 0, root);
    node.items = node.items.map((item) => canonicalNode(item as Node | null, child.node, child.def, parentKey, root));
    return node;
  }
  if (isScalar(node)) {
    const style = scalarStyle(node, def, parentKey, root);
    if (style) node.type = style;
    else delete node.type;
    return node;
  }
  return node;
}

function scalarStyle(node: Scalar, def: string | undefined, parentKey: string | undefined, root: SchemaNode): Scalar.Type | undefined {
  if (typeof node.value !== 'string') return undefined;
  const value = node.value;
  if (def === 'version' || parentKey === 'versions') return Scalar.QUOTE_DOUBLE;
  // A triage event's `version` is a package version too (its schema has no shared `version` definition).
  if (root === TRIAGE_ROOT && parentKey === 'version') return Scalar.QUOTE_DOUBLE;
  if (YAML11_BOOLEAN.test(value) || YAML11_SEXAGESIMAL.test(value)) return Scalar.QUOTE_DOUBLE;
  return undefined;
}
