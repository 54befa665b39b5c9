/**
 * What a profile of the learner's code reports, for JavaScript (an instrumenting profiler: probes inserted
 * after parsing) and for Python (cProfile per function, sys.monitoring per line). One shape, so the hot
 * lines in the editor, the ranked list, the flame graph, the speedscope download and the prompt are built
 * once. Plain data: it crosses the worker boundary as a structured clone.
 *
 * What each figure is:
 * - hit counts and call counts are exact (every execution is counted);
 * - times are measured under instrumentation, with the cost of an empty probe measured and subtracted;
 *   `overhead` says how much slower the instrumented call ran than the plain one at the same size;
 * - shares are the result: a line's self time over the total self time of all lines.
 */

export type ProfileLanguage = 'javascript' | 'python';

export interface ProfileFunction {
  /** Index in `ProfileReport.functions`; call-tree nodes refer to it. */
  id: number;
  /** The function's name as written ("usersWithTeams", "<anonymous arrow>", "Report.format"). */
  name: string;
  /** 1-based line of its definition in the learner's source. */
  line: number;
  /** Exact number of calls while profiling. */
  calls: number;
  /** Time in the function's own lines, excluding profiled callees, ns (probe cost subtracted). */
  selfNs: number;
  /** Time from entry to exit including callees, ns; recursive calls are counted once (outermost frame). */
  totalNs: number;
}

export interface ProfileLine {
  /** 1-based line in the learner's source. */
  line: number;
  /** Exact number of times a statement starting on this line ran. */
  hits: number;
  /** Time attributed to the line itself (excluding profiled callees), ns, probe cost subtracted. */
  selfNs: number;
  /** selfNs / the sum of every line's selfNs (0..1). */
  share: number;
  /** The function the line belongs to (index in `functions`), when it is inside one. */
  fn?: number;
}

/** One node of the call tree: a function reached through one particular chain of callers. */
export interface CallTreeNode {
  /** Index in `ProfileReport.functions`; -1 for the root (the profiled calls of solve/the lab's entry). */
  fn: number;
  calls: number;
  selfNs: number;
  totalNs: number;
  children: CallTreeNode[];
}

export interface ProfileReport {
  language: ProfileLanguage;
  /** The input size profiled. */
  n: number;
  /** How many times the measured call ran under the profiler (short code is repeated until there is enough). */
  calls: number;
  /** Time per call without instrumentation at the same size, ns (median of a short measurement). */
  plainNsPerCall: number;
  /** Time per call with instrumentation, ns (wall time of the profiled calls / calls). */
  instrumentedNsPerCall: number;
  /** instrumentedNsPerCall / plainNsPerCall: how much the probes slowed the code down. */
  overhead: number;
  /** Measured cost of one empty probe, ns, subtracted once per probe hit from the times. */
  probeCostNs: number;
  /**
   * JavaScript: measured cost of a function's entry or exit probe, ns, subtracted likewise from the time
   * before each entry and exit (`probeCostNs` is then the cost of a line probe).
   */
  callProbeCostNs?: number;
  /** Sum of every line's selfNs, ns. */
  totalSelfNs: number;
  functions: ProfileFunction[];
  /** Every line that ran, ascending by line number. */
  lines: ProfileLine[];
  /** The call tree below the profiled entry (bounded: deep recursion is folded, see `truncated`). */
  tree: CallTreeNode;
  /** Set when the tree or the event record was cut to stay bounded; says what was cut. */
  truncated?: string;
  /** One sentence saying how the figures were taken, shown beside them. */
  method: string;
}
