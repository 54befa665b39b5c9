/**
 * The small slice of Markdown the lab prose uses: `code` spans and **bold**. Everything else is text.
 * Returns segments for a component to render (no HTML strings, nothing to escape).
 */
export interface InlineSegment {
  kind: 'text' | 'code' | 'strong';
  text: string;
}

export function parseInline(src: string): InlineSegment[] {
  const out: InlineSegment[] = [];
  const re = /`([^`]+)`|\*\*([^*]+)\*\*/g;
  let last = 0;
  for (let m = re.exec(src); m; m = re.exec(src)) {
    if (m.index > last) out.push({ kind: 'text', text: src.slice(last, m.index) });
    if (m[1] !== undefined) out.push({ kind: 'code', text: m[1] });
    else out.push({ kind: 'strong', text: m[2]! });
    last = m.index + m[0].length;
  }
  if (last < src.length) out.push({ kind: 'text', text: src.slice(last) });
  return out;
}
