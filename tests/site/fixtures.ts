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
