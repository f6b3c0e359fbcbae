// Raw HTML in details: tags are dropped, text is kept, so nothing written after
// an unclosed element disappears from the page or the feeds (issue 11 point 12).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { renderMarkdown } from '../../src/core/markdown/render-markdown.ts';
import { launchChromium } from '../helpers/browser.ts';

const SWALLOWING = ['math', 'svg', 'style', 'textarea', 'title', 'noscript', 'xmp', 'plaintext', 'iframe', 'noembed', 'template', 'script'];
const ALLOWED = /^(p|br|hr|em|strong|del|code|pre|blockquote|ul|ol|li|a|h[3-6]|table|thead|tbody|tr|th|td)$/;

/** The tags in the output, and its text with them removed and entities read. */
function inspect(html: string) {
  const tags = [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => (m[1] as string).toLowerCase());
  const text = html
    .replace(/<[^>]*>/g, '')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
  return { tags, text };
}

describe('an unclosed element in details does not swallow what follows', () => {
  test.each(SWALLOWING)('<%s> opening a block', (tag) => {
    const { tags, text } = inspect(renderMarkdown(`before\n\n<${tag}>\nhidden?\n\nThe fix is in **1.2.3**.`));
    expect(tags.every((t) => ALLOWED.test(t))).toBe(true);
    expect(text).toContain('before');
    expect(text).toContain('hidden?');
    expect(text).toContain('The fix is in');
    expect(text).toContain('1.2.3');
  });

  test.each(SWALLOWING)('<%s> inside a paragraph', (tag) => {
    const html = renderMarkdown(`Upgrade <${tag}> to *1.2.3* now.\n\nSecond paragraph.`);
    const { tags, text } = inspect(html);
    expect(tags.every((t) => ALLOWED.test(t))).toBe(true);
    expect(text).toContain('to 1.2.3 now.');
    expect(text).toContain('Second paragraph.');
  });

  test('an unclosed comment is shown as text rather than hiding the rest', () => {
    const { text } = inspect(renderMarkdown('before\n\n<!-- note\n\nafter'));
    expect(text).toContain('<!-- note');
    expect(text).toContain('after');
  });

  test('closed raw HTML keeps its text and loses its tags and attributes', () => {
    const html = renderMarkdown('a <b onclick="x()">bold</b> <a href="javascript:x">link</a> c\n\n<div>\ninside\n</div>');
    expect(html).toBe('<p>a bold link c</p>\n<p>inside</p>\n');
  });

  test('Markdown itself is unchanged: code spans, autolinks, emphasis', () => {
    expect(renderMarkdown('`<svg>` and <https://x.example/> and *em*')).toBe(
      '<p><code>&lt;svg&gt;</code> and <a href="https://x.example/" rel="nofollow noopener noreferrer">https://x.example/</a> and <em>em</em></p>\n',
    );
  });
});

describe('in a real browser, the text after each element is on screen', () => {
  let browser: Awaited<ReturnType<typeof launchChromium>> | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  test('every swallowing element, unclosed, in one page of details', { timeout: 60_000 }, async () => {
    const page = await (browser as NonNullable<typeof browser>).newPage();
    const details = SWALLOWING.map((tag) => `Before ${tag}: <${tag}>\n\nAfter ${tag} is visible.`).join('\n\n');
    // The page wraps the details the way src/pages/advisories/[id].astro does.
    await page.setContent(
      `<!doctype html><html><body><div class="details">${renderMarkdown(details)}</div><p id="end">End of page.</p></body></html>`,
    );
    // biome-ignore lint/performance/useDomNodeTextContent: innerText is what is rendered on screen, which is the point here.
    const shown = await page.locator('body').innerText();
    for (const tag of SWALLOWING) expect(shown).toContain(`After ${tag} is visible.`);
    expect(shown).toContain('End of page.');
    expect(
      await page.evaluate(() => document.querySelectorAll('svg, math, style, textarea, iframe, template, script, noscript').length),
    ).toBe(0);
    await page.close();
  });
});
