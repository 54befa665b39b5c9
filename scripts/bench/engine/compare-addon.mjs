// Bench-only addon, bundled (with tinybench and mitata) into a temp dir and appended to the measuring
// runtime in the same Worker: answers {type:'compare'} by timing the same snippet, on the same kind of
// input, with tinybench or mitata. Every other message goes to the runtime's own handler.
import { Bench } from 'tinybench';
import { measure } from 'mitata';

const inner = self.onmessage;
const sink = { v: null };
let evaluations = 0;

self.onmessage = async (e) => {
  const m = e.data;
  if (!m || m.type !== 'compare') return inner.call(self, e);
  try {
    const exp = {};
    // A fresh script each time (V8 caches compiled functions by source text).
    new Function('exports', 'module', `${m.code}\n// compare ${++evaluations}`)(exp, { exports: exp });
    const input = exp.makeInput(m.n);
    const solve = exp.solve;
    // The libraries are handed the snippet's own function, bound to its input. Wrapping it in a closure
    // (`() => solve(input)`) measured up to 2.3× slower in Chromium: V8 inlines the snippet into the
    // wrapper and the wrapper stays in its mid tier (Maglev); with --js-flags=--no-maglev the wrapper read
    // the same as the bound function. 'tinybench-closure' keeps that wrapper, to show the effect.
    const task = m.lib === 'tinybench-closure' ? () => (sink.v = solve(input)) : solve.bind(null, input);
    let ns;
    if (m.lib === 'tinybench' || m.lib === 'tinybench-closure') {
      const bench = new Bench({ time: m.timeMs, warmupTime: 200 });
      bench.add('snippet', task);
      await bench.run();
      ns = bench.tasks[0].result.latency.p50 * 1e6;
    } else {
      const stats = await measure(task, { min_cpu_time: m.timeMs * 1e6 });
      ns = stats.p50;
    }
    self.postMessage({ type: 'compare-result', id: m.id, ns });
  } catch (err) {
    self.postMessage({ type: 'compare-result', id: m.id, error: String(err && err.stack ? err.stack : err) });
  }
};
