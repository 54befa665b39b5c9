/**
 * Time per call of the uninstrumented code at one size: the figure the overhead factor is taken against
 * and the one the prompt quotes. Synchronous calls go through the measuring core (batched, warmed up,
 * median of samples, inputs rebuilt when the code changes them); calls that return a promise are awaited
 * one at a time (median of a few).
 */
import { makeBatchRunner } from '@/lib/measure/batch-runner';
import { DEFAULT_SIZE_SETTINGS, measureSize } from '@/lib/measure/measure-size';
import { median } from '@/lib/stats/stats';
import { sink, timerResolutionMs, type Clock } from '@/lib/measure/timer';

export interface PlainTask {
  n: number;
  now: Clock;
  call: (input: unknown) => unknown;
  makeInput: (n: number) => unknown;
  mutatesInput?: boolean;
  /** Wall time allowed, ms (building inputs included); 0: one call only. */
  budgetMs: number;
}

export interface PlainTiming {
  nsPerCall: number;
  /** How it was taken, for the report's method sentence. */
  samples: number;
  async: boolean;
  mutatesInput: boolean;
}

export function isThenable(v: unknown): v is PromiseLike<unknown> {
  return (
    (typeof v === 'object' || typeof v === 'function') &&
    v !== null &&
    typeof (v as { then?: unknown }).then === 'function'
  );
}

/** At most this many awaited calls are timed for an async call. */
const MAX_ASYNC_SAMPLES = 9;

export async function timePlain(task: PlainTask): Promise<PlainTiming> {
  const { now } = task;
  let async = false;
  let pending: PromiseLike<unknown> | null = null;
  const out = measureSize({
    n: task.n,
    now,
    run: makeBatchRunner(task.call, now, sink),
    solve: task.call,
    makeInput: task.makeInput,
    ...(task.mutatesInput ? { mutatesInput: true } : {}),
    first: true,
    settings: { ...DEFAULT_SIZE_SETTINGS, tickMs: timerResolutionMs(now), budgetMs: task.budgetMs },
    checkOutput: (o) => {
      if (isThenable(o)) pending = o;
      async = pending !== null;
      return !async;
    },
  });
  if (!async) {
    const r = out.result;
    if (r)
      return { nsPerCall: r.medianNs, samples: r.samplesNs.length, async, mutatesInput: out.mutatesInput };
    // Slow calls overrun the core's budget before a sample: the median of the first call and up to two
    // more (one if a call takes over half the budget), each on its own input when the code changes it.
    const times = [out.firstCallMs];
    const input = out.mutatesInput ? null : task.makeInput(task.n);
    while (task.budgetMs > 0 && times.length < (out.firstCallMs > task.budgetMs / 2 ? 2 : 3)) {
      const arg = input ?? task.makeInput(task.n);
      const s = now();
      task.call(arg);
      times.push(now() - s);
    }
    return { nsPerCall: median(times) * 1e6, samples: times.length, async, mutatesInput: out.mutatesInput };
  }
  // The first call's promise settles before any timing (its rejection is the learner's error).
  await pending;
  if (task.budgetMs <= 0) return { nsPerCall: out.firstCallMs * 1e6, samples: 1, async, mutatesInput: true };
  const t0 = now();
  const times: number[] = [];
  while (times.length < MAX_ASYNC_SAMPLES && (times.length < 3 || now() - t0 < task.budgetMs / 2)) {
    const input = task.makeInput(task.n);
    const s = now();
    await task.call(input);
    times.push((now() - s) * 1e6);
    if (now() - t0 > task.budgetMs) break;
  }
  return { nsPerCall: median(times), samples: times.length, async, mutatesInput: true };
}
