import type { AdvisoryFacts } from '../core/export/facts.ts';

/**
 * Small text formatters used inline in templates. Lists render thousands of
 * rows, and an Astro component per cell costs far more than a function call,
 * so hot paths use these instead of components.
 */

/** `2026-01-16 12:00 UTC`, or the date alone. */
export function shownInstant(value: string, dateOnly = false): string {
  return dateOnly ? value.slice(0, 10) : `${value.slice(0, 10)} ${value.slice(11, 16)} UTC`;
}

/** `high 7.5`, or `unrated`. */
export function severityText(facts: AdvisoryFacts): string {
  return facts.primary ? `${facts.primary.rating} ${facts.primary.score.toFixed(1)}` : 'unrated';
}
