/**
 * The runtime behind `__hp`: what the instrumented code calls. A timed probe reads the injected clock
 * once and charges the time since the previous timed probe to where the program was: the current line
 * of the frame on top of the stack. So a line's self time runs from its probe to the next probe event in
 * the same frame (time in a builtin it calls, `Array.prototype.includes`, stays on it), while time inside
 * a profiled callee goes to the callee's lines. Each charged interval also holds one probe's own cost;
 * the probe counts intervals per line, function and tree node, by the kind of probe that ended them (a
 * line probe, or a function's entry/exit), and the report subtracts the measured costs (calibrate.ts).
 * Count-only probes (`c`) count a hit without reading the clock: loop iterations, simple loop tests.
 *
 * Counts are exact. Functions: calls and self time (while on top). A call tree, bounded, where a call
 * resumed after an await or yield goes back to its own node; totals are taken from it (report.ts).
 * Typed arrays and closures only on the hot path: it runs once per statement executed.
 */
import type { Clock } from '@/lib/measure/timer';
import { FN_BASE } from './probe-layout';
import { TreeStore } from './tree-store';

/** The calls the instrumented code makes (see instrument.ts). */
export interface ProbeApi {
  /** Enter / exit a function that cannot suspend; entering also starts `line` (its first statement; 0: none). */
  e(fn: number, line: number): void;
  x(fn: number): void;
  /** Enter an async function or generator: returns its call's token; `y` exits it. */
  a(fn: number, line: number): number;
  y(k: number): void;
  /** A statement on `line` starts (l); time-only marker (t); hit without timing (c). */
  l(line: number): void;
  t(line: number): void;
  c(line: number): void;
  /** `l` and `t` inside a call that can suspend: reopens its frame first if an await threw into it. */
  m(k: number, line: number): void;
  u(k: number, line: number): void;
  /** Before an await/yield: close the call's frame (passes the value through); `r` reopens it after. */
  s<T>(k: number, v?: T): T | undefined;
  r<T>(k: number, v: T): T;
}

export interface ProbeLimits {
  /** Frames on the profiler's stack; deeper calls are counted but timed as part of their caller. */
  maxDepth: number;
  /** Call-tree nodes in all, and depth of the tree; beyond either, calls fold into the node above. */
  maxTreeNodes: number;
  maxTreeDepth: number;
  /** Suspended calls remembered (to resume them at their node and line). */
  maxSuspended: number;
}

export const DEFAULT_PROBE_LIMITS: ProbeLimits = {
  maxDepth: 20_000,
  maxTreeNodes: 20_000,
  maxTreeDepth: 128,
  maxSuspended: 100_000,
};

/** Time charged (ms, probe costs not yet subtracted) and intervals by the kind of probe that ended them. */
export interface Charged {
  ms: Float64Array;
  evLine: Float64Array;
  evCall: Float64Array;
}

/** Raw figures, indexed by line / function / tree node. */
export interface ProbeData {
  hits: Float64Array;
  lines: Charged;
  calls: Float64Array;
  fns: Charged;
  tree: TreeStore;
  /** Calls deeper than the stack, and frames still open when the probe stopped (0 for balanced code). */
  overflowed: number;
  leftOpen: number;
}

export interface Probe {
  api: ProbeApi;
  /** Start charging time (the stack starts empty). */
  start(): void;
  /** Stop: any frame still open is closed now. */
  stop(): void;
  /** Forget every figure. */
  reset(): void;
  data(): ProbeData;
}

const charged = (size: number): Charged => ({
  ms: new Float64Array(size),
  evLine: new Float64Array(size),
  evCall: new Float64Array(size),
});

/** Packs a suspended call's node and line. */
const LINE_SPAN = 0x40000;

