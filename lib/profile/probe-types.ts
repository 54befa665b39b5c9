/** The probe's interface: what instrumented code calls, its limits, and the raw figures it keeps. */
import type { TreeStore } from './tree-store';

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
  /** The iterable of a `for await` loop, wrapped to close the call's frame before each step. */
  w(k: number, iterable: unknown): unknown;
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
