import { createMessage, readSignature, verify } from 'openpgp';
import { type Diagnostic, diagnostic, sortDiagnostics } from '../diagnostics.ts';
import {
  type GitRepo,
  isShallow,
  MissingObjectError,
  mergeBases,
  openRepo,
  readCommitInfo,
  readObjectBytes,
  resolveRevision,
} from '../git/index.ts';
import { VERIFY_CONFIG } from '../signing/config.ts';
import { judgeSignature, PROBLEM_CODES } from '../signing/judge-signature.ts';
import { onTeamAt, signerName } from '../signing/team-keys.ts';
import { formatInstant, formatSpan } from '../time.ts';
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
  /** Committer date (as the commit claims it). */
  date: Date;
  /** When the counting signature says it was made: the date its term was checked at. */
  signed?: Date;
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
 * term when the signature was made (the creation time in the signature
 * packet, never the commit's dates, which the committer sets at will) — all
 * as the base branch's tip records the team, so a
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
    // The team as the base branch records it now, not as the merge base did: a
    // branch made from an old commit must not bring back a key that has since
    // been revoked or removed, nor is the base something the change can edit.
    const team = await teamAtTree(repo, (await readCommitInfo(repo, base)).tree, options.now);
    const commits = await commitsInRange(repo, mergeBase, head);
    result.commitsInRange = commits.length;
    const floors = await signingFloors(repo, commits);
    for (const commit of commits) {
      const folders = await touchedFolders(repo, commit);
      if (folders.length === 0) continue;
      const raw = readObjectBytes(repo, commit.oid, 'commit');
      const found = await judgeCommit(commit, folders, raw, team, options.now, floors.get(commit.oid));
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
  floor: Date | undefined,
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
  let sig: Awaited<ReturnType<typeof readSignature>>;
  try {
    sig = await readSignature({ armoredSignature: signature, config: VERIFY_CONFIG });
  } catch (error) {
    return finding('COMMIT_BAD_SIGNATURE', `its signature cannot be read: ${(error as Error).message}.`, sign);
  }
  // The signature's own creation time is the only date the signer cannot change
  // after signing; the commit's dates are whatever GIT_COMMITTER_DATE said.
  const future = sig.packets.find((p) => p.created instanceof Date && p.created.getTime() > now.getTime());
  if (future?.created) {
    return finding(
      'COMMIT_SIGNATURE_IN_FUTURE',
      `its signature says it was made ${formatInstant(future.created)} (the signature packet's creation time), which is after now (${formatInstant(now)}).`,
      `Check the signing machine's clock, then re-sign. ${sign}`,
    );
  }
  try {
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
        ? `Sign with a key in rotations/keys/ as of the base branch; a key added in this same change does not count yet (merge it first). ${sign}`
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
  const signed = good.created;
  if (!signed) return finding('COMMIT_BAD_SIGNATURE', 'its signature carries no creation time, so its term cannot be checked.', sign);
  if (floor && signed.getTime() < floor.getTime() - DATE_TOLERANCE_MS) {
    return finding(
      'COMMIT_SIGNED_BEFORE_PARENT',
      `its signature says it was made ${formatInstant(signed)}, before ${formatInstant(floor)}, when the history it builds on was committed; a commit cannot be signed before its parents existed, so the date was set back.`,
      `Sign it again with the real date. ${sign}`,
    );
  }
  if (!onTeamAt(team.terms, member.handle, signed)) {
    return finding(
      'COMMIT_SIGNER_OFF_TEAM',
      `its signer, ${signerName(good.signer)}, held no term on the team when the signature was made (${formatInstant(signed)}, the signature packet's creation time; the commit's own date${sameInstant(signed, date) ? ' agrees' : ` says ${formatInstant(date)}, which does not count`}).`,
      'Have a member on the team now sign the change, or add the term in a change merged first.',
    );
  }
  verdict.ok = true;
  verdict.signer = member.handle;
  verdict.signed = signed;
  const drift = Math.abs(signed.getTime() - date.getTime());
  if (drift <= DATE_TOLERANCE_MS) return { verdict, diagnostics: [] };
  // Git signs while it writes the commit, so the two dates agree to the second;
  // a gap means the commit date was set by hand or the commit was re-signed.
  // The signature's date already decided, so this only tells a reviewer.
  return {
    verdict,
    diagnostics: [
      diagnostic(
        'COMMIT_DATE_MISMATCH',
        REPO,
        '',
        `${label}; its signature was made ${formatInstant(signed)}, ${formatSpan(drift)} from the commit's date. The signature's date was used to check the term.`,
        'Nothing to do if the commit was re-signed on purpose; otherwise ask why its date was set by hand.',
      ),
    ],
  };
}

/**
 * For each commit in the range, the latest committer date among the commits
 * outside the range (the base branch's own history, which the team made) that
 * it descends from through commits in the range. A commit is made after its
 * parents, so its signature cannot honestly be older than that: the signer
 * chooses the signature's date, but cannot choose the base it builds on.
 */
async function signingFloors(repo: GitRepo, commits: readonly RangeCommit[]): Promise<Map<string, Date>> {
  const inRange = new Map(commits.map((c) => [c.oid, c]));
  const outside = new Map<string, number>();
  const floors = new Map<string, number>();
  // Parents before children, without recursion: a range can be thousands of commits long.
  for (const start of commits) {
    const stack: { oid: string; expanded: boolean }[] = [{ oid: start.oid, expanded: false }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { oid: string; expanded: boolean };
      if (floors.has(top.oid)) {
        stack.pop();
        continue;
      }
      const commit = inRange.get(top.oid) as RangeCommit;
      if (!top.expanded) {
        top.expanded = true;
        for (const p of commit.parents) if (inRange.has(p) && !floors.has(p)) stack.push({ oid: p, expanded: false });
        continue;
      }
      stack.pop();
      let floor = 0;
      for (const p of commit.parents) {
        if (inRange.has(p)) floor = Math.max(floor, floors.get(p) ?? 0);
        else {
          if (!outside.has(p)) outside.set(p, (await readCommitInfo(repo, p)).time * 1000);
          floor = Math.max(floor, outside.get(p) as number);
        }
      }
      floors.set(top.oid, floor);
    }
  }
  return new Map([...floors].filter(([, ms]) => ms > 0).map(([oid, ms]) => [oid, new Date(ms)]));
}

/** How far a commit's date may sit from its signature's before a reviewer is told. */
export const DATE_TOLERANCE_MS = 60 * 60 * 1000;

function sameInstant(a: Date, b: Date): boolean {
  return Math.floor(a.getTime() / 1000) === Math.floor(b.getTime() / 1000);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
