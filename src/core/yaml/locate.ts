import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import { type Position, segmentsOf } from '../diagnostics.ts';
import type { YamlFile } from './read-yaml.ts';

/**
 * The one place that maps a JSON pointer to a line and column. `part: 'key'`
 * points at the mapping key (for unknown or misplaced fields), `'value'` at
 * the value. A pointer that goes past what exists (a missing field) stops at
 * the deepest node that does exist.
 */
export function locate(yaml: YamlFile, pointer: string, part: 'key' | 'value' = 'value'): Position {
  let node: unknown = yaml.doc.contents;
  let keyNode: unknown;
  for (const segment of segmentsOf(pointer)) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === segment);
      if (!pair) break;
      keyNode = pair.key;
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)];
      if (item === undefined) break;
      keyNode = undefined;
      node = item;
    } else break;
  }
  const target = (part === 'key' && keyNode ? keyNode : (node ?? keyNode)) as Node | undefined;
  const offset = target?.range?.[0] ?? 0;
  const p = yaml.lineCounter.linePos(offset);
  return { line: p.line, column: p.col };
}
