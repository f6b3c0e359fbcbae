import { readFileSync } from 'node:fs';
import { readYaml } from '../core/yaml/read-yaml.ts';
import { dataRoot } from './data-root.ts';

/**
 * The site URL for astro.config.mjs, read with the project's own YAML reader
 * (the config loads before any page, so it cannot wait for loadDatabase).
 */
export function loadSettingsUrl(root = dataRoot()): string | undefined {
  try {
    const { yaml } = readYaml('watchkeeper.yaml', readFileSync(`${root}/watchkeeper.yaml`));
    const url = (yaml?.data as { site_url?: unknown } | undefined)?.site_url;
    return typeof url === 'string' ? url : undefined;
  } catch {
    return undefined;
  }
}
