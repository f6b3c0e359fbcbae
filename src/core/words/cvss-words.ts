/**
 * A CVSS vector's base metrics in plain words (attack vector, complexity,
 * privileges, user interaction, scope, impact), for CVSS 3.x and 4.0. Names
 * and values follow the FIRST specifications (first.org/cvss); metrics outside
 * the base group are left to the vector itself.
 */

export interface MetricInWords {
  /** The metric's abbreviation in the vector, e.g. `AV`. */
  key: string;
  /** The metric's name, e.g. `Attack vector`. */
  name: string;
  /** The value in words, e.g. `network (remotely exploitable)`. */
  value: string;
}

type Table = Record<string, { name: string; values: Record<string, string> }>;

const IMPACT = { H: 'high', L: 'low', N: 'none' };

const COMMON: Table = {
  AV: {
    name: 'Attack vector',
    values: { N: 'network (remotely exploitable)', A: 'adjacent network only', L: 'local access needed', P: 'physical access needed' },
  },
  AC: { name: 'Attack complexity', values: { L: 'low', H: 'high (needs conditions beyond the attacker’s control)' } },
  PR: { name: 'Privileges required', values: { N: 'none', L: 'low (a normal user)', H: 'high (an administrator)' } },
};

const V3: Table = {
  ...COMMON,
  UI: { name: 'User interaction', values: { N: 'none', R: 'required' } },
  S: { name: 'Scope', values: { U: 'unchanged (only the vulnerable component)', C: 'changed (reaches beyond the vulnerable component)' } },
  C: { name: 'Confidentiality impact', values: IMPACT },
  I: { name: 'Integrity impact', values: IMPACT },
  A: { name: 'Availability impact', values: IMPACT },
};

const V4: Table = {
  ...COMMON,
  AT: { name: 'Attack requirements', values: { N: 'none', P: 'present (depends on the deployment)' } },
  UI: {
    name: 'User interaction',
    values: { N: 'none', P: 'passive (the user need only be present)', A: 'active (the user must take an action)' },
  },
  VC: { name: 'Confidentiality impact', values: IMPACT },
  VI: { name: 'Integrity impact', values: IMPACT },
  VA: { name: 'Availability impact', values: IMPACT },
  SC: { name: 'Confidentiality impact on other systems', values: IMPACT },
  SI: { name: 'Integrity impact on other systems', values: IMPACT },
  SA: { name: 'Availability impact on other systems', values: IMPACT },
};

/** The base metrics of a valid CVSS 3.x or 4.0 vector in words, in the vector's order. */
export function cvssInWords(vector: string): MetricInWords[] {
  const match = /^CVSS:(3\.0|3\.1|4\.0)\/(.*)$/.exec(vector);
  if (!match) return [];
  const table = match[1] === '4.0' ? V4 : V3;
  const out: MetricInWords[] = [];
  for (const part of (match[2] ?? '').split('/')) {
    const [key = '', value = ''] = part.split(':');
    const metric = table[key];
    const words = metric?.values[value];
    if (metric && words) out.push({ key, name: metric.name, value: words });
  }
  return out;
}
