// Python bench (issue 16, item 6), in Node with the real Pyodide from node_modules (offline):
// - Pyodide cold load, runner install, first series load;
// - Python median vs timeit for snippets of ≥ 100 µs per call (same Pyodide, same input);
// - time-verdict accuracy per class on eval/python/time through the real path (lib/python timeBatch →
//   lib/measure runSeries → lib/complexity makeVerdict), over --reps repetitions;
// - memory-class accuracy on eval/python/memory (tracemalloc peaks → makeMemoryVerdict).
// Snippets marked `# holdout` are reported on their own rows. Prints markdown; writes nothing.
// `nice node scripts/bench/python.mjs [--reps 3] [--only name] [--budget 1000] [--skip-timeit]
//   [--skip-time] [--skip-memory] [--memory-budget 5000] [--no-holdout] [--debug]`. Needs no build.
import { cpus, loadavg } from 'node:os';
import { ROOT, importTs } from '../build-tutor-index.mjs';
import { fmtNs, median, readSuite } from './python/suite.mjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const has = (name) => process.argv.includes(name);
const REPS = Number(arg('--reps', 3));
const ONLY = arg('--only', '');
const BUDGET_MS = Number(arg('--budget', 1000));
const MEMORY_BUDGET_MS = Number(arg('--memory-budget', 5000));
const TIMEIT_MIN_NS = 100_000;
const TIMEIT_MAX_NS = 50e6;
const now = () => performance.now();
const load0 = loadavg();
const started = now();

const t0 = now();
const { loadPyodide } = await import('pyodide');
const py = await loadPyodide();
const coldMs = now() - t0;
const lib = await importTs(
  `export { loadPythonSeries } from '@/lib/python/load-python-series';
   export { pythonBridge } from '@/lib/python/bridge';
   export { pythonBaselineRunner } from '@/lib/python/baseline';
   export { measureMemory } from '@/lib/python/memory-pass';
   export { makeMemoryVerdict } from '@/lib/complexity/memory-verdict';
   export { makeVerdict } from '@/lib/complexity/verdict';
   export { isSmallLadder } from '@/lib/complexity/models';
   export { runPythonSeries } from '@/lib/python/run-python-series';
   export { measureSize, DEFAULT_SIZE_SETTINGS } from '@/lib/measure/measure-size';
   export { measureBaselineNs } from '@/lib/measure/baseline';
   export { timerResolutionMs } from '@/lib/measure/timer';`,
  'python-bench',
);
const t1 = now();
lib.pythonBridge(py);
const installMs = now() - t1;
const t2 = now();
const first = lib.loadPythonSeries(py, 'def make_input(n):\n    return n\ndef solve(x):\n    return x\n');
const firstLoadMs = now() - t2;
if (first.ok) first.series.dispose();

const tickMs = lib.timerResolutionMs(now);
const settings = {
  ...lib.DEFAULT_SIZE_SETTINGS,
  tickMs,
  budgetMs: BUDGET_MS,
  ...(arg('--sampling-ms') ? { samplingGoalMs: Number(arg('--sampling-ms')) } : {}),
  ...(arg('--max-samples') ? { maxSamples: Number(arg('--max-samples')) } : {}),
};
const baselineNs = lib.measureBaselineNs(now, settings, lib.pythonBaselineRunner(py));
const pick = (xs) =>
  xs.filter((s) => (!ONLY || s.name.includes(ONLY)) && !(s.holdout && has('--no-holdout')));

function load(snippet) {
  const r = lib.loadPythonSeries(py, snippet.source);
  if (!r.ok) throw new Error(`${snippet.name}: ${r.error.name}: ${r.error.message}`);
  return r.series;
}

/**
 * One timed run through the real path: runPythonSeries (runSeries, with 10 and 30 added when a series
 * stops early) on the series' own batches and fingerprints, with the Python baseline, then makeVerdict.
 */
function timedRun(s) {
  const r0 = now();
  const out = lib.runPythonSeries({
    sizes: s.sizes,
    now,
    solve: s.solve,
    makeInput: s.makeInput,
    timeBatch: s.timeBatch,
    fingerprint: s.fingerprint,
    mutatesInput: s.mutatesInput,
    settings,
    smallLadder: lib.isSmallLadder(s.sizes),
    baselineNs,
  });
  const verdict = lib.makeVerdict({ results: out.results, ladder: s.sizes });
  if (has('--debug')) {
    const sizes = out.results.map((r) => `${r.n}:${fmtNs(r.medianNs)}×${r.batch}${r.unstable ? '!' : ''}`);
    const stop = out.stop ? ` stop ${out.stop.detail} at ${out.stop.atN}` : '';
    process.stderr.write(`  ${sizes.join(' ')}${stop} → ${verdict.best ?? verdict.reason}\n`);
  }
  return { results: out.results, verdict, ms: now() - r0 };
}

