import { resolve } from 'node:path';

/** The environment variable that names the data repository for every command and the site build. */
export const DATA_ROOT_ENV = 'WATCHKEEPER_ROOT';

/**
 * The data repository a command or the site build reads, as an absolute path:
 * an explicit `--root` wins, then WATCHKEEPER_ROOT, then the current directory.
 * One rule for every entry point, so `WATCHKEEPER_ROOT=<dir> npm run build`
 * checks, builds and leak-scans the same data. Pure: the caller passes the
 * environment's value and the working directory.
 */
export function resolveDataRoot(options: { flag?: string | undefined; env?: string | undefined; cwd: string }): string {
  return resolve(options.cwd, options.flag || options.env || '.');
}
