/**
 * Inserts profiling probes into sucrase's output (CommonJS-shaped JavaScript), Istanbul-style: parsed with
 * acorn, edited with magic-string, no code wrapped in new closures, so `this`, `arguments`, `super`,
 * `new.target`, names, `.length`, async functions and generators behave as before.
 *
 * - Every function: `__hp.e(id, line)` on entry (it also starts the first statement's line) and
 *   `__hp.x(id)` in a `finally`, so returns and throws exit exactly once. Async functions and generators
 *   use `a`/`y` with a per-call token, and every `await`/`yield` (and `for await` step) closes their frame
 *   before suspending and reopens it after: `__hp.r(k, await __hp.s(k, expr))`.
 * - Every statement inside a function: a line probe before it (`l`, or `m` with the token in functions
 *   that suspend). Single-statement bodies get braces. A loop's line is hit once when it starts and once
 *   per iteration (a probe in its test, or at the start of its body for for-of/for-in and test-less for;
 *   these only count, unless the test calls something, so a tight loop is not drowned in clock reads).
 * - Nothing is inserted across a newline: every line keeps its number, and as sucrase keeps the learner's
 *   lines too, a probe's line is the learner's own, in TypeScript or JavaScript. Top-level statements run
 *   once, when the module loads, and are not probed.
 */
import { parse, type AnyNode } from 'acorn';
import MagicString from 'magic-string';
import { forEachChild } from './ast';
import { ReservedName, TooMany } from './instrument-errors';
import { isSimple, isStatement, lineOf, probeKind, unlabel, type ProbeKind } from './statement-kinds';
import { functionName, type FunctionNode } from './function-names';
import { PROBE_GLOBAL, MAX_FUNCTIONS } from './probe-layout';

export interface InstrumentedFunction {
  /** Index in `functions`: the id the probes pass. */
  id: number;
  name: string;
  /** 1-based line where the function is defined. */
  line: number;
  /** Async function or generator: its frame closes at every await/yield. */
  suspends: boolean;
}

export interface ProbedLine {
  line: number;
  /** The function of the first probe on the line. */
  fn: number;
}

export type InstrumentResult =
  | {
      ok: true;
      code: string;
      functions: InstrumentedFunction[];
      /** Every line with a probe, ascending. */
      probes: ProbedLine[];
      /** Highest line number in the code. */
      maxLine: number;
    }
  | { ok: false; message: string; line: number; column: number };

/** Code larger than this is refused (the learner's source is capped at 100,000 characters before sucrase). */
export const MAX_INSTRUMENT_CHARS = 400_000;

const H = PROBE_GLOBAL;
const TOKEN = '__hpK';

/** The function whose statements are being probed. */
type Ctx = { id: number; suspends: boolean };

class Instrumenter {
  readonly out: MagicString;
  readonly functions: InstrumentedFunction[] = [];
  readonly probes = new Map<number, number>();
  /** First statements whose probe is the function's entry probe. */
  private readonly merged = new Set<AnyNode>();
  private readonly ancestors: AnyNode[] = [];

  constructor(private readonly code: string) {
    this.out = new MagicString(code);
  }

  /** A probe statement: 'hit' counts and times, 'time' only times, 'count' only counts (no clock read). */
  private lineProbe(ctx: Ctx, line: number, kind: ProbeKind = 'hit'): string {
    if (!this.probes.has(line)) this.probes.set(line, ctx.id);
    if (kind === 'count') return `${H}.c(${line});`;
    if (ctx.suspends) return `${H}.${kind === 'hit' ? 'm' : 'u'}(${TOKEN},${line});`;
    return `${H}.${kind === 'hit' ? 'l' : 't'}(${line});`;
  }

  visit(node: AnyNode, ctx: Ctx | null): void {
    switch (node.type) {
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
        return this.visitFunction(node);
      case 'StaticBlock':
        return this.visitChildren(node, null);
      case 'AwaitExpression':
      case 'YieldExpression':
        return this.visitSuspension(node, ctx);
      case 'Identifier':
        if (node.name.startsWith('__hp')) throw new ReservedName(node);
        return;
      default:
        if (ctx && isStatement(node)) return this.visitStatement(node, ctx);
        return this.visitChildren(node, ctx);
    }
  }

  private visitChildren(node: AnyNode, ctx: Ctx | null): void {
    this.ancestors.push(node);
    forEachChild(node, (c) => this.visit(c, ctx));
    this.ancestors.pop();
  }

