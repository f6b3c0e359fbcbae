// The baseline the site's build is measured against: a bare Astro project that
// builds one page per advisory from the same YAML files with the same
// libraries (yaml, Astro static output) and a minimal page template. Written
// afresh into a temporary folder by every run, so it is built from the same
// Astro as the site and cannot drift from it.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const CONFIG = `import { defineConfig } from 'astro/config';
export default defineConfig({ output: 'static', trailingSlash: 'always', build: { format: 'directory' } });
`;

const PAGE = `---
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export function getStaticPaths() {
  const folder = join(process.env.BARE_ASTRO_DATA ?? '', 'advisories');
  const pages = [];
  for (const year of readdirSync(folder)) {
    for (const name of readdirSync(join(folder, year))) {
      const advisory = parse(readFileSync(join(folder, year, name), 'utf8'));
      if (advisory.status === 'published') pages.push({ params: { id: advisory.id }, props: { advisory } });
    }
  }
  return pages;
}
const { advisory } = Astro.props;
---
<html lang="en">
  <head><meta charset="utf-8" /><title>{advisory.id}: {advisory.summary}</title></head>
  <body>
    <h1>{advisory.id}</h1>
    <p>{advisory.summary}</p>
    <p>{advisory.details}</p>
    <ul>{advisory.affected.map((a) => <li>{a.package.name}</li>)}</ul>
    <ul>{(advisory.references ?? []).map((r) => <li><a href={r.url}>{r.url}</a></li>)}</ul>
  </body>
</html>
`;

/** Writes the bare project at `folder`, reading its node_modules from the project's. */
export function writeBareAstro(folder: string, projectRoot: string): void {
  mkdirSync(join(folder, 'src/pages/advisories'), { recursive: true });
  writeFileSync(join(folder, 'package.json'), '{ "name": "bare-astro-baseline", "private": true, "type": "module" }\n');
  writeFileSync(join(folder, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(folder, 'src/pages/advisories/[id].astro'), PAGE);
  symlinkSync(join(projectRoot, 'node_modules'), join(folder, 'node_modules'), 'dir');
}
