// Authoring: the canonical YAML form (fmt, import, new), id allocation, the new-advisory template.

// npm run new -- --from <ID> (triagecli): an advisory draft prefilled from a triage record.
export { type DraftFromTriage, draftFromTriage } from './advisory-from-triage.ts';
export { canonicalize, canonicalText, dataToCanonicalYaml, LINE_WIDTH, TO_STRING_OPTIONS } from './canonical-yaml.ts';
export { allocatorFor, type CreateAdvisoryResult, createAdvisory, createWithNextId } from './create-advisory.ts';
export { type FormatResult, formatAdvisoryText, sameData } from './format-advisory.ts';
export { type FormatFilesResult, formatFiles } from './format-files.ts';
export { NEW_STATUSES, type NewAdvisoryInput, newAdvisoryData, newInputProblems, renderNewAdvisory } from './new-advisory.ts';
export { advisoryFileFor, createIdAllocator, formatId, ID_DIGITS, type IdAllocator, takenIds } from './next-id.ts';
export { idsOnSharedBranches, SHARED_BRANCHES } from './remote-ids.ts';
export { type RenumberResult, renumber } from './renumber.ts';
export { replaceFileAtomic, writeNewFileAtomic } from './write-file.ts';
