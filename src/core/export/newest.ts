/** The latest of some UTC instants written with `Z` (they sort as strings), or '' for none. */
export function newest(instants: string[]): string {
  let max = '';
  for (const t of instants) if (t.localeCompare(max) > 0) max = t;
  return max;
}
