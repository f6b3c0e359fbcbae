import { advisoryPath, advisoryYaml } from '../helpers/test-repo.ts';
import { recordYaml, releaseYaml } from '../helpers/triage-data.ts';

/** Text only the embargoed triage record holds, in each place a record keeps free text. */
export const SECRET = {
  id: 'CVE-2026-0202',
  alias: 'GHSA-abcd-efgh-ijkl',
  summary: 'Use after free in the widget session cache eviction path',
  notes: 'Reporter found it while fuzzing the eviction code with a custom harness over three weeks.',
  statement: 'The vulnerable cache module ships disabled and cannot be turned on by any configuration switch.',
} as const;

/** An embargoed triage record (until 2026-12-02T14:00:00Z), with a not_affected statement and notes. */
export const EMBARGOED_RECORD = recordYaml({
  id: SECRET.id,
  top: `aliases: [${SECRET.alias}]\nembargo:\n  until: 2026-12-02T14:00:00Z\nnotes: "${SECRET.notes}"`,
  events: [
    { status: 'detected', at: '2026-11-20T09:00:00Z' },
    { status: 'not_affected', at: '2026-11-21T09:00:00Z', justification: 'component_not_present', statement: `"${SECRET.statement}"` },
  ],
}).replace('A test vulnerability in widget', `"${SECRET.summary}"`);

/** The data of a tracker with publishable and unpublishable triage records, and an embargoed advisory naming one. */
export function triageRepoFiles(): Record<string, string> {
  return {
    'vulns/releases/testix-1.yaml': releaseYaml(),
    'vulns/2026/CVE-2026-0101.yaml': recordYaml(),
    [`vulns/2026/${SECRET.id}.yaml`]: EMBARGOED_RECORD,
    // Not yet public upstream: no published_upstream at all.
    'vulns/2026/CVE-2026-0303.yaml': recordYaml({ id: 'CVE-2026-0303' })
      .replace(/^published_upstream: .*\n/m, '')
      .replace('A test vulnerability in widget', 'Widget parser reads past its buffer'),
    // Publishable on its own, but its id is an alias of an embargoed advisory.
    'vulns/2026/CVE-2026-0505.yaml': recordYaml({ id: 'CVE-2026-0505' }).replace(
      'A test vulnerability in widget',
      '"Integer overflow in gadget image decoder tables"',
    ),
    // Written plainly and publishable on its own; only an alias ties it to the embargoed advisory.
    'vulns/2026/CVE-2026-0606.yaml': recordYaml({ id: 'CVE-2026-0606', top: 'aliases: [GHSA-q2w3-e4r5-t6y7]' }).replace(
      'A test vulnerability in widget',
      '"Gadget thumbnailer trusts embedded colour profiles"',
    ),
    [advisoryPath('TST-2026-0002')]: advisoryYaml({
      id: 'TST-2026-0002',
      status: 'embargoed',
      reported: '2026-11-20T10:00:00Z',
      extra: 'aliases: [CVE-2026-0505, GHSA-q2w3-e4r5-t6y7]\nembargo:\n  until: 2026-12-02T14:00:00Z\n',
    }).replace('A test vulnerability in widget', 'Gadget decoder overflow'),
  };
}
