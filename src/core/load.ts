import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runChecks } from './checks/run-checks.ts';
import { type Diagnostic, diagnostic, sortDiagnostics } from './diagnostics.ts';
import { type DataFiles, listDataFiles } from './files.ts';
import { type Advisory, type Database, packageKey, type RotationTerm, type TeamMember } from './model.ts';
import { cacheKey, type ParseCache, schemaCacheKey } from './parse-cache.ts';
import { parseFile } from './parse-file.ts';
import type { SchemaName } from './schema/validators.ts';
import { resolveSettings, SETTINGS_FILE, type Settings } from './settings.ts';
import { instantMs } from './time.ts';
import { loadTriage } from './triage/load-triage.ts';
import type { AdvisoryFile, RotationFile, SettingsFile } from './types.gen.ts';
import { laterPositions } from './yaml/locate-later.ts';

export interface LoadOptions {
  /** The clock every time-dependent rule uses. Required so rules are testable. */
  now: Date;
  /** Data of files already known to be clean (see parse-cache.ts); filled as files are parsed. */
  cache?: ParseCache;
  /** Files already listed and read by the caller (see check-repository.ts), so nothing is read twice. */
  prepared?: PreparedFiles;
}

export interface PreparedFiles {
  files: DataFiles;
  bytes: Map<string, Uint8Array>;
  /** Parse-cache keys of those bytes, when the caller has already hashed them. */
  keys?: Map<string, string>;
}

/** A parsed and schema-valid file. */
export interface LoadedFile<T> {
  file: string;
  data: T;
}

/**
 * Reads every data file once, validates it, builds the typed model and its
 * indexes, and runs every check. The CLI and the site both start here. YAML
 * documents are not kept: after the checks, each file with a diagnostic is
 * parsed once more for all of its positions and dropped (yaml/locate-later.ts),
 * which keeps memory flat at scale and lets cached files skip parsing.
 */
export function loadDatabase(root: string, options: LoadOptions): Database {
  const files = options.prepared?.files ?? listDataFiles(root);
  const diagnostics: Diagnostic[] = [...files.diagnostics];
  const cache = options.cache;
  let filesRead = 0;

  const read = <T>(rel: string, schema: SchemaName): LoadedFile<T> | undefined => {
    filesRead++;
    // A file the caller did not read because its stamp and cached entry vouch for it (check-repository.ts).
    const preparedKey = options.prepared?.keys?.get(rel);
    const vouched =
      cache && preparedKey !== undefined && !options.prepared?.bytes.has(rel) ? schemaCacheKey(schema, preparedKey) : undefined;
    if (cache && vouched !== undefined && cache.entries.has(vouched)) {
      cache.used.add(vouched);
      return { file: rel, data: cache.entries.get(vouched) as T };
    }
    const preparedBytes = options.prepared?.bytes.get(rel);
    let bytes: Uint8Array;
    try {
      bytes = preparedBytes ?? readFileSync(join(root, rel));
    } catch (error) {
      diagnostics.push(
        diagnostic(
          'FILE_UNREADABLE',
          rel,
          '',
          `The file cannot be read: ${(error as Error).message}.`,
          'Check that it exists and is readable.',
        ),
      );
      return undefined;
    }
    const key = cache ? schemaCacheKey(schema, (preparedBytes && preparedKey) || cacheKey(bytes)) : '';
    cache?.used.add(key);
    if (cache?.entries.has(key)) return { file: rel, data: cache.entries.get(key) as T };
    const parsed = parseFile(rel, bytes, schema);
    diagnostics.push(...parsed.diagnostics);
    if (parsed.data === undefined) return undefined;
    if (cache) {
      cache.entries.set(key, parsed.data);
      cache.dirty = true;
    }
    return { file: rel, data: parsed.data as T };
  };

  const hasSettings = existsSync(join(root, SETTINGS_FILE));
  const settingsFile = hasSettings ? read<SettingsFile>(SETTINGS_FILE, 'settings') : undefined;
  const settings: Settings = resolveSettings(settingsFile?.data ?? FALLBACK_SETTINGS);
  if (!hasSettings) {
    diagnostics.push(
      diagnostic(
        'SETTINGS_MISSING',
        SETTINGS_FILE,
        '',
        'The project settings file is missing.',
        'Create watchkeeper.yaml at the repository root (see docs/settings.md).',
      ),
    );
  }

  const advisoryFiles: LoadedFile<AdvisoryFile>[] = [];
  for (const rel of files.advisories) {
    const loaded = read<AdvisoryFile>(rel, 'advisory');
    if (loaded) advisoryFiles.push(loaded);
  }
  const rotationFiles: LoadedFile<RotationFile>[] = [];
  for (const rel of files.rotations) {
    const loaded = read<RotationFile>(rel, 'rotation');
    if (loaded) rotationFiles.push(loaded);
  }

  const triage = loadTriage(files, read); // triage records and releases (src/core/triage)
  const advisories: Advisory[] = advisoryFiles.map(({ file, data }) => ({ ...data, file }));
  const members: TeamMember[] = rotationFiles.flatMap(({ file, data }) => (data.members ?? []).map((m, index) => ({ ...m, file, index })));
  const terms: RotationTerm[] = rotationFiles.flatMap(({ file, data }) =>
    (data.terms ?? []).map((t, index) => ({
      ...t,
      position: t.position ?? 'primary',
      file,
      index,
      fromMs: instantMs(t.from),
      untilMs: instantMs(t.until),
    })),
  );

  const db: Database = {
    root,
    settings,
    advisories,
    members,
    terms,
    byId: new Map(),
    byAlias: new Map(),
    byPackage: new Map(),
    memberByHandle: new Map(),
    keyFiles: files.keys,
    diagnostics: [],
    filesRead,
    ...triage,
  };
  for (const a of advisories) {
    if (!db.byId.has(a.id.toUpperCase())) db.byId.set(a.id.toUpperCase(), a);
    for (const alias of a.aliases ?? []) push(db.byAlias, alias.toUpperCase(), a);
    const seen = new Set<string>();
    for (const affected of a.affected) {
      const key = packageKey(affected.package.ecosystem ?? settings.default_ecosystem, affected.package.name);
      if (!seen.has(key)) push(db.byPackage, key, a);
      seen.add(key);
    }
  }
  for (const m of members) if (!db.memberByHandle.has(m.handle)) db.memberByHandle.set(m.handle, m);

  // Positions for the checks' diagnostics: every file with one is parsed again once, after the checks.
  const positions = laterPositions((rel) => options.prepared?.bytes.get(rel) ?? readFileSync(join(root, rel)));
  diagnostics.push(
    ...runChecks({
      db,
      now: options.now,
      locate: () => undefined,
      locateLater: positions.add,
    }),
  );
  positions.fill();
  db.diagnostics = sortDiagnostics(diagnostics);
  return db;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Used only so loading can go on (and report every other problem) when settings are broken. */
const FALLBACK_SETTINGS: SettingsFile = {
  name: '(settings missing)',
  site_url: 'https://invalid.invalid',
  id_prefix: 'X',
  default_ecosystem: 'unknown',
  contact: { email: 'invalid@invalid.invalid' },
  policy: {},
};
