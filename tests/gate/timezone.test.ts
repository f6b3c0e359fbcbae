import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { PROJECT_ROOT } from '../helpers/test-repo.ts';

/** Runs the gate in a child process whose local time zone is `tz`. */
function gateIn(tz: string) {
  const out = execFileSync(process.execPath, [join(PROJECT_ROOT, 'tests/gate/fixtures/tz-gate.ts')], {
    encoding: 'utf8',
    env: { ...process.env, TZ: tz },
  });
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as Record<string, unknown>;
}

test.each([
  ['America/Los_Angeles', 480],
  ['Pacific/Kiritimati', -840],
  ['UTC', 0],
])('in %s the embargo lifts at the same instant and a zone-less date fails closed', (tz, offset) => {
  const result = gateIn(tz);
  // The zone really is in effect in the child (PST in December, UTC+14 all year).
  expect(result.offsetMinutes).toBe(offset);
  expect(result.beforeLift).toEqual(['GATE_EMBARGOED']);
  expect(result.atLift).toEqual(['GATE_EMBARGO_LIFTED']);
  expect(result.zonelessLongAfter).toEqual(['GATE_UNDECIDABLE', 'TIME_NO_ZONE']);
  expect(result.zonelessPublishable).toBe(false);
});
