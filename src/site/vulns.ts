import { type VulnViews, vulnViews } from '../core/index.ts';
import type { SiteData } from './database.ts';

const cache = new WeakMap<SiteData, VulnViews>();

/**
 * The publishable triage records as pages show them, computed once per build
 * from the build's database and clock (core's vulnViews: publishableTriage
 * only, so the dev preview shows no embargoed record either).
 */
export function vulnsOf(data: SiteData): VulnViews {
  let views = cache.get(data);
  if (!views) {
    views = vulnViews(data.db, data.now);
    cache.set(data, views);
  }
  return views;
}
