import type { CST } from 'yaml';
import type { Code } from '../codes.ts';

/**
 * Limits on the shape of one data file, checked on yaml's concrete syntax tree
 * before the document is built. Building it checks duplicate keys pairwise and
 * the schema then walks every item, so a 600 KB file of 50,000 keys took
 * minutes; these caps keep the worst file under the size cap to well under 2 s
 * (bench/worst-file.ts prints the figures).
 *
 * Each is far above what real data needs. Measured over ../shared/corpus (every
 * AlmaLinux erratum, kernels included, and every PyPA advisory) and the example
 * data: at most 20 keys in a mapping, 1,132 items in a list (a PyPA versions
 * list; the largest AlmaLinux list has 516) and 6,747 values in one file (an
 * AlmaLinux erratum of 195 KB).
 */
export const MAX_KEYS = 1_000;
/** Equal to the schema's largest `maxItems` (affected versions), so that limit stays the one people meet. */
export const MAX_ITEMS = 10_000;
/** Keys, values and collections in one file. */
export const MAX_NODES = 100_000;

export interface SizeProblem {
  code: Extract<Code, 'YAML_TOO_MANY_KEYS' | 'YAML_TOO_MANY_ITEMS' | 'YAML_TOO_MANY_NODES'>;
  /** Offset in the text of the collection (or, for the node count, of the node) that went over. */
  offset: number;
  limit: number;
  /** How many the collection holds; for the node count, the limit plus one (counting stops there). */
  count: number;
}

/**
 * The first limit the tokens go over, or undefined. One pass over the tokens,
 * with its own stack so that deep nesting cannot overflow the call stack.
 */
export function sizeProblem(tokens: readonly CST.Token[]): SizeProblem | undefined {
  const stack: CST.Token[] = [...tokens].reverse();
  let nodes = 0;
  while (stack.length > 0) {
    const token = stack.pop() as CST.Token;
    switch (token.type) {
      case 'document':
        if (token.value) stack.push(token.value);
        continue;
      case 'block-map':
      case 'block-seq':
      case 'flow-collection': {
        const isMap = token.type === 'block-map' || (token.type === 'flow-collection' && token.start.type === 'flow-map-start');
        const limit = isMap ? MAX_KEYS : MAX_ITEMS;
        if (token.items.length > limit) {
          return { code: isMap ? 'YAML_TOO_MANY_KEYS' : 'YAML_TOO_MANY_ITEMS', offset: token.offset, limit, count: token.items.length };
        }
        break;
      }
      case 'scalar':
      case 'single-quoted-scalar':
      case 'double-quoted-scalar':
      case 'block-scalar':
      case 'alias':
        break;
      default:
        continue;
    }
    if (++nodes > MAX_NODES) return { code: 'YAML_TOO_MANY_NODES', offset: token.offset, limit: MAX_NODES, count: nodes };
    if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      for (let i = token.items.length - 1; i >= 0; i--) {
        const item = token.items[i] as CST.CollectionItem;
        if (item.value) stack.push(item.value);
        if (item.key) stack.push(item.key);
      }
    }
  }
  return undefined;
}
