import { entryAtPath, readBlobBytes } from '../git/objects.ts';
import type { GitRepo } from '../git/repo.ts';
import { validateFile } from '../schema/friendly-errors.ts';
import { DEFAULT_POLICY, resolveSettings, SETTINGS_FILE, type Settings } from '../settings.ts';
import type { SettingsFile } from '../types.gen.ts';
import { readYaml } from '../yaml/read-yaml.ts';

/**
 * The embargo policy the gate applies: the merge base's, so a pull request
 * cannot loosen the policy it is judged by; the head's when the base has no
 * readable settings (a new repository); the defaults when neither has.
 */
export async function policyAt(
  repo: GitRepo,
  baseTree: string,
  headTree: string,
): Promise<{ policy: Settings['policy']; changed: boolean }> {
  const [base, head] = await Promise.all([settingsAt(repo, baseTree), settingsAt(repo, headTree)]);
  const policy = base?.policy ?? head?.policy ?? DEFAULT_POLICY;
  return { policy, changed: JSON.stringify(base?.policy) !== JSON.stringify(head?.policy) };
}

async function settingsAt(repo: GitRepo, tree: string): Promise<Settings | undefined> {
  const entry = await entryAtPath(repo, tree, SETTINGS_FILE);
  if (entry?.type !== 'blob') return undefined;
  const read = readYaml(SETTINGS_FILE, await readBlobBytes(repo, entry.oid));
  if (!read.yaml || validateFile('settings', read.yaml).length > 0) return undefined;
  return resolveSettings(read.yaml.data as SettingsFile);
}
