/**
 * `for await (x of it)` suspends at every step without an `await` the instrumenter could wrap: the loop's
 * iterable is handed to `wrapForAwait` instead, whose `next` closes the profiled frame just before the
 * loop awaits the step (the body's first probe reopens it). It gets the iterator the loop itself would
 * have used: the iterable's async iterator, or its sync iterator turned async (each value awaited).
 */

type Step = IteratorResult<unknown>;
type AnyIterator = {
  next(v?: unknown): unknown;
  return?(v?: unknown): unknown;
  throw?(e?: unknown): unknown;
};

function fromSync(it: AnyIterator): AnyIterator {
  const settle = (r: unknown) => {
    const step = r as Step;
    return Promise.resolve(step.value).then((value) => ({ value, done: step.done }));
  };
  return {
    next(v) {
      try {
        return settle(it.next(v));
      } catch (e) {
        return Promise.reject(e);
      }
    },
    return(v) {
      try {
        return typeof it.return === 'function'
          ? settle(it.return(v))
          : Promise.resolve({ value: v, done: true });
      } catch (e) {
        return Promise.reject(e);
      }
    },
  };
}

function iteratorOf(iterable: unknown): AnyIterator {
  const obj = iterable as Record<symbol, unknown> | null | undefined;
  const asyncMethod = obj?.[Symbol.asyncIterator];
  if (typeof asyncMethod === 'function') return asyncMethod.call(obj) as AnyIterator;
  const syncMethod = obj?.[Symbol.iterator];
  if (typeof syncMethod === 'function') return fromSync(syncMethod.call(obj) as AnyIterator);
  throw new TypeError(`${iterable === null ? 'null' : typeof iterable} is not async iterable`);
}

export function wrapForAwait(iterable: unknown, beforeStep: () => void): AsyncIterable<unknown> {
  return {
    [Symbol.asyncIterator]() {
      const it = iteratorOf(iterable);
      const wrapped: AnyIterator = {
        next(v) {
          beforeStep();
          return it.next(v);
        },
      };
      if (typeof it.return === 'function') wrapped.return = (v) => (it.return as (v: unknown) => unknown)(v);
      if (typeof it.throw === 'function') wrapped.throw = (e) => (it.throw as (e: unknown) => unknown)(e);
      return wrapped as unknown as AsyncIterator<unknown>;
    },
  };
}
