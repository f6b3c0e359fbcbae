// The leak scan's shortcut past the full parser: it may only ever say "surely public" for the plainest files.
import { describe, expect, it } from 'vitest';
import { surelyPublishable, surelyTriagePublishable } from '../../src/core/leak-scan/quick-publishable.ts';

const NOW = new Date('2026-12-01T12:00:00Z');

describe('surelyPublishable (advisories)', () => {
  const plain = (status: string, published = '2026-11-01T00:00:00Z') =>
    `id: TST-2026-0001\nstatus: ${status}\ntimeline:\n  published: ${published}\n`;

  it('is true for a plain published or withdrawn advisory whose publication has passed', () => {
    expect(surelyPublishable(plain('published'), NOW)).toBe(true);
    expect(surelyPublishable(plain('withdrawn'), NOW)).toBe(true);
  });

  it('is false for any other status, a future or unreadable publication instant', () => {
    expect(surelyPublishable(plain('draft'), NOW)).toBe(false);
    expect(surelyPublishable(plain('embargoed'), NOW)).toBe(false);
    expect(surelyPublishable(plain('published', '2026-12-02T00:00:00Z'), NOW)).toBe(false);
    expect(surelyPublishable(plain('published', 'soon'), NOW)).toBe(false);
    expect(surelyPublishable('id: TST-2026-0001\ntimeline:\n  published: 2026-11-01T00:00:00Z\n', NOW)).toBe(false);
  });

  it('leaves to the full parser a file with an embargo key, a repeated status or a top-level line that is not plain', () => {
    expect(surelyPublishable(`${plain('published')}embargo:\n  until: 2026-01-01T00:00:00Z\n`, NOW)).toBe(false);
    expect(surelyPublishable(`${plain('published')}status: draft\n`, NOW)).toBe(false);
    expect(surelyPublishable(`${plain('published')}{ status: draft }\n`, NOW)).toBe(false);
    expect(surelyPublishable(`${plain('published')}"embargo": {}\n`, NOW)).toBe(false);
  });

  it('skips comments and indented lines when reading the top level', () => {
    expect(surelyPublishable(`# status: draft\n${plain('published')}  status: draft\n`, NOW)).toBe(true);
  });
});

describe('surelyTriagePublishable (triage records)', () => {
  const plain = (published: string) => `id: CVE-2026-1001\npublished_upstream: ${published}\npackages:\n  - name: widget\n`;

  it('is true for a plain record whose published_upstream has passed', () => {
    expect(surelyTriagePublishable(plain('2026-11-01T00:00:00Z'), NOW)).toBe(true);
  });

  it('is false without published_upstream, or with one in the future or unreadable', () => {
    expect(surelyTriagePublishable('id: CVE-2026-1001\npackages: []\n', NOW)).toBe(false);
    expect(surelyTriagePublishable(plain('2026-12-02T00:00:00Z'), NOW)).toBe(false);
    expect(surelyTriagePublishable(plain('2026-11-01'), NOW)).toBe(false);
  });

  it('leaves to the full parser a record with an embargo key, a repeated published_upstream or a line that is not plain', () => {
    expect(surelyTriagePublishable(`${plain('2026-11-01T00:00:00Z')}embargo:\n  until: 2026-01-01T00:00:00Z\n`, NOW)).toBe(false);
    expect(surelyTriagePublishable(`${plain('2026-11-01T00:00:00Z')}published_upstream: 2026-11-02T00:00:00Z\n`, NOW)).toBe(false);
    expect(surelyTriagePublishable(`${plain('2026-11-01T00:00:00Z')}? embargo\n`, NOW)).toBe(false);
  });
});
