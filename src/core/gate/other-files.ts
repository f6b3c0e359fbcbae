import { type Diagnostic, diagnostic } from '../diagnostics.ts';
import type { GitRepo, TreeChange } from '../git/index.ts';
import { sealedFindings } from './sealed.ts';

/**
 * Rules for changed paths under advisories/ or vulns/ that are not advisory files or triage records.
 * Nothing is let through by its name: a README.md, a .gitkeep or a dotfile
 * can hold an embargoed advisory as well as any other file, so each is a
 * finding; under advisories/sealed/ each must be a sealed draft.
 */
export async function otherFindings(repo: GitRepo, changes: readonly TreeChange[]): Promise<Diagnostic[]> {
  const out: Diagnostic[] = [];
  for (const change of changes) {
    if (!change.after) continue;
    if (change.after.mode === '120000') {
      out.push(
        diagnostic(
          'FILE_SYMLINK',
          change.path,
          '',
          'This is a symbolic link; data folders may hold only regular files.',
          'Replace the link with the file itself, or remove it.',
        ),
      );
    } else if (change.path.startsWith('advisories/sealed/') || change.path.startsWith('vulns/sealed/')) {
      out.push(...(await sealedFindings(repo, change)));
    } else if (change.path.startsWith('vulns/')) {
      out.push(
        diagnostic(
          'FILE_UNEXPECTED',
          change.path,
          '',
          'This file is not a triage record (vulns/<year>/<ID>.yaml) or a release (vulns/releases/<release>.yaml), so the gate cannot tell whether it is embargoed. No other file may sit in vulns/, not even a README.md or .gitkeep.',
          'Move it to vulns/<year>/<ID>.yaml, or out of vulns/ (documentation belongs in docs/).',
        ),
      );
    } else {
      out.push(
        diagnostic(
          'FILE_UNEXPECTED',
          change.path,
          '',
          'This file is not an advisory (advisories/<year>/<ID>.yaml), so the gate cannot tell whether it is embargoed. No other file may sit in advisories/, not even a README.md or .gitkeep.',
          'Move it to advisories/<year>/<ID>.yaml, or out of advisories/ (documentation belongs in docs/).',
        ),
      );
    }
  }
  return out;
}
