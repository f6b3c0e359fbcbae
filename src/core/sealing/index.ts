// Sealed embargoed drafts (issue 6): encrypted to the team in advisories/sealed/, checked without secret keys.
export { checkSealedDrafts, sealingEnabled } from './check-sealed.ts';
export { compareRecipients, isExactMatch, type RecipientDifference } from './compare-recipients.ts';
export { type OpenResult, openSealed } from './open-sealed.ts';
export { type OpenSealedFileResult, openSealedFile } from './open-sealed-file.ts';
export { type PublishOptions, type PublishResult, publishSealed } from './publish-sealed.ts';
export { type ReadRecipientsResult, readRecipients, type SealedRecipients } from './recipients.ts';
export { isSealedPath, removePlainDraft, repoRelative, type SealOptions, type SealResult, sealDraft } from './seal-draft.ts';
export { listSealedFiles, randomSealedPath, SEALED_FOLDER, SEALED_NAME, type SealedListing } from './sealed-files.ts';
export { type TeamRecipient, teamRecipients } from './team-recipients.ts';
