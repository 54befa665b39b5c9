import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WorkerToPage } from '@/lib/runner/protocol';
import { MAX_QUEUED_MESSAGES, createRunStore } from './run-store';

const RUN = 1;
const started: WorkerToPage = {
  type: 'started',
  runId: RUN,
  sizes: [100, 1000],
  baselineNs: 1,
  timerResolutionNs: 5000,
};
const size = (n: number): WorkerToPage => ({
  type: 'size',
  runId: RUN,
  series: 'learner',
  result: {
    n,
    samplesNs: [n],
    medianNs: n,
    minNs: n,
    maxNs: n,
    batch: 1,
    unstable: false,
    nearBaseline: false,
  },
});

describe('run store', () => {
  afterEach(() => vi.useRealTimers());

  it('applies worker messages together on the next frame, not one render per message', () => {
    vi.useFakeTimers();
    const store = createRunStore();
    store.getState().begin([{ id: 'learner', label: 'Your code' }], 1000);
    const renders = vi.fn();
    store.subscribe(renders);
    store.getState().receive(started);
    store.getState().receive(size(100));
    store.getState().receive(size(1000));
    expect(renders).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(renders).toHaveBeenCalledTimes(1);
    expect(store.getState().series[0]!.results.map((r) => r.n)).toEqual([100, 1000]);
  });

  it('applies what is queued before the end of a run, and drops it when a new run begins', () => {
    vi.useFakeTimers();
    const store = createRunStore();
    store.getState().begin([{ id: 'learner', label: 'Your code' }], 1000);
    store.getState().receive(started);
    store.getState().receive(size(100));
    store.getState().end({ status: 'done', elapsedMs: 5 });
    expect(store.getState().series[0]!.results).toHaveLength(1);

    store.getState().begin([{ id: 'learner', label: 'Your code' }], 1000);
    store.getState().receive(size(300));
    store.getState().begin([{ id: 'learner', label: 'Your code' }], 1000);
    vi.runAllTimers();
    expect(store.getState().series[0]!.results).toEqual([]);
  });

  it('never lets the queue grow past its bound (a hidden tab gets no frames)', () => {
    vi.useFakeTimers();
    const store = createRunStore();
    store.getState().begin([{ id: 'learner', label: 'Your code' }], 1000);
    store.getState().receive(started);
    for (let i = 1; i < MAX_QUEUED_MESSAGES; i++) store.getState().receive(size(i));
    expect(store.getState().series[0]!.results.length).toBe(MAX_QUEUED_MESSAGES - 1);
  });
});
