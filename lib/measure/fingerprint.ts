/**
 * A cheap structural hash of an input, used to notice code that changes its input (sorting in place,
 * popping from a queue...). Taken before and after one untimed call; if it changed, every timed call gets
 * a freshly built input. Visits at most `budget` values (arrays, objects, Maps, Sets, typed arrays,
 * strings), so a huge input costs a bounded, untimed pass; past the budget only lengths/sizes count.
 */
export function fingerprint(value: unknown, budget = 3_000_000): number {
  let h = 0x811c9dc5 | 0;
  let left = budget;
  // Ancestors on the current path, for cycles. Not a Set: putting an object in a Set or WeakSet gives it
  // an identity hash, and in V8 (measured in Chromium here) that alone made `new Set(array)` and
  // `array.filter(...)` on the fingerprinted input run 1.5–2.5× slower for the rest of the run.
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
      mix(a.length ?? 0);
      for (let i = 0; i < (a.length ?? 0) && left-- > 0; i++) num(Number(a[i]));
    } else if (Array.isArray(o)) {
      mix(o.length);
      for (let i = 0; i < o.length && left > 0; i++) visit(o[i]);
    } else if (o instanceof Map) {
      mix(o.size);
      for (const [k, x] of o) {
        if (left <= 0) break;
        visit(k);
        visit(x);
      }
    } else if (o instanceof Set) {
      mix(o.size);
      for (const x of o) {
        if (left <= 0) break;
        visit(x);
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
