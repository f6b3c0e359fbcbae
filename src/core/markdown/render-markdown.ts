import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

/**
 * The ONE function through which text from the data becomes HTML on a page or
 * in a feed. Markdown is rendered by marked, then everything outside a small
 * allowlist is removed by sanitize-html: no raw HTML, no images (a page must
 * make no third-party requests), no scripts or event handlers, links only to
 * https:, mailto: or the site itself. Headings are shifted down so details can
 * never compete with the page's own <h1>/<h2>.
 *
 * Raw HTML written in the Markdown never becomes markup: its tags are dropped
 * and the text between them is kept, as text. Removing whole elements instead
 * let one unclosed `<svg>`, `<style>` or `<textarea>` swallow everything after
 * it, so a reviewer saw details the page did not show. Comments and `<!…>`,
 * `<?…>` are shown as text too, for the same reason.
 */
const marked = new Marked({ gfm: true, breaks: false, async: false });

/** Drops every tag and keeps all text, escaped; raw-text elements (<script>, <style>) keep theirs as text too. */
const TEXT_ONLY: sanitizeHtml.IOptions = { allowedTags: [], allowedAttributes: {}, nonTextTags: [] };

marked.use({
  renderer: {
    html({ text, block }) {
      const kept = sanitizeHtml(text.replace(/<(?=[!?])/g, '&lt;'), TEXT_ONLY);
      if (!block) return kept;
      return kept.trim() === '' ? '' : `<p>${kept.trim()}</p>\n`;
    },
  },
});

const HEADING_SHIFT: Record<string, string> = { h1: 'h3', h2: 'h3', h3: 'h4', h4: 'h5', h5: 'h6', h6: 'h6' };

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'hr',
    'em',
    'strong',
    'del',
    'code',
    'pre',
    'blockquote',
    'ul',
    'ol',
    'li',
    'a',
    'h3',
    'h4',
    'h5',
    'h6',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: { a: ['href'], ol: ['start'], th: ['align'], td: ['align'] },
  allowedSchemes: ['https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // Text inside removed <script>/<style> is dropped entirely, not shown.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title', 'iframe', 'object', 'embed', 'svg', 'math'],
  transformTags: {
    ...Object.fromEntries(Object.entries(HEADING_SHIFT).map(([from, to]) => [from, to])),
    a: (tagName, attribs) => ({
      tagName,
      attribs: attribs.href ? { href: attribs.href, rel: 'nofollow noopener noreferrer' } : {},
    }),
  },
};
// `rel` is added by the transform above, after the attribute filter has run.
(OPTIONS.allowedAttributes as Record<string, string[]>).a?.push('rel');

/** Markdown (CommonMark + GFM tables) to sanitised HTML. */
export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown, { async: false });
  return sanitizeHtml(html, OPTIONS);
}

/** Plain text with every HTML special character escaped, for places that take HTML but hold text. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
