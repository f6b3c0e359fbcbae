// OSV in both directions: the export (toOsv) and the import (fromOsv, CVE JSON 5, planning and state).
export { cve5ToOsv, isCve5 } from './from-cve5.ts';
export { type Converted, type ConvertOptions, type ConvertResult, fromOsv, IMPORT_KEY } from './from-osv.ts';
export type { ImportChange, ImportChangeKind } from './import-change.ts';
export { skippedDiagnostics, writePlannedFile } from './import-outcome.ts';
export { type ImportState, type PlannedFile, type PlanResult, planImport } from './import-plan.ts';
export { importState } from './import-state.ts';
export { osvEcosystem, osvId, osvReferenceId, osvVulnId, trackerIdOf } from './osv-names.ts';
export { OSV_SCHEMA_VERSION, type OsvAffected, type OsvRecord, TRACKER_KEY } from './osv-types.ts';
export { MAX_IMPORT_BYTES, type ReadImportResult, readImportFile } from './read-import.ts';
export { hasRegisteredIdPrefix, isRegisteredEcosystem, OSV_ECOSYSTEMS, OSV_ID_PREFIXES } from './registered.ts';
export { type OsvDates, type OsvLinks, toOsv } from './to-osv.ts';
export { triageToOsv } from './triage-to-osv.ts';
