import { createMessage, readSignature, verify } from 'openpgp';
import { type Diagnostic, diagnostic, sortDiagnostics } from '../diagnostics.ts';
import { isShallow, MissingObjectError, mergeBases, openRepo, readCommitInfo, readObjectBytes, resolveRevision } from '../git/index.ts';
import { VERIFY_CONFIG } from '../signing/config.ts';
import { judgeSignature, PROBLEM_CODES } from '../signing/judge-signature.ts';
import { onTeamAt, signerName } from '../signing/team-keys.ts';
import { formatInstant } from '../time.ts';
import { commitsInRange, type RangeCommit, touchedFolders } from './commit-range.ts';
import { type SignatureKind, splitSignedCommit } from './commit-signature.ts';
import { type TeamAtTree, teamAtTree } from './team-at-tree.ts';

export interface VerifyCommitsOptions {
  root: string;
  base: string;
  head: string;
  now: Date;
}

/** The judgement on one commit that touches an authorised folder. */
export interface CommitVerdict {
  oid: string;
  subject: string;
  /** Committer date. */
  date: Date;
  folders: string[];
  kind: SignatureKind;
  /** Handle of the member whose signature counts. */
  signer?: string;
  ok: boolean;
}

export interface VerifyCommitsResult {
  mergeBase?: string;
  /** Commits in base..head (all of them, touching or not). */
  commitsInRange: number;
  /** The commits that touch advisories/ or rotations/, each judged. */
  verdicts: CommitVerdict[];
  diagnostics: Diagnostic[];
}

const REPO = '';

/**
 * Verifies every commit in merge-base(base, head)..head that changes
 * advisories/ or rotations/: it must carry an OpenPGP signature that counts
 * (see judgeSignature: good digest, SHA-256 or better, key valid when it
 * signed and still valid now) by the published key of a member who held a
 * term at the commit's date — all as the merge base records the team, so a
 * change cannot let itself in. SSH and X.509 signatures cannot be checked
 * against the team's OpenPGP keys and are reported as unverifiable, never as
 * valid. Missing history is a finding, never a pass.
 */
