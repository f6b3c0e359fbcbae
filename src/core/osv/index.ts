// OSV in both directions: the export (toOsv) and the import (fromOsv, fromCve5).
export { osvEcosystem, osvId, osvReferenceId, trackerIdOf } from './osv-names.ts';
export { OSV_SCHEMA_VERSION, type OsvAffected, type OsvRecord, TRACKER_KEY } from './osv-types.ts';
export { hasRegisteredIdPrefix, isRegisteredEcosystem, OSV_ECOSYSTEMS, OSV_ID_PREFIXES } from './registered.ts';
export { type OsvDates, toOsv } from './to-osv.ts';
