/**
 * Whether drafts and embargoed advisories may be shown: only under `astro dev`.
 * Two independent signals must agree, so a production build can never include
 * them: Vite's compile-time DEV flag (statically false in `astro build`) and
 * the command the Watchkeeper integration saw at config time.
 */
export function isDevPreview(): boolean {
  return import.meta.env.DEV === true && process.env.WATCHKEEPER_ASTRO_COMMAND === 'dev';
}
