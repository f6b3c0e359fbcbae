import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Diagnostic, diagnostic } from '../diagnostics.ts';
import { isPublishable } from '../embargo/publishable.ts';
import type { AdvisoryFile } from '../types.gen.ts';
import { readYaml } from '../yaml/read-yaml.ts';

/**
 * The ids intake must not put into a public triage record, because an
 * advisory that is not publishable at `now` holds them: its own id (a public
 * record naming KSA-2026-0014 tells the world a fix is coming), and, unless it
 * is a plain draft without embargo, its aliases (an embargoed advisory's CVE
 * is itself the secret). Read without the schema, so a half-written advisory
 * still protects what it names; fail closed: one that does not parse is an
 * error, since intake cannot tell what it would expose.
 */
export function embargoedAdvisoryIds(
  root: string,
  advisories: readonly string[],
  now: Date,
): { ids: Map<string, string>; diagnostics: Diagnostic[] } {
  const ids = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  for (const rel of advisories) {
    let data: unknown;
    try {
      data = readYaml(rel, readFileSync(join(root, rel))).yaml?.data;
    } catch {
      data = undefined;
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      diagnostics.push(
        diagnostic(
          'INTAKE_RECORD_INVALID',
          rel,
          '',
          'Intake cannot read this advisory, so it cannot tell whether an upstream record names an embargoed advisory.',
          'Fix the file first (`npm run check` lists every problem), then run intake again.',
        ),
      );
      continue;
    }
    const advisory = data as Partial<AdvisoryFile>;
    let publishable = false;
    try {
      publishable = isPublishable(advisory as AdvisoryFile, now);
    } catch {
      publishable = false;
    }
    if (publishable) continue;
    const names = [advisory.id];
    if (advisory.status !== 'draft' || advisory.embargo !== undefined)
      names.push(...(Array.isArray(advisory.aliases) ? advisory.aliases : []));
    for (const name of names) if (typeof name === 'string') ids.set(name.toUpperCase(), rel);
  }
  return { ids, diagnostics };
}
