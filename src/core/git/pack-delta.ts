/** Applies a git delta (pack format: base size, result size, then copy and insert instructions) to its base. */
export function applyDelta(base: Buffer, delta: Buffer): Buffer {
  let pos = 0;
  const varint = () => {
    let value = 0;
    let shift = 0;
    let c: number;
    do {
      c = delta[pos++] as number;
      value += (c & 0x7f) * 2 ** shift;
      shift += 7;
    } while (c & 0x80);
    return value;
  };
  if (varint() !== base.length) throw new Error('delta base has the wrong size');
  const out = Buffer.allocUnsafe(varint());
  let at = 0;
  while (pos < delta.length) {
    const op = delta[pos++] as number;
    if (op & 0x80) {
      let offset = 0;
      let size = 0;
      for (let i = 0; i < 4; i++) if (op & (1 << i)) offset += (delta[pos++] as number) * 2 ** (8 * i);
      for (let i = 0; i < 3; i++) if (op & (0x10 << i)) size += (delta[pos++] as number) * 2 ** (8 * i);
      if (size === 0) size = 0x10000;
      base.copy(out, at, offset, offset + size);
      at += size;
    } else if (op > 0) {
      delta.copy(out, at, pos, pos + op);
      pos += op;
      at += op;
    } else {
      throw new Error('invalid delta instruction 0');
    }
  }
  if (at !== out.length) throw new Error('delta result has the wrong size');
  return out;
}
