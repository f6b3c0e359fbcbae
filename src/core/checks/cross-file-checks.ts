import type { Diagnostic } from '../diagnostics.ts';
import type { Advisory } from '../model.ts';
import { type CheckContext, report } from './context.ts';

/** Rules that compare advisories with each other and with the roster. */
export function crossFileChecks(ctx: CheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { db } = ctx;

  const firstById = new Map<string, Advisory>();
  for (const a of db.advisories) {
    const key = a.id.toUpperCase();
    const first = firstById.get(key);
    if (first) {
      out.push(
        report(
          ctx,
          'ID_DUPLICATE',
          a.file,
          ['id'],
          `The id ${a.id} is already used by ${first.file}.`,
          `If this is your new advisory, give it the next free number: \`git fetch\`, then \`npm run new -- --renumber ${a.file}\` (renames the file and its id; comments are kept).`,
        ),
      );
    } else firstById.set(key, a);
  }

  const firstByAlias = new Map<string, Advisory>();
  for (const a of db.advisories) {
    for (const [index, alias] of (a.aliases ?? []).entries()) {
      const key = alias.toUpperCase();
      const owner = db.byId.get(key);
      if (owner && owner !== a) {
        out.push(
          report(
            ctx,
            'ALIAS_IS_ID',
            a.file,
            ['aliases', index],
            `The alias ${alias} is the id of another advisory here (${owner.file}).`,
            'Use `related` for a different advisory, or merge the two.',
          ),
        );
      }
      const first = firstByAlias.get(key);
      if (first && first !== a) {
        out.push(
          report(
            ctx,
            'ALIAS_DUPLICATE',
            a.file,
            ['aliases', index],
            `The alias ${alias} is also listed by ${first.id} (${first.file}).`,
            'One vulnerability gets one advisory: add the package to the existing advisory, or use `related` if they differ.',
          ),
        );
      } else if (!first) firstByAlias.set(key, a);
    }
  }

  const prefix = `${db.settings.id_prefix}-`;
  for (const a of db.advisories) {
    for (const [index, related] of (a.related ?? []).entries()) {
      if (related.toUpperCase().startsWith(prefix) && !db.byId.has(related.toUpperCase())) {
        out.push(
          report(
            ctx,
            'RELATED_UNKNOWN',
            a.file,
            ['related', index],
            `The related advisory ${related} does not exist here.`,
            'Check the id for a typo.',
          ),
        );
      }
    }
    if (a.coordinator && !db.memberByHandle.has(a.coordinator)) {
      out.push(
        report(
          ctx,
          'COORDINATOR_UNKNOWN',
          a.file,
          ['coordinator'],
          `The coordinator \`${a.coordinator}\` is not a member in rotations/.`,
          hintForHandle(ctx, a.coordinator),
        ),
      );
    }
    for (const [index, credit] of (a.credits ?? []).entries()) {
      if (credit.member && !db.memberByHandle.has(credit.member)) {
        out.push(
          report(
            ctx,
            'CREDIT_MEMBER_UNKNOWN',
            a.file,
            ['credits', index, 'member'],
            `The credited member \`${credit.member}\` is not in rotations/.`,
            hintForHandle(ctx, credit.member),
          ),
        );
      }
    }
  }
  return out;
}

function hintForHandle(ctx: CheckContext, handle: string): string {
  const handles = [...ctx.db.memberByHandle.keys()];
  const near = handles.find((h) => h.startsWith(handle.slice(0, 3)));
  return `${near ? `Did you mean \`${near}\`? ` : ''}Members: ${handles.join(', ') || '(none)'}. Add new members to rotations/roster.yaml first.`;
}