/** `lines`: the highest line number a probe may name. */
export function createProbe(
  now: Clock,
  functions: number,
  lines: number,
  limits = DEFAULT_PROBE_LIMITS,
): Probe {
  if (lines >= LINE_SPAN) throw new RangeError('Too many lines to profile.');
  const D = limits.maxDepth;
  const hits = new Float64Array(lines + 1);
  const ln = charged(lines + 1);
  const calls = new Float64Array(Math.max(1, functions));
  const fs = charged(Math.max(1, functions));
  const tree = new TreeStore(limits.maxTreeNodes, limits.maxTreeDepth);
  const sFn = new Int32Array(D);
  const sTok = new Float64Array(D);
  const sLine = new Int32Array(D);
  const sNode = new Int32Array(D);
  const suspended = new Map<number, number>();
  // Local names for the arrays the hot path writes.
  const lnMs = ln.ms;
  const lnEvLine = ln.evLine;
  const lnEvCall = ln.evCall;
  let depth = 0;
  let cur = 0;
  let acc = 0;
  let accLine = 0;
  let accCall = 0;
  let last = 0;
  let on = false;
  let overflow = 0;
  let overflowed = 0;
  let leftOpen = 0;
  let tokens = 0;

  const clear = () => {
    for (const a of [hits, ln.ms, ln.evLine, ln.evCall, calls, fs.ms, fs.evLine, fs.evCall]) a.fill(0);
    tree.clear();
    suspended.clear();
    depth = 0;
    sFn[0] = -1;
    sTok[0] = 0;
    sNode[0] = 0;
    cur = acc = accLine = accCall = 0;
    overflow = overflowed = leftOpen = 0;
  };
  clear();

  /** Charges the time since the last timed probe to the current line: an interval ended by a line probe. */
  const chargeLine = () => {
    const t = now();
    const d = t - last;
    last = t;
    lnMs[cur] = (lnMs[cur] as number) + d;
    lnEvLine[cur] = (lnEvLine[cur] as number) + 1;
    acc += d;
    accLine++;
  };

  /** The same, for an interval ended by a function's entry, exit, suspension or resumption. */
  const chargeCall = () => {
    const t = now();
    const d = t - last;
    last = t;
    lnMs[cur] = (lnMs[cur] as number) + d;
    lnEvCall[cur] = (lnEvCall[cur] as number) + 1;
    acc += d;
    accCall++;
  };

  /** Hands the top frame's accumulated time to its function and tree node. */
  const flush = () => {
    const f = sFn[depth] as number;
    if (f >= 0) {
      fs.ms[f] = (fs.ms[f] as number) + acc;
      fs.evLine[f] = (fs.evLine[f] as number) + accLine;
      fs.evCall[f] = (fs.evCall[f] as number) + accCall;
    }
    const node = sNode[depth] as number;
    tree.ms[node] = (tree.ms[node] as number) + acc;
    tree.evLine[node] = (tree.evLine[node] as number) + accLine;
    tree.evCall[node] = (tree.evCall[node] as number) + accCall;
    acc = accLine = accCall = 0;
  };

  const push = (fn: number, tok: number, node: number, line: number) => {
    flush();
    sLine[depth] = cur;
    depth++;
    sFn[depth] = fn;
    sTok[depth] = tok;
    sNode[depth] = node;
    cur = line;
  };

  const pop = () => {
    flush();
    depth--;
    cur = sLine[depth] as number;
  };

  const enter = (fn: number, tok: number, line: number) => {
    chargeCall();
    calls[fn] = (calls[fn] as number) + 1;
    hits[line] = (hits[line] as number) + 1;
    if (depth + 1 >= D) {
      overflow++;
      overflowed++;
      return;
    }
    const node = tree.child(sNode[depth] as number, fn);
    tree.calls[node] = (tree.calls[node] as number) + 1;
    push(fn, tok, node, line);
  };

  /** Reopens a suspended call's frame (after an await/yield, or found running by a line probe). */
  const reopen = (k: number) => {
    if (depth + 1 >= D) return;
    const fn = k % FN_BASE;
    const saved = suspended.get(k);
    suspended.delete(k);
    const node = saved === undefined ? tree.child(sNode[depth] as number, fn) : Math.floor(saved / LINE_SPAN);
    push(fn, k, node, saved === undefined ? 0 : saved % LINE_SPAN);
  };

  const api: ProbeApi = {
    e(fn, line) {
      if (on) enter(fn, 0, line);
    },
    x(fn) {
      if (!on) return;
      if (overflow > 0) {
        overflow--;
        return;
      }
      if (sFn[depth] !== fn || sTok[depth] !== 0) return;
      chargeCall();
      pop();
    },
    a(fn, line) {
      if (!on) return 0;
      const k = ++tokens * FN_BASE + fn;
      enter(fn, k, line);
      return k;
    },
    y(k) {
      if (!on || k === 0) return;
      suspended.delete(k);
      if (sTok[depth] !== k) return;
      chargeCall();
      pop();
    },
    l(line) {
      if (!on) return;
      chargeLine();
      hits[line] = (hits[line] as number) + 1;
      cur = line;
    },
    t(line) {
      if (!on) return;
      chargeLine();
      cur = line;
    },
    c(line) {
      if (on) hits[line] = (hits[line] as number) + 1;
    },
    m(k, line) {
      if (!on) return;
      chargeLine();
      if (k !== 0 && sTok[depth] !== k) reopen(k);
      hits[line] = (hits[line] as number) + 1;
      cur = line;
    },
    u(k, line) {
      if (!on) return;
      chargeLine();
      if (k !== 0 && sTok[depth] !== k) reopen(k);
      cur = line;
    },
    s(k, v) {
      if (!on || k === 0 || sTok[depth] !== k) return v;
      chargeCall();
      if (suspended.size < limits.maxSuspended) suspended.set(k, (sNode[depth] as number) * LINE_SPAN + cur);
      pop();
      return v;
    },
    r(k, v) {
      if (!on || k === 0 || sTok[depth] === k) return v;
      chargeCall();
      reopen(k);
      return v;
    },
  };

  return {
    api,
    start() {
      depth = 0;
      cur = acc = accLine = accCall = overflow = 0;
      last = now();
      on = true;
    },
    stop() {
      if (!on) return;
      chargeCall();
      leftOpen += depth;
      while (depth > 0) pop();
      flush();
      on = false;
    },
    reset: clear,
    data: () => ({ hits, lines: ln, calls, fns: fs, tree, overflowed, leftOpen }),
  };
}