  private visitFunction(fn: FunctionNode): void {
    if (this.functions.length >= MAX_FUNCTIONS) throw new TooMany(fn);
    const suspends = fn.async || fn.generator;
    const ctx: Ctx = { id: this.functions.length, suspends };
    const name = functionName(this.code, fn, this.ancestors);
    const owner = this.ancestors[this.ancestors.length - 1];
    const defLine =
      owner &&
      (owner.type === 'MethodDefinition' || owner.type === 'Property' || owner.type === 'PropertyDefinition')
        ? lineOf(owner)
        : lineOf(fn);
    this.functions.push({ id: ctx.id, name, line: defLine, suspends });
    // The entry probe also starts the first statement's line (one clock read fewer per call).
    const enter = (line: number) => {
      if (line > 0 && !this.probes.has(line)) this.probes.set(line, ctx.id);
      return suspends ? `const ${TOKEN}=${H}.a(${ctx.id},${line});try{` : `${H}.e(${ctx.id},${line});try{`;
    };
    const exit = suspends ? `}finally{${H}.y(${TOKEN})}` : `}finally{${H}.x(${ctx.id})}`;
    this.ancestors.push(fn);
    if (fn.id) this.visit(fn.id, null);
    for (const p of fn.params) this.visit(p, null);
    const body = fn.body;
    if (body.type === 'BlockStatement') {
      let at = body.start + 1;
      let first = 0;
      for (const s of body.body) {
        if (s.type !== 'ExpressionStatement' || typeof s.directive !== 'string') break;
        at = s.end;
        first++;
      }
      const head = body.body[first];
      const merged = head && probeKind(unlabel(head)) === 'hit' ? head : undefined;
      if (merged) this.merged.add(merged);
      // appendLeft: before any probe a first statement starting right here adds, and in an empty body,
      // before the exit (which is also appended left, later).
      this.out.appendLeft(at, enter(merged ? lineOf(merged) : 0));
      this.ancestors.push(body);
      body.body.slice(first).forEach((s) => this.visit(s, ctx));
      this.ancestors.pop();
      this.out.appendLeft(body.end - 1, exit);
    } else {
      // An expression body becomes a block with `return`: still an arrow, so `this`/`arguments` hold.
      this.out.appendRight(body.start, `{${enter(lineOf(body))}return `);
      this.visit(body, ctx);
      this.out.appendLeft(body.end, `${exit}}`);
    }
    this.ancestors.pop();
  }

  private visitSuspension(
    node: Extract<AnyNode, { type: 'AwaitExpression' | 'YieldExpression' }>,
    ctx: Ctx | null,
  ) {
    if (!ctx?.suspends) return this.visitChildren(node, ctx);
    this.out.appendRight(node.start, `${H}.r(${TOKEN},`);
    const arg = node.argument;
    if (arg) {
      this.out.appendRight(arg.start, `${H}.s(${TOKEN},`);
      this.visitChildren(node, ctx);
      this.out.appendLeft(arg.end, ')');
    } else {
      this.out.appendLeft(node.end, ` ${H}.s(${TOKEN})`);
    }
    this.out.appendLeft(node.end, ')');
  }

  /** A statement inside a function: its probe, then its parts. */
  private visitStatement(s: AnyNode, ctx: Ctx): void {
    for (let x = s; x.type === 'LabeledStatement'; x = x.body) {
      if (x.label.name.startsWith('__hp')) throw new ReservedName(x.label);
    }
    const inner = unlabel(s);
    const kind = probeKind(inner);
    if (kind !== 'none' && !this.merged.has(s))
      this.out.appendRight(s.start, this.lineProbe(ctx, lineOf(s), kind));
    this.ancestors.push(inner);
    this.visitStatementParts(inner, ctx);
    this.ancestors.pop();
  }

  /** A declaration or expression in a loop head: never a statement position. */
  private visitHead(node: AnyNode, ctx: Ctx): void {
    if (node.type === 'VariableDeclaration') this.visitChildren(node, ctx);
    else this.visit(node, ctx);
  }

