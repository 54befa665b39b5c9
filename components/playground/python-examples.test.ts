/**
 * The Python examples do what their labels say, through the playground's own request and the one run
 * path (runRequestInNode with real Pyodide): the memory pair gets O(n) and O(1) memory (counted bytes,
 * so this cannot wobble), and the benchmark habit reports time and memory at 100, 10k and 1M items
 * (or stops at its budget and predicts the rest: 1M items take ~0.25 s a call in Pyodide, so a 1 s budget
 * per size often predicts it).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runRequestInNode } from '@/lib/measure/run-spec-node';
import {
  loadTestPyodide,
  PYODIDE_LOAD_TIMEOUT_MS,
  type TestPyodide,
} from '@/lib/python/pyodide.test-helpers';
import { pythonRunner } from '@/lib/python/run-python-spec';
import { playgroundRequest } from '@/lib/runner/playground-request';
import { pythonExampleSource } from './example-sources-python';

let py: TestPyodide;
beforeAll(async () => {
  py = (await loadTestPyodide()).py;
}, PYODIDE_LOAD_TIMEOUT_MS);

const run = (id: string) =>
  runRequestInNode(playgroundRequest(pythonExampleSource(id)!, 'python'), {
    runPython: pythonRunner({ load: async () => py }),
  });

describe('Python examples', () => {
  it('a list built in memory peaks at O(n) per call, a generator at O(1)', async () => {
    const list = await run('py-memory-list');
    expect(list.error).toBeNull();
    expect(list.series[0]!.memory?.verdict?.label).toBe('O(n)');
    const gen = await run('py-memory-generator');
    expect(gen.series[0]!.memory?.verdict?.label).toBe('O(1)');
  }, 180_000);

  it('the benchmark habit measures time and peak memory from 100 to 1M items', async () => {
    const s = await run('py-benchmark-habit');
    expect(s.error).toBeNull();
    const one = s.series[0]!;
    expect(one.sizes).toEqual([100, 1000, 10_000, 100_000, 1_000_000]);
    const timed = one.results.map((r) => r.n);
    expect(timed).toEqual(expect.arrayContaining([100, 1000, 10_000]));
    // 1M is measured, or (on a slow machine) stopped at the budget and predicted: never silently dropped.
    expect(timed.includes(1_000_000) || one.stop !== null).toBe(true);
    expect(one.memory?.sizes.map((m) => m.n)).toEqual(expect.arrayContaining([100, 1000, 10_000]));
  }, 180_000);
});
