import type { SettingsFile } from './types.gen.ts';

/** Settings with every default filled in, as the rest of the code uses them. */
export interface Settings extends Omit<SettingsFile, 'policy'> {
  policy: Required<NonNullable<SettingsFile['policy']>>;
}

export const SETTINGS_FILE = 'watchkeeper.yaml';

export const DEFAULT_POLICY: Settings['policy'] = {
  max_embargo_days: 14,
  preferred_embargo_days: 7,
  fix_target_days: 10,
  triage_target_days: 14,
  term_min_months: 6,
  term_max_months: 12,
};

export function resolveSettings(file: SettingsFile): Settings {
  return { ...file, policy: { ...DEFAULT_POLICY, ...file.policy } };
}

/** Link to a commit on the forge from the settings' `forge.commit_url` template, or undefined without one. */
export function commitUrl(template: string | undefined, sha: string): string | undefined {
  return template ? template.replaceAll('{sha}', encodeURIComponent(sha)) : undefined;
}
