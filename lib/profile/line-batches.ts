/**
 * Line times per batch of profiled calls, so a line's time can be the median over batches rather than the
 * sum: a spell when the machine ran something else, or a garbage collection, lands on whatever line was
 * running and can dwarf a small line's real time in one batch, but not in most of them (the measuring
 * core takes medians of samples for the same reason). Bounded: at most `maxBatches` are kept.
 */
import type { ProbeCosts } from './calibrate';
import type { ProbeData } from './probe';

export const MAX_BATCHES = 32;

interface Batch {
  calls: number;
  ms: Float64Array;
  evLine: Float64Array;
  evCall: Float64Array;
}

export class LineBatches {
  private readonly batches: Batch[] = [];
  private prev: { ms: Float64Array; evLine: Float64Array; evCall: Float64Array };

  constructor(
    private readonly lines: readonly number[],
    readonly maxBatches = MAX_BATCHES,
  ) {
    const k = lines.length;
    this.prev = { ms: new Float64Array(k), evLine: new Float64Array(k), evCall: new Float64Array(k) };
  }

  get size(): number {
    return this.batches.length;
  }

  get full(): boolean {
    return this.batches.length >= this.maxBatches;
  }

  /** Records the batch that just ended: the probe's figures since the last record. */
  record(data: ProbeData, calls: number): void {
    const k = this.lines.length;
    const now = { ms: new Float64Array(k), evLine: new Float64Array(k), evCall: new Float64Array(k) };
    const batch: Batch = {
      calls,
      ms: new Float64Array(k),
      evLine: new Float64Array(k),
      evCall: new Float64Array(k),
    };
    this.lines.forEach((line, i) => {
      now.ms[i] = data.lines.ms[line] ?? 0;
      now.evLine[i] = data.lines.evLine[line] ?? 0;
      now.evCall[i] = data.lines.evCall[line] ?? 0;
      batch.ms[i] = (now.ms[i] as number) - (this.prev.ms[i] as number);
      batch.evLine[i] = (now.evLine[i] as number) - (this.prev.evLine[i] as number);
      batch.evCall[i] = (now.evCall[i] as number) - (this.prev.evCall[i] as number);
    });
    this.prev = now;
    if (!this.full) this.batches.push(batch);
  }

  /**
   * Per line, ns: the median over batches of its net time per call, times `calls`. With fewer than three
   * batches there is no median to speak of, and the caller uses the plain sums.
   */
  medianNs(costs: ProbeCosts, calls: number): Map<number, number> {
    const out = new Map<number, number>();
    this.lines.forEach((line, i) => {
      const rates = this.batches.map((b) => {
        const net =
          (b.ms[i] as number) -
          (b.evLine[i] as number) * costs.lineMs -
          (b.evCall[i] as number) * costs.callMs;
        return net / Math.max(1, b.calls);
      });
      rates.sort((a, b) => a - b);
      const m = rates.length >> 1;
      const med =
        rates.length % 2 ? (rates[m] as number) : ((rates[m - 1] as number) + (rates[m] as number)) / 2;
      out.set(line, med > 0 ? med * calls * 1e6 : 0);
    });
    return out;
  }
}
