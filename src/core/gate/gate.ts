import { type Diagnostic, diagnostic, sortDiagnostics } from '../diagnostics.ts';
import { mergeBases } from '../git/merge-base.ts';
import { MissingObjectError, readCommitInfo } from '../git/objects.ts';
import { isShallow, openRepo } from '../git/repo.ts';
import { resolveRevision } from '../git/revision.ts';
import { type AdvisoryChange, listChanges, pathOf } from './changes.ts';
import { embargoedTextFindings } from './embargoed-text.ts';
import { policyAt } from './policy.ts';
import { changeFindings } from './rules.ts';
import { sealedFindings } from './sealed.ts';

export interface GateOptions {
  /** The working tree root of the repository. */
  root: string;
  /** The revision the change will be merged into (e.g. the pull request's base commit). */
  base: string;
  /** The revision that would be merged. */
  head: string;
  /** The clock; the script passes the real time and offers no way to change it. */
  now: Date;
}

/** One line of the change listing: `renamed` names where the file came from. */
export interface ListedChange {
  status: AdvisoryChange['status'];
  path: string;
  from?: string;
}

export interface GateResult {
  base?: string;
  head?: string;
  mergeBase?: string;
  changes: ListedChange[];
  diagnostics: Diagnostic[];
  /** How many advisory versions were read. */
  filesChecked: number;
}

const REPO = '';

/**
 * The embargo gate: compares the merge base of `base` and `head` with `head`
 * and reports every reason the change may not be merged at `now`. Anything
 * that prevents a sure answer — a shallow clone, a missing revision, missing
 * history, an unreadable file — is itself a finding: the gate never passes by
 * seeing nothing.
 */
export async function runGate(options: GateOptions): Promise<GateResult> {
  const result: GateResult = { changes: [], diagnostics: [], filesChecked: 0 };
  const fail = (d: Diagnostic) => {
    result.diagnostics.push(d);
    return result;
  };
  const repo = openRepo(options.root);
  if (!repo) {
    return fail(
      diagnostic(
        'GATE_HISTORY_INCOMPLETE',
        REPO,
        '',
        `${options.root} is not a git repository, so there is no change to gate.`,
        'Run the gate in a clone of the repository.',
      ),
    );
  }
  if (isShallow(repo)) {
    return fail(
      diagnostic(
        'GATE_SHALLOW_CLONE',
        REPO,
        '',
        'This is a shallow clone: its history is cut, so the merge base and the list of changed files cannot be trusted.',
        'Fetch the full history: `fetch-depth: 0` for actions/checkout, `GIT_DEPTH: 0` on GitLab, or `git fetch --unshallow`.',
      ),
    );
  }
  const [base, head] = await Promise.all([resolveRevision(repo, options.base), resolveRevision(repo, options.head)]);
  if (!base) {
    result.diagnostics.push(
      diagnostic(
        'GATE_BASE_MISSING',
        REPO,
        '',
        `The base revision \`${options.base}\` is not a commit in this clone.`,
        'Fetch it (full history, `fetch-depth: 0`), or check the revision; a force-pushed base must be fetched again.',
      ),
    );
  }
  if (!head) {
    result.diagnostics.push(
      diagnostic(
        'GATE_HEAD_MISSING',
        REPO,
        '',
        `The head revision \`${options.head}\` is not a commit in this clone.`,
        'Fetch the pull request head, or check the revision.',
      ),
    );
  }
  if (!base || !head) return result;
  result.base = base;
  result.head = head;

  try {
    const bases = await mergeBases(repo, base, head);
    const mergeBase = bases[0];
    if (!mergeBase) {
      return fail(
        diagnostic(
          'GATE_NO_MERGE_BASE',
          REPO,
          '',
          `${options.base} and ${options.head} share no history, so the change cannot be told apart from the base.`,
          'Rebase the branch onto the base branch; unrelated histories are not merged here.',
        ),
      );
    }
    result.mergeBase = mergeBase;
    const [baseCommit, headCommit] = await Promise.all([readCommitInfo(repo, mergeBase), readCommitInfo(repo, head)]);
    const changes = await listChanges(repo, baseCommit.tree, headCommit.tree);
    const policy = await policyAt(repo, baseCommit.tree, headCommit.tree);
    if (changes.settingsChanged && policy.changed) {
      result.diagnostics.push(
        diagnostic(
          'GATE_POLICY_CHANGED',
          'watchkeeper.yaml',
          '/policy',
          'This change edits the embargo policy; the gate checked it against the policy of the base branch.',
          'Merge the policy change on its own first if the advisories here depend on it.',
        ),
      );
    }
    for (const change of changes.others) {
      const name = change.path.split('/').pop() ?? '';
      if (!change.after || name === 'README.md' || name === '.gitkeep') continue;
      if (change.after.mode === '120000') {
        result.diagnostics.push(
          diagnostic(
            'FILE_SYMLINK',
            change.path,
            '',
            'This is a symbolic link; data folders may hold only regular files.',
            'Replace the link with the file itself, or remove it.',
          ),
        );
      } else if (change.path.startsWith('advisories/sealed/')) {
        result.diagnostics.push(...(await sealedFindings(repo, change)));
      } else {
        result.diagnostics.push(
          diagnostic(
            'FILE_UNEXPECTED',
            change.path,
            '',
            'This file is not an advisory (advisories/<year>/<ID>.yaml), so the gate cannot tell whether it is embargoed.',
            'Move it to advisories/<year>/<ID>.yaml, or out of advisories/.',
          ),
        );
      }
    }
    for (const change of changes.advisories) {
      result.filesChecked += (change.before ? 1 : 0) + (change.after ? 1 : 0);
      result.changes.push({
        status: change.status,
        path: pathOf(change),
        ...(change.status === 'renamed' && change.before ? { from: change.before.path } : {}),
      });
      result.diagnostics.push(...changeFindings(change, policy.policy, options.now));
    }
    result.diagnostics.push(
      ...(await embargoedTextFindings({
        repo,
        root: options.root,
        baseTree: baseCommit.tree,
        headTree: headCommit.tree,
        mergeBase,
        now: options.now,
      })),
    );
  } catch (error) {
    if (!(error instanceof MissingObjectError)) throw error;
    result.diagnostics.push(
      diagnostic(
        'GATE_HISTORY_INCOMPLETE',
        REPO,
        '',
        `History needed to compare the change is missing from this clone (${error.oid}).`,
        'Fetch the full history (`fetch-depth: 0`); a partial or damaged clone cannot be gated.',
      ),
    );
  }
  result.diagnostics = sortDiagnostics(result.diagnostics);
  return result;
}
