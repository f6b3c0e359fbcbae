// The domain library's catalogue: everything another area may call, in one list.
//
// The import rule (enforced by biome.json's per-folder noRestrictedImports, and
// proven by tests/core/import-rule.test.ts) is about direction, not this file:
//   - src/core imports only itself, schemas/ and libraries: no src/site,
//     src/pages, src/components, src/layouts, scripts, nor astro / astro:*.
//     It computes; the others adapt it (DESIGN.md).
//   - scripts/ import src/core (and scripts/lib), never the site.
//   - src/site imports src/core, never scripts nor the pages that use it.
//   - .astro templates (which biome does not read) never import scripts;
//     tests/core/import-rule.test.ts checks their import lines.
// Callers may import a module of src/core directly instead of this file, and
// scripts do on purpose: importing index.ts loads every module (openpgp,
// isomorphic-git, the validators), which costs `npm run check` its start-up
// time. A name exported here is the public one; when two modules would export
// the same name, this file decides which one is meant.

export { capDiagnostics, MAX_DIAGNOSTICS_PER_FILE } from './cap-diagnostics.ts';
export { type CheckRepositoryOptions, checkRepository } from './check-repository.ts';
export { checkKeys, KEY_WARNING_DAYS } from './checks/rotation-keys.ts';
export { withKeyChecks } from './checks/with-key-checks.ts';
export { CODES, type Code, type Severity } from './codes.ts';
export * from './commits/index.ts';
export { type CvssScore, cvssProblem, type Rating, ratingOf, scoreCvss } from './cvss.ts';
export { DATA_ROOT_ENV, resolveDataRoot } from './data-root.ts';
export { type Diagnostic, diagnostic, hasErrors, pointerOf, sortDiagnostics } from './diagnostics.ts';
export * from './embargo/index.ts';
export { isPublishable, isTriagePublishable, publishableAdvisories, publishableTriage } from './embargo/publishable.ts';
export { formatGitHub, formatHuman, formatJson, formatSummary } from './format-diagnostics.ts';
export * from './gate/index.ts';
export * from './history/index.ts';
export * from './keys/index.ts';
export * from './leak-scan/index.ts';
export { type LoadOptions, loadDatabase } from './load.ts';
export { type Advisory, type Database, packageKey, type RotationTerm, type TeamMember } from './model.ts';
export { type OsvDates, type OsvLinks, type OsvRecord, osvEcosystem, osvId, toOsv } from './osv/index.ts';
export { type PreviewMark, type PublishedEntry, type PublishedView, type PublishedViewOptions, publishedView } from './published-view.ts';
export * from './record/index.ts';
export { CODEOWNERS_FILE, codeownersSection, findSection, ownerOf, updateCodeowners, VERDICT_PATHS } from './rotation/codeowners.ts';
export { type Coverage, coverageFrom, coverageGaps, type Gap, plannedUntil } from './rotation/coverage.ts';
export {
  compareSlots,
  compareTerms,
  type DutyAt,
  type DutyLine,
  type DutyPosition,
  dutyAt,
  dutyLine,
  type Handover,
  handoversAfter,
  holdsAt,
  nextHandover,
  POSITIONS,
  ROLES,
  type Role,
  type Slot,
  slotKey,
} from './rotation/duty.ts';
export { ROTA_CALENDAR_PATH, type RotaCalendarOptions, rotaCalendar } from './rotation/ical.ts';
export { type KeyHolder, keyFileOf, keyHolders } from './rotation/key-holders.ts';
export { type MemberKey, readMemberKeys } from './rotation/member-keys.ts';
export { addMonthsUtc } from './rotation/months.ts';
export { parseAtArgument } from './rotation/parse-at.ts';
export {
  dutyLabel,
  formatRota,
  type GapLine,
  type HandoverLine,
  type RotaReport,
  rotaHasGaps,
  rotaReport,
} from './rotation/rota-report.ts';
export { type ExpertArea, type TeamMemberView, type TeamView, teamView } from './rotation/team-view.ts';
export * from './sealing/index.ts';
export { SETTINGS_FILE, type Settings } from './settings.ts';
export * from './signing/index.ts';
// Text rules and capped echoes (issue 11 point 12); size limits per file (point 7).
export * from './text/index.ts';
export { DAY_MS, formatInstant, formatSpan, instantMs } from './time.ts';
export * from './triage/index.ts';
export type * from './types.gen.ts';
export * from './words/index.ts';
export { type ReadYamlOptions, readYaml } from './yaml/read-yaml.ts';
export { MAX_ITEMS, MAX_KEYS, MAX_NODES, type SizeProblem, sizeProblem } from './yaml/size-limits.ts';
