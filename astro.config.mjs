// @ts-check
import { defineConfig } from 'astro/config';
import { watchkeeper } from './src/site/integration.ts';
import { loadSettingsUrl } from './src/site/site-url.ts';

// The site URL comes from watchkeeper.yaml, the one place a team sets it.
const site = loadSettingsUrl();

export default defineConfig({
  output: 'static',
  ...(site ? { site } : {}),
  trailingSlash: 'always',
  // Several pages in flight at once, so each page's file write overlaps the next page's rendering.
  build: { format: 'directory', concurrency: 4 },
  integrations: [watchkeeper()],
  // A rebuild copies each advisory page whose data and code are unchanged instead of rendering it again
  // (src/site/page-keys.ts says what its key covers); Astro empties dist/ before every build either way.
  // Not in CI: a fresh clone has no last build to copy from, and writing copies for none costs a file a page.
  experimental: { incrementalBuild: !process.env.CI },
});
