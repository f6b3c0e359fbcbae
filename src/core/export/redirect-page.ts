import { escapeHtml } from '../markdown/render-markdown.ts';

/**
 * A minimal page that sends the reader on to `target` at once (a CVE or other
 * alias resolves to its advisory). There are as many as there are aliases, so
 * the build writes them directly rather than rendering each through Astro. Every
 * value is HTML-escaped; the target is a site path built by `paths`, never data.
 */
export function redirectPage(options: { title: string; target: string; text: string; canonical: string; linkText?: string }): string {
  const title = escapeHtml(options.title);
  const target = escapeHtml(options.target);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${title}</title>
<link rel="canonical" href="${escapeHtml(options.canonical)}">
<meta http-equiv="refresh" content="0; url=${target}">
<meta name="robots" content="noindex">
</head>
<body>
<main>
<h1>${title}</h1>
<p>${escapeHtml(options.text)} <a href="${target}">${escapeHtml(options.linkText ?? 'Go to the advisory')}</a>.</p>
</main>
</body>
</html>
`;
}
