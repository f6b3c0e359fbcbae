/** One group in the chart: a label and its two figures in days. */
export interface ChartGroup {
  label: string;
  median?: number;
  p90?: number;
  /** How many fixes the figures are over, shown under the label. */
  count: number;
}

export interface ChartOptions {
  title: string;
  targetDays: number;
  width?: number;
  height?: number;
}

const escapeXml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
const num = (n: number) => (Math.round(n * 10) / 10).toString();

/**
 * A bar chart of median and 90th-percentile days to fix per group, with the
 * policy target as a dashed line, as a self-contained SVG string: drawn at
 * build time, no script, readable by screen readers through its title and
 * description (which repeat every figure), and sized by its viewBox.
 */
export function recordChartSvg(groups: readonly ChartGroup[], options: ChartOptions): string {
  const width = options.width ?? 640;
  const height = options.height ?? 260;
  const margin = { top: 28, right: 16, bottom: 44, left: 44 };
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const highest = Math.max(options.targetDays, ...groups.flatMap((g) => [g.median ?? 0, g.p90 ?? 0]));
  const step = niceStep(highest / 4);
  const top = Math.max(step, Math.ceil(highest / step) * step);
  const y = (days: number) => margin.top + plotH - (Math.max(0, days) / top) * plotH;
  const slot = groups.length > 0 ? plotW / groups.length : plotW;
  const bar = Math.min(28, slot / 3);
  const description = groups
    .map(
      (g) =>
        `${g.label}: median ${g.median === undefined ? 'n/a' : `${num(g.median)} days`}, 90th percentile ${g.p90 === undefined ? 'n/a' : `${num(g.p90)} days`} (${g.count} fixes)`,
    )
    .join('; ');
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="chart-title chart-desc" font-family="system-ui, sans-serif" font-size="12">`,
    `<title id="chart-title">${escapeXml(options.title)}</title>`,
    `<desc id="chart-desc">${escapeXml(`${description || 'No fixes to chart yet'}. Target: ${options.targetDays} days.`)}</desc>`,
  );
  for (let tick = 0; tick <= top; tick += step) {
    parts.push(
      `<line x1="${margin.left}" x2="${width - margin.right}" y1="${y(tick)}" y2="${y(tick)}" stroke="currentColor" stroke-opacity="0.15"/>`,
      `<text x="${margin.left - 6}" y="${y(tick) + 4}" text-anchor="end" fill="currentColor">${tick}</text>`,
    );
  }
  parts.push(`<text x="${margin.left}" y="${margin.top - 12}" fill="currentColor">days</text>`);
  groups.forEach((g, i) => {
    const center = margin.left + slot * i + slot / 2;
    const bars: Array<[number | undefined, string, string]> = [
      [g.median, '#2b6cb0', 'median'],
      [g.p90, '#c05621', '90th percentile'],
    ];
    bars.forEach(([value, color, name], k) => {
      if (value === undefined) return;
      const x = center - bar + k * bar;
      const h = margin.top + plotH - y(value);
      parts.push(
        `<rect x="${x}" y="${y(value)}" width="${bar - 2}" height="${h}" fill="${color}"><title>${escapeXml(`${g.label} ${name}: ${num(value)} days`)}</title></rect>`,
        `<text x="${x + (bar - 2) / 2}" y="${y(value) - 3}" text-anchor="middle" font-size="10" fill="currentColor">${num(value)}</text>`,
      );
    });
    parts.push(
      `<text x="${center}" y="${height - margin.bottom + 16}" text-anchor="middle" fill="currentColor">${escapeXml(g.label)}</text>`,
      `<text x="${center}" y="${height - margin.bottom + 30}" text-anchor="middle" font-size="10" fill="currentColor">${g.count} fix${g.count === 1 ? '' : 'es'}</text>`,
    );
  });
  parts.push(
    `<line x1="${margin.left}" x2="${width - margin.right}" y1="${y(options.targetDays)}" y2="${y(options.targetDays)}" stroke="#c53030" stroke-width="1.5" stroke-dasharray="6 4"/>`,
    `<rect x="${margin.left + 40}" y="${margin.top - 22}" width="10" height="10" fill="#2b6cb0"/><text x="${margin.left + 54}" y="${margin.top - 13}" fill="currentColor">median</text>`,
    `<rect x="${margin.left + 110}" y="${margin.top - 22}" width="10" height="10" fill="#c05621"/><text x="${margin.left + 124}" y="${margin.top - 13}" fill="currentColor">90th percentile</text>`,
    `<line x1="${margin.left + 230}" x2="${margin.left + 254}" y1="${margin.top - 17}" y2="${margin.top - 17}" stroke="#c53030" stroke-width="1.5" stroke-dasharray="6 4"/><text x="${margin.left + 260}" y="${margin.top - 13}" fill="currentColor">target ${options.targetDays} days</text>`,
    '</svg>',
  );
  return parts.join('\n');
}

/** A round axis step (1, 2, 5 × 10^n) at least `raw`. */
function niceStep(raw: number): number {
  if (!(raw > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * power >= raw) return Math.max(1, m * power);
  return Math.max(1, 10 * power);
}
