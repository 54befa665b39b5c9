/** The clock is always injected: `now()` returns milliseconds (performance.now in the worker). */
export type Clock = () => number;

/**
 * Smallest positive step the clock shows, in ms (5 µs when cross-origin isolated, 100 µs otherwise in
 * Chromium; sub-µs in Node). Takes the smallest of several observed steps; gives up after `maxSpinMs`.
 */
export function timerResolutionMs(now: Clock, steps = 8, maxSpinMs = 50): number {
  const start = now();
  let best = Infinity;
  let prev = now();
  for (let seen = 0; seen < steps;) {
    const t = now();
    if (t !== prev) {
      if (t > prev) best = Math.min(best, t - prev);
      prev = t;
      seen++;
    }
    if (t - start > maxSpinMs) break;
  }
  return Number.isFinite(best) ? best : 0.1;
}

/**
 * A place results are stored so the engine cannot prove them unused (like mitata's do_not_optimize).
 * Writing to a heap object on every call keeps the call alive.
 */
export const sink: { v: unknown } = { v: undefined };
