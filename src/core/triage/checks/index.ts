import type { CheckContext } from '../../checks/context.ts';
import type { Diagnostic } from '../../diagnostics.ts';
import { triageDeadlineChecks } from './deadline-checks.ts';
import { triageInventoryChecks } from './inventory-checks.ts';
import { triageLinkChecks } from './link-checks.ts';
import { triageRecordChecks } from './record-checks.ts';

/** Every rule on triage records and releases (docs/triage.md, "Checks"). */
export function triageChecks(ctx: CheckContext): Diagnostic[] {
  return [...triageRecordChecks(ctx), ...triageInventoryChecks(ctx), ...triageLinkChecks(ctx), ...triageDeadlineChecks(ctx)];
}
