import {
  Composer,
  type CST,
  type Document,
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  LineCounter,
  type Node,
  Parser,
  Scalar,
  YAMLParseError,
} from 'yaml';
import { capDiagnostics } from '../cap-diagnostics.ts';
import type { Code } from '../codes.ts';
import { type Diagnostic, diagnostic, pointerOf } from '../diagnostics.ts';
import { excerpt } from '../text/excerpt.ts';
import { findForbiddenCharacter } from '../text/forbidden-characters.ts';
import { type SizeProblem, sizeProblem } from './size-limits.ts';

/** Caps that keep a hostile file from costing more than a real one. */
export const MAX_FILE_BYTES = 1024 * 1024;
export const MAX_DEPTH = 32;

export interface YamlFile {
  file: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** The plain data, or undefined when the file had errors. */
  data: unknown;
}

export interface ReadResult {
  yaml?: YamlFile;
  diagnostics: Diagnostic[];
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Errors from the yaml library mapped to our permanent codes. */
const YAML_CODES: Partial<Record<string, Code>> = {
  DUPLICATE_KEY: 'YAML_DUPLICATE_KEY',
  TAB_AS_INDENT: 'YAML_TAB_INDENT',
  MULTIPLE_DOCS: 'YAML_MULTIPLE_DOCUMENTS',
  RESOURCE_EXHAUSTION: 'YAML_TOO_DEEP',
  TAG_RESOLVE_FAILED: 'YAML_TAG',
  BAD_ALIAS: 'YAML_ANCHOR',
};

const YAML_HINTS: Partial<Record<Code, string>> = {
  YAML_DUPLICATE_KEY: 'Remove or merge one of the two entries with this key.',
  YAML_TAB_INDENT: 'Indent with spaces; YAML does not allow tabs for indentation.',
  YAML_MULTIPLE_DOCUMENTS: 'Keep one advisory or rotation per file; remove the extra `---` and what follows.',
  YAML_TOO_DEEP: `Data files need at most ${MAX_DEPTH} levels of nesting.`,
  YAML_TAG: 'Remove the `!tag`; data files use plain YAML values only.',
  YAML_SYNTAX: 'Check quoting and indentation around this position.',
};

/**
 * YAML 1.1 reads these plain scalars as booleans or base-60 numbers, YAML 1.2
 * as strings. Tools disagree about them (Astro's own loader, PyYAML), so we
 * make the author quote them and say what they mean.
 */
const YAML11_BOOLEAN = /^(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;
const YAML11_SEXAGESIMAL = /^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?$/;

/**
 * Reads one YAML data file with the safety rules from DESIGN.md: fatal UTF-8,
 * no BOM, YAML 1.2 core schema, unique string keys, no directives, tags,
 * anchors or aliases, warnings treated as errors, capped size and depth.
 */
export interface ReadYamlOptions {
  /**
   * Skip TEXT_CONTROL_CHARACTER / TEXT_BIDI_CONTROL. Only for foreign input
   * (import), which is converted and then checked as a data file like any other.
   */
  foreignText?: boolean;
}

export function readYaml(file: string, bytes: Uint8Array, options: ReadYamlOptions = {}): ReadResult {
  const fail = (code: Code, message: string, hint: string, line?: number, column?: number): ReadResult => ({
    diagnostics: [diagnostic(code, file, '', message, hint, line ? { line, column: column ?? 1 } : undefined)],
  });
  if (bytes.byteLength > MAX_FILE_BYTES) {
    return fail(
      'FILE_TOO_LARGE',
      `The file is ${bytes.byteLength} bytes; data files may be at most ${MAX_FILE_BYTES} bytes.`,
      'Split the content or shorten `details`; an advisory this large is almost certainly a mistake.',
    );
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const pos = positionOfByte(bytes, bad);
    return fail(
      'FILE_NOT_UTF8',
      `The file is not valid UTF-8 (first bad byte at offset ${bad}).`,
      'Save the file as UTF-8.',
      pos.line,
      pos.column,
    );
  }
  if (text.startsWith('\uFEFF')) {
    return fail('FILE_BOM', 'The file starts with a byte order mark (BOM).', 'Save the file as UTF-8 without BOM.', 1, 1);
  }
  if (text.trim() === '') {
    return fail('FILE_EMPTY', 'The file is empty.', 'Fill it in, or delete it if it was created by mistake.');
  }
  const depthProblem = flowDepthProblem(text);
  if (depthProblem) {
    return fail(
      'YAML_TOO_DEEP',
      `The file nests more than ${MAX_DEPTH} levels deep.`,
      YAML_HINTS.YAML_TOO_DEEP ?? '',
      depthProblem.line,
      depthProblem.column,
    );
  }

  const lineCounter = new LineCounter();
  // parseDocument() in two steps, so the limits are checked between them.
  const tokens = Array.from(new Parser(lineCounter.addNewLine).parse(text));
  const tooBig = sizeProblem(tokens);
  if (tooBig) {
    const p = lineCounter.linePos(tooBig.offset);
    return fail(tooBig.code, sizeMessage(tooBig), SIZE_HINTS[tooBig.code], p.line, p.col);
  }
  const doc = composeOne(tokens, text.length);
  const diagnostics: Diagnostic[] = [];
  const at = (offset: number | undefined) => {
    const p = lineCounter.linePos(offset ?? 0);
    return { line: p.line, column: p.col };
  };
  for (const problem of [...doc.errors, ...doc.warnings]) {
    const code = YAML_CODES[problem.code] ?? 'YAML_SYNTAX';
    diagnostics.push(diagnostic(code, file, '', excerpt(firstLine(problem.message), 300), YAML_HINTS[code], at(problem.pos[0])));
  }
  if (doc.directives?.yaml.explicit || hasTagDirectives(text)) {
    diagnostics.push(
      diagnostic(
        'YAML_DIRECTIVE',
        file,
        '',
        'The file has a `%` directive; data files are always read as YAML 1.2 and directives cannot change that.',
        'Delete the `%YAML` or `%TAG` line (and the `---` after it if nothing else needs it).',
        { line: 1, column: 1 },
      ),
    );
  }
  diagnostics.push(...nodeProblems(file, doc, lineCounter, text, options.foreignText !== true));
  if (options.foreignText !== true && !diagnostics.some((d) => d.code.startsWith('TEXT_'))) {
    const outside = outsideValues(file, text, lineCounter);
    if (outside) diagnostics.push(outside);
  }
  if (diagnostics.length > 0) return { diagnostics: capDiagnostics(file, diagnostics) };

  if (!isMap(doc.contents)) {
    const found = doc.contents === null ? 'nothing' : isCollection(doc.contents) ? 'a list' : 'a single value';
    return {
      diagnostics: [
        diagnostic(
          doc.contents === null ? 'FILE_EMPTY' : 'YAML_NOT_MAPPING',
          file,
          '',
          `The file holds ${found}; it must hold a mapping of fields (key: value).`,
          'Start the file with the fields, e.g. `id: …` on the first line.',
          at(doc.contents?.range?.[0]),
        ),
      ],
    };
  }
  return { yaml: { file, doc, lineCounter, data: doc.toJS({ maxAliasCount: 0 }) }, diagnostics: [] };
}

const YAML_OPTIONS = {
  version: '1.2',
  schema: 'core',
  merge: false,
  uniqueKeys: true,
  stringKeys: true,
  strict: true,
  prettyErrors: false,
} as const;

/** What parseDocument() does after parsing: the first document, and an error for any further one. */
function composeOne(tokens: readonly CST.Token[], length: number): Document.Parsed {
  const composer = new Composer(YAML_OPTIONS);
  let doc: Document.Parsed | undefined;
  for (const next of composer.compose(tokens, true, length)) {
    if (!doc) doc = next;
    else {
      doc.errors.push(
        new YAMLParseError(
          [next.range[0], next.range[1]],
          'MULTIPLE_DOCS',
          'Source contains multiple documents; please use YAML.parseAllDocuments()',
        ),
      );
      break;
    }
  }
  // compose(…, true) always ends with a document, even for empty input.
  return doc as Document.Parsed;
}

const SIZE_HINTS: Record<SizeProblem['code'], string> = {
  YAML_TOO_MANY_KEYS: 'Move the data into a list, or keep only what readers need; no real advisory needs this many keys in one mapping.',
  YAML_TOO_MANY_ITEMS: 'Split the list (e.g. one `affected` entry per package) or list version ranges instead of every version.',
  YAML_TOO_MANY_NODES: 'Split the advisory, or describe affected versions with ranges instead of listing each one.',
};

function sizeMessage(problem: SizeProblem): string {
  const n = (x: number) => x.toLocaleString('en-US');
  if (problem.code === 'YAML_TOO_MANY_KEYS')
    return `This mapping has ${n(problem.count)} keys; a data file may have at most ${n(problem.limit)} in one mapping, so that checking it stays fast.`;
  if (problem.code === 'YAML_TOO_MANY_ITEMS')
    return `This list has ${n(problem.count)} items; a data file may have at most ${n(problem.limit)} in one list, so that checking it stays fast.`;
  return `The file holds more than ${n(problem.limit)} values (keys, values and lists counted); this is where it goes over, and checking so many would not stay fast.`;
}

/**
 * Walks every node once: anchors, aliases, tags, ambiguous scalars, depth.
 * A plain recursive walk: yaml's visit() builds a path array per node, which
 * cost more than parsing on large repositories.
 */
function nodeProblems(file: string, doc: Document.Parsed, lineCounter: LineCounter, text: string, textRules: boolean): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (node: Node) => {
    const p = lineCounter.linePos(node.range?.[0] ?? 0);
    return { line: p.line, column: p.col };
  };
  const path: (string | number)[] = [];
  const walk = (node: unknown, depth: number, isKey = false): boolean => {
    if (node === null || node === undefined) return true;
    if (isAlias(node)) {
      out.push(
        diagnostic(
          'YAML_ANCHOR',
          file,
          '',
          `The alias *${excerpt(node.source)} repeats another node.`,
          'Write the value out in full; anchors and aliases are not allowed in data files.',
          at(node),
        ),
      );
      return true;
    }
    if (!isScalar(node) && !isCollection(node)) return true;
    if (node.anchor) {
      out.push(
        diagnostic(
          'YAML_ANCHOR',
          file,
          '',
          `The anchor &${excerpt(node.anchor)} is not allowed.`,
          'Remove the `&anchor`; write values out in full.',
          at(node),
        ),
      );
    }
    if (node.tag) {
      out.push(diagnostic('YAML_TAG', file, '', `The tag ${excerpt(node.tag)} is not allowed.`, YAML_HINTS.YAML_TAG, at(node)));
    }
    if (isScalar(node)) {
      if (node.type === Scalar.PLAIN && typeof node.value === 'string') ambiguous(node);
      if (textRules && typeof node.value === 'string') forbidden(node, node.value, isKey);
      return true;
    }
    if (depth >= MAX_DEPTH) {
      out.push(
        diagnostic('YAML_TOO_DEEP', file, '', `The file nests more than ${MAX_DEPTH} levels deep.`, YAML_HINTS.YAML_TOO_DEEP, at(node)),
      );
      return false;
    }
    let index = 0;
    for (const item of node.items as unknown[]) {
      path.push(isPair(item) && isScalar(item.key) ? String(item.key.value) : index);
      index++;
      const ok = isPair(item) ? walk(item.key, depth + 1, true) && walk(item.value, depth + 1) : walk(item, depth + 1);
      path.pop();
      if (!ok) return false;
    }
    return true;
  };
  const forbidden = (node: Scalar, value: string, isKey: boolean) => {
    const found = findForbiddenCharacter(value);
    if (!found) return;
    // Where the character sits in the file: written raw it is found in the
    // node's source; written as an escape ("\e") the node's start is as near as it gets.
    const [start = 0, end = start] = node.range ?? [];
    const raw = text.slice(start, end).indexOf(String.fromCodePoint(found.codePoint));
    const p = lineCounter.linePos(raw === -1 ? start : start + raw);
    const bidi = found.kind === 'bidi';
    out.push(
      diagnostic(
        bidi ? 'TEXT_BIDI_CONTROL' : 'TEXT_CONTROL_CHARACTER',
        file,
        // A key's own pointer would carry the character into every output that prints pointers.
        pointerOf(isKey ? path.slice(0, -1) : path),
        `The ${isKey ? 'key' : 'text'} \`${excerpt(value)}\` holds ${found.label} at character ${found.index + 1}${raw === -1 ? ' (written as an escape)' : ''}; ${
          bidi
            ? 'bidirectional controls make text display in another order than it is stored, so readers and reviewers would see different text.'
            : 'control characters can rewrite a terminal or a CI log and have no place in data text.'
        }`,
        bidi
          ? 'Delete the invisible character (an editor that shows bidi controls, or `grep -P "[\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]"`, finds it).'
          : 'Delete the character; write a line break as a real new line and indent with spaces.',
        { line: p.line, column: p.col },
      ),
    );
  };
  const ambiguous = (node: Scalar) => {
    const value = node.value as string;
    const first = value.charCodeAt(0);
    const digit = first >= 48 && first <= 57;
    const meaning =
      value.length <= 3 && YAML11_BOOLEAN.test(value)
        ? 'a boolean'
        : (digit || value.length > 1) && value.includes(':') && YAML11_SEXAGESIMAL.test(value)
          ? 'a base-60 number'
          : undefined;
    if (!meaning) return;
    out.push(
      diagnostic(
        'YAML_AMBIGUOUS_SCALAR',
        file,
        '',
        `The unquoted value \`${excerpt(value)}\` is a string in YAML 1.2 but ${meaning} in YAML 1.1, so tools disagree about it.`,
        `Quote it ("${excerpt(value)}") if you mean the text${meaning === 'a boolean' ? ', or write true/false if you mean a boolean' : ''}.`,
        at(node),
      ),
    );
  };
  walk(doc.contents, 0);
  return out;
}

/**
 * A forbidden character that no value holds sits in a comment (or between
 * tokens). A bidi override in a comment is the classic way to make a line read
 * differently in review than it parses, so it is refused there too. A CR that
 * ends a line (CRLF) is a line break, not text.
 */
function outsideValues(file: string, text: string, lineCounter: LineCounter): Diagnostic | undefined {
  const found = findForbiddenCharacter(text.replace(/\r(?=\n)/g, ' '));
  if (!found) return undefined;
  const p = lineCounter.linePos(found.index);
  const bidi = found.kind === 'bidi';
  return diagnostic(
    bidi ? 'TEXT_BIDI_CONTROL' : 'TEXT_CONTROL_CHARACTER',
    file,
    '',
    `The file holds ${found.label} outside any value (in a comment, most likely); ${
      bidi ? 'it can make the line display differently from how it is read.' : 'control characters have no place in a data file.'
    }`,
    'Delete the character.',
    { line: p.line, column: p.col },
  );
}

/**
 * Flow collections (`[[[[…`) recurse in the parser before any node exists, so
 * they are counted on the raw text first. Quotes and comments are skipped
 * roughly; a false alarm needs 32 brackets in one value, which no real file has.
 */
function flowDepthProblem(text: string): { line: number; column: number } | undefined {
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  let quote: string | undefined;
  let comment = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      line++;
      lineStart = i + 1;
      comment = false;
      continue;
    }
    if (comment) continue;
    if (quote) {
      if (c === quote) quote = undefined;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1] ?? ''))) comment = true;
    else if (c === '[' || c === '{') {
      if (++depth > MAX_DEPTH) return { line, column: i - lineStart + 1 };
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return undefined;
}

function hasTagDirectives(text: string): boolean {
  return /^%TAG\s/m.test(text);
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  // Binary search for the shortest prefix that fails to decode.
  let lo = 0;
  let hi = bytes.byteLength;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    try {
      // A fresh decoder each time: streaming keeps state between calls.
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid + 1), { stream: true });
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  // The decoder notices a cut-short sequence only at the byte after it; report where the sequence began.
  for (let k = lo - 1; k >= Math.max(0, lo - 3); k--) {
    const byte = bytes[k] ?? 0;
    if (byte < 0x80) break;
    if (byte >= 0xc0) return k;
  }
  return lo;
}

function positionOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

export { pointerOf };
