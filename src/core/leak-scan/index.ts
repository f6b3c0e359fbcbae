export { findLeaks, type Leak } from './match.ts';
export { type LeakNeedles, leakNeedles, type NeedleOwner, PHRASE_WORDS, type UnreadableAdvisory } from './needles.ts';
export { type ScanResult, scanOutput } from './scan-output.ts';
export { unreadableAdvisories } from './unreadable.ts';
