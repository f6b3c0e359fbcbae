import { distance } from 'fastest-levenshtein';
import { capDiagnostics } from '../cap-diagnostics.ts';
import type { Code } from '../codes.ts';
import { type Diagnostic, diagnostic, pointerOf, segmentsOf, sortDiagnostics } from '../diagnostics.ts';
import { excerpt } from '../text/excerpt.ts';
import { locate } from '../yaml/locate.ts';
import type { YamlFile } from '../yaml/read-yaml.ts';
import { FORMAT_CHECKERS } from './formats.ts';
import { type ErrorObject, type SchemaName, validators } from './validators.ts';

/**
 * Validates a parsed file against its schema and turns AJV's errors into
 * diagnostics that say what is wrong, where (the key or value), and what to do.
 */
export function validateFile(schema: SchemaName, yaml: YamlFile): Diagnostic[] {
  const validate = validators()[schema];
  if (validate(yaml.data)) return [];
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    const mapped = friendly(error, yaml);
    if (!mapped) continue;
    const key = `${mapped.pointer}|${mapped.code}|${mapped.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(mapped);
  }
  return capDiagnostics(yaml.file, sortDiagnostics(out));
}

/** What a keyword handler knows about one AJV error: where it is, the value there, and how to make its diagnostic. */
interface ErrorAt {
  error: ErrorObject;
  yaml: YamlFile;
  /** The JSON pointer of the value AJV complains about. */
  path: string;
  /** That value's name as readers see it (`affected[0].package`). */
  field: string;
  value: unknown;
  params: Record<string, unknown>;
  make: (code: Code, message: string, hint?: string, pointer?: string, part?: 'key' | 'value') => Diagnostic;
}

type KeywordHandler = (at: ErrorAt) => Diagnostic | undefined;

function friendly(error: ErrorObject, yaml: YamlFile): Diagnostic | undefined {
  const path = error.instancePath;
  const make = (code: Code, message: string, hint?: string, pointer = path, part: 'key' | 'value' = 'value') =>
    diagnostic(code, yaml.file, pointer, message, hint, locate(yaml, pointer, part));
  const at: ErrorAt = {
    error,
    yaml,
    path,
    field: fieldName(path),
    value: valueAt(yaml.data, path),
    params: error.params as Record<string, unknown>,
    make,
  };
  const handler = Object.hasOwn(KEYWORDS, error.keyword) ? KEYWORDS[error.keyword] : undefined;
  return (handler ?? otherKeyword)(at);
}

function unknownField({ error, path, field, params, make }: ErrorAt): Diagnostic {
  const name = String(params.additionalProperty);
  const known = Object.keys((error.parentSchema?.properties as object | undefined) ?? {});
  const near = name.length <= 100 ? nearest(name, known) : undefined;
  return make(
    'SCHEMA_UNKNOWN_FIELD',
    `Unknown field \`${excerpt(name)}\`${path ? ` in ${field}` : ''}.`,
    near ? `Did you mean \`${near}\`? Known fields: ${known.join(', ')}.` : `Known fields: ${known.join(', ')}.`,
    path + pointerOf([name]),
    'key',
  );
}

function missingField({ error, path, field, params, make }: ErrorAt): Diagnostic | undefined {
  // `contains` reports its own, clearer message.
  if (error.schemaPath.includes('/contains/')) return undefined;
  const name = String(params.missingProperty);
  const description = describe(error, name);
  return make(
    'SCHEMA_MISSING_FIELD',
    `${path ? `${field} is` : 'The file is'} missing the required field \`${name}\`${requiredBecause(error)}.`,
    description ? `Add \`${name}:\` (${description})` : `Add \`${name}:\`.`,
    path,
    'key',
  );
}

function wrongType({ field, value, params, make }: ErrorAt): Diagnostic {
  const expected = String(params.type);
  const found =
    value === null
      ? 'nothing (null)'
      : Array.isArray(value)
        ? 'a list'
        : typeof value === 'object'
          ? 'a mapping'
          : `the ${typeof value} ${excerpt(JSON.stringify(value))}`;
  const quote = expected === 'string' && (typeof value === 'number' || typeof value === 'boolean');
  return make(
    'SCHEMA_TYPE',
    `${field} must be ${article(expected)}, but is ${found}.`,
    quote
      ? `Quote the value ("${excerpt(value)}") so YAML reads it as text.`
      : expected === 'array'
        ? 'Write it as a list, one `- item` per line.'
        : expected === 'object'
          ? 'Write it as a mapping of `key: value` lines.'
          : undefined,
  );
}

function notAllowedValue({ field, value, params, make }: ErrorAt): Diagnostic {
  const allowed = (params.allowedValues as unknown[]).map(String);
  const near = typeof value === 'string' ? nearest(value, allowed) : undefined;
  return make(
    'SCHEMA_ENUM',
    `${field} is \`${excerpt(value)}\`, which is not one of: ${allowed.join(', ')}.`,
    near ? `Did you mean \`${near}\`?` : `Use one of: ${allowed.join(', ')}.`,
  );
}

function notTheConstant({ field, params, make }: ErrorAt): Diagnostic {
  return make('SCHEMA_ENUM', `${field} must be \`${String(params.allowedValue)}\`.`);
}

function badFormat({ field, value, params, make }: ErrorAt): Diagnostic {
  const check = FORMAT_CHECKERS[String(params.format)];
  const problem = check && typeof value === 'string' ? check(value) : undefined;
  if (problem) return make(problem.code, `${field}: ${problem.message}`, problem.hint);
  return make('SCHEMA_PATTERN', `${field} is not a valid ${String(params.format)}.`);
}

