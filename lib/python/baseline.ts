/**
 * The empty-function baseline for Python series: an empty Python function timed by the same Python loop
 * as the learner's code (pass it to lib/measure/baseline.ts measureBaselineNs as the runner). Python
 * code under ~1.42× this cannot be told apart from doing nothing.
 */
import type { BatchRunner } from '@/lib/measure/batch-runner';
import { pythonBridge, type PyodideLike } from './bridge';
import { PythonError } from './errors';

export function pythonBaselineRunner(py: PyodideLike): BatchRunner {
  const bridge = pythonBridge(py);
  return (batch) => {
    const r = bridge.call<{ ms: number }>('baseline_batch', { k: batch });
    if (!r.ok) throw new PythonError(r.error);
    return r.ms;
  };
}
