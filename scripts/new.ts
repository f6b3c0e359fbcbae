// npm run new — writes a new advisory with the next free id, asking for the essentials.
import { relative, resolve } from 'node:path';
import { cancel, intro, isCancel, outro, select, text } from '@clack/prompts';
import {
  allocatorFor,
  createAdvisory,
  createWithNextId,
  draftFromTriage,
  NEW_STATUSES,
  type NewAdvisoryInput,
  newInputProblems,
  renumber,
} from '../src/core/authoring/index.ts';
import { formatHuman, loadDatabase } from '../src/core/index.ts';
import { dataRootOption, EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, parseCli, runCommand } from './lib/cli.ts';

const USAGE = `Usage: npm run new -- [--package NAME] [--summary TEXT] [--severity CVSS-VECTOR] [--cve CVE-ID]…
                      [--status draft|embargoed|published] [--embargo-until INSTANT] [--fixed VERSION]
                      [--ecosystem NAME] [--coordinator HANDLE] [--root DIR]
       npm run new -- --renumber FILE
       npm run new -- --from <ID> [--coordinator HANDLE] [--root DIR]

Writes advisories/<year>/<ID>.yaml with the next free id for this year (ids on
upstream/main and origin/main count as taken, so run \`git fetch\` first). In a
terminal it asks for whatever the flags leave out; otherwise the flags are all
there is, and --package, --summary and --status are required.

  --renumber FILE   give FILE the next free id and rename it to match: the fix
                    when ID_DUPLICATE says another branch took the same number
  --from ID         start from the triage record vulns/<year>/<ID>.yaml: its id and
                    aliases, summary, references, and each affected package per
                    release with its fixed version (embargoed if the record is)`;

const { values } = parseCli(USAGE, {
  package: { type: 'string' },
  summary: { type: 'string' },
  severity: { type: 'string' },
  cve: { type: 'string', multiple: true },
  status: { type: 'string' },
  'embargo-until': { type: 'string' },
  fixed: { type: 'string' },
  ecosystem: { type: 'string' },
  coordinator: { type: 'string' },
  renumber: { type: 'string' },
  from: { type: 'string' },
  root: { type: 'string' },
});

await runCommand(async () => {
  const root = dataRootOption(values.root);
  const now = new Date();
  const db = loadDatabase(root, { now });
  const allocator = await allocatorFor(root, db);

  if (values.renumber) {
    const file = relative(root, resolve(values.renumber)).split('\\').join('/');
    const result = renumber(root, file, allocator);
    if (!result.ok) {
      console.error(result.message);
      return EXIT_PROBLEMS;
    }
    console.log(`Renumbered ${result.from} → ${result.to}: ${file} is now ${result.file}.`);
    console.log('Commit both the removal and the new file (git add -A advisories/), then run `npm run check`.');
    return EXIT_OK;
  }

  if (values.from !== undefined) {
    const draft = draftFromTriage(db, values.from.trim(), now, values.coordinator ? { coordinator: values.coordinator.trim() } : {});
    if (!draft.ok) {
      console.error(draft.message);
      return EXIT_PROBLEMS;
    }
    const created = createWithNextId(root, allocator, now, draft.build);
    if (!created.ok) {
      console.error(created.message);
      return EXIT_PROBLEMS;
    }
    console.log(`Created ${created.file} from ${values.from}. Write the details, then run \`npm run check\` and open a pull request.`);
    if (created.diagnostics.length > 0) console.log(formatHuman(created.diagnostics));
    return created.diagnostics.some((d) => d.severity === 'error') ? EXIT_PROBLEMS : EXIT_OK;
  }

  const given: Partial<NewAdvisoryInput> = {
    ...(values.package ? { package: values.package.trim() } : {}),
    ...(values.summary ? { summary: values.summary.trim() } : {}),
    ...(values.severity ? { severity: values.severity.trim() } : {}),
    cves: (values.cve ?? [])
      .flatMap((c) => c.split(/[\s,]+/))
      .filter(Boolean)
      .map((c) => c.toUpperCase()),
    ...(values.status ? { status: values.status as NewAdvisoryInput['status'] } : {}),
    ...(values['embargo-until'] ? { embargoUntil: values['embargo-until'].trim() } : {}),
    ...(values.fixed ? { fixed: values.fixed.trim() } : {}),
    ...(values.ecosystem ? { ecosystem: values.ecosystem.trim() } : {}),
    ...(values.coordinator ? { coordinator: values.coordinator.trim() } : {}),
  };
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  const input = interactive ? await ask(given) : given;
  if (!input) return EXIT_USAGE;
  const problems = newInputProblems(input);
  if (problems.length > 0) {
    for (const p of problems) console.error(`--${p.field}: ${p.message}`);
    if (!interactive) console.error('\n(Not a terminal, so nothing was asked: pass the values as flags. See npm run new -- --help.)');
    return EXIT_USAGE;
  }

  const created = createAdvisory(root, db, input as NewAdvisoryInput, allocator, now);
  if (!created.ok) {
    console.error(created.message);
    return EXIT_PROBLEMS;
  }
  const message = `Created ${created.file}. Fill in the details, then run \`npm run check\` and open a pull request.`;
  if (interactive) outro(message);
  else console.log(message);
  if (created.diagnostics.length > 0) console.log(formatHuman(created.diagnostics));
  return created.diagnostics.some((d) => d.severity === 'error') ? EXIT_PROBLEMS : EXIT_OK;
});

