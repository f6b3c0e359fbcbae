// Authorised commits (issue 6): OpenPGP signatures on commits that change advisories/ or rotations/, checked against the team.
export { AUTHORISED_FOLDERS, commitsInRange, type RangeCommit, touchedFolders } from './commit-range.ts';
export { type SignatureKind, type SignedCommit, signatureKind, splitSignedCommit } from './commit-signature.ts';
export { type TeamAtTree, teamAtTree } from './team-at-tree.ts';
export { type CommitVerdict, type VerifyCommitsOptions, type VerifyCommitsResult, verifyCommits } from './verify-commits.ts';
