/** Small helpers over acorn's ESTree nodes: child iteration and readable key text. */
import type { AnyNode, Node } from 'acorn';

export function isNode(v: unknown): v is AnyNode {
  return typeof v === 'object' && v !== null && typeof (v as { type?: unknown }).type === 'string';
}

/** Calls `cb` for every child node, in source order of the node's fields (acorn lists them in order). */
export function forEachChild(node: Node, cb: (child: AnyNode) => void): void {
  const rec = node as unknown as Record<string, unknown>;
  for (const key in rec) {
    if (key === 'loc') continue;
    const v = rec[key];
    if (Array.isArray(v)) {
      for (const c of v) if (isNode(c)) cb(c);
    } else if (isNode(v)) cb(v);
  }
}

const MAX_KEY_CHARS = 40;

/** Source text, on one line and at most `max` characters. */
export function shortText(code: string, node: Node, max = MAX_KEY_CHARS): string {
  const t = code.slice(node.start, node.end).replace(/\s+/g, ' ');
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** A property or method key as written: `name`, `#secret`, `"quoted"`, `[computed]`. */
export function keyText(code: string, key: AnyNode, computed: boolean): string {
  if (computed) return `[${shortText(code, key)}]`;
  if (key.type === 'Identifier') return key.name;
  if (key.type === 'PrivateIdentifier') return `#${key.name}`;
  if (key.type === 'Literal') return String(key.value);
  return shortText(code, key);
}
