import { DATA_ROOT_ENV, resolveDataRoot } from '../core/data-root.ts';

/**
 * The data repository the site is built from: WATCHKEEPER_ROOT when set, else
 * the current directory — the same rule as every command's `--root` default
 * (src/core/data-root.ts), so `WATCHKEEPER_ROOT=<dir> npm run build` checks,
 * builds and leak-scans one repository.
 */
export function dataRoot(): string {
  return resolveDataRoot({ env: process.env[DATA_ROOT_ENV], cwd: process.cwd() });
}
