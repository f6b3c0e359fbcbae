// A strict XML 1.0 well-formedness check for feeds: saxes rejects what lax
// parsers accept (a raw `<` or `&` in an attribute, control characters, `]]>`
// in text, undeclared entities, a second root).
import { SaxesParser } from 'saxes';

/** The first well-formedness error of an XML document, or undefined when it is well-formed. */
export function xmlError(xml: string): string | undefined {
  const parser = new SaxesParser({ xmlns: true });
  let error: string | undefined;
  parser.on('error', (e) => {
    error ??= e.message;
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    error ??= (e as Error).message;
  }
  return error;
}
