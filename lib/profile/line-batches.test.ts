import { describe, expect, it } from 'vitest';
import { LineBatches } from './line-batches';
import { createProbe } from './probe';

describe('LineBatches', () => {
  it("takes a line's time as the median per call over batches, so one disturbed batch does not decide it", () => {
    let t = 0;
    const probe = createProbe(() => t, 1, 3);
    const batches = new LineBatches([1, 2]);
    const spike = [0, 0, 500, 0, 0];
    for (let b = 0; b < 5; b++) {
      probe.start();
      for (let call = 0; call < 2; call++) {
        probe.api.l(1);
        t += 3 + (call === 0 ? (spike[b] ?? 0) : 0);
        probe.api.l(2);
        t += 1;
        probe.api.t(3);
      }
      probe.stop();
      batches.record(probe.data(), 2);
    }
    const ns = batches.medianNs({ lineMs: 0, callMs: 0 }, 10);
    expect(ns.get(1)).toBeCloseTo(30e6, 0);
    expect(ns.get(2)).toBeCloseTo(10e6, 0);
    // The plain sum would have given line 1 the disturbed batch's 500 ms.
    expect(probe.data().lines.ms[1]).toBeCloseTo(530, 6);
  });

  it('subtracts the probe costs per interval and keeps at most maxBatches', () => {
    let t = 0;
    const probe = createProbe(() => t, 1, 2);
    const batches = new LineBatches([1], 3);
    for (let b = 0; b < 5; b++) {
      probe.start();
      probe.api.l(1);
      t += 2;
      probe.api.l(2);
      probe.stop();
      batches.record(probe.data(), 1);
    }
    expect(batches.size).toBe(3);
    expect(batches.full).toBe(true);
    expect(batches.medianNs({ lineMs: 0.5, callMs: 0 }, 1).get(1)).toBeCloseTo(1.5e6, 0);
  });
});
