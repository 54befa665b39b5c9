/** Collections longer than this are sampled: every k-th item, so about this many are visited. */
export const SAMPLE_ITEMS = 50_000;

/**
 * A cheap structural hash of an input, used to notice code that changes its input (sorting in place,
 * popping from a queue...). Taken before and after one untimed call on a twin of the input; if it
 * changed, every timed call gets a freshly built input. Bounded: at most `budget` values in all, and long
 * arrays, typed arrays, Maps and Sets are sampled (every k-th item, plus their length), so a million-item
 * input costs a few ms. A change to a single unsampled item goes unnoticed; sorting, shuffling, pushing,
 * popping or clearing does not.
 */
export function fingerprint(value: unknown, budget = 1_000_000): number {
  let h = 0x811c9dc5 | 0;
  let left = budget;
  // Ancestors on the current path, for cycles (an array, not a Set: no identity hashes are added to the
  // learner's objects).
  const path: object[] = [];
  const mix = (x: number) => {
    h = Math.imul(h ^ (x | 0), 0x01000193);
    h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  };
  const num = (x: number) => {
    if (Number.isInteger(x) && Math.abs(x) < 2 ** 31) mix(x);
    else {
      const s = String(x);
      for (let i = 0; i < s.length; i++) mix(s.charCodeAt(i));
    }
  };
  const str = (s: string) => {
    mix(s.length);
    const step = Math.max(1, Math.floor(s.length / 64));
    for (let i = 0; i < s.length; i += step) mix(s.charCodeAt(i));
  };
  const visit = (v: unknown): void => {
    if (left-- <= 0) return;
    switch (typeof v) {
      case 'number':
        return num(v);
      case 'string':
        return str(v);
      case 'boolean':
        return mix(v ? 3 : 4);
      case 'bigint':
        return str(v.toString());
      case 'undefined':
        return mix(5);
      case 'function':
      case 'symbol':
        return mix(6);
    }
    if (v === null) return mix(7);
    const o = v as object;
    if (path.includes(o)) return mix(8);
    path.push(o);
    visitObject(o);
    path.pop();
  };
  const visitObject = (o: object): void => {
    if (ArrayBuffer.isView(o)) {
      const a = o as unknown as ArrayLike<number>;
      const len = a.length ?? 0;
      mix(len);
      for (let i = 0; i < len && left-- > 0; i += strideFor(len)) num(Number(a[i]));
    } else if (Array.isArray(o)) {
      mix(o.length);
      for (let i = 0; i < o.length && left > 0; i += strideFor(o.length)) visit(o[i]);
    } else if (o instanceof Map) {
      mix(o.size);
      const k = strideFor(o.size);
      let i = 0;
      for (const [key, x] of o) {
        if (left <= 0) break;
        if (i++ % k !== 0) continue;
        visit(key);
        visit(x);
      }
    } else if (o instanceof Set) {
      mix(o.size);
      const k = strideFor(o.size);
      let i = 0;
      for (const x of o) {
        if (left <= 0) break;
        if (i++ % k === 0) visit(x);
      }
    } else {
      const keys = Object.keys(o);
      mix(keys.length);
      for (const k of keys) {
        if (left <= 0) break;
        str(k);
        visit((o as Record<string, unknown>)[k]);
      }
    }
  };
  visit(value);
  return h >>> 0;
}

function strideFor(length: number): number {
  return length > SAMPLE_ITEMS ? Math.ceil(length / SAMPLE_ITEMS) : 1;
}
