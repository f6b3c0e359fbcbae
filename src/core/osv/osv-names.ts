import type { Settings } from '../settings.ts';
import { hasRegisteredIdPrefix, isRegisteredEcosystem } from './registered.ts';

/**
 * The OSV id of a tracker id. OSV accepts only registered prefixes or `x_`,
 * so settings `osv.id_prefix` replaces the team's prefix (KSA-2026-0001 →
 * x_KSA-2026-0001). Without that setting an unregistered prefix gets `x_` in
 * front, so the export is valid even before anyone configures it.
 */
export function osvId(id: string, settings: Pick<Settings, 'id_prefix' | 'osv'>): string {
  const own = `${settings.id_prefix}-`;
  const osvPrefix = settings.osv?.id_prefix;
  if (osvPrefix && id.startsWith(own)) return `${osvPrefix}-${id.slice(own.length)}`;
  return hasRegisteredIdPrefix(id) ? id : `x_${id}`;
}

/**
 * The OSV id of the team's record about an upstream vulnerability, the way
 * distributions publish theirs (`DEBIAN-CVE-2026-0101`): the OSV prefix of
 * settings `osv.id_prefix`, else the team's prefix under osvId's rule
 * (`x_KSA-CVE-2026-0101`), so it never takes the upstream record's own id.
 */
export function osvVulnId(recordId: string, settings: Pick<Settings, 'id_prefix' | 'osv'>): string {
  const osvPrefix = settings.osv?.id_prefix;
  return osvPrefix ? `${osvPrefix}-${recordId}` : osvId(`${settings.id_prefix}-${recordId}`, settings);
}

/** Maps ids that name this team's advisories (in `related`, `upstream`) to their OSV ids; others pass unchanged. */
export function osvReferenceId(id: string, settings: Pick<Settings, 'id_prefix' | 'osv'>): string {
  return id.startsWith(`${settings.id_prefix}-`) ? osvId(id, settings) : id;
}

/**
 * The tracker id an OSV id stands for when it is one of this team's own
 * exported ids (x_KSA-2026-0001 → KSA-2026-0001); undefined otherwise.
 */
export function trackerIdOf(osvIdValue: string, settings: Pick<Settings, 'id_prefix' | 'osv'>): string | undefined {
  const candidates = [settings.osv?.id_prefix, `x_${settings.id_prefix}`, settings.id_prefix].filter((p): p is string => !!p);
  for (const prefix of candidates) {
    const rest = osvIdValue.startsWith(`${prefix}-`) ? osvIdValue.slice(prefix.length + 1) : undefined;
    if (rest && /^\d{4}-\d{1,9}$/.test(rest)) return `${settings.id_prefix}-${rest}`;
  }
  return undefined;
}

/**
 * The registered OSV ecosystem for a tracker ecosystem, or null when it has
 * none. Settings `osv.ecosystems` decides first (a null there means "not
 * registered, do not guess"); otherwise an ecosystem OSV already knows
 * (`PyPI`, `Debian:12`) maps to itself and anything else to null.
 */
export function osvEcosystem(ecosystem: string, settings: Pick<Settings, 'osv'>): string | null {
  const mapping = settings.osv?.ecosystems;
  if (mapping && Object.hasOwn(mapping, ecosystem)) {
    const mapped = mapping[ecosystem];
    return mapped && isRegisteredEcosystem(mapped) ? mapped : null;
  }
  return isRegisteredEcosystem(ecosystem) ? ecosystem : null;
}
