import { entryAtPath, type GitRepo, readBlobBytes } from '../git/index.ts';
import { DEFAULT_POLICY, SETTINGS_FILE, type Settings } from '../settings.ts';
import { readYaml } from '../yaml/read-yaml.ts';

type Policy = Settings['policy'];

/**
 * The embargo policy the gate applies: the merge base's, so a pull request
 * cannot loosen the policy it is judged by; the head's when the base has no
 * readable settings (a new repository); the defaults when neither has.
 */
export async function policyAt(repo: GitRepo, baseTree: string, headTree: string): Promise<{ policy: Policy; changed: boolean }> {
  const [base, head] = await Promise.all([policyIn(repo, baseTree), policyIn(repo, headTree)]);
  const policy = base ?? head ?? DEFAULT_POLICY;
  return { policy, changed: JSON.stringify(base) !== JSON.stringify(head) };
}

/**
 * Reads only `policy` from watchkeeper.yaml. The whole file is `npm run
 * check`'s business; validating it against the full schema here would cost
 * the gate a schema compile for three numbers. A value that is not a whole
 * number of days in the schema's range keeps its default.
 */
async function policyIn(repo: GitRepo, tree: string): Promise<Policy | undefined> {
  const entry = await entryAtPath(repo, tree, SETTINGS_FILE);
  if (entry?.type !== 'blob') return undefined;
  const data = readYaml(SETTINGS_FILE, await readBlobBytes(repo, entry.oid)).yaml?.data;
  if (typeof data !== 'object' || data === null) return undefined;
  const given = (data as { policy?: unknown }).policy;
  const policy: Policy = { ...DEFAULT_POLICY };
  if (typeof given === 'object' && given !== null) {
    for (const key of Object.keys(policy) as (keyof Policy)[]) {
      const value = (given as Record<string, unknown>)[key];
      if (Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 365) policy[key] = value as number;
    }
  }
  return policy;
}
