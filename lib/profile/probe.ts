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
import { wrapForAwait } from './for-await';
import { FN_BASE } from './probe-layout';
import type { Charged, Probe, ProbeApi } from './probe-types';
import { DEFAULT_PROBE_LIMITS } from './probe-types';
import { TreeStore } from './tree-store';

export { DEFAULT_PROBE_LIMITS } from './probe-types';
export type { Charged, Probe, ProbeApi, ProbeData, ProbeLimits } from './probe-types';

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
    w(k, iterable) {
      return on && k !== 0 ? wrapForAwait(iterable, () => api.s(k)) : iterable;
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
