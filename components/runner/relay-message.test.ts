import { describe, expect, it } from 'vitest';
import { isPayload, isRelayMessage } from './relay-message';

describe('relay message shape check', () => {
  it('accepts the envelope around well-formed payloads', () => {
    expect(isRelayMessage({ hotpath: 'relay', gen: 1, payload: { type: 'ready' } })).toBe(true);
    expect(
      isRelayMessage({ hotpath: 'relay', gen: 3, payload: { type: 'done', runId: 5, elapsedMs: 12 } }),
    ).toBe(true);
    expect(isPayload({ type: 'worker-crashed', message: 'x' })).toBe(true);
  });

  it('rejects anything else', () => {
    expect(isRelayMessage(null)).toBe(false);
    expect(isRelayMessage({ type: 'done', runId: 5, elapsedMs: 1 })).toBe(false);
    expect(isRelayMessage({ hotpath: 'relay', payload: { type: 'ready' } })).toBe(false);
    expect(isRelayMessage({ hotpath: 'relay', gen: 1, payload: { type: 'done', elapsedMs: 1 } })).toBe(false);
    expect(isPayload({ type: 'unknown', runId: 1 })).toBe(false);
    expect(isPayload({ type: 'size', runId: 1, series: 'learner', result: { n: '5' } })).toBe(false);
    expect(
      isPayload({
        type: 'verdict',
        runId: 1,
        series: 'learner',
        verdict: { best: 'O(1)', confidence: 1, inconclusive: false, predictions: [{ n: 1 }] },
      }),
    ).toBe(false);
  });

  it('checks profile messages: the phase, and a report with its lines, functions and tree', () => {
    expect(isPayload({ type: 'profile-phase', runId: 1, phase: 'plain' })).toBe(true);
    expect(isPayload({ type: 'profile-phase', runId: 1, phase: 'other' })).toBe(false);
    const report = {
      n: 100,
      calls: 3,
      plainNsPerCall: 1000,
      overhead: 2,
      method: 'how',
      lines: [{ line: 2, hits: 300, share: 1 }],
      functions: [{ name: 'solve', calls: 3 }],
      tree: { fn: -1, calls: 3, selfNs: 0, totalNs: 1, children: [] },
    };
    expect(isPayload({ type: 'profile', runId: 1, series: 'learner', report })).toBe(true);
    expect(
      isPayload({ type: 'profile', runId: 1, series: 'learner', report: { ...report, lines: [{}] } }),
    ).toBe(false);
  });

  it('checks Python messages: load progress, memory sizes and the memory verdict', () => {
    const load = { type: 'python-load', runId: 1, loadedBytes: 10, totalBytes: 100, elapsedMs: 5 };
    expect(isPayload({ ...load, phase: 'download' })).toBe(true);
    expect(isPayload({ ...load, phase: 'ready' })).toBe(true);
    expect(isPayload({ ...load, phase: 'forever' })).toBe(false);
    expect(isPayload({ ...load, phase: 'start', loadedBytes: '10' })).toBe(false);
    const result = { n: 1000, peakBytes: 8056, retainedBytes: 0 };
    expect(isPayload({ type: 'memory', runId: 1, series: 'learner', result })).toBe(true);
    expect(isPayload({ type: 'memory', runId: 1, series: 'learner', result: { n: 1000 } })).toBe(false);
    const verdict = {
      cls: 'O(n)',
      label: 'O(n)',
      inconclusive: false,
      evidence: 'the peak grew',
      growth: 1000,
      slope: 1,
      floorBytes: 1024,
    };
    expect(isPayload({ type: 'memory-verdict', runId: 1, series: 'learner', verdict })).toBe(true);
    expect(isPayload({ type: 'memory-verdict', runId: 1, series: 'learner', verdict, stoppedAt: 'x' })).toBe(
      false,
    );
    expect(
      isPayload({
        type: 'memory-verdict',
        runId: 1,
        series: 'learner',
        verdict: { ...verdict, evidence: 3 },
      }),
    ).toBe(false);
    expect(isPayload({ type: 'stalled', silentMs: 5, kept: true })).toBe(true);
    expect(isPayload({ type: 'stalled', silentMs: 5, kept: 'yes' })).toBe(false);
  });
});
