// The export worker (started by export-run.ts): computes every export file from
// the build's checked data and writes it under dist/ while Astro renders the
// pages on the main thread, then, once the pages are written, refuses any
// clash with them and writes the fallbacks (ifAbsent) where nothing is.
// It gets the small part of the data whole (ExportIndex) and the publishable
// entries a batch at a time, each written and dropped before it asks for more:
// a copy of every entry at once would be hundreds of MiB at 50,000 advisories.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parentPort, threadId, workerData } from 'node:worker_threads';
import type { Entry } from './database.ts';
import { advisoryFilesOf, type ExportFile, type ExportIndex, indexFilesOf, redirectFilesOf } from './export-files.ts';
import { fileWriter } from './file-writer.ts';

export interface ExportWorkerData {
  outDir: string;
  publicDir: string;
  index: ExportIndex;
}

/** What the main thread sends: the publishable entries in batches, in order, then the end of them; and, once the pages are written, what Astro wrote. */
export type ExportWorkerMessage = { entries: Entry[] } | { end: true } | { pages: WrittenByAstro };

/** What the main thread sends once the pages are written: each file Astro wrote (a dist/ path with a leading /) and what wrote it. */
export type WrittenByAstro = [path: string, owner: string][];

const ALREADY = ', already in the output';

/** `more` after each batch is written (the main thread then sends the next); the result or the failure at the end. */
export type ExportWorkerReply = { more: true } | { written: number; exports: number } | { error: string };

const port = parentPort;
if (!port) throw new Error('export-worker.ts runs only as a worker thread (see export-run.ts).');
let pagesWritten: (pages: WrittenByAstro) => void = () => undefined;
const pagesDone = new Promise<WrittenByAstro>((resolve) => (pagesWritten = resolve));
const batches: ({ entries: Entry[] } | { end: true })[] = [];
let batchArrived: (() => void) | undefined;
port.on('message', (message: ExportWorkerMessage) => {
  if ('pages' in message) pagesWritten(message.pages);
  else {
    batches.push(message);
    batchArrived?.();
    batchArrived = undefined;
  }
});
run(workerData as ExportWorkerData).then(
  (reply) => port.postMessage(reply),
  (error: unknown) => port.postMessage({ error: error instanceof Error ? error.message : String(error) }),
);

/** The publishable entries, batch by batch as the main thread sends them, each batch asked for once the one before is written. */
async function* entryBatches(): AsyncGenerator<Entry[]> {
  for (;;) {
    while (batches.length === 0) await new Promise<void>((resolve) => (batchArrived = resolve));
    const next = batches.shift();
    if (!next || 'end' in next) return;
    yield next.entries;
    port?.postMessage({ more: true } satisfies ExportWorkerReply);
  }
}

/** Every export file in exportFilesOf's order (fallbacks included, minus the old feed addresses the main thread writes). */
async function* exportFiles(index: ExportIndex): AsyncGenerator<ExportFile> {
  for await (const entries of entryBatches()) for (const entry of entries) yield* advisoryFilesOf(index.db.settings, entry);
  yield* indexFilesOf(index);
}

async function run({ outDir, publicDir, index }: ExportWorkerData): Promise<ExportWorkerReply> {
  const key = pathKey(outDir);
  // Whatever is there before the exports (Astro's assets, public/, any page already written) is never replaced.
  const before = new Map<string, string>();
  for (const path of filesUnder(outDir)) before.set(key(path), `${path}${ALREADY}`);
  for (const path of filesUnder(publicDir)) before.set(key(path), `public${path}`);
  const exported = new Set<string>();
  let clash: string | undefined;
  const writer = fileWriter(outDir);
  try {
    for await (const file of exportFiles(index)) {
      // The fallbacks wait for the pages: only then is it known where nothing is (made again then, below).
      if (file.ifAbsent) continue;
      const k = key(file.path);
      // Two files for one address would silently lose one (a page, a public file, or another export): refuse, so the build fails.
      const owner = before.get(k) ?? (exported.has(k) ? 'another export' : undefined);
      if (owner) {
        // A page or endpoint Astro wrote before the exports started: named once Astro says which (below).
        if (!owner.endsWith(ALREADY)) throw new Error(`Two files for ${file.path}: an export would replace ${owner}.`);
        clash = file.path;
        break;
      }
      exported.add(k);
      await writer.write(file.path, file.body);
    }
    const exports = exported.size;
    // Astro wrote its pages and endpoints while the exports were written, so either may have replaced the other: any shared path fails the build.
    const pages = await pagesDone;
    if (clash !== undefined) {
      const found = key(clash);
      const owner = pages.find(([path]) => key(path) === found)?.[1] ?? before.get(found);
      throw new Error(`Two files for ${clash}: an export would replace ${owner}.`);
    }
    for (const [path, owner] of pages)
      if (exported.has(key(path))) throw new Error(`Two files for ${path}: ${owner} and an export both wrote it; one replaced the other.`);
    // The same for a public/ file copied in meanwhile.
    for (const path of filesUnder(publicDir))
      if (exported.has(key(path))) throw new Error(`Two files for ${path}: public${path} and an export both wrote it.`);
    // A fallback (a lower-case alias page, an old feed address) never replaces a page, a public file or an export.
    for (const file of redirectFilesOf(index)) {
      if (!file.ifAbsent) continue;
      const k = key(file.path);
      if (exported.has(k) || existsSync(join(outDir, file.path))) continue;
      exported.add(k);
      await writer.write(file.path, file.body);
    }
    return { written: await writer.finish(), exports };
  } catch (error) {
    // Stop the writers; the first failure is the one the build reports.
    await writer.finish().catch(() => undefined);
    throw error;
  }
}

/**
 * How paths are compared: as they are, or case-folded where the output's file
 * system ignores case (there `/A` and `/a` are one file). Probed, not guessed.
 */
function pathKey(outDir: string): (path: string) => string {
  mkdirSync(outDir, { recursive: true });
  const name = `.watchkeeper-case-probe-${process.pid}-${threadId}`;
  const probe = join(outDir, name);
  writeFileSync(probe, '');
  try {
    const folds = existsSync(join(outDir, name.toUpperCase()));
    return folds ? (path) => path.toLowerCase() : (path) => path;
  } finally {
    rmSync(probe, { force: true });
  }
}

/** Every file under a folder, as a dist/ path with a leading / (none when the folder does not exist). */
function filesUnder(root: string): string[] {
  if (!existsSync(root)) return [];
  const found: string[] = [];
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true }))
    if (!entry.isDirectory()) found.push(`/${relative(root, join(entry.parentPath, entry.name)).split(sep).join('/')}`);
  return found;
}
