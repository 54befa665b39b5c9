// Classroom races: runs every race slide's starter and reference fix on the race's fixed sizes through the
// worker's own measuring core (lib/measure/run-spec.ts, Math.random seeded per size as in the worker, real
// SQLite via sql.js), and prints per race: the sizes, the starter's slowest size (wall time and time per
// call), the headroom (how many times slower the machine could be before the runner would skip that
// size: 80% of the 1 s budget over four calls plus input building), whether both series ran every size,
// and the headline the slide would show.
//
// `node scripts/bench/races.mjs [lab-id ...] [--load=K] [--repeat=R] [--sizes=a,b,c]`
//   --load=K    K busy threads run alongside, to see a loaded machine (this box has 2 cores);
//   --repeat=R  run each race R times (headline figures must not change);
//   --sizes=…   try other sizes (for choosing a race's sizes; the headline then uses them).
// Needs no build.
import { Worker } from 'node:worker_threads';
import initSqlJs from 'sql.js';
import { importTs } from '../build-tutor-index.mjs';

const args = process.argv.slice(2);
const opt = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const only = args.filter((a) => !a.startsWith('--'));
const load = Number(opt('load') ?? 0);
const repeat = Number(opt('repeat') ?? 1);
const sizesOverride = opt('sizes')?.split(',').map(Number);

const lib = await importTs(
  `export { labs } from '@/lessons/performance-bugs-in-ai-generated-code/labs/index';
   export { deck } from '@/lessons/performance-bugs-in-ai-generated-code/slides';
   export { labRunRequest } from '@/lib/labs/lab-run-request';
   export { runRequestInNode } from '@/lib/measure/run-spec-node';
   export { MIN_CALLS_PER_SIZE } from '@/lib/measure/predict-next';
   export { BUDGET_SHARE } from '@/lib/measure/run-series';
   export { raceHeadline } from '@/lib/present/race-headline';
   export { RACE_BUDGET_MS, raceSources } from '@/lib/present/race-plan';`,
  'races-bench',
);

const SQL = await initSqlJs();

const busy = [];
for (let i = 0; i < load; i++) {
  busy.push(new Worker('for (;;) {}', { eval: true }));
}

async function race(lab, slide) {
  const sizes = sizesOverride ?? slide.race.sizes;
  const request = lib.labRunRequest(lab, lib.raceSources(lab), { sizes, budgetMs: lib.RACE_BUDGET_MS });
  const wall = { starter: [], reference: [] };
  const last = {};
  const t0 = performance.now();
  const state = await lib.runRequestInNode(request, {
    SQL,
    onMessage: (msg) => {
      if (msg.type === 'started') {
        last.starter = last.reference = performance.now();
      }
      if (msg.type === 'size') {
        const t = performance.now();
        wall[msg.series].push({
          n: msg.result.n,
          ms: t - last[msg.series],
          callMs: msg.result.medianNs / 1e6,
        });
        last[msg.series] = t;
      }
      if (msg.type === 'verdict') last.starter = last.reference = performance.now();
    },
  });
  if (state.error) throw new Error(`${lab.id}: ${state.error.message}`);
  const find = (id) => state.series.find((s) => s.id === id);
  const h = lib.raceHeadline(lab, slide.race, find('starter'), find('reference'));
  const slowest = wall.starter.reduce((m, x) => (x.ms > m.ms ? x : m), { n: 0, ms: 0, callMs: 0 });
  // The largest size (a size the engine measured twice, for a second look, appears twice: the later wins).
  const top = wall.starter.filter((w) => w.n === Math.max(...wall.starter.map((x) => x.n))).at(-1);
  const stopped = find('starter').stop ?? find('reference').stop;
  const verdicts = { starter: find('starter').verdict, reference: find('reference').verdict };
  return { sizes, h, slowest, top, stopped, totalMs: performance.now() - t0, wall, verdicts };
}

const fmt = (x) => (x >= 100 ? x.toFixed(0) : x >= 1 ? x.toFixed(1) : x.toFixed(3));
console.log(`Node ${process.version}, ${new Date().toISOString()}, busy threads alongside: ${load}`);
console.log(
  '| Race | sizes | starter slowest size, ms (n) | starter ms/call at largest | headroom | all sizes | race, s | big figure | caption |',
);
console.log('| --- | --- | ---: | ---: | ---: | :---: | ---: | --- | --- |');
let failed = 0;
for (const slide of lib.deck.slides) {
  if (slide.kind !== 'race' || (only.length && !only.includes(slide.lab))) continue;
  const lab = lib.labs.find((l) => l.id === slide.lab);
  const bigs = new Set();
  for (let i = 0; i < repeat; i++) {
    const r = await race(lab, slide);
    bigs.add(r.h.big);
    // The runner skips a size when 4 calls (plus building) are predicted past 80% of the budget.
    const headroom =
      r.top && r.top.callMs > 0
        ? (lib.RACE_BUDGET_MS * lib.BUDGET_SHARE) / (lib.MIN_CALLS_PER_SIZE * r.top.callMs)
        : Infinity;
    if (r.stopped) failed++;
    console.log(
      `| ${slide.lab} | ${r.sizes.map((n) => n.toLocaleString('en-US')).join(', ')} | ` +
        `${fmt(r.slowest.ms)} (${r.slowest.n.toLocaleString('en-US')}) | ${r.top ? fmt(r.top.callMs) : '—'} | ` +
        `${headroom === Infinity ? '∞' : `${fmt(headroom)}×`} | ${r.stopped ? `NO (stopped at ${r.stopped.atN})` : 'yes'} | ${(r.totalMs / 1000).toFixed(1)} | ` +
        `${r.h.big} | ${r.h.caption} |`,
    );
    if (process.env.RACES_VERBOSE) {
      for (const id of ['starter', 'reference'])
        console.log(
          `    ${id}: ${r.wall[id].map((w) => `${w.n}:${fmt(w.ms)}ms/${fmt(w.callMs)}`).join('  ')}`,
        );
      for (const l of r.h.lines) console.log(`    ${l}`);
      for (const id of ['starter', 'reference'])
        console.log(`    ${id} verdict: ${r.verdicts[id]?.best ?? '—'} ${r.verdicts[id]?.reason ?? ''}`);
    }
  }
  if (bigs.size > 1 && !slide.race.counter) {
    // Growth classes come from timing: a change is reported, not hidden.
    console.log(`    (${slide.lab}: big figure varied across runs: ${[...bigs].join(' / ')})`);
  } else if (bigs.size > 1) {
    failed++;
    console.log(`    (${slide.lab}: COUNTED big figure varied across runs: ${[...bigs].join(' / ')})`);
  }
}
for (const w of busy) await w.terminate();
process.exit(failed ? 1 : 0);
