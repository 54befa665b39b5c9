// Bench-only addon, bundled (with tinybench and mitata) into a temp dir and appended to the measuring
// runtime in the same Worker: answers {type:'compare'} by timing the same snippet, on the same kind of
// input, with tinybench or mitata. Every other message goes to the runtime's own handler.
import { Bench } from 'tinybench';
import { measure, do_not_optimize } from 'mitata';

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
    let ns;
    if (m.lib === 'tinybench') {
      const bench = new Bench({ time: m.timeMs, warmupTime: 200 });
      bench.add('snippet', () => {
        sink.v = solve(input);
      });
      await bench.run();
      ns = bench.tasks[0].result.latency.p50 * 1e6;
    } else {
      const stats = await measure(() => do_not_optimize(solve(input)), { min_cpu_time: m.timeMs * 1e6 });
      ns = stats.p50;
    }
    self.postMessage({ type: 'compare-result', id: m.id, ns });
  } catch (err) {
    self.postMessage({ type: 'compare-result', id: m.id, error: String(err && err.stack ? err.stack : err) });
  }
};
