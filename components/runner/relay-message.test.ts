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
});
