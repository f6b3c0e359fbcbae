export { olderTextExemptions } from './exemptions.ts';
export { type LeakScanOptions, type LeakScanReport, runLeakScan } from './leak-scan.ts';
export { buildMatcher, type Matcher, splitWords } from './matcher.ts';
export {
  type LeakNeedles,
  leakNeedles,
  type Needle,
  type NeedleOwner,
  needleWords,
  PHRASE_WORDS,
  type Secret,
  type SecretAdvisory,
  secretNeedles,
  secretOf,
  secretOfTriage,
  stateOf,
  triageStateOf,
  type UnreadableAdvisory,
} from './needles.ts';
export { decodeText } from './normalise.ts';
export { surelyPublishable, surelyTriagePublishable } from './quick-publishable.ts';
export { type Content, readContent } from './read-content.ts';
export { type FileScan, type Hit, scanBytes } from './scan-file.ts';
export { describeNeedle, type ScanOptions, type ScanResult, scanOutput } from './scan-output.ts';
export { type Secrets, secretKindOf, secretOfFile, secretsInFolder, unreadableSecret } from './secrets.ts';
export { unreadableAdvisories } from './unreadable.ts';
