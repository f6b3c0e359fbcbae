// Runs another script in this process and prints its peak resident memory on exit,
// so benchmarks can report peak memory without platform-specific tools.
import { resolve } from 'node:path';

const [script, ...rest] = process.argv.slice(2);
if (!script) throw new Error('usage: peak-rss.ts SCRIPT [ARGS…]');
process.argv = [process.argv[0] ?? 'node', resolve(script), ...rest];
process.on('exit', () => {
  process.stdout.write(`\nPEAK_RSS_MIB=${Math.round(process.resourceUsage().maxRSS / 1024)}\n`);
});
await import(resolve(script));
