// Authoring: the canonical YAML form (fmt, import, new), id allocation, the new-advisory template.
export { canonicalize, canonicalText, dataToCanonicalYaml, LINE_WIDTH, TO_STRING_OPTIONS } from './canonical-yaml.ts';
export { allocatorFor, type CreateAdvisoryResult, createAdvisory } from './create-advisory.ts';
export { type FormatResult, formatAdvisoryText, sameData } from './format-advisory.ts';
export { type FormatFilesResult, formatFiles } from './format-files.ts';
export { NEW_STATUSES, type NewAdvisoryInput, newAdvisoryData, newInputProblems, renderNewAdvisory } from './new-advisory.ts';
export { advisoryFileFor, createIdAllocator, formatId, ID_DIGITS, type IdAllocator, takenIds } from './next-id.ts';
export { idsOnSharedBranches, SHARED_BRANCHES } from './remote-ids.ts';
export { type RenumberResult, renumber } from './renumber.ts';
export { replaceFileAtomic, writeNewFileAtomic } from './write-file.ts';
