/**
 * A fake clock for measuring tests: time only moves when the code under test "works" (advance) and is
 * read through a timer of the given resolution, like a browser's coarsened performance.now().
 */
export function fakeClock(tickMs = 0.005) {
  let t = 0;
  return {
    now: () => Math.floor(t / tickMs) * tickMs,
    advance: (ms: number) => {
      t += ms;
    },
    get raw() {
      return t;
    },
  };
}
