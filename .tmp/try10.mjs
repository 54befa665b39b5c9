import { loadPyodide } from 'pyodide';
import { readFileSync } from 'node:fs';
const py = await loadPyodide();
py.FS.writeFile('/home/pyodide/harness.py', readFileSync('lessons/performance-bugs-in-ai-generated-code/labs/10-stream-not-slurp/python/harness.py','utf8'));
py.FS.writeFile('/home/pyodide/starter.py', readFileSync('lessons/performance-bugs-in-ai-generated-code/labs/10-stream-not-slurp/python/starter.py','utf8'));
py.FS.writeFile('/home/pyodide/solution.py', readFileSync('lessons/performance-bugs-in-ai-generated-code/labs/10-stream-not-slurp/python/solution.py','utf8'));
console.log(py.runPython(`
import sys, time, tracemalloc, types
sys.path.insert(0, '/home/pyodide')
import harness, starter, solution
out=[]
for n in [100, 1000, 10000, 100000, 300000]:
    p = harness.make_input(n, types.SimpleNamespace())
    for name, m in (('starter', starter), ('solution', solution)):
        t0=time.perf_counter(); r=harness.run(m, p); dt=time.perf_counter()-t0
        tracemalloc.start(); tracemalloc.reset_peak(); b=tracemalloc.get_traced_memory()[0]
        harness.run(m, p); peak=tracemalloc.get_traced_memory()[1]-b; tracemalloc.stop()
        out.append(f"{n} {name} {dt*1e3:.1f}ms peak {peak}")
"\\n".join(out)
`));
