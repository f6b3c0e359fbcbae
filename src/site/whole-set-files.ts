import { mkdir, open, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { paths } from '../core/export/paths.ts';
import { safeJsonArray } from '../core/export/safe-json.ts';
import { recordCsvPieces, recordJsonPieces } from '../core/record/export.ts';
import type { TrackRecord } from '../core/record/types.ts';
import type { SiteData } from './database.ts';
import { osvRecordOf } from './export-files.ts';
import { textChunks } from './streamed-response.ts';

/**
 * A file made from the whole publishable set at once: every OSV record in one
 * array, and the track record as JSON and CSV. Tens of MB each at 50,000
 * advisories; Astro would hold each body whole, and a copy of it, while it
 * renders other pages beside it, so the build writes them itself after the
 * pages, a piece at a time (writeWholeSetFiles), and `astro dev` serves the
 * same pieces (whole-set-route.ts).
 */
export interface WholeSetFile {
  /** Its address, a dist/ path with a leading /. */
  path: string;
  /** The content type `astro dev` serves it with. */
  type: string;
  /** Its text, in pieces; joined, the file's bytes (UTF-8). */
  pieces: () => Iterable<string>;
}

/** Their addresses, in the order wholeSetFilesOf gives them. */
export const WHOLE_SET_PATHS = [paths.osvAll(), paths.recordFile('record.json'), paths.recordFile('record.csv')] as const;

export function wholeSetFilesOf(data: SiteData, record: () => TrackRecord): WholeSetFile[] {
  const settings = data.db.settings;
  const [osvAll, recordJson, recordCsv] = WHOLE_SET_PATHS;
  return [
    {
      path: osvAll,
      type: 'application/json',
      *pieces() {
        yield* safeJsonArray(data.published, (entry) => osvRecordOf(settings, entry));
        yield '\n';
      },
    },
    { path: recordJson, type: 'application/json; charset=utf-8', pieces: () => recordJsonPieces(record()) },
    { path: recordCsv, type: 'text/csv; charset=utf-8', pieces: () => recordCsvPieces(record(), settings.site_url) },
  ];
}

/**
 * Writes each file under outDir, after every page and export: a file that is
 * already there (a page, an endpoint, a public/ file or an export at the same
 * address, case-folded where the file system folds case) is never replaced —
 * the exclusive create fails and so does the build. A file whose text fails
 * half-way is removed before the failure is passed on. Gives how many were written.
 */
export async function writeWholeSetFiles(files: WholeSetFile[], outDir: string): Promise<number> {
  for (const file of files) {
    const target = join(outDir, file.path);
    await mkdir(dirname(target), { recursive: true });
    let handle: Awaited<ReturnType<typeof open>>;
    try {
      handle = await open(target, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST')
        throw new Error(
          `Two files for ${file.path}: a page, an endpoint, a public/ file or an export is already there, and the build's own ${file.path} would replace it.`,
        );
      throw error;
    }
    try {
      for (const chunk of textChunks(file.pieces())) await handle.write(chunk);
      await handle.close();
    } catch (error) {
      await handle.close().catch(() => undefined);
      await rm(target, { force: true });
      throw error;
    }
  }
  return files.length;
}
