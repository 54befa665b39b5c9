/**
 * A canonical text form of an output, for comparing the learner's result with the reference's: object
 * keys sorted, Sets and Maps compared as collections (entries sorted), typed arrays as arrays, numbers
 * rounded to 12 significant digits (so summing in another order is not "wrong"), -0 as 0, NaN, undefined,
 * bigint and Infinity kept distinct. Bounded: returns null past `maxChars` (the caller then says it could
 * not compare, rather than comparing a prefix).
 */
export const CANONICAL_MAX_CHARS = 50_000_000;

export function canonical(value: unknown, maxChars = CANONICAL_MAX_CHARS): string | null {
  const parts: string[] = [];
  let size = 0;
  const path: object[] = []; // ancestors, for cycles (not a Set: see fingerprint.ts)
  const push = (s: string) => {
    parts.push(s);
    size += s.length;
    if (size > maxChars) throw TOO_BIG;
  };
  const num = (x: number) => {
    if (Number.isNaN(x)) return push('NaN');
    if (!Number.isFinite(x)) return push(x > 0 ? 'Inf' : '-Inf');
    if (x === 0) return push('0');
    push(String(Number(x.toPrecision(12))));
  };
  const walk = (v: unknown): void => {
    switch (typeof v) {
      case 'number':
        return num(v);
      case 'string':
        return push(JSON.stringify(v));
      case 'boolean':
        return push(v ? 'true' : 'false');
      case 'bigint':
        return push(`${v}n`);
      case 'undefined':
        return push('undefined');
      case 'function':
        return push('function');
      case 'symbol':
        return push(String(v));
    }
    if (v === null) return push('null');
    const o = v as object;
    if (path.includes(o)) return push('[Circular]');
    path.push(o);
    if (ArrayBuffer.isView(o) && !(o instanceof DataView)) {
      const a = o as unknown as ArrayLike<number | bigint>;
      push('[');
      for (let i = 0; i < a.length; i++) {
        if (i) push(',');
        walk(a[i]);
      }
      push(']');
    } else if (Array.isArray(o)) {
      push('[');
      for (let i = 0; i < o.length; i++) {
        if (i) push(',');
        walk(o[i]);
      }
      push(']');
    } else if (o instanceof Set) {
      push(
        `Set{${[...o]
          .map((x) => canonical(x, maxChars - size) ?? fail())
          .sort()
          .join(',')}}`,
      );
    } else if (o instanceof Map) {
      const entries = [...o].map(([k, x]) => {
        const ks = canonical(k, maxChars - size) ?? fail();
        return `${ks}=>${canonical(x, maxChars - size) ?? fail()}`;
      });
      push(`Map{${entries.sort().join(',')}}`);
    } else if (o instanceof Date) {
      push(`Date(${o.getTime()})`);
    } else {
      const rec = o as Record<string, unknown>;
      const keys = Object.keys(rec)
        .filter((k) => rec[k] !== undefined)
        .sort();
      push('{');
      keys.forEach((k, i) => {
        push(`${i ? ',' : ''}${JSON.stringify(k)}:`);
        walk(rec[k]);
      });
      push('}');
    }
    path.pop();
  };
  try {
    walk(value);
  } catch (e) {
    if (e === TOO_BIG) return null;
    throw e;
  }
  return parts.join('');
}

const TOO_BIG = Symbol('too big');
function fail(): never {
  throw TOO_BIG;
}

export const PREVIEW_MAX = 200;

/** A short, human-readable preview of a value (first items of long arrays), capped at PREVIEW_MAX. */
export function preview(value: unknown, max = PREVIEW_MAX): string {
  let text: string;
  if (Array.isArray(value) || ArrayBuffer.isView(value)) {
    const a = value as ArrayLike<unknown>;
    const head = Array.from({ length: Math.min(a.length, 5) }, (_, i) => canonical(a[i], max) ?? '…');
    text = `[${head.join(', ')}${a.length > 5 ? `, … (${a.length} items)` : ''}]`;
  } else if (typeof value === 'string') {
    text = JSON.stringify(value.length > max ? `${value.slice(0, max)}…` : value);
  } else {
    text = canonical(value, max * 4) ?? '(too large to show)';
  }
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/**
 * Previews of expected and actual around their first difference: for two arrays, the first differing
 * item and its index; otherwise the two values.
 */
export function describeDifference(expected: unknown, actual: unknown): { expected: string; actual: string } {
  if (Array.isArray(expected) && Array.isArray(actual)) {
    const len = Math.min(expected.length, actual.length);
    let i = 0;
    while (i < len && canonical(expected[i], 1e6) === canonical(actual[i], 1e6)) i++;
    const at = (a: unknown[]) =>
      i < a.length
        ? `item ${i} of ${a.length}: ${preview(a[i])}`
        : `${a.length} items (nothing at item ${i})`;
    return { expected: at(expected), actual: at(actual) };
  }
  return { expected: preview(expected), actual: preview(actual) };
}

/** The reference's output at one size: its canonical form, and the value for describing a difference. */
export interface ReferenceOutput {
  canon: string | null;
  value: unknown;
}

/**
 * One step of the correctness check, shared by the JavaScript and Python runners: the reference's output
 * at `n` is recorded (`keep` copies it when later code could change it); another series' output is
 * compared with it. Returns the difference to report, or null when there is none (or nothing to check).
 */
export function checkAgainstReference(
  expected: Map<number, ReferenceOutput>,
  series: string,
  n: number,
  out: unknown,
  checkCorrectness: boolean,
  keep: (value: unknown) => unknown = (v) => v,
): { expected: string; actual: string } | null {
  if (series === 'reference') {
    expected.set(n, { canon: canonical(out), value: keep(out) });
    return null;
  }
  const want = expected.get(n);
  if (!checkCorrectness || !want) return null;
  const got = canonical(out);
  if (want.canon === null || got === null || want.canon === got) return null;
  return describeDifference(want.value, out);
}
