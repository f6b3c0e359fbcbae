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
  build: { format: 'directory' },
  integrations: [watchkeeper()],
});
