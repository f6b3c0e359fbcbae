import { describe, expect, test } from 'vitest';
import { diagnostic } from '../../src/core/diagnostics.ts';
import { laterPositions } from '../../src/core/yaml/locate-later.ts';

const RECORD = ['id: CVE-2026-0001', 'packages:', '  - name: zlib', '    releases:', '      - release: r1', ''].join('\n');

describe('positions found after the checks', () => {
  test('one parse per file gives every diagnostic of that file its line and column, key or value', () => {
    const reads: string[] = [];
    const later = laterPositions((file) => {
      reads.push(file);
      return new TextEncoder().encode(RECORD);
    });
    const name = diagnostic('TRIAGE_OVERDUE', 'vulns/2026/CVE-2026-0001.yaml', '/packages/0/name', 'm');
    const release = diagnostic('TRIAGE_OVERDUE', 'vulns/2026/CVE-2026-0001.yaml', '/packages/0/releases/0/release', 'm');
    const id = diagnostic('TRIAGE_OVERDUE', 'vulns/2026/CVE-2026-0001.yaml', '/id', 'm');
    later.add(name, 'value');
    later.add(release, 'key');
    later.add(id, 'value');
    expect(name.line).toBeUndefined();
    later.fill();
    expect(reads).toEqual(['vulns/2026/CVE-2026-0001.yaml']);
    expect([name.line, name.column]).toEqual([3, 11]);
    expect([release.line, release.column]).toEqual([5, 9]);
    expect([id.line, id.column]).toEqual([1, 5]);
    // The same shape as a diagnostic positioned when it was made.
    expect(Object.keys(id)).toEqual(Object.keys(diagnostic('TRIAGE_OVERDUE', id.file, '/id', 'm', undefined, { line: 1, column: 5 })));
  });

  test('a file that can no longer be read or parsed leaves its diagnostics without a position', () => {
    const later = laterPositions((file) => {
      if (file === 'gone.yaml') throw new Error('ENOENT');
      return new TextEncoder().encode('a: [');
    });
    const gone = diagnostic('TRIAGE_OVERDUE', 'gone.yaml', '/a', 'm');
    const broken = diagnostic('TRIAGE_OVERDUE', 'broken.yaml', '/a', 'm');
    later.add(gone, 'value');
    later.add(broken, 'value');
    later.fill();
    expect(gone).not.toHaveProperty('line');
    expect(broken).not.toHaveProperty('line');
  });
});
