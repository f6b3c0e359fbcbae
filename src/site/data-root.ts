/**
 * The data repository the site is built from: WATCHKEEPER_ROOT when set (tests
 * and benchmarks build other repositories with the same site code), else the
 * current directory, as for every other command.
 */
export function dataRoot(): string {
  return process.env.WATCHKEEPER_ROOT || process.cwd();
}
