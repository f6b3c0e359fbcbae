import { type Diagnostic, diagnostic } from '../diagnostics.ts';
import { SEALED_FOLDERS } from '../files.ts';
import { type GitRepo, readBlobBytes, readTreeEntries, type TreeChange, type TreeEntry } from '../git/index.ts';
import { loadHistory } from '../history/walk-history.ts';
import { olderTextExemptions } from '../leak-scan/exemptions.ts';
import { buildMatcher } from '../leak-scan/matcher.ts';
import { type LeakNeedles, type SecretAdvisory, secretNeedles } from '../leak-scan/needles.ts';
import { scanBytes } from '../leak-scan/scan-file.ts';
import { describeNeedle, namesIn } from '../leak-scan/scan-output.ts';
import { advisoryNames, HIDDEN_BY_ADVISORY, hiddenByAdvisory, secretOfFile, unreadableSecret } from '../leak-scan/secrets.ts';

export interface EmbargoedTextOptions {
  repo: GitRepo;
  root: string;
  headTree: string;
  /** The change's tree diff, every path (the gate diffs once and shares it). */
  changes: readonly TreeChange[];
  /** The merge base: history up to it decides what boilerplate is provably older. */
  mergeBase: string;
  now: Date;
}

/**
 * The gate's content rule: a change may not add, in ANY file it adds or
 * modifies (advisories, triage records, rotations, settings, docs, source,
 * anything), the id, an alias, the summary or a distinctive run of the details
 * of an advisory — or the notes of a triage record — that is unpublishable at head. The needles are the leak scan's own
 * (secretNeedles), so gate and scan agree on what a leak is. The secret
 * advisory's own file is exempt; text already in the base version of a file
 * is not added by the change; boilerplate is exempt only when history up to
 * the merge base proves it older than the secret (olderTextExemptions).
 */
export async function embargoedTextFindings(options: EmbargoedTextOptions): Promise<Diagnostic[]> {
  const { repo, now } = options;
  const secrets = await secretsAtTree(repo, options.headTree, now);
  if (secrets.length === 0) return [];
  const needles = secretNeedles(secrets);
  const matcher = buildMatcher(needles.needles.map((n) => n.words));
  // A secret's own file is exempt. A record hidden only because an advisory names it is public text of
  // its own: its file is exempt from its own needles only, so adding the advisory's alias to it is seen.
  const own = new Set(secrets.filter((s) => s.state !== HIDDEN_BY_ADVISORY).map((s) => s.file));
  const ownNeedle = (path: string, needle: number) => needles.needles[needle]?.owner.file === path;
  const out: Diagnostic[] = [];
  const added: { path: string; needle: number; line?: number }[] = [];

  for (const change of options.changes) {
    if (change.after?.type !== 'blob' || own.has(change.path)) continue;
    const head = scanBytes(change.path, await readBlobBytes(repo, change.after.oid), needles, matcher);
    if ('unreadable' in head) {
      // Sealed drafts are ciphertext, judged by the sealing rules.
      if (!SEALED_FOLDERS.some((folder) => change.path.startsWith(`${folder}/`)))
        out.push(
          diagnostic(
            'GATE_CONTENT_UNREADABLE',
            change.path,
            '',
            `${head.unreadable}, so the gate cannot tell whether this change adds text of an unpublishable advisory; it fails closed.`,
            'Commit text as UTF-8, or binary files only in a format the leak scan knows (images, fonts); remove anything else.',
          ),
        );
      continue;
    }
    const before = new Set<number>();
    if (change.before?.type === 'blob') {
      const base = scanBytes(change.path, await readBlobBytes(repo, change.before.oid), needles, matcher);
      if ('hits' in base) for (const hit of base.hits) before.add(hit.needle);
    } else {
      for (const needle of namesIn(change.path, matcher)) if (!ownNeedle(change.path, needle)) added.push({ path: change.path, needle });
    }
    for (const hit of head.hits)
      if (!before.has(hit.needle) && !ownNeedle(change.path, hit.needle))
        added.push({ path: change.path, needle: hit.needle, ...(hit.line ? { line: hit.line } : {}) });
  }
  if (added.length === 0) return out;

  const secretIds = new Set(secrets.map((s) => s.id.toUpperCase()));
  const exempt = olderTextExemptions(options.root, needles, secretIds, (folder) =>
    loadHistory(options.root, { ref: options.mergeBase, folder }),
  )(new Set(added.map((a) => a.needle)));
  const seen = new Set<string>();
  for (const { path, needle, line } of added) {
    const owner = (needles.needles[needle] as LeakNeedles['needles'][number]).owner;
    const key = `${path}|${owner.id}|${owner.kind}`;
    if (exempt.has(needle) || seen.has(key)) continue;
    seen.add(key);
    out.push(
      diagnostic(
        'GATE_EMBARGOED_TEXT',
        path,
        '',
        `This change adds ${describeNeedle(owner)}, which is ${owner.state} (${owner.file}); merged, it would be published with this file.`,
        `Take it out of ${path}; it may appear only in ${owner.file} until that ${owner.file.startsWith('vulns/') ? 'triage record' : 'advisory'} is published.`,
        line ? { line, column: 1 } : undefined,
      ),
    );
  }
  return out;
}

/**
 * Every advisory and triage record that is not publishable at `now` in a
 * tree, read from git objects (not the working tree). Files that read plainly
 * as published are settled by a line scan; anything else is parsed and
 * validated in full, and a file that does not read — or a sealed draft —
 * gives its id from its file name: unknown text is secret text. Releases
 * (vulns/releases/) are inventories and hold no secret.
 */
export async function secretsAtTree(repo: GitRepo, tree: string, now: Date): Promise<SecretAdvisory[]> {
  const top = await readTreeEntries(repo, tree);
  const out: SecretAdvisory[] = [];
  const walk = async (entry: TreeEntry, prefix: string) => {
    for (const child of await readTreeEntries(repo, entry.oid)) {
      const path = `${prefix}/${child.path}`;
      if (child.type === 'tree') {
        await walk(child, path);
        continue;
      }
      const sealed = SEALED_FOLDERS.some((folder) => path.startsWith(`${folder}/`));
      if (child.type !== 'blob' || child.mode === '120000' || sealed || !path.endsWith('.yaml')) {
        const secret = unreadableSecret(path);
        if (secret) out.push(secret);
        continue;
      }
      if (path.startsWith('vulns/releases/')) continue;
      const bytes = readBlobBytes(repo, child.oid);
      const one = secretOfFile(path, bytes, now);
      if (one.secret) out.push(one.secret);
      else if (names && one.diagnostics.length === 0) {
        // As publishableTriage: a record public on its own but named by an unpublishable advisory is secret too.
        const hidden = hiddenByAdvisory(path, bytes, one.publishable, names, now);
        if (hidden) out.push(hidden);
      }
    }
  };
  let names: Set<string> | undefined;
  for (const folder of ['advisories', 'vulns']) {
    // Advisories are walked first, so their names are known for every record.
    if (folder === 'vulns') names = advisoryNames(out);
    const root = top.find((e) => e.path === folder && e.type === 'tree');
    if (root) await walk(root, folder);
  }
  return out;
}