/**
 * Our median at n, then timeit, then ours again (A-B-A: drift between them shows as disagreement).
 * timeit twice: as documented (autorange: rounds of at least 0.2 s, then 5 rounds), and with rounds as
 * long as our samples (number = our batch, 15 rounds, median), which a busy machine disturbs alike.
 */
function versusTimeit(s, n) {
  let batch = 1;
  const ours = () => {
    const r = lib.measureSize({
      n,
      now,
      run: (k, input, inputs) => s.timeBatch(input, k, inputs),
      solve: s.solve,
      makeInput: s.makeInput,
      fingerprint: s.fingerprint,
      settings,
    }).result;
    batch = r?.batch ?? batch;
    return r?.medianNs ?? NaN;
  };
  const a = ours();
  const h = s.makeInput(n);
  const perCall = (o) => s.timeit(h, o).perCallMs.map((ms) => ms * 1e6);
  const gcOn = perCall({ repeat: 5, gc: true });
  const gcOff = perCall({ repeat: 5, gc: false });
  const short = perCall({ repeat: 15, gc: true, number: batch });
  const b = ours();
  return { n, oursNs: (a + b) / 2, drift: Math.max(a, b) / Math.min(a, b), gcOn, gcOff, short, batch };
}

const timeRows = [];
const timeitRows = [];
if (!has('--skip-time')) {
  for (const snippet of pick(readSuite(ROOT, 'time'))) {
    const row = { ...snippet, verdicts: [], lastN: [], ms: [] };
    let results = null;
    let s = null;
    for (let rep = 0; rep < REPS; rep++) {
      s?.dispose();
      s = load(snippet);
      try {
        const run = timedRun(s);
        row.verdicts.push(run.verdict.best ?? 'inconclusive');
        row.lastN.push(run.results.at(-1)?.n ?? 0);
        row.ms.push(run.ms);
        results ??= run.results;
      } catch (e) {
        row.verdicts.push(`error: ${e.message.split('\n')[0]}`);
      }
    }
    timeRows.push(row);
    process.stderr.write(`time ${snippet.name}: ${row.verdicts.join(', ')}\n`);
    const eligible = (results ?? []).filter(
      (r) => r.medianNs >= TIMEIT_MIN_NS && r.medianNs <= TIMEIT_MAX_NS,
    );
    if (!has('--skip-timeit') && s && eligible.length > 0 && !s.mutatesInput) {
      const n = eligible.at(-1).n;
      if (!results.find((r) => r.n === n)?.mutatesInput)
        timeitRows.push({ ...snippet, ...versusTimeit(s, n) });
    }
    s?.dispose();
  }
}

const memoryRows = [];
if (!has('--skip-memory')) {
  for (const snippet of pick(readSuite(ROOT, 'memory'))) {
    const s = load(snippet);
    try {
      const m = lib.measureMemory(s, s.sizes, { now, budgetMs: MEMORY_BUDGET_MS });
      const v = lib.makeMemoryVerdict(m.sizes);
      memoryRows.push({ ...snippet, label: v.label, evidence: v.evidence, sizes: m.sizes });
    } catch (e) {
      memoryRows.push({ ...snippet, label: 'error', evidence: e.message.split('\n')[0], sizes: [] });
    }
    s.dispose();
    process.stderr.write(`memory ${snippet.name}: ${memoryRows.at(-1).label}\n`);
  }
}

// ---- report ----
const pct = (a, b) => (b ? `${Math.round((100 * a) / b)}%` : '—');
const load1 = loadavg();
console.log(`\n## Python (Pyodide ${py.version}) — ${new Date().toISOString()}`);
console.log(
  `Node ${process.version}, ${cpus().length} cores, load average ${load0.map((x) => x.toFixed(2)).join(' ')} ` +
    `before, ${load1.map((x) => x.toFixed(2)).join(' ')} after; ${((now() - started) / 60000).toFixed(1)} min.`,
);
console.log(`\n| Start-up | Figure |\n| --- | ---: |`);
console.log(`| Pyodide cold load (fresh Node process, from node_modules) | ${coldMs.toFixed(0)} ms |`);
console.log(`| Runner install (lib/python/hp_*.py) | ${installMs.toFixed(0)} ms |`);
console.log(`| First series load | ${firstLoadMs.toFixed(1)} ms |`);
console.log(`| Empty Python call through the timing loop (baseline) | ${fmtNs(baselineNs)} |`);
console.log(`| Timer step seen from JavaScript | ${(tickMs * 1e6).toFixed(0)} ns |`);

