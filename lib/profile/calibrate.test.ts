import { describe, expect, it } from 'vitest';
import { costInPlace, costsToSubtract, ProbeCalibrator } from './calibrate';
import { createProbe } from './probe';
import { readCostClock } from './profile.test-helpers';

describe('probe costs', () => {
  it('are measured against the same loops without probes', () => {
    const clock = readCostClock(0.0001);
    const c = new ProbeCalibrator(clock.now, 500);
    expect(c.costs()).toEqual({ lineMs: 0, callMs: 0 });
    c.measure(2);
    expect(c.rounds).toBe(2);
    expect(c.costs().lineMs).toBeCloseTo(0.0001, 7);
    expect(c.costs().callMs).toBeCloseTo(0.0001, 7);
  });

  it("are never more than the profiled code's own least time per interval", () => {
    let t = 0;
    const probe = createProbe(() => t, 1, 3);
    probe.start();
    for (let i = 0; i < 2000; i++) {
      probe.api.l(1);
      t += 0.001;
      probe.api.l(2);
      t += 0.004;
    }
    for (let i = 0; i < 10; i++) {
      probe.api.l(3);
      t += 0.0001;
    }
    probe.stop();
    // Line 3 ran too few times to count; line 1's intervals are the cheapest.
    expect(costInPlace(probe.data())).toBeCloseTo(0.001, 9);
    expect(costsToSubtract({ lineMs: 0.002, callMs: 0.0005 }, 0.001)).toEqual({
      lineMs: 0.001,
      callMs: 0.0005,
    });
    expect(costsToSubtract({ lineMs: 0.002, callMs: 0.0005 }, null)).toEqual({
      lineMs: 0.002,
      callMs: 0.0005,
    });
  });
});
