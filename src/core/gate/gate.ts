import { lookAlikeFinding, unsafeNameFinding } from '../data-paths.ts';
import { type Diagnostic, diagnostic, sortDiagnostics } from '../diagnostics.ts';
import { diffTrees, isShallow, MissingObjectError, mergeBases, openRepo, readCommitInfo, resolveRevision } from '../git/index.ts';
import { type AdvisoryChange, listChanges, pathOf } from './changes.ts';
import { embargoedTextFindings } from './embargoed-text.ts';
import { otherFindings } from './other-files.ts';
import { policyAt } from './policy.ts';
import { changeFindings } from './rules.ts';
import { triageChangeFindings } from './triage-rules.ts';

export interface GateOptions {
  /** The working tree root of the repository. */
  root: string;
  /** The revision the change will be merged into (e.g. the pull request's base commit). */
  base: string;
  /** The revision that would be merged. */
  head: string;
  /**
   * Gate a push instead of a merge: `base` is the branch before the push and
   * must be an ancestor of `head` (else GATE_HISTORY_REWRITTEN), and the
   * comparison is `base` → `head` itself, not their merge base, so a
   * force-push that drops a published advisory is seen.
   */
  push?: boolean;
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
  /** The merge base (merge mode) — the commit the head was compared with. */
  mergeBase?: string;
  /** The commit the head was compared with: the merge base, or the base itself for a push. */
  compared?: string;
  changes: ListedChange[];
  diagnostics: Diagnostic[];
  /** How many advisory versions were read. */
  filesChecked: number;
}

const REPO = '';

/** Counts the versions a changed advisory or triage record brings and lists the change, as the report shows it. */
function listChange(result: GateResult, change: AdvisoryChange<unknown>): void {
  result.filesChecked += (change.before ? 1 : 0) + (change.after ? 1 : 0);
  result.changes.push({
    status: change.status,
    path: pathOf(change),
    ...(change.status === 'renamed' && change.before ? { from: change.before.path } : {}),
  });
}

/**
 * The embargo gate: compares the merge base of `base` and `head` (or, for a
 * push, `base` itself) with `head` and reports every reason the change may not be merged at `now`. Anything
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
  if (repo.unsupported) {
    return fail(
      diagnostic(
        'GIT_FORMAT_UNSUPPORTED',
        REPO,
        '',
        `Watchkeeper cannot read this git repository: ${repo.unsupported}. No change can be gated in it.`,
        'Run the gate in a clone of git’s default format (SHA-1 objects, refs as files: `git clone --ref-format=files`).',
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
    let compared = bases[0];
    if (options.push) {
      if (!bases.includes(base)) {
        result.diagnostics.push(
          diagnostic(
            'GATE_HISTORY_REWRITTEN',
            REPO,
            '',
            `The push replaced history: ${base.slice(0, 12)} (the branch before the push) is not an ancestor of ${head.slice(0, 12)}, so commits that were on the branch are gone. The gate compares the two trees directly and lists what the rewrite changed.`,
            'Restore the branch to a descendant of the old tip (push the lost commits back, then make the change as new commits); never force-push the published branch.',
          ),
        );
      }
      compared = base;
    } else if (!compared) {
      return fail(
        diagnostic(
          'GATE_NO_MERGE_BASE',
          REPO,
          '',
          `${options.base} and ${options.head} share no history, so the change cannot be told apart from the base.`,
          'Rebase the branch onto the base branch; unrelated histories are not merged here.',
        ),
      );
    } else {
      result.mergeBase = compared;
    }
    result.compared = compared;
    const [baseCommit, headCommit] = await Promise.all([readCommitInfo(repo, compared), readCommitInfo(repo, head)]);
    // One diff of the two trees, every path: the change listing and the content rule both read it.
    const diff = diffTrees(repo, baseCommit.tree, headCommit.tree);
    const changes = await listChanges(repo, diff);
    const policy = await policyAt(repo, baseCommit.tree, headCommit.tree);
    if (changes.settingsChanged && changes.dataChanged) {
      // `check` reads the settings of the tree it judges, so settings changed beside data would judge that data.
      result.diagnostics.push(
        diagnostic(
          'GATE_SETTINGS_WITH_DATA',
          'watchkeeper.yaml',
          '',
          'This change edits watchkeeper.yaml and also changes advisories/, rotations/ or vulns/; the new settings would judge the data they arrive with.',
          'Split it: merge the settings change on its own (it needs the code owners’ review), then the data change.',
        ),
      );
    }
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
    for (const path of changes.written) {
      const unsafe = unsafeNameFinding(path);
      if (unsafe) result.diagnostics.push(unsafe);
      const lookAlike = lookAlikeFinding(path);
      if (lookAlike) result.diagnostics.push(lookAlike);
    }
    result.diagnostics.push(...(await otherFindings(repo, changes.others)));
    for (const change of changes.advisories) {
      listChange(result, change);
      result.diagnostics.push(...changeFindings(change, policy.policy, options.now));
    }
    // Triage records (vulns/) are judged by the same rules where a record has the field (triage-rules.ts).
    for (const change of changes.triage) {
      listChange(result, change);
      result.diagnostics.push(...triageChangeFindings(change, options.now, baseCommit.time * 1000));
    }
    result.diagnostics.push(
      ...(await embargoedTextFindings({
        repo,
        root: options.root,
        headTree: headCommit.tree,
        changes: diff,
        mergeBase: compared,
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
