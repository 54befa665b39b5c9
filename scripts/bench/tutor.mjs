// Tutor retrieval quality: builds the index exactly as the site build does (scripts/build-tutor-index.mjs),
// then asks every question in eval/tutor/ (questions.ts, questions-fresh.ts, questions-fresh-b.ts,
// questions-blind-*.ts) and prints top-1 / top-3 section accuracy and the out-of-scope refusal rate per set,
// and pooled over every set (all of them seen while tuning by now, so optimistic).
// `--verbose` lists the misses of the tuning split only (held-out misses stay hidden while tuning);
// `--verbose-all` lists both. Exit code 0 unless the build fails.
// Robustness of the refusal decision to words no list names: eval/tutor/perturb.mjs (needs SUBTLEX,
// see its header; not run here because SUBTLEX is not a dependency).
import { buildTutorPayloads, importTs } from '../build-tutor-index.mjs';

const verboseAll = process.argv.includes('--verbose-all');
const verbose = verboseAll || process.argv.includes('--verbose');
const SLUG = 'performance-bugs-in-ai-generated-code';

const t0 = performance.now();
const { payloads, notes } = await buildTutorPayloads();
const buildMs = performance.now() - t0;
for (const n of notes) console.log(`note: ${n}`);
const payload = payloads.find((p) => p.slug === SLUG);
if (!payload) {
  console.error(`tutor bench: no index for ${SLUG}`);
  process.exit(1);
}
const lib = await importTs(
  `export { loadPayload } from '@/lib/tutor/search-index';
   export { evaluate, pct } from '@/eval/tutor/score';
   export { ask } from '@/lib/tutor/ask';`,
  'tutor-eval',
);
const index = lib.loadPayload(JSON.parse(JSON.stringify(payload)));

const t1 = performance.now();
const report = lib.evaluate(index);
const evalMs = performance.now() - t1;

const row = (name, s) =>
  `${name.padEnd(10)} in-scope ${String(s.inScope).padStart(3)}  top-1 ${lib.pct(s.top1, s.inScope).padStart(4)} ` +
  `(${s.top1}/${s.inScope})  top-3 ${lib.pct(s.top3, s.inScope).padStart(4)} (${s.top3}/${s.inScope})  ` +
  `cited ${lib.pct(s.cited, s.inScope).padStart(4)}  false refusals ${s.falseRefusals}  |  ` +
  `out-of-scope ${String(s.outOfScope).padStart(2)}  refused ${lib.pct(s.refused, s.outOfScope).padStart(4)} ` +
  `(${s.refused}/${s.outOfScope})`;

console.log(
  `tutor index: ${payload.passages.length} passages, ${payload.vocab.length} terms; built in ${buildMs.toFixed(0)} ms`,
);
console.log(row('tuning', report.tuning));
console.log(row('held-out', report.heldOut));
for (const [label, score] of report.sets) console.log(row(label, score));
console.log(row('tune+held', report.all));
const sets = [report.tuning, report.heldOut, ...report.sets.map(([, score]) => score)];
const sum = (k) => sets.reduce((acc, s) => acc + s[k], 0);
console.log(
  row('all seen', {
    ...Object.fromEntries(
      ['inScope', 'top1', 'top3', 'cited', 'falseRefusals', 'outOfScope', 'refused'].map((k) => [k, sum(k)]),
    ),
  }),
);
console.log('goals: top-1 ≥85%, top-3 ≥95%, refusals ≥90%');
console.log(
  "note: every set above has been seen while tuning, so these figures are optimistic; each set's blind " +
    'first run (the honest estimate) is in BENCHMARKS.md, "Tutor retrieval".',
);

// Answer latency (one question, repeated) — a median over 200 asks on this machine.
const times = [];
for (let i = 0; i < 200; i++) {
  const s = performance.now();
  lib.ask(index, i % 2 ? 'how do I stop the memory growing' : 'why is my loop slow');
  times.push(performance.now() - s);
}
times.sort((a, b) => a - b);
console.log(
  `ask latency: median ${times[100].toFixed(2)} ms, p95 ${times[190].toFixed(2)} ms (200 asks, node, this machine); ` +
    `full eval ${evalMs.toFixed(0)} ms`,
);
if (verbose) {
  const named = [['tuning', report.tuning], ['held-out', report.heldOut], ...report.sets];
  for (const [name, s] of named) {
    if (name !== 'tuning' && !verboseAll) continue;
    for (const m of s.misses) console.log(`  ${name} miss: ${m}`);
    for (const m of s.wronglyAnswered) console.log(`  ${name} answered out-of-scope: ${m}`);
  }
}
