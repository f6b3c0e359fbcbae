/** Printable ASCII runs of 4 or more characters, like `strings(1)`, for binary files. */
export function printableRuns(bytes: Uint8Array): string {
  return (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1').match(PRINTABLE) ?? []).join('\n');
}

const PRINTABLE = /[\x20-\x7e]{4,}/g;

/** 1-based line of an offset, from the offsets where lines start. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}
