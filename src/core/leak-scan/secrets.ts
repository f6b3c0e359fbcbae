import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Diagnostic, diagnostic } from '../diagnostics.ts';
import { isPublishable } from '../embargo/publishable.ts';
import { listDataFiles, SEALED_FOLDER } from '../files.ts';
import { parseFile } from '../parse-file.ts';
import type { AdvisoryFile } from '../types.gen.ts';
import { type SecretAdvisory, secretOf } from './needles.ts';
import { surelyPublishable } from './quick-publishable.ts';

export interface Secrets {
  secrets: SecretAdvisory[];
  /** Errors of advisory files that do not read: their text is unknown, so the scan cannot vouch for the output. */
  diagnostics: Diagnostic[];
}

export const ID_IN_NAME = /^([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*-\d{4}-\d{1,9})(?:\.|$)/;

/**
 * Every advisory in the working tree at `root` that is not publishable at
 * `now`, for the leak scan. Files that read plainly as published are settled
 * by a line scan (surelyPublishable) instead of a full parse, so the scan does
 * not depend on the parse cache and stays fast at tens of thousands of
 * advisories; every other file is parsed and validated in full. A file that
 * does not read, and every sealed draft, gives its id from its file name.
 */
export function secretsInFolder(root: string, now: Date): Secrets {
  const out: Secrets = { secrets: [], diagnostics: [] };
  const files = listDataFiles(root);
  out.diagnostics.push(...files.diagnostics.filter((d) => d.severity === 'error'));
  for (const rel of files.advisories) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(join(root, rel));
    } catch (error) {
      out.diagnostics.push(diagnostic('FILE_UNREADABLE', rel, '', `The file cannot be read (${(error as Error).message}).`));
      addUnreadable(out, rel);
      continue;
    }
    const judged = secretOfFile(rel, bytes, now);
    out.diagnostics.push(...judged.diagnostics);
    if (judged.secret) out.secrets.push(judged.secret);
  }
  const walk = (rel: string) => {
    let entries: { name: string; folder: boolean }[];
    try {
      entries = readdirSync(join(root, rel), { withFileTypes: true }).map((d) => ({ name: d.name, folder: d.isDirectory() }));
    } catch {
      return;
    }
    for (const { name, folder } of entries) {
      if (folder) walk(`${rel}/${name}`);
      else addUnreadable(out, `${rel}/${name}`);
    }
  };
  walk(SEALED_FOLDER);
  return out;
}

function addUnreadable(out: Secrets, rel: string): void {
  const secret = unreadableSecret(rel);
  if (secret) out.secrets.push(secret);
}

/** A file whose text is unknown: its id, from its file name, is secret. */
export function unreadableSecret(rel: string): SecretAdvisory | undefined {
  const id = ID_IN_NAME.exec(rel.split('/').pop() ?? '')?.[1];
  return id ? { id, file: rel, state: 'unreadable' } : undefined;
}

/**
 * The one judgement of an advisory file's bytes, for the leak scan (working
 * tree) and the gate (git objects): nothing when it reads plainly as
 * published; the secret when it is not publishable at `now`; its id from its
 * name, with the reasons, when it does not read as an advisory.
 */
export function secretOfFile(rel: string, bytes: Uint8Array, now: Date): { secret?: SecretAdvisory; diagnostics: Diagnostic[] } {
  if (surelyPublishable(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), now)) return { diagnostics: [] };
  const parsed = parseFile(rel, bytes, 'advisory');
  if (parsed.data === undefined) {
    const secret = unreadableSecret(rel);
    return { ...(secret ? { secret } : {}), diagnostics: parsed.diagnostics.filter((d) => d.severity === 'error') };
  }
  const data = parsed.data as AdvisoryFile;
  return isPublishable(data, now) ? { diagnostics: [] } : { secret: secretOf({ ...data, file: rel }, now), diagnostics: [] };
}
