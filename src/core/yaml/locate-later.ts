import type { Diagnostic } from '../diagnostics.ts';
import { locate } from './locate.ts';
import { readYaml } from './read-yaml.ts';

/** A diagnostic waiting for its line and column, and which part of the node it points at. */
interface Pending {
  diagnostic: Diagnostic;
  part: 'key' | 'value';
}

export interface LaterPositions {
  /** Notes a diagnostic whose `pointer` is to be turned into a line and column by `fill`. */
  add: (diagnostic: Diagnostic, part: 'key' | 'value') => void;
  /** Parses each noted file once, positions all of its diagnostics, and lets the document go. */
  fill: () => void;
}

/**
 * Positions for the checks' diagnostics, found after the checks have run: a
 * file's text is parsed once for all of its diagnostics and the document is
 * dropped before the next file is parsed. Positioning each diagnostic as it is
 * made would parse its file then and keep the document for the rest of the run
 * (16,000 warnings at 50,000 triage records kept 16,000 documents). A file that
 * cannot be read or parsed leaves its diagnostics without a position, as
 * `locate` does for a pointer it cannot follow.
 */
export function laterPositions(bytesOf: (file: string) => Uint8Array): LaterPositions {
  const byFile = new Map<string, Pending[]>();
  return {
    add(diagnostic, part) {
      const list = byFile.get(diagnostic.file);
      if (list) list.push({ diagnostic, part });
      else byFile.set(diagnostic.file, [{ diagnostic, part }]);
    },
    fill() {
      for (const [file, pending] of byFile) {
        let yaml: ReturnType<typeof readYaml>['yaml'];
        try {
          yaml = readYaml(file, bytesOf(file)).yaml;
        } catch {
          yaml = undefined;
        }
        if (!yaml) continue;
        for (const { diagnostic, part } of pending) {
          const position = locate(yaml, diagnostic.pointer, part);
          diagnostic.line = position.line;
          diagnostic.column = position.column;
        }
      }
      byFile.clear();
    },
  };
}