export async function verifyCommits(options: VerifyCommitsOptions): Promise<VerifyCommitsResult> {
  const result: VerifyCommitsResult = { commitsInRange: 0, verdicts: [], diagnostics: [] };
  const incomplete = (message: string, hint: string) => {
    result.diagnostics.push(diagnostic('COMMIT_HISTORY_INCOMPLETE', REPO, '', message, hint));
    return result;
  };
  const repo = openRepo(options.root);
  if (!repo)
    return incomplete(`${options.root} is not a git repository, so no commit can be verified.`, 'Run this in a clone of the repository.');
  if (repo.unsupported)
    return incomplete(`Watchkeeper cannot read this git repository: ${repo.unsupported}.`, 'Work in a clone of git’s default format.');
  if (isShallow(repo)) {
    return incomplete(
      'This is a shallow clone, so the commits between base and head cannot all be read.',
      'Fetch the full history (`fetch-depth: 0`, `GIT_DEPTH: 0`, or `git fetch --unshallow`).',
    );
  }
  const [base, head] = await Promise.all([resolveRevision(repo, options.base), resolveRevision(repo, options.head)]);
  if (!base || !head) {
    return incomplete(
      `The revision \`${!base ? options.base : options.head}\` is not a commit in this clone.`,
      'Fetch it, or check the revision.',
    );
  }
  try {
    const mergeBase = (await mergeBases(repo, base, head))[0];
    if (!mergeBase) return incomplete(`${options.base} and ${options.head} share no history.`, 'Rebase the branch onto the base branch.');
    result.mergeBase = mergeBase;
    const team = await teamAtTree(repo, (await readCommitInfo(repo, mergeBase)).tree, options.now);
    const commits = await commitsInRange(repo, mergeBase, head);
    result.commitsInRange = commits.length;
    for (const commit of commits) {
      const folders = await touchedFolders(repo, commit);
      if (folders.length === 0) continue;
      const raw = readObjectBytes(repo, commit.oid, 'commit');
      const found = await judgeCommit(commit, folders, raw, team, options.now);
      result.verdicts.push(found.verdict);
      result.diagnostics.push(...found.diagnostics);
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (!(error instanceof MissingObjectError) && code !== 'NotFoundError') throw error;
    return incomplete(`History between base and head is missing from this clone (${(error as Error).message}).`, 'Fetch the full history.');
  }
  result.diagnostics = sortDiagnostics(result.diagnostics);
  return result;
}

async function judgeCommit(
  commit: RangeCommit,
  folders: string[],
  raw: Uint8Array,
  team: TeamAtTree,
  now: Date,
): Promise<{ verdict: CommitVerdict; diagnostics: Diagnostic[] }> {
  const date = new Date(commit.time * 1000);
  const { payload, signature, kind } = splitSignedCommit(raw);
  const verdict: CommitVerdict = { oid: commit.oid, subject: commit.subject, date, folders, kind, ok: false };
  const label = `Commit ${commit.oid.slice(0, 12)} ("${commit.subject}", ${formatInstant(date)}) changes ${folders.map((f) => `${f}/`).join(' and ')}`;
  const sign =
    'Sign it with your OpenPGP key on the team (`git commit --amend -S`, or `git rebase --exec "git commit --amend --no-edit -S" <base>`) and push again.';
  const finding = (code: Parameters<typeof diagnostic>[0], message: string, hint: string) => ({
    verdict,
    diagnostics: [diagnostic(code, REPO, '', `${label}, but ${message}`, hint)],
  });
  if (kind === 'none' || signature === undefined) return finding('COMMIT_UNSIGNED', 'it is not signed.', sign);
  if (kind !== 'openpgp') {
    const name = kind === 'ssh' ? 'an SSH signature' : kind === 'x509' ? 'an X.509 (gpgsm) signature' : 'a signature in an unknown format';
    return finding(
      'COMMIT_UNVERIFIABLE_SIGNATURE',
      `it carries ${name}, which cannot be checked against the team's OpenPGP keys.`,
      `Sign with OpenPGP instead (\`git config gpg.format openpgp\`). ${sign}`,
    );
  }
  let entries: Awaited<ReturnType<typeof verify>>['signatures'];
  try {
    const sig = await readSignature({ armoredSignature: signature, config: VERIFY_CONFIG });
    entries = (
      await verify({
        message: await createMessage({ binary: payload }),
        signature: sig,
        verificationKeys: team.keys.map((k) => k.key),
        date: now,
        config: VERIFY_CONFIG,
      })
    ).signatures;
  } catch (error) {
    return finding('COMMIT_BAD_SIGNATURE', `its signature cannot be read: ${(error as Error).message}.`, sign);
  }
  const verdicts = await Promise.all(entries.map((e) => judgeSignature(e, team.keys, now)));
  const good = verdicts.find((v) => v.problem === undefined);
  if (!good?.signer) {
    const first = verdicts[0];
    if (!first?.problem) return finding('COMMIT_BAD_SIGNATURE', 'its signature holds no signature packet.', sign);
    const hint =
      first.problem === 'unknown-signer'
        ? `Sign with a key in rotations/keys/ as of the merge base; a key added in this same change does not count yet (merge it first). ${sign}`
        : sign;
    return finding(PROBLEM_CODES.commit[first.problem], lowerFirst(first.message), hint);
  }
  const member = good.signer.member;
  if (!member) {
    return finding(
      'COMMIT_SIGNER_OFF_TEAM',
      "it is signed with the team key, which signs the site's outputs; commits are signed by members.",
      sign,
    );
  }
  if (!onTeamAt(team.terms, member.handle, date)) {
    return finding(
      'COMMIT_SIGNER_OFF_TEAM',
      `its signer, ${signerName(good.signer)}, held no term on the team at that date.`,
      'Have a member on the team at the time sign the change, or add the term in a change merged first.',
    );
  }
  verdict.ok = true;
  verdict.signer = member.handle;
  return { verdict, diagnostics: [] };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
