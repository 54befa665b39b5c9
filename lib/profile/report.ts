/**
 * Turns the probe's raw figures into the ProfileReport shape shared with the Python profiler: each
 * line's, function's and tree node's charged time less the measured probe cost of every interval it was
 * charged (a figure that comes out below zero was all probe cost, and is shown as 0).
 */
import { NO_PROBE_COST, type ProbeCosts } from './calibrate';
import type { InstrumentedFunction, ProbedLine } from './instrument';
import type { Charged, ProbeData } from './probe';
import type { CallTreeNode, ProfileFunction, ProfileLine, ProfileReport } from './types';

/** Net time at index i, ns (≥ 0). */
export function netNs(c: Charged, i: number, costs: ProbeCosts): number {
  const ms = (c.ms[i] ?? 0) - (c.evLine[i] ?? 0) * costs.lineMs - (c.evCall[i] ?? 0) * costs.callMs;
  return ms > 0 ? ms * 1e6 : 0;
}

export interface ReportInput {
  data: ProbeData;
  costs: ProbeCosts;
  /** Per line, ns, when taken as medians over batches of calls (line-batches.ts). */
  lineNs?: ReadonlyMap<number, number>;
  functions: readonly InstrumentedFunction[];
  probes: readonly ProbedLine[];
  /** Highest line number a figure may be reported for (the calibration slot above it is left out). */
  maxLine: number;
  n: number;
  calls: number;
  plainNsPerCall: number;
  instrumentedNsPerCall: number;
  method: string;
  /** Extra notes on what was cut (joined with the probe's own). */
  notes?: readonly string[];
}

/** Lines that ran; a line's time is `lineNs` when given (medians over batches), else its net sum. */
export function buildLines(
  input: Pick<ReportInput, 'data' | 'probes' | 'maxLine' | 'lineNs'>,
  costs: ProbeCosts = NO_PROBE_COST,
): ProfileLine[] {
  const { hits } = input.data;
  const owner = new Map(input.probes.map((p) => [p.line, p.fn]));
  const lines: ProfileLine[] = [];
  let total = 0;
  for (let line = 1; line <= input.maxLine; line++) {
    const h = hits[line] ?? 0;
    const self = input.lineNs?.get(line) ?? netNs(input.data.lines, line, costs);
    if (h === 0 && self === 0) continue;
    total += self;
    const fn = owner.get(line);
    lines.push({ line, hits: h, selfNs: self, share: 0, ...(fn !== undefined ? { fn } : {}) });
  }
  for (const l of lines) l.share = total > 0 ? l.selfNs / total : 0;
  return lines;
}

/** Each node's self time plus its descendants', ns (children always have higher indices than parents). */
export function nodeTotals(data: ProbeData, costs: ProbeCosts = NO_PROBE_COST): Float64Array {
  const { tree } = data;
  const totals = new Float64Array(tree.size);
  for (let i = tree.size - 1; i >= 0; i--) {
    totals[i] = (totals[i] as number) + netNs(tree, i, costs);
    const p = tree.parent[i] ?? -1;
    if (i > 0 && p >= 0) totals[p] = (totals[p] as number) + (totals[i] as number);
  }
  return totals;
}

/** The call tree from the probe's flat node arrays; a node's total is its self time plus its children's. */
export function buildTree(
  data: ProbeData,
  costs: ProbeCosts = NO_PROBE_COST,
  totals = nodeTotals(data, costs),
): CallTreeNode {
  const { tree } = data;
  const made: CallTreeNode[] = [];
  for (let i = 0; i < tree.size; i++) {
    made.push({
      fn: tree.fn[i] ?? -1,
      calls: tree.calls[i] ?? 0,
      selfNs: netNs(tree, i, costs),
      totalNs: totals[i] ?? 0,
      children: [],
    });
  }
  for (let i = 1; i < tree.size; i++) made[tree.parent[i] ?? 0]?.children.push(made[i] as CallTreeNode);
  for (const node of made) node.children.sort((a, b) => b.totalNs - a.totalNs || a.fn - b.fn);
  return made[0] ?? { fn: -1, calls: 0, selfNs: 0, totalNs: 0, children: [] };
}

/**
 * Per function: exact calls, self time, and total time from the call tree (its nodes with no ancestor of
 * the same function, so recursion counts once, and a call resumed after an await counts under its caller).
 */
export function buildFunctions(
  data: ProbeData,
  functions: readonly InstrumentedFunction[],
  costs: ProbeCosts = NO_PROBE_COST,
  totals = nodeTotals(data, costs),
): ProfileFunction[] {
  const { tree } = data;
  const fnTotal = new Float64Array(functions.length);
  for (let i = 1; i < tree.size; i++) {
    const fn = tree.fn[i] ?? -1;
    let p = tree.parent[i] ?? -1;
    while (p > 0 && tree.fn[p] !== fn) p = tree.parent[p] ?? -1;
    if (p <= 0 && fn >= 0) fnTotal[fn] = (fnTotal[fn] as number) + (totals[i] as number);
  }
  return functions.map((f) => ({
    id: f.id,
    name: f.name,
    line: f.line,
    calls: data.calls[f.id] ?? 0,
    selfNs: netNs(data.fns, f.id, costs),
    totalNs: fnTotal[f.id] ?? 0,
  }));
}

export function truncationNote(data: ProbeData, notes: readonly string[] = []): string | undefined {
  const parts = [...notes];
  if (data.tree.folded > 0) {
    parts.push(
      `${data.tree.folded.toLocaleString('en-US')} calls beyond the call tree's depth or size were folded into the node above them`,
    );
  }
  if (data.overflowed > 0) {
    parts.push(
      `${data.overflowed.toLocaleString('en-US')} calls deeper than the profiler's stack were timed as part of their caller`,
    );
  }
  return parts.length ? `${parts.join('; ')}.` : undefined;
}

export function buildReport(input: ReportInput): ProfileReport {
  const { costs } = input;
  const lines = buildLines(input, costs);
  const truncated = truncationNote(input.data, input.notes);
  const totals = nodeTotals(input.data, costs);
  return {
    language: 'javascript',
    n: input.n,
    calls: input.calls,
    plainNsPerCall: input.plainNsPerCall,
    instrumentedNsPerCall: input.instrumentedNsPerCall,
    overhead: input.plainNsPerCall > 0 ? input.instrumentedNsPerCall / input.plainNsPerCall : 0,
    probeCostNs: costs.lineMs * 1e6,
    callProbeCostNs: costs.callMs * 1e6,
    totalSelfNs: lines.reduce((s, l) => s + l.selfNs, 0),
    functions: buildFunctions(input.data, input.functions, costs, totals),
    lines,
    tree: buildTree(input.data, costs, totals),
    ...(truncated ? { truncated } : {}),
    method: input.method,
  };
}
