// Summaries and the markdown section for the measurement-engine bench.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export const HEADING = '## Measurement engine';

const fmtNs = (ns) =>
  ns >= 1e9
    ? `${(ns / 1e9).toFixed(2)} s`
    : ns >= 1e6
      ? `${(ns / 1e6).toFixed(2)} ms`
      : ns >= 1e3
        ? `${(ns / 1e3).toFixed(1)} µs`
        : `${ns.toFixed(1)} ns`;
const pct = (x) => `${(x * 100).toFixed(x < 0.01 ? 3 : 1)}%`;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};

export function summarise({ runs }) {
  const classes = [...new Set(runs.map((r) => r.cls))];
  const perClass = classes.map((cls) => {
    const rs = runs.filter((r) => r.cls === cls);
    const right = rs.filter((r) => r.got === cls).length;
    const acceptable = rs.filter((r) => r.accept.includes(r.got)).length;
    const wrong = rs.filter((r) => !r.accept.includes(r.got) && r.got !== 'inconclusive').length;
    return {
      cls,
      runs: rs.length,
      right,
      acceptable,
      inconclusive: rs.filter((r) => r.got === 'inconclusive').length,
      wrong,
    };
  });
  const forbiddenSeen = runs.filter((r) => r.forbid.includes(r.got)).length;
  const perSnippet = [...new Set(runs.map((r) => r.name))].map((name) => {
    const rs = runs.filter((r) => r.name === name);
    const counts = {};
    for (const r of rs) counts[r.got] = (counts[r.got] ?? 0) + 1;
    return { name, cls: rs[0].cls, counts, reasons: [...new Set(rs.map((r) => r.reason).filter(Boolean))] };
  });
  return { perClass, forbiddenSeen, perSnippet };
}

