import { buildClockAt } from '../core/build-clock.ts';

/** The clock a build publishes by: the real time, or WATCHKEEPER_BUILD_NOW when a test pins it (see buildClockAt). */
export function buildClock(real: Date = new Date()): Date {
  return buildClockAt(process.env.WATCHKEEPER_BUILD_NOW, real);
}
