/** The one sentence shown beside a profile, saying how its figures were taken. */
import { formatDuration, formatRatio } from '@/lib/format/format';

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

export function methodSentence(f: MethodFacts): string {
  const overhead = f.plainNs > 0 ? f.instrumentedNsPerCall / f.plainNs : NaN;
  const callWord = f.calls === 1 ? 'call' : 'calls';
  return (
    `Profiled ${f.calls.toLocaleString('en-US')} ${callWord} at n = ${f.n.toLocaleString('en-US')} with a probe ` +
    `before every statement and at every function's entry and exit: hit and call counts are exact; times ` +
    `were taken under the probes, which made each call ${formatRatio(overhead)} slower ` +
    `(${formatDuration(f.instrumentedNsPerCall)} against ${formatDuration(f.plainNs)} without them, ${f.plainNote}), ` +
    `less each probe's own measured cost (${formatDuration(f.probeCostNs)} a statement, ` +
    `${formatDuration(f.callProbeCostNs)} a function entry or exit)` +
    (f.batches >= 3 ? `; a line's time is its median per call over ${f.batches} batches of calls` : '') +
    `; a line's share is its part of all lines' time.`
  );
}
