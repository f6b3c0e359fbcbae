// Runs another script in this process and prints its peak resident memory on exit,
// so benchmarks can report peak memory without platform-specific tools.
import { readFileSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';

const [script, ...rest] = process.argv.slice(2);
if (!script) throw new Error('usage: peak-rss.ts SCRIPT [ARGS…]');
process.argv = [process.argv[0] ?? 'node', resolve(script), ...rest];
/**
 * VmHWM is the peak resident size of this process's own memory map. getrusage's
 * maxRSS is not used: Linux carries it over from the parent across fork and
 * exec, so a large benchmark runner would inflate every child's figure.
 */
function peakMiB(): number {
  try {
    const kib = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (kib) return Math.round(Number(kib) / 1024);
  } catch {
    // Not Linux: fall back to getrusage below.
  }
  return Math.round(process.resourceUsage().maxRSS / 1024);
}
/** CPU time of the child processes this one started and waited for (Pagefind's, esbuild's), from /proc. */
function childCpuMs(): number {
  try {
    // Fields after the command name: cutime and cstime are the 14th and 15th, in clock ticks (100 a second).
    const fields = readFileSync('/proc/self/stat', 'utf8')
      .replace(/^.*\) /s, '')
      .split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return 0;
  }
}
process.on('exit', () => {
  // CPU time (user + system, all threads) alongside wall time: on a shared, loaded machine it moves far less.
  const cpu = process.cpuUsage();
  writeAtExit(`\nPEAK_RSS_MIB=${peakMiB()}\nCPU_MS=${Math.round((cpu.user + cpu.system) / 1000)}\nCHILD_CPU_MS=${childCpuMs()}\n`);
});

/**
 * Writes to stdout before the process ends. process.stdout.write is not enough
 * here: when the pipe to a busy benchmark is full, Node queues the write, and
 * a queued write is dropped at exit (a 20,000-record check under load lost its figures so, most likely).
 */
function writeAtExit(text: string): void {
  const bytes = Buffer.from(text);
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let done = 0; done < bytes.length; ) {
    try {
      done += writeSync(1, bytes, done);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(pause, 0, 0, 5);
    }
  }
}
await import(resolve(script));
