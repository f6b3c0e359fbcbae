import { printablePath, printableText } from './data-paths.ts';
import type { Diagnostic } from './diagnostics.ts';

/**
 * `file:line:col  CODE  message` and the hint indented below, for terminals.
 * Control characters in a file name are shown as escapes, so a name cannot
 * split a line or send a terminal escape sequence.
 */
export function formatHuman(list: readonly Diagnostic[]): string {
  const lines: string[] = [];
  for (const d of list) {
    const file = printablePath(d.file);
    const where = !d.file ? '(repository)' : d.line ? `${file}:${d.line}:${d.column ?? 1}` : file;
    lines.push(`${where}  ${d.severity === 'warning' ? 'warning ' : ''}${d.code}  ${printableText(d.message)}`);
    if (d.hint) lines.push(`    fix: ${printableText(d.hint)}`);
  }
  return lines.join('\n');
}

export function formatSummary(list: readonly Diagnostic[], filesChecked: number): string {
  const errors = list.filter((d) => d.severity === 'error').length;
  const warnings = list.length - errors;
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  return `${plural(filesChecked, 'file')} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}

/**
 * GitHub Actions workflow commands, so problems show on the pull request diff.
 * Property values and messages are escaped as the runner expects
 * (https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts).
 */
export function formatGitHub(list: readonly Diagnostic[]): string {
  const escapeData = (s: string) => s.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
  const escapeProperty = (s: string) => escapeData(s).replaceAll(':', '%3A').replaceAll(',', '%2C');
  return list
    .map((d) => {
      // A repository-level finding (a shallow clone) has no file: leave the property out.
      const props = d.file ? [`file=${escapeProperty(d.file)}`] : [];
      if (d.line) props.push(`line=${d.line}`, `col=${d.column ?? 1}`);
      props.push(`title=${escapeProperty(d.code)}`);
      const text = d.hint ? `${d.message}\nfix: ${d.hint}` : d.message;
      return `::${d.severity === 'warning' ? 'warning' : 'error'} ${props.join(',')}::${escapeData(text)}`;
    })
    .join('\n');
}

export function formatJson(list: readonly Diagnostic[], filesChecked: number): string {
  return JSON.stringify({ filesChecked, diagnostics: list }, null, 2);
}
