/**
 * The one XML serialiser of the feeds: an element tree in, well-formed XML 1.0
 * out, with every text and attribute value escaped here and nowhere else.
 *
 * Why not the `feed` package (and xml-js under it): it escapes attribute
 * values only for `&` and `"`, so a `<` in a package name (an Atom
 * `category term`) made every feed listing it ill-formed; xml-js splits only
 * the first `]]>` of a CDATA section, un-escapes `&amp;` in text, and passes
 * control characters that XML 1.0 cannot hold at all. A writer this small,
 * with escaping in one place, is easier to trust than patches around those.
 */

/** An element: its name, attributes (undefined values are left out) and children (text or elements). */
export interface XmlElement {
  name: string;
  attributes?: Record<string, string | undefined>;
  children?: XmlNode[];
}

export type XmlNode = XmlElement | string;

/** Builds an element; `children` may hold undefined entries, which are dropped (for optional fields). */
export function el(name: string, attributes: Record<string, string | undefined> = {}, ...children: (XmlNode | undefined)[]): XmlElement {
  return { name, attributes, children: children.filter((c): c is XmlNode => c !== undefined) };
}

// Characters XML 1.0 cannot carry, even escaped (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/FFFF).
// They are replaced by U+FFFD so the reader sees that something was there.
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text as XML character data: markup characters escaped, characters XML cannot hold replaced. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute value for double quotes; line breaks and tabs are escaped too, or a parser would normalise them to spaces. */
export function xmlAttribute(value: string): string {
  return xmlText(value).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

const NAME = /^[A-Za-z_][A-Za-z0-9._:-]*$/;

/** The document: an XML declaration and the root element, indented by two spaces where an element holds only elements. */
export function xmlDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${serialise(root, '')}\n`;
}

function serialise(node: XmlElement, indent: string): string {
  // Names come from this code, never from data; a bad one is a bug, not an escaping problem.
  if (!NAME.test(node.name)) throw new Error(`not an XML name: ${node.name}`);
  let open = `<${node.name}`;
  for (const [key, value] of Object.entries(node.attributes ?? {})) {
    if (value === undefined) continue;
    if (!NAME.test(key)) throw new Error(`not an XML attribute name: ${key}`);
    open += ` ${key}="${xmlAttribute(value)}"`;
  }
  const children = node.children ?? [];
  if (children.length === 0) return `${open}/>`;
  if (children.every((c) => typeof c === 'string')) return `${open}>${children.map((c) => xmlText(c as string)).join('')}</${node.name}>`;
  const inner = `${indent}  `;
  // Mixed content keeps its text exactly; element-only content is indented for people reading the file.
  const body = children.map((c) => (typeof c === 'string' ? xmlText(c) : `\n${inner}${serialise(c, inner)}`)).join('');
  return `${open}>${body}\n${indent}</${node.name}>`;
}
