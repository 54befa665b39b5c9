/**
 * Profiles a Python series at one input (hp_profile.py) and returns lib/profile/types.ts ProfileReport
 * with language 'python': per-function calls and times from cProfile, per-line exact hit counts and
 * times and the call tree from sys.monitoring, each with its measured probe cost subtracted.
 */
import type { ProfileReport } from '@/lib/profile/types';
import type { PythonBridge } from './bridge';
import { PythonError } from './errors';

export interface PythonProfileOptions {
  /** Keep repeating the call until the line-monitored calls took this long, ms (default 200). */
  minMs?: number;
  /** Start no further call once this much instrumented time has been spent, ms (default 4000). */
  maxMs?: number;
  /** At most this many calls per pass (default 10 000). */
  maxCalls?: number;
  /** The code changes its input: every call gets a freshly built one (built outside every pass). */
  mutates?: boolean;
  /** Set by the series: the size the input was built for, and its seed. */
  n?: number;
  seed?: number;
}

type RawReport = Omit<ProfileReport, 'method'> & {
  cProfile: { hookCostNs: number; calleeShare: number; nsPerCall: number };
};

const fmtNs = (ns: number) =>
  ns >= 1e6
    ? `${(ns / 1e6).toFixed(1)} ms`
    : ns >= 1e3
      ? `${(ns / 1e3).toFixed(1)} µs`
      : `${Math.round(ns)} ns`;

/** The one sentence shown beside the figures: how they were taken. */
export function describeMethod(r: RawReport): string {
  const cp = r.cProfile;
  const cpOverhead = r.plainNsPerCall > 0 ? cp.nsPerCall / r.plainNsPerCall : 0;
  return (
    `${r.calls} call${r.calls === 1 ? '' : 's'} at n = ${r.n.toLocaleString('en-US')}, each pass repeated until ` +
    `it had run long enough. Calls and per-function times: cProfile (${cpOverhead.toFixed(1)}× slower than ` +
    `plain; its measured hook cost, ${fmtNs(cp.hookCostNs)} per call, subtracted). Line hits are exact ` +
    `counts; line times are the time between sys.monitoring line events (${r.overhead.toFixed(1)}× slower ` +
    `than plain; the measured cost of an empty probe, ${fmtNs(r.probeCostNs)} per event, subtracted): ` +
    `reliable for lines that do real work, rough for cheap ones, so compare shares. Garbage collection ` +
    `was paused while instrumented.`
  );
}

export function profilePython(
  bridge: PythonBridge,
  sid: string,
  handle: number,
  options: PythonProfileOptions,
): ProfileReport {
  const r = bridge.call<RawReport>('profile', { sid, handle, ...options });
  if (!r.ok) throw new PythonError(r.error);
  return {
    language: 'python',
    n: r.n,
    calls: r.calls,
    plainNsPerCall: r.plainNsPerCall,
    instrumentedNsPerCall: r.instrumentedNsPerCall,
    overhead: r.overhead,
    probeCostNs: r.probeCostNs,
    totalSelfNs: r.totalSelfNs,
    functions: r.functions,
    lines: r.lines,
    tree: r.tree,
    ...(r.truncated ? { truncated: r.truncated } : {}),
    method: describeMethod(r),
  };
}
