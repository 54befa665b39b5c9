/**
 * runSpec as workers/measure.worker.ts runs it, but in Node: Math.random is swapped for a seeded PRNG that
 * runSpec reseeds for every size, and put back afterwards. For tests and benches that need the worker's
 * exact figures (counters, checks) without a browser.
 */
import type { RunSpec, WorkerToPage } from '@/lib/runner/protocol';
import { runSpec } from './run-spec';
import { mulberry32 } from './stats';

export async function runSpecInNode(
  spec: RunSpec,
  post: (msg: WorkerToPage) => void,
  loadSql?: (wasm: ArrayBuffer) => Promise<unknown>,
): Promise<void> {
  let random = mulberry32(1);
  const realRandom = Math.random;
  Math.random = () => random();
  try {
    await runSpec(spec, {
      now: () => performance.now(),
      post,
      ...(loadSql ? { loadSql } : {}),
      seedRandom: (seed) => (random = mulberry32(seed)),
    });
  } finally {
    Math.random = realRandom;
  }
}
