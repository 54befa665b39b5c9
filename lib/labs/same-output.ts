/**
 * Structural equality of two harness outputs (JSON-like data: numbers, strings, booleans, null, arrays,
 * plain objects), and a short preview of a value for mismatch messages. Bounded: previews are capped.
 */

export function sameOutput(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    if (a.length !== bb.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameOutput(a[i], bb[i])) return false;
    return true;
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const ak = Object.keys(ao).filter((k) => ao[k] !== undefined);
  const bk = Object.keys(bo).filter((k) => bo[k] !== undefined);
  if (ak.length !== bk.length) return false;
  for (const k of ak) if (!sameOutput(ao[k], bo[k])) return false;
  return true;
}

export const PREVIEW_CHARS = 240;

export function previewValue(v: unknown): string {
  let text: string;
  try {
    text = Array.isArray(v)
      ? `${v.length} items: ${JSON.stringify(v.slice(0, 3))}${v.length > 3 ? ' …' : ''}`
      : (JSON.stringify(v) ?? String(v));
  } catch {
    text = String(v);
  }
  return text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS)}…` : text;
}

/** Previews of both outputs around their first difference (for arrays: the first differing item). */
export function describeMismatch(expected: unknown, actual: unknown): { expected: string; actual: string } {
  if (Array.isArray(expected) && Array.isArray(actual)) {
    const len = Math.min(expected.length, actual.length);
    let i = 0;
    while (i < len && sameOutput(expected[i], actual[i])) i++;
    const count = (a: unknown[]) => `${a.length.toLocaleString('en-US')} items`;
    const at = (a: unknown[]) =>
      i < a.length ? `${count(a)}; item ${i}: ${previewValue(a[i])}` : `${count(a)}; nothing at item ${i}`;
    return { expected: at(expected), actual: at(actual) };
  }
  return { expected: previewValue(expected), actual: previewValue(actual) };
}
