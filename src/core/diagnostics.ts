import { type Code, type Severity, severityOf } from './codes.ts';

/**
 * The one shape of every problem Watchkeeper reports. `pointer` is a JSON
 * pointer into the file's data ('' for the whole file); `line`/`column`
 * (1-based) are filled in from the YAML nodes by `locate()` when the file
 * could be parsed that far.
 */
export interface Diagnostic {
  code: Code;
  severity: Severity;
  /** What happened and why. */
  message: string;
  /** What to do about it. */
  hint?: string;
  /** Path relative to the repository root, with forward slashes. */
  file: string;
  pointer: string;
  line?: number;
  column?: number;
}

export interface Position {
  line: number;
  column: number;
}

export function diagnostic(code: Code, file: string, pointer: string, message: string, hint?: string, position?: Position): Diagnostic {
  return {
    code,
    severity: severityOf(code),
    message,
    ...(hint ? { hint } : {}),
    file,
    pointer,
    ...(position ? { line: position.line, column: position.column } : {}),
  };
}

/** Order by file, then position, then code, so output is stable across runs. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      a.code.localeCompare(b.code) ||
      a.message.localeCompare(b.message),
  );
}

export function hasErrors(list: readonly Diagnostic[]): boolean {
  return list.some((d) => d.severity === 'error');
}

/** JSON pointer helpers (RFC 6901). */
export function pointerOf(segments: readonly (string | number)[]): string {
  return segments.map((s) => `/${String(s).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

export function segmentsOf(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
}
