/**
 * Names a function the way a learner would look for it in their code: `usersWithTeams`, `Cart.total`,
 * `tracker.recent`, `<.map callback, line 12>`. Anonymous functions carry their line, so two callbacks
 * on different lines never share a name in the flame graph.
 */
import type { AnyNode, Node } from 'acorn';
import { keyText, shortText } from './ast';

export type FunctionNode = Extract<
  AnyNode,
  { type: 'FunctionDeclaration' | 'FunctionExpression' | 'ArrowFunctionExpression' }
>;

/** `exports.solve` (sucrase's rewrite of `export …`) is just `solve` to the learner. */
function stripExports(name: string): string {
  return name.replace(/^(module\.)?exports\./, '');
}

/** The name a binding gives a value: `const x = …`, `x = …`, `obj.x = …`, `{ x = … }`. */
function bindingName(code: string, parent: AnyNode | undefined, child: Node): string | null {
  if (!parent) return null;
  if (parent.type === 'VariableDeclarator' && parent.init === child && parent.id.type === 'Identifier') {
    return parent.id.name;
  }
  if (parent.type === 'AssignmentExpression' && parent.right === child) {
    if (parent.left.type === 'Identifier') return parent.left.name;
    if (parent.left.type === 'MemberExpression') return stripExports(shortText(code, parent.left));
  }
  if (parent.type === 'AssignmentPattern' && parent.right === child && parent.left.type === 'Identifier') {
    return parent.left.name;
  }
  return null;
}

/** Walks up past parentheses: `const f = (() => 1)` still names the arrow `f`. */
function ownerOf(ancestors: readonly AnyNode[], node: Node): { parent?: AnyNode; child: Node; at: number } {
  let child: Node = node;
  let at = ancestors.length - 1;
  while (at >= 0 && ancestors[at]?.type === 'ParenthesizedExpression') {
    child = ancestors[at] as Node;
    at--;
  }
  return { parent: ancestors[at], child, at };
}

function className(code: string, ancestors: readonly AnyNode[], classAt: number): string {
  const cls = ancestors[classAt];
  if (cls && (cls.type === 'ClassDeclaration' || cls.type === 'ClassExpression') && cls.id)
    return cls.id.name;
  if (cls) {
    const owner = ownerOf(ancestors.slice(0, classAt), cls);
    const bound = bindingName(code, owner.parent, owner.child);
    if (bound) return bound;
  }
  return '<class>';
}

function callbackName(code: string, parent: AnyNode, child: Node, line: number, what: string): string | null {
  if ((parent.type === 'CallExpression' || parent.type === 'NewExpression') && parent.callee !== child) {
    const callee = parent.callee;
    const called =
      callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier'
        ? `.${callee.property.name}`
        : callee.type === 'Identifier'
          ? callee.name
          : null;
    if (called) return `<${what} in ${called}, line ${line}>`;
  }
  return null;
}

export function functionName(code: string, fn: FunctionNode, ancestors: readonly AnyNode[]): string {
  const line = fn.loc?.start.line ?? 0;
  const { parent, child, at } = ownerOf(ancestors, fn);
  if (parent?.type === 'MethodDefinition') {
    const cls = className(code, ancestors, at - 2);
    if (parent.kind === 'constructor') return `${cls}.constructor`;
    const key = keyText(code, parent.key, parent.computed);
    const accessor = parent.kind === 'get' ? ' (getter)' : parent.kind === 'set' ? ' (setter)' : '';
    return `${cls}.${key}${accessor}`;
  }
  if (parent?.type === 'PropertyDefinition') {
    return `${className(code, ancestors, at - 2)}.${keyText(code, parent.key, parent.computed)}`;
  }
  if (fn.type !== 'ArrowFunctionExpression' && fn.id) return fn.id.name;
  if (parent?.type === 'Property') {
    const key = keyText(code, parent.key, parent.computed);
    const obj = ancestors[at - 1];
    const objOwner = obj ? ownerOf(ancestors.slice(0, at - 1), obj) : undefined;
    const objName = objOwner ? bindingName(code, objOwner.parent, objOwner.child) : null;
    const accessor = parent.kind === 'get' ? ' (getter)' : parent.kind === 'set' ? ' (setter)' : '';
    return `${objName ? `${objName}.` : ''}${key}${accessor}`;
  }
  const bound = bindingName(code, parent, child);
  if (bound) return bound;
  const what = fn.type === 'ArrowFunctionExpression' ? 'arrow' : 'function';
  const callback = parent ? callbackName(code, parent, child, line, what) : null;
  return callback ?? `<anonymous ${what}, line ${line}>`;
}