function badPattern({ error, field, value, make }: ErrorAt): Diagnostic {
  return make('SCHEMA_PATTERN', `${field} is \`${excerpt(value)}\`, which does not have the expected form.`, describe(error));
}

function badLength({ error, field, params, make }: ErrorAt): Diagnostic {
  const short = error.keyword === 'minLength';
  return make(
    'SCHEMA_LENGTH',
    `${field} must be ${short ? 'at least' : 'at most'} ${String(params.limit)} characters long.`,
    short ? 'Fill it in, or remove the field.' : 'Shorten it.',
  );
}

function badCount({ error, path, field, params, make }: ErrorAt): Diagnostic {
  const few = error.keyword.startsWith('min');
  const what = error.keyword.endsWith('Items') ? 'entries' : 'fields';
  return make(
    'SCHEMA_COUNT',
    `${field} must have ${few ? 'at least' : 'at most'} ${String(params.limit)} ${what}.`,
    path.endsWith('/events') || /\/events\/\d+$/.test(path)
      ? 'Each event has exactly one key: introduced, fixed, last_affected or limit.'
      : undefined,
  );
}

function duplicateItem({ field, params, make }: ErrorAt): Diagnostic {
  return make(
    'SCHEMA_DUPLICATE_ITEM',
    `${field} lists the same entry twice (items ${String(params.j)} and ${String(params.i)}).`,
    'Remove the duplicate.',
  );
}

/** The schema's only `contains` asks a range's events for an introduced one. */
function missingIntroduced({ field, make }: ErrorAt): Diagnostic {
  return make(
    'SCHEMA_CONSTRAINT',
    `${field} needs an \`introduced\` event.`,
    'Add `- introduced: "0"` (all earlier versions affected) or the first affected version.',
  );
}

function noBranchMatched({ path, field, make }: ErrorAt): Diagnostic | undefined {
  if (!path.match(/^\/affected\/\d+$/)) return undefined;
  return make(
    'SCHEMA_MISSING_FIELD',
    `${field} needs \`ranges\` or \`versions\`.`,
    'Add a range with introduced and fixed events, or list the affected versions.',
    path,
    'key',
  );
}

function forbiddenHere({ yaml, path, field, make }: ErrorAt): Diagnostic {
  if (path === '') {
    return make(
      'SCHEMA_CONSTRAINT',
      '`withdrawn` and `withdrawn_reason` belong only to an advisory whose status is `withdrawn`.',
      'Set `status: withdrawn`, or remove the withdrawn fields.',
      pointerOf(['withdrawn' in (yaml.data as object) ? 'withdrawn' : 'withdrawn_reason']),
      'key',
    );
  }
  return make('SCHEMA_CONSTRAINT', `${field} is not allowed here.`);
}

/** The branch that failed reports the concrete problem itself. */
const reportedByBranch: KeywordHandler = () => undefined;

function otherKeyword({ error, field, make }: ErrorAt): Diagnostic {
  return make('SCHEMA_CONSTRAINT', `${field} ${error.message ?? 'is invalid'}.`);
}

/** AJV keyword → the handler that words its error; a keyword not listed gets otherKeyword's plain wording. */
const KEYWORDS: Record<string, KeywordHandler> = {
  additionalProperties: unknownField,
  required: missingField,
  type: wrongType,
  enum: notAllowedValue,
  const: notTheConstant,
  format: badFormat,
  pattern: badPattern,
  minLength: badLength,
  maxLength: badLength,
  minItems: badCount,
  maxItems: badCount,
  minProperties: badCount,
  maxProperties: badCount,
  uniqueItems: duplicateItem,
  contains: missingIntroduced,
  anyOf: noBranchMatched,
  not: forbiddenHere,
  if: reportedByBranch,
  oneOf: reportedByBranch,
  allOf: reportedByBranch,
};

/** The "because" behind a conditional requirement, read from the data. */
function requiredBecause(error: ErrorObject): string {
  if (error.schemaPath.includes('/allOf/')) {
    if (error.params && (error.params as { missingProperty?: string }).missingProperty === 'published') {
      return ' (a published or withdrawn advisory records when it was published)';
    }
    if ((error.params as { missingProperty?: string }).missingProperty === 'embargo') return ' (status is embargoed)';
    if ((error.params as { missingProperty?: string }).missingProperty === 'withdrawn') return ' (status is withdrawn)';
  }
  return '';
}

function describe(error: ErrorObject, property?: string): string | undefined {
  const schema = error.parentSchema as { description?: string; properties?: Record<string, { description?: string }> } | undefined;
  const text = property ? schema?.properties?.[property]?.description : schema?.description;
  return text?.split('\n')[0];
}

function fieldName(path: string): string {
  if (path === '') return 'The file';
  const segments = segmentsOf(path);
  // Keys under database_specific are free-form and can be long.
  return `\`${excerpt(segments.map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : i === 0 ? s : `.${s}`)).join(''), 120)}\``;
}

function valueAt(data: unknown, path: string): unknown {
  let node = data;
  for (const segment of segmentsOf(path)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

function nearest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const d = distance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

function article(type: string): string {
  const names: Record<string, string> = {
    string: 'text',
    array: 'a list',
    object: 'a mapping',
    integer: 'a whole number',
    number: 'a number',
    boolean: 'true or false',
  };
  return names[type] ?? type;
}
