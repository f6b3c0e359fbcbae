// `npm run check` starts here: plain JavaScript, so that with every module of
// the library in Node's compile cache (scripts/check.ts turns it on) Node need
// not load its TypeScript stripper at all. The command itself is check.ts.
import { enableCompileCache } from 'node:module';
import { fileURLToPath } from 'node:url';

enableCompileCache(fileURLToPath(new URL('../node_modules/.cache/watchkeeper/compile', import.meta.url)));
await import('./check.ts');
