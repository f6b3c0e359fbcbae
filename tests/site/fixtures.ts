// Test data for the site: advisories carrying XSS payloads in every text field,
// plus an embargoed and a draft advisory whose every detail must stay out of dist/.
import { stringify } from 'yaml';

/** Payloads that must come out inert: each sets window.__xss if it ever runs. */
export const PAYLOAD = {
  script: '<script>window.__xss=1</script>',
  closing: '</Script><img src=x onerror="window.__xss=2">',
  cdataEnd: ']]>',
  lineSeparator: '\u2028',
};
const ALL = `${PAYLOAD.script} ${PAYLOAD.closing} ${PAYLOAD.cdataEnd} ${PAYLOAD.lineSeparator}`;

export const SETTINGS_WITH_PAYLOAD = stringify({
  name: `Test Team ${PAYLOAD.script} ${PAYLOAD.cdataEnd}`,
  project: `Testix ${PAYLOAD.closing}`,
  site_url: 'https://security.test.example',
  id_prefix: 'TST',
  default_ecosystem: 'Testix:1',
  contact: { email: 'security@test.example', languages: ['en'] },
  policy: {},
  osv: { id_prefix: 'x_TST', ecosystems: { 'Testix:1': null } },
});

/** A published advisory with a payload in every free-text field the schema allows one in. */
export function xssAdvisory(id: string, options: { withdrawn?: boolean } = {}): string {
  return stringify({
    id,
    status: options.withdrawn ? 'withdrawn' : 'published',
    summary: `XSS summary ${ALL}`,
    details: `Details ${ALL}\n\n[click me](javascript:window.__xss=3) <a href="javascript:window.__xss=4">raw link</a>\n\n<iframe src="https://evil.test/"></iframe>`,
    aliases: [`CVE-2026-7${id.slice(-3)}`, `javascript:alert${id.slice(-3)}`],
    severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }],
    affected: [
      {
        package: { name: 'xss<script>window.__xss=5</script>' },
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: `1.0${PAYLOAD.closing}` }] }],
        versions: [`0.9 ${PAYLOAD.script}`],
      },
    ],
    references: [{ type: 'WEB', url: 'https://example.test/a?b=%3Cscript%3E' }],
    credits: [{ name: `Finder ${ALL}`, type: 'FINDER' }],
    fixes: [{ type: 'update', package: `xss ${PAYLOAD.script}`, version: `1.0 ${PAYLOAD.cdataEnd}` }],
    timeline: { reported: '2026-03-01T09:00:00Z', published: '2026-03-05T10:00:00Z' },
    ...(options.withdrawn ? { withdrawn: '2026-04-01T10:00:00Z', withdrawn_reason: `Reason ${ALL}` } : {}),
    database_specific: { note: ALL },
  });
}

/** Words that appear only in the secret advisories, so a leak anywhere in dist/ is found by a plain search. */
export const SECRET = {
  embargoedId: 'TST-2026-0013',
  embargoedCve: 'CVE-2026-9913',
  embargoedWord: 'zebrafinch',
  draftId: 'TST-2026-0014',
  draftCve: 'CVE-2026-9914',
  draftWord: 'quokkaburrow',
};

export function embargoedAdvisory(until = '2026-12-02T14:00:00Z'): string {
  return stringify({
    id: SECRET.embargoedId,
    status: 'embargoed',
    summary: `Embargoed ${SECRET.embargoedWord} issue`,
    details: `Only the team knows about ${SECRET.embargoedWord}.`,
    aliases: [SECRET.embargoedCve],
    affected: [{ package: { name: `${SECRET.embargoedWord}-pkg` }, versions: ['1.0'] }],
    embargo: { until },
    timeline: { reported: '2026-11-20T09:00:00Z' },
  });
}

export function draftAdvisory(): string {
  return stringify({
    id: SECRET.draftId,
    status: 'draft',
    summary: `Draft ${SECRET.draftWord} issue`,
    aliases: [SECRET.draftCve],
    affected: [{ package: { name: `${SECRET.draftWord}-pkg` }, versions: ['2.0'] }],
    timeline: { reported: '2026-11-21T09:00:00Z' },
  });
}

/**
 * Advisories the shared site adds to the example data, each for a case the
 * reader-facing pages must handle: a withdrawn advisory with a coloured
 * severity it must no longer show, a CVSS 4.0-only advisory with a GIT range
 * and a fixing commit on a known forge, and one with tokens long enough to
 * widen a phone screen if they could not break.
 */
export const READER_CASES = {
  withdrawnId: 'KSA-2026-0098',
  cvss4Id: 'KSA-2026-0097',
  longId: 'KSA-2026-0096',
  fixCommit: '5e3c1f0a9b8d7c6e5f4a3b2c1d0e9f8a7b6c5d4e',
};

export function withdrawnAdvisory(): string {
  return stringify({
    id: READER_CASES.withdrawnId,
    status: 'withdrawn',
    summary: 'libpixel: heap overflow that turned out not to be reachable',
    details: 'The overflow needs a build option no release ships.',
    aliases: ['CVE-2026-0198'],
    severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }],
    affected: [{ package: { name: 'libpixel' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '2.1-1.ks3' }] }] }],
    timeline: { reported: '2026-05-01T09:00:00Z', published: '2026-05-04T10:00:00Z' },
    withdrawn: '2026-05-20T08:00:00Z',
    withdrawn_reason: 'Not exploitable in any shipped build.',
  });
}

export function cvss4Advisory(): string {
  return stringify({
    id: READER_CASES.cvss4Id,
    status: 'published',
    summary: 'parselib: out-of-bounds read in the tokenizer',
    aliases: ['CVE-2026-0197'],
    severity: [{ type: 'CVSS_V4', score: 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:N/VA:H/SC:N/SI:N/SA:N' }],
    affected: [
      {
        package: { name: 'parselib' },
        ranges: [
          { type: 'ECOSYSTEM', events: [{ introduced: '1.2' }, { fixed: '1.2.7-2.ks3' }] },
          { type: 'GIT', repo: 'https://github.com/parselib/parselib', events: [{ introduced: '0' }, { fixed: READER_CASES.fixCommit }] },
        ],
      },
    ],
    fixes: [
      { type: 'commit', repo: 'https://github.com/parselib/parselib', commit: READER_CASES.fixCommit },
      { type: 'update', package: 'parselib', version: '1.2.7-2.ks3' },
    ],
    timeline: { reported: '2026-06-01T09:00:00Z', published: '2026-06-03T10:00:00Z' },
  });
}

export function longTokensAdvisory(): string {
  const long = `x${'0123456789abcdef'.repeat(8)}`;
  return stringify({
    id: READER_CASES.longId,
    status: 'published',
    summary: `longname: a package whose version is ${long}`,
    details: `A hash that must wrap: \`${long}\` and a URL https://example.test/${long}.`,
    severity: [
      { type: 'CVSS_V4', score: 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/E:A/MAV:N/MAC:L/MAT:N/MPR:N/MUI:N' },
    ],
    affected: [{ package: { name: `longname-${'z'.repeat(60)}`, purl: `pkg:generic/longname-${'z'.repeat(60)}` }, versions: [long] }],
    references: [{ type: 'WEB', url: `https://example.test/${long}/${long}` }],
    timeline: { reported: '2026-07-01T09:00:00Z', published: '2026-07-02T10:00:00Z' },
  });
}