  private visitStatementParts(s: AnyNode, ctx: Ctx): void {
    const line = lineOf(s);
    switch (s.type) {
      case 'IfStatement':
        this.visit(s.test, ctx);
        this.visitBody(s.consequent, ctx);
        if (s.alternate) this.visitBody(s.alternate, ctx);
        return;
      case 'ForStatement':
        if (s.init) this.visitHead(s.init, ctx);
        if (s.test) this.visitTest(s.test, ctx, line);
        if (s.update) this.visit(s.update, ctx);
        return this.visitBody(s.body, ctx, s.test ? undefined : line);
      case 'WhileStatement':
        this.visitTest(s.test, ctx, line);
        return this.visitBody(s.body, ctx);
      case 'DoWhileStatement':
        this.visitBody(s.body, ctx);
        return this.visitTest(s.test, ctx, line);
      case 'ForInStatement':
        this.visitHead(s.left, ctx);
        this.visit(s.right, ctx);
        return this.visitBody(s.body, ctx, line);
      case 'ForOfStatement': {
        this.visitHead(s.left, ctx);
        // for await: its steps are awaits; the iterable is wrapped to close the frame before each, and
        // the body's first probe (timed) reopens it.
        const stepAwaits = s.await && ctx.suspends;
        if (stepAwaits) this.out.appendRight(s.right.start, `${H}.w(${TOKEN},`);
        this.visit(s.right, ctx);
        if (stepAwaits) this.out.appendLeft(s.right.end, ')');
        return this.visitBody(s.body, ctx, line, stepAwaits ? 'hit' : 'count');
      }
      case 'BlockStatement':
        return s.body.forEach((c) => this.visit(c, ctx));
      default:
        return forEachChild(s, (c) => this.visit(c, ctx));
    }
  }

  /**
   * A loop test counts a hit of the loop's line each time it is evaluated. A simple test (no calls) is
   * only counted: a clock read per iteration would cost far more than `i < n`, and its noise would land
   * on the loop's line; what little it costs goes to the loop body's last line.
   */
  private visitTest(test: AnyNode, ctx: Ctx, line: number): void {
    const probe = this.lineProbe(ctx, line, isSimple(test) ? 'count' : 'hit').slice(0, -1);
    this.out.appendRight(test.start, `(${probe},`);
    this.visit(test, ctx);
    this.out.appendLeft(test.end, ')');
  }

  /**
   * A statement in a single-statement slot (if/else/loop body): braced, and a loop's per-iteration hit
   * (counted only: the step of a for-of over an array costs little, and an iterator that is profiled
   * code is timed in its own frame).
   */
  private visitBody(body: AnyNode, ctx: Ctx, loopLine?: number, iterationKind: ProbeKind = 'count'): void {
    const iteration = loopLine === undefined ? '' : this.lineProbe(ctx, loopLine, iterationKind);
    if (body.type === 'BlockStatement') {
      if (iteration) this.out.appendRight(body.start + 1, iteration);
      this.ancestors.push(body);
      body.body.forEach((c) => this.visit(c, ctx));
      this.ancestors.pop();
    } else {
      this.out.appendRight(body.start, `{${iteration}`);
      this.visit(body, ctx);
      this.out.appendLeft(body.end, '}');
    }
  }
}

export function instrument(code: string): InstrumentResult {
  if (code.length > MAX_INSTRUMENT_CHARS) {
    return { ok: false, message: 'The code is too large to profile.', line: 1, column: 1 };
  }
  let program: AnyNode;
  try {
    program = parse(code, {
      ecmaVersion: 'latest',
      sourceType: 'script',
      locations: true,
      preserveParens: true,
      allowReturnOutsideFunction: true,
    }) as AnyNode;
  } catch (e) {
    const loc = (e as { loc?: { line: number; column: number } }).loc;
    const message = e instanceof Error ? e.message.replace(/\s*\(\d+:\d+\)$/, '') : String(e);
    return { ok: false, message, line: loc?.line ?? 1, column: (loc?.column ?? 0) + 1 };
  }
  const ins = new Instrumenter(code);
  try {
    ins.visit(program, null);
  } catch (e) {
    if (e instanceof ReservedName || e instanceof TooMany) {
      const loc = e.node.loc?.start;
      return { ok: false, message: e.message, line: loc?.line ?? 1, column: (loc?.column ?? 0) + 1 };
    }
    const message = e instanceof RangeError ? 'The code is nested too deeply to profile.' : String(e);
    return { ok: false, message, line: 1, column: 1 };
  }
  const probes = [...ins.probes].map(([line, fn]) => ({ line, fn })).sort((a, b) => a.line - b.line);
  const maxLine = code.split('\n').length;
  return { ok: true, code: ins.out.toString(), functions: ins.functions, probes, maxLine };
}
