/** The one sentence shown beside a profile, saying how its figures were taken. */

export interface MethodFacts {
  n: number;
  calls: number;
  plainNs: number;
  instrumentedNsPerCall: number;
  probeCostNs: number;
  callProbeCostNs: number;
  /** Where the plain time came from ("measured just before", "from the last run"). */
  plainNote: string;
  /** Batches of calls the line times are medians over (fewer than 3: sums). */
  batches: number;
}

export function formatDuration(ns: number): string {
  if (!Number.isFinite(ns)) return '—';
  if (ns >= 1e9) return `${(ns / 1e9).toFixed(ns >= 1e10 ? 1 : 2)} s`;
  if (ns >= 1e6) return `${(ns / 1e6).toFixed(ns >= 1e8 ? 0 : ns >= 1e7 ? 1 : 2)} ms`;
  if (ns >= 1e3) return `${(ns / 1e3).toFixed(ns >= 1e5 ? 0 : 1)} µs`;
  return `${Math.round(ns)} ns`;
}

export function formatFactor(x: number): string {
  return !Number.isFinite(x) || x <= 0 ? '—' : x >= 10 ? `${Math.round(x)}×` : `${x.toFixed(1)}×`;
}

export function methodSentence(f: MethodFacts): string {
  const overhead = f.plainNs > 0 ? f.instrumentedNsPerCall / f.plainNs : NaN;
  const callWord = f.calls === 1 ? 'call' : 'calls';
  return (
    `Profiled ${f.calls.toLocaleString('en-US')} ${callWord} at n = ${f.n.toLocaleString('en-US')} with a probe ` +
    `before every statement and at every function's entry and exit: hit and call counts are exact; times ` +
    `were taken under the probes, which made each call ${formatFactor(overhead)} slower ` +
    `(${formatDuration(f.instrumentedNsPerCall)} against ${formatDuration(f.plainNs)} without them, ${f.plainNote}), ` +
    `less each probe's own measured cost (${formatDuration(f.probeCostNs)} a statement, ` +
    `${formatDuration(f.callProbeCostNs)} a function entry or exit)` +
    (f.batches >= 3 ? `; a line's time is its median per call over ${f.batches} batches of calls` : '') +
    `; a line's share is its part of all lines' time.`
  );
}
