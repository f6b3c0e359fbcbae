import { fullFormats } from 'ajv-formats/dist/formats.js';
import { RE2JS } from 're2js';
import { FORMAT_CHECKERS } from './formats.ts';

/**
 * The functions the schemas' keywords call at validation time, shared by the
 * validators compiled at run time and the precompiled ones (validators.gen.js
 * imports this module), so both judge a value by the very same code.
 */

/**
 * Schema `pattern`s run on RE2 (linear time), so a pattern cannot be made to
 * backtrack for minutes by a crafted value.
 */
export function re2RegExp(pattern: string, flags: string) {
  // Compiled on first use: the precompiled validators create every schema's
  // patterns when they load, and a check with one file changed uses few of them.
  let re: RE2JS | undefined;
  return {
    test: (input: string) => {
      re ??= RE2JS.compile(pattern, flags.includes('i') ? RE2JS.CASE_INSENSITIVE : 0);
      return re.matcher(input).find();
    },
    // AJV caches compiled patterns under toString(); without a distinct one,
    // every pattern would share the first one compiled.
    toString: () => `/${pattern}/${flags}`,
  };
}
/** How precompiled code names this function: the identifier validators.gen.js imports. */
re2RegExp.code = 're2RegExp';

export interface FormatDefinition {
  type: 'string';
  validate: ((value: string) => boolean) | RegExp;
  compare?: (a: string, b: string) => number | undefined;
}

/** `email` and `date-time` from ajv-formats' full mode, and Watchkeeper's own formats (formats.ts). */
export const SCHEMA_FORMATS: Record<string, FormatDefinition> = {
  email: { type: 'string', validate: fullFormats.email as RegExp },
  'date-time': { ...(fullFormats['date-time'] as FormatDefinition), type: 'string' },
  ...Object.fromEntries(
    Object.entries(FORMAT_CHECKERS).map(([name, check]) => [
      name,
      { type: 'string' as const, validate: (value: string) => check(value) === undefined },
    ]),
  ),
};