if (timeRows.length) {
  for (const holdout of [false, true]) {
    const rows = timeRows.filter((r) => r.holdout === holdout);
    if (!rows.length) continue;
    console.log(`\n### Time verdicts${holdout ? ' — holdout (not used for tuning)' : ''}, ${REPS} runs each`);
    console.log('| Class | Snippets | Runs | Right | Inconclusive | Wrong | Accuracy |');
    console.log('| --- | ---: | ---: | ---: | ---: | --- | ---: |');
    for (const cls of [...new Set(rows.map((r) => r.expected))]) {
      const rs = rows.filter((r) => r.expected === cls);
      const all = rs.flatMap((r) => r.verdicts);
      const right = all.filter((v) => v === cls).length;
      const inc = all.filter((v) => v === 'inconclusive').length;
      const wrong = all.filter((v) => v !== cls && v !== 'inconclusive');
      console.log(
        `| ${cls} | ${rs.length} | ${all.length} | ${right} | ${inc} | ${wrong.join(', ') || '—'} | ${pct(right, all.length)} |`,
      );
    }
  }
  console.log('\n| Snippet | Expected | Verdicts | Largest n measured | Time to verdict |');
  console.log('| --- | --- | --- | --- | ---: |');
  for (const r of timeRows) {
    const mark = r.holdout ? ' (holdout)' : '';
    console.log(
      `| ${r.name}${mark} | ${r.expected} | ${r.verdicts.join(', ')} | ${r.lastN.join(', ')} | ` +
        `${(median(r.ms) / 1000).toFixed(1)} s |`,
    );
  }
}

if (timeitRows.length) {
  console.log('\n### Our median vs timeit (same Pyodide, same input, snippets ≥ 100 µs per call)');
  console.log(
    'Ours: median of the samples at n (Python-side batches, garbage collection on), measured before',
  );
  console.log('and after timeit and averaged ("Drift A/A": how far the two disagree). timeit as documented:');
  console.log(
    '`autorange()` then `repeat(5)`, median with collection on (like ours) and min with its default',
  );
  console.log(
    '(paused). Last column: timeit with rounds as long as our samples (number = our batch), median of 15.',
  );
  console.log(
    '| Snippet | n | Ours | timeit median (gc on) | Ratio | timeit min (default) | Ratio | Drift A/A | timeit, our batch | Ratio |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  const rows = timeitRows.filter((r) => Number.isFinite(r.oursNs));
  for (const r of rows) {
    const med = median(r.gcOn);
    const min = Math.min(...r.gcOff);
    const short = median(r.short);
    console.log(
      `| ${r.name}${r.holdout ? ' (holdout)' : ''} | ${r.n.toLocaleString('en-US')} | ${fmtNs(r.oursNs)} | ${fmtNs(med)} | ` +
        `${(r.oursNs / med).toFixed(2)} | ${fmtNs(min)} | ${(r.oursNs / min).toFixed(2)} | ${r.drift.toFixed(2)} | ` +
        `${fmtNs(short)} ×${r.batch} | ${(r.oursNs / short).toFixed(2)} |`,
    );
  }
  const refs = [
    ['timeit median, autorange, gc on', (r) => median(r.gcOn)],
    ['timeit median, rounds as long as ours', (r) => median(r.short)],
  ];
  for (const [label, ref] of refs) {
    const ratios = rows.map((r) => r.oursNs / ref(r));
    const inGoal = ratios.filter((x) => x >= 0.9 && x <= 1.1).length;
    console.log(
      `Ours / ${label}: median ratio ${median(ratios).toFixed(2)}, ${inGoal} of ${ratios.length} within 0.9–1.1.`,
    );
  }
  const skipped = timeitRows.length - rows.length;
  if (skipped) console.log(`(${skipped} snippet(s) left out: a re-measurement ran over its budget.)`);
}

if (memoryRows.length) {
  console.log('\n### Memory classes (tracemalloc peak of one call per size, its own pass)');
  console.log('| Snippet | Expected | Found | Right | Evidence |');
  console.log('| --- | --- | --- | :---: | --- |');
  for (const r of memoryRows) {
    console.log(
      `| ${r.name}${r.holdout ? ' (holdout)' : ''} | ${r.expected} | ${r.label} | ${r.label === r.expected ? '✓' : '✗'} | ${r.evidence} |`,
    );
  }
  for (const holdout of [false, true]) {
    const rs = memoryRows.filter((r) => r.holdout === holdout);
    const right = rs.filter((r) => r.label === r.expected).length;
    if (rs.length)
      console.log(
        `${holdout ? 'Holdout' : 'Tuning set'}: ${right} of ${rs.length} right (${pct(right, rs.length)}).`,
      );
  }
  if (has('--dump-memory'))
    console.log(JSON.stringify(memoryRows.map((r) => ({ name: r.name, sizes: r.sizes }))));
}
