/** What kind of probe a statement gets, and which expressions are cheap enough to count without timing. */
import type { AnyNode, Node } from 'acorn';

export type ProbeKind = 'hit' | 'time' | 'count';

/** 'time': only marks where time goes (a for loop's init, before its first test); 'none': no probe. */
export function probeKind(s: AnyNode): ProbeKind | 'none' {
  switch (s.type) {
    case 'FunctionDeclaration':
    case 'EmptyStatement':
    case 'BlockStatement':
    case 'TryStatement':
    case 'WhileStatement':
      return 'none';
    case 'ForStatement':
      return s.test ? 'time' : 'hit';
    default:
      return 'hit';
  }
}

/** An expression with no call, construction, assignment or suspension in it (depth-limited). */
export function isSimple(n: AnyNode, depth = 0): boolean {
  if (depth > 12) return false;
  const d = depth + 1;
  switch (n.type) {
    case 'Identifier':
    case 'Literal':
    case 'ThisExpression':
    case 'PrivateIdentifier':
      return true;
    case 'ParenthesizedExpression':
      return isSimple(n.expression, d);
    case 'ChainExpression':
      return isSimple(n.expression, d);
    case 'MemberExpression':
      return n.object.type !== 'Super' && isSimple(n.object, d) && (!n.computed || isSimple(n.property, d));
    case 'BinaryExpression':
    case 'LogicalExpression':
      return isSimple(n.left, d) && isSimple(n.right, d);
    case 'UnaryExpression':
      return n.operator !== 'delete' && isSimple(n.argument, d);
    case 'ConditionalExpression':
      return isSimple(n.test, d) && isSimple(n.consequent, d) && isSimple(n.alternate, d);
    default:
      return false;
  }
}

export function isStatement(n: AnyNode): boolean {
  return /(Statement|Declaration)$/.test(n.type) && n.type !== 'FunctionDeclaration';
}

export function unlabel(s: AnyNode): AnyNode {
  let inner = s;
  while (inner.type === 'LabeledStatement') inner = inner.body;
  return inner;
}

export function lineOf(n: Node): number {
  return n.loc?.start.line ?? 1;
}
