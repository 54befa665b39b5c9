import type { Clock } from './timer';

/** Runs `fn` `batch` times and returns the elapsed ms. With `inputs`, call i gets `inputs[i]`. */
export type BatchRunner = (batch: number, input: unknown, inputs: readonly unknown[] | null) => number;

type Fn = (input: unknown) => unknown;

let runners = 0;

const LOOP_SOURCE = `return function runBatch(batch, input, inputs) {
  var t0 = now();
  if (inputs === null) { for (var i = 0; i < batch; i++) sink.v = fn(input); }
  else { for (var j = 0; j < batch; j++) sink.v = fn(inputs[j]); }
  return now() - t0;
};`;

/**
 * A fresh timing loop per measured function (as mitata does), so the call site inside the loop only ever
 * sees one function and stays monomorphic: sharing one loop between the learner's code, the reference and
 * the empty baseline would make every one of them pay for a polymorphic call. Falls back to a closure
 * where code generation is not allowed.
 */
export function makeBatchRunner(fn: Fn, now: Clock, sink: { v: unknown }): BatchRunner {
  try {
    // A unique comment per runner: identical source would share V8's cached function (and its call
    // feedback) between runners, making the call inside the loop polymorphic again.
    const factory = new Function('fn', 'now', 'sink', `${LOOP_SOURCE}\n// runner ${++runners}`) as (
      f: Fn,
      c: Clock,
      s: { v: unknown },
    ) => BatchRunner;
    return factory(fn, now, sink);
  } catch {
    return (batch, input, inputs) => {
      const t0 = now();
      if (inputs === null) for (let i = 0; i < batch; i++) sink.v = fn(input);
      else for (let j = 0; j < batch; j++) sink.v = fn(inputs[j]);
      return now() - t0;
    };
  }
}