export function renderSection({ meta, compare, summary, timed }) {
  const L = [];
  L.push(HEADING, '');
  L.push(
    `Measured by \`node scripts/bench/engine.mjs\` (part of \`npm run bench\`) on ${meta.date.slice(0, 16).replace('T', ' ')} UTC: ` +
      `Chromium ${meta.chromium} headless, ${meta.cpus}, page cross-origin isolated: ${meta.isolated ? 'yes (5 µs timer)' : 'NO (100 µs timer)'}; ` +
      `per-size budget ${meta.budgetMs} ms; bench took ${meta.benchSeconds.toFixed(0)} s; 1-minute load average ` +
      `${meta.load[0].toFixed(1)} at the start and ${meta.load[1].toFixed(1)} at the end (on ${meta.cpus.split(' ')[0]} cores: ` +
      `${meta.load[0] > 2 ? 'other programs were competing for the CPU, so single figures carry tens of percent of noise' : 'a quiet machine'}).`,
  );
  L.push('');
  L.push(
    '**Method.** A local static server (127.0.0.1, COOP/COEP headers) serves a harness page that starts one real Worker ' +
      'running the built runtime (`public/runtime/measure-worker.js`) with a bench-only addon appended (tinybench and mitata, ' +
      'bundled by esbuild into a temp dir); every run, and every comparison round, gets a fresh worker. Snippets are plain ' +
      'JavaScript in the playground contract. "Ours" is the median ' +
      'time per call the engine reports; tinybench and mitata time the same function on the same input in the same worker ' +
      `(their p50); the tools alternate in ${meta.rounds} rounds and each column is the median of its rounds. ` +
      "The libraries are handed the snippet's own function bound to its input (`solve.bind(null, input)`), not a " +
      'wrapper closure: with a wrapper (`() => solve(input)`, the usual way to write a bench) V8 inlines the snippet ' +
      'into the wrapper, and the wrapper can stay in its mid tier (Maglev), which times a slower compiled copy of the ' +
      'same code; with `--js-flags=--no-maglev` the wrapper read the same as the bound function (checked while ' +
      'building this bench: 120 µs vs 285 µs for the sum). The last column shows tinybench through such a wrapper, ' +
      'measured in the same rounds. The first three snippets compute without allocating; the last three allocate, and ' +
      "there every tool moves with the worker's garbage-collector state.",
  );
  L.push('');
  L.push(
    '### Our median vs tinybench and mitata (goal: ratio 0.9–1.1), and harness overhead (goal ≤ 1%)',
    '',
  );
  L.push(
    '| Snippet | Ours | Our rounds, max/min | tinybench p50 | mitata p50 | Ours / tinybench | Ours / mitata | Empty-function baseline | Overhead share | tinybench via a wrapper closure |',
  );
  L.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const c of compare) {
    L.push(
      `| ${c.name} | ${fmtNs(c.oursNs)} | ${c.oursSpread.toFixed(2)}× | ${fmtNs(c.tinybenchNs)} | ${fmtNs(c.mitataNs)} | ${(c.oursNs / c.tinybenchNs).toFixed(2)} | ` +
        `${(c.oursNs / c.mitataNs).toFixed(2)} | ${fmtNs(c.baselineNs)} | ${pct(c.baselineNs / c.oursNs)} | ${fmtNs(c.closureNs)} |`,
    );
  }
  const within = (r) => r >= 0.9 && r <= 1.1;
  const inBoth = compare.filter((c) => within(c.oursNs / c.tinybenchNs) && within(c.oursNs / c.mitataNs));
  const inOne = compare.filter((c) => within(c.oursNs / c.tinybenchNs) || within(c.oursNs / c.mitataNs));
  L.push('');
  L.push(
    `Within 0.9–1.1 of both libraries: **${inBoth.length} of ${compare.length}** snippets; of at least one: ` +
      `${inOne.length} of ${compare.length}. Every snippet here takes ≥ 100 µs per call.`,
  );
  L.push('');
  L.push(
    `### Verdict accuracy: ${summary.perSnippet.length} labelled snippets × ${meta.reps} repetitions (goal ≥ 95% per class)`,
    '',
  );
  L.push(
    '"Right" = the labelled class. For `Map.get`/`Set.has` (cache-limited O(1)) "inconclusive" is also acceptable; ' +
      'they must never be called O(log n) or worse.',
    '',
  );
  L.push(
    '| Class | Runs | Right | Acceptable | Inconclusive | Wrong class | Accuracy (right) | Accuracy (acceptable) |',
  );
  L.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const p of summary.perClass) {
    L.push(
      `| ${p.cls} | ${p.runs} | ${p.right} | ${p.acceptable} | ${p.inconclusive} | ${p.wrong} | ${pct(p.right / p.runs)} | ${pct(p.acceptable / p.runs)} |`,
    );
  }
  L.push('');
  L.push(`Map.get / Set.has called O(log n) or worse: **${summary.forbiddenSeen}** times.`, '');
  L.push('<details><summary>Per snippet</summary>', '');
  L.push('| Snippet | Label | Verdicts | Reasons given |');
  L.push('| --- | --- | --- | --- |');
  for (const s of summary.perSnippet) {
    const v = Object.entries(s.counts)
      .map(([k, n]) => `${k} ×${n}`)
      .join(', ');
    L.push(`| ${s.name} | ${s.cls} | ${v} | ${s.reasons.join('; ').replace(/\|/g, '/').slice(0, 200)} |`);
  }
  L.push('', '</details>', '');
  L.push('### Time to verdict (goal: O(n) full ladder ≤ 3 s; O(n²) stopped and predicted ≤ 5 s)', '');
  const line = (label, rs) => {
    const ts = rs.map((r) => r.verdictAtMs).filter((x) => x !== null);
    const r0 = rs[0];
    const pred = r0?.predictions.find((p) => p.n === 1000000);
    return (
      `| ${label} | ${r0?.name} | ${rs.map((r) => r.got).join(', ')} | ${r0?.sizes} measured${r0?.stoppedAt ? `, stopped before ${r0.stoppedAt.toLocaleString('en-US')}` : ''} | ` +
      `${(median(ts) / 1000).toFixed(2)} s (max ${(Math.max(...ts) / 1000).toFixed(2)} s) | ${pred ? `${fmtNs(pred.ns)} (prediction)` : '—'} |`
    );
  };
  L.push('| Case | Snippet | Verdicts | Sizes | Time to verdict, median of runs | Time at 1M |');
  L.push('| --- | --- | --- | --- | ---: | ---: |');
  L.push(line('O(n) full ladder', timed.linear));
  L.push(line('O(n²) stopped', timed.quadratic));
  L.push('');
  const lt = meta.longTasks;
  L.push('### How verdicts are decided, and known limits', '');
  L.push(
    '- Fitting: time ≈ a + b·f(n) with a, b ≥ 0 for each class, robust least squares on log residuals (Huber), the ' +
      'simplest class within 15% of the best error wins; confidence = share of 200 seeded bootstrap resamples (samples ' +
      'redrawn within each size) that give the same class; below 60%, too few sizes or too narrow a span: ' +
      '"inconclusive", with the reason. Flat times within 1.42× of the empty-function baseline at every size are ' +
      'O(1) on a wide ladder, with a caveat that the work may be tiny or optimised away. Rules and their measurements are ' +
      'documented in `lib/complexity/classify.ts`.',
    '- Memory effects: per-call cost of a hash lookup or a binary search rises ~10× from 100 to 1M items as the data ' +
      'leaves the CPU caches. Growth under min(40×, √(n_max/n_min)) is "bounded": only O(1) or O(log n), decided on ' +
      'the sizes ≤ 10k; this keeps Map.get out of O(log n) and worse. Likewise a linear pass gets slower per item ' +
      'beyond the caches, so O(n) vs O(n log n) is decided by the per-item rise from 300 to 3000 items.',
    '- Other programs on the machine only ever add time, in bursts that land on one size; and the smallest sizes are ' +
      'measured while the JIT may still be settling. After the ladder, the three smallest sizes are measured again, ' +
      'then any size whose median sits ≥ 1.15× above the log–log line through its neighbours (or a first size slower ' +
      'than the second), at most 3 more per series, and the faster median of each is kept; the results table shows both. A rise in ' +
      'the cache-resident sizes that comes from one jump (> 70% of it between two neighbouring sizes) is not taken as ' +
      'a logarithm. Both rules were tuned on 416 recorded runs of this suite under a load average of 5–6 ' +
      `(\`--dump\`); this run: ${meta.secondLooks ?? 0} second looks in ${meta.runsCount ?? 0} suite runs.`,
    '- Harness effects found while building this bench, and fixed: touching the timed input before timing (a ' +
      'fingerprint pass) made `new Set(array)` 2× slower in Chromium, so the checked first call and the mutation check ' +
      "use a twin input; re-evaluating identical source reused V8's cached functions and their history (1.5× slower), " +
      'so every evaluation and every timing loop is a new script.',
    '- Run-to-run variation, recorded by hand (2026-11-27, three runs of this bench at a load average of 1.0–1.3, ' +
      '12:18, 12:23 and 12:27 UTC): right verdicts per class O(1) 92 / 88 / 100% (acceptable 96 / 100 / 100%), ' +
      'O(log n) 100 / 95 / 90%, O(n) 96 / 100 / 100%, O(n log n) 100 / 100 / 95%, the rest 100%; pooled over the 15 ' +
      'repetitions: O(1) 93% right and 99% acceptable, O(log n) 95%, O(n) 99%, O(n log n) 98%. Snippets within ' +
      '0.9–1.1 of both libraries: 4, 3 and 5 of 6 (the first two runs read the first of two looks at a size, fixed ' +
      'since). Loaded machines do worse: a live run at a load average of 3.5 (other builds running) gave O(1) 88%, ' +
      'O(log n) 90%, O(n log n) 90%, and called Map.get with 1000 lookups O(log n) once in 5 (its cost really ' +
      'does rise with n as lookups spread over more memory, and a loaded machine shares its caches); the 416 runs ' +
      'recorded at load 5–6 (`--dump`), re-classified with the current rules, give O(log n) 72% and O(n log n) 97%.',
    '- Limits: on a loaded machine single sizes can be several times too slow; robust fitting and the confidence ' +
      'absorb some of it, the rest shows as "inconclusive" or, rarely, a wrong neighbour class (hand-written merge ' +
      'sort was the most fragile here).',
    '',
  );
  L.push(
    `Long tasks (> 50 ms) on the harness page's main thread during all runs: ${lt.length}${lt.length ? ` (longest ${Math.max(...lt).toFixed(0)} ms)` : ''}. ` +
      '(The harness page only relays messages; the app page is measured separately.)',
  );
  L.push('');
  return L.join('\n');
}

/** Replaces the section (from its heading to the next "## " heading) or appends it; creates the file if missing. */
export function writeSection(file, section) {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const start = text.indexOf(`\n${HEADING}\n`);
  let out;
  if (start < 0) out = `${text.trimEnd()}\n\n${section.trimEnd()}\n`;
  else {
    const after = text.indexOf('\n## ', start + HEADING.length + 1);
    out = text.slice(0, start + 1) + section.trimEnd() + '\n' + (after < 0 ? '' : text.slice(after));
  }
  writeFileSync(file, out);
}