/** Asks in the terminal for what the flags left out; undefined when the user cancels. */
async function ask(given: Partial<NewAdvisoryInput>): Promise<Partial<NewAdvisoryInput> | undefined> {
  intro('New advisory');
  const out = { ...given };
  const check = (field: string) => (value: string | undefined) =>
    newInputProblems({ ...out, [field]: value || undefined, status: out.status ?? 'draft' }).find((p) => p.field === field)?.message;
  const ask1 = async (field: keyof NewAdvisoryInput, message: string, placeholder: string, optional = false) => {
    const answer = await text({
      message,
      placeholder,
      validate: (v) => (optional && !v ? undefined : check(field === 'embargoUntil' ? 'embargo-until' : field)(v)),
    });
    if (isCancel(answer)) return false;
    if (answer) (out as Record<string, unknown>)[field] = answer.trim();
    return true;
  };
  if (!out.package && !(await ask1('package', 'Which package is affected?', 'openssl'))) return cancelled();
  if (!out.summary && !(await ask1('summary', 'One-line summary', `${out.package}: denial of service in …`))) return cancelled();
  if (
    !out.severity &&
    !(await ask1('severity', 'CVSS vector (leave empty if not scored yet)', 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', true))
  ) {
    return cancelled();
  }
  if (!out.cves?.length) {
    const answer = await text({
      message: 'CVE ids, separated by spaces (leave empty if none yet)',
      placeholder: 'CVE-2026-12345',
      validate: (v) =>
        v
          ? newInputProblems({
              cves: v
                .toUpperCase()
                .split(/[\s,]+/)
                .filter(Boolean),
            }).find((p) => p.field === 'cve')?.message
          : undefined,
    });
    if (isCancel(answer)) return cancelled();
    out.cves = (answer ?? '')
      .split(/[\s,]+/)
      .filter(Boolean)
      .map((c) => c.toUpperCase());
  }
  if (!out.status) {
    const status = await select({
      message: 'Status',
      options: NEW_STATUSES.map((s) => ({ value: s, label: s, hint: STATUS_HINTS[s] })),
      initialValue: 'draft' as const,
    });
    if (isCancel(status)) return cancelled();
    out.status = status;
  }
  if (
    out.status === 'embargoed' &&
    !out.embargoUntil &&
    !(await ask1('embargoUntil', 'When does the embargo lift (UTC)?', '2026-12-01T14:00:00Z'))
  ) {
    return cancelled();
  }
  return out;
}

const STATUS_HINTS: Record<(typeof NEW_STATUSES)[number], string> = {
  draft: 'being written; never published',
  embargoed: 'known, fix under embargo until a date',
  published: 'public now',
};

function cancelled(): undefined {
  cancel('Nothing was written.');
  return undefined;
}
