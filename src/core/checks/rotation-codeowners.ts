import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Diagnostic, diagnostic } from '../diagnostics.ts';
import { CODEOWNERS_FILE, codeownersSection, findSection } from '../rotation/codeowners.ts';
import type { CheckContext } from './context.ts';

/**
 * The committed CODEOWNERS section matches the terms on duty now. A repository
 * without the file, or without the marker comments in it, does not use the
 * generated section and is left alone.
 */
export function rotationCodeownersChecks(ctx: CheckContext): Diagnostic[] {
  let text: string;
  try {
    text = readFileSync(join(ctx.db.root, CODEOWNERS_FILE), 'utf8');
  } catch {
    return [];
  }
  const found = findSection(text);
  if (!found || found.section === codeownersSection(ctx.db, ctx.now)) return [];
  return [
    diagnostic(
      'CODEOWNERS_STALE',
      CODEOWNERS_FILE,
      '',
      'The generated CODEOWNERS section does not match the terms on duty now, so reviews would be requested from the wrong people.',
      'Run `npm run codeowners` and commit the result; lines outside the watchkeeper:rotation markers are kept.',
      { line: found.line, column: 1 },
    ),
  ];
}
