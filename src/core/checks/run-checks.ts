import type { Diagnostic } from '../diagnostics.ts';
import { triageChecks } from '../triage/checks/index.ts';
import { advisoryChecks } from './advisory-checks.ts';
import type { CheckContext } from './context.ts';
import { crossFileChecks } from './cross-file-checks.ts';
import { osvIdentityChecks } from './osv-identity.ts';
import { rotationChecks } from './rotation-checks.ts';
import { rotationCodeownersChecks } from './rotation-codeowners.ts';
import { rotationCoordinatorChecks } from './rotation-coordinators.ts';
import { rotationCoverageChecks } from './rotation-coverage.ts';
import { rotationKeyFileChecks } from './rotation-key-files.ts';
import { rotationTermChecks } from './rotation-terms.ts';

/** Every check that runs on a loaded database, in a fixed order. */
const CHECKS = [
  advisoryChecks,
  crossFileChecks,
  osvIdentityChecks,
  rotationChecks,
  rotationTermChecks,
  rotationCoverageChecks,
  rotationKeyFileChecks,
  rotationCoordinatorChecks,
  rotationCodeownersChecks,
  triageChecks,
];

export function runChecks(ctx: CheckContext): Diagnostic[] {
  return CHECKS.flatMap((check) => check(ctx));
}
