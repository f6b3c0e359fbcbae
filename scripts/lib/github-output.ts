// Under GitHub Actions the runner reads every line a step prints, on stdout
// and stderr, and obeys the ones that look like workflow commands: `::name
// …::` after leading white space, and the older `##[name …]` anywhere in a
// line; a line ends at \n or at \r. Text that comes from data (file names,
// values quoted in messages, errors) must never form such a line, so under
// Actions every write of every command goes through neutralise(), and only
// the annotations Watchkeeper means to emit (printCommands) bypass it.
// Rules: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs

/** Whether the stream is at the start of a line (only white space written on it so far). */
export interface LineState {
  lineStart: boolean;
}

/**
 * `chunk` with every would-be command defused: a leading `:` becomes `%3A`
 * (no JSON line starts with one) and `##[` becomes `##\u005b`, which is the
 * same string to a JSON parser, so `--format json` output keeps its meaning.
 */
export function neutralise(chunk: string, state: LineState): string {
  let out = '';
  let i = 0;
  while (i < chunk.length) {
    let j = i;
    while (j < chunk.length && chunk[j] !== '\n' && chunk[j] !== '\r') j++;
    let line = chunk.slice(i, j);
    if (state.lineStart) line = line.replace(/^(\s*):/u, '$1%3A');
    line = line.replaceAll('##[', '##\\u005b');
    out += line;
    if (j < chunk.length) {
      out += chunk[j];
      state.lineStart = true;
      j++;
    } else {
      state.lineStart = state.lineStart && /^\s*$/u.test(line);
    }
    i = j;
  }
  return out;
}

type Write = typeof process.stdout.write;
let trustedWrite: ((text: string) => void) | undefined;

/** From now on, everything written to stdout and stderr is neutralised. Idempotent. */
export function guardRunnerOutput(): void {
  if (trustedWrite) return;
  const wrap = (stream: NodeJS.WriteStream) => {
    const original = stream.write.bind(stream) as Write;
    const state: LineState = { lineStart: true };
    stream.write = ((chunk: unknown, ...rest: unknown[]) => {
      const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
      return (original as (c: string, ...r: unknown[]) => boolean)(neutralise(text, state), ...rest);
    }) as Write;
    return { original, state };
  };
  const out = wrap(process.stdout);
  wrap(process.stderr);
  trustedWrite = (text) => {
    out.original(`${text}\n`);
    out.state.lineStart = true;
  };
}

/** Prints workflow commands Watchkeeper built itself (their data already escaped by formatGitHub). */
export function printCommands(text: string): void {
  if (trustedWrite) trustedWrite(text);
  else console.log(text);
}
