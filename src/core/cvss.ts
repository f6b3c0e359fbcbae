import cvssCalculator from 'ae-cvss-calculator';

const { Cvss3P0, Cvss3P1, Cvss4P0 } = cvssCalculator;

/**
 * Metric names and allowed values from the CVSS v3.1 and v4.0 specifications
 * (first.org). The calculator library scores vectors but accepts unknown or
 * repeated metrics silently, so the grammar is checked here first.
 */
const V3_METRICS: Record<string, string> = {
  AV: 'NALP',
  AC: 'LH',
  PR: 'NLH',
  UI: 'NR',
  S: 'UC',
  C: 'HLN',
  I: 'HLN',
  A: 'HLN',
  E: 'XUPFH',
  RL: 'XOTWU',
  RC: 'XURC',
  CR: 'XLMH',
  IR: 'XLMH',
  AR: 'XLMH',
  MAV: 'XNALP',
  MAC: 'XLH',
  MPR: 'XNLH',
  MUI: 'XNR',
  MS: 'XUC',
  MC: 'XNLH',
  MI: 'XNLH',
  MA: 'XNLH',
};
const V3_BASE = ['AV', 'AC', 'PR', 'UI', 'S', 'C', 'I', 'A'];

const V4_METRICS: Record<string, string> = {
  AV: 'NALP',
  AC: 'LH',
  AT: 'NP',
  PR: 'NLH',
  UI: 'NPA',
  VC: 'HLN',
  VI: 'HLN',
  VA: 'HLN',
  SC: 'HLN',
  SI: 'HLN',
  SA: 'HLN',
  E: 'XAPU',
  CR: 'XHML',
  IR: 'XHML',
  AR: 'XHML',
  MAV: 'XNALP',
  MAC: 'XLH',
  MAT: 'XNP',
  MPR: 'XNLH',
  MUI: 'XNPA',
  MVC: 'XHLN',
  MVI: 'XHLN',
  MVA: 'XHLN',
  MSC: 'XHLN',
  MSI: 'XSHLN',
  MSA: 'XSHLN',
  S: 'XNP',
  AU: 'XNY',
  R: 'XAUI',
  V: 'XDC',
  RE: 'XLMH',
  U: ['X', 'Clear', 'Green', 'Amber', 'Red'].join('|'),
};
const V4_BASE = ['AV', 'AC', 'AT', 'PR', 'UI', 'VC', 'VI', 'VA', 'SC', 'SI', 'SA'];

/** Returns why the vector is invalid, or undefined when it is a valid CVSS 3.x/4.0 vector. */
export function cvssProblem(vector: string): string | undefined {
  const match = /^CVSS:(3\.0|3\.1|4\.0)\/(.*)$/.exec(vector);
  if (!match) return 'a CVSS vector starts with CVSS:3.1/, CVSS:3.0/ or CVSS:4.0/';
  const v4 = match[1] === '4.0';
  const metrics = v4 ? V4_METRICS : V3_METRICS;
  const base = v4 ? V4_BASE : V3_BASE;
  const seen = new Set<string>();
  for (const part of (match[2] ?? '').split('/')) {
    const [name, value, extra] = part.split(':');
    if (!name || value === undefined || extra !== undefined) return `\`${part}\` is not a METRIC:VALUE pair`;
    const allowed = metrics[name];
    if (allowed === undefined) return `\`${name}\` is not a CVSS ${match[1]} metric`;
    const values = allowed.includes('|') ? allowed.split('|') : [...allowed];
    if (!values.includes(value)) return `\`${name}:${value}\` is not allowed; ${name} takes ${values.join(', ')}`;
    if (seen.has(name)) return `\`${name}\` appears twice`;
    seen.add(name);
  }
  const missing = base.filter((m) => !seen.has(m));
  if (missing.length > 0) return `base metrics missing: ${missing.join(', ')}`;
  return undefined;
}

export type Rating = 'none' | 'low' | 'medium' | 'high' | 'critical';

export interface CvssScore {
  version: '3.0' | '3.1' | '4.0';
  vector: string;
  score: number;
  rating: Rating;
}

/**
 * Scores by vector: the calculator takes a third of a millisecond per vector,
 * and a tracker's advisories share few distinct vectors. Bounded, so a huge
 * import cannot grow it without end.
 */
const scored = new Map<string, CvssScore>();
const MAX_SCORED = 20_000;

/** Scores a valid vector (check it with cvssProblem first). */
export function scoreCvss(vector: string): CvssScore {
  const known = scored.get(vector);
  if (known) return { ...known };
  const score = computeScore(vector);
  if (scored.size >= MAX_SCORED) scored.clear();
  scored.set(vector, score);
  return { ...score };
}

function computeScore(vector: string): CvssScore {
  const problem = cvssProblem(vector);
  if (problem) throw new Error(`invalid CVSS vector ${vector}: ${problem}`);
  const version = vector.slice(5, 8) as CvssScore['version'];
  const calculator = version === '4.0' ? new Cvss4P0(vector) : version === '3.1' ? new Cvss3P1(vector) : new Cvss3P0(vector);
  const scores = calculator.calculateScores() as { overall?: number; base?: number };
  const score = scores.overall ?? scores.base ?? 0;
  return { version, vector, score, rating: ratingOf(score) };
}

/** The qualitative rating scale shared by CVSS v3.x and v4.0. */
export function ratingOf(score: number): Rating {
  if (score === 0) return 'none';
  if (score < 4) return 'low';
  if (score < 7) return 'medium';
  if (score < 9) return 'high';
  return 'critical';
}
