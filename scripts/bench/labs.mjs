// Lab teaching figures: runs every lab's starter and reference solution through its harness in Node, on the
// worker's own path (lib/measure/run-spec-node.ts: the page's request, runSpec, the page's reducer; real
// SQLite via sql.js; per-size budget 1 s as on the page),
// and prints, at the largest size both finished, the time per call of each, their ratio, and the counter
// with the largest ratio. The goal: starter ≥ 100× slower, or a counter ≥ 100× higher.
// `node scripts/bench/labs.mjs [lab-id ...]`. Needs no build.
import initSqlJs from 'sql.js';
import { importTs } from '../build-tutor-index.mjs';

const only = process.argv.slice(2);
const lib = await importTs(
  `export { labs } from '@/lessons/performance-bugs-in-ai-generated-code/labs/index';
   export { labRunRequest } from '@/lib/labs/lab-run-request';
   export { runRequestInNode } from '@/lib/measure/run-spec-node';
   export { teachingFigure } from '@/lib/labs/teaching-figures';`,
  'labs-bench',
);
const SQL = await initSqlJs();
const fmtMs = (ms) =>
  ms === null ? '—' : ms >= 100 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(1) : ms.toFixed(3);
const fmtX = (x) => (x === null ? '—' : x === Infinity ? '∞' : x >= 10 ? x.toFixed(0) : x.toFixed(1));

console.log(`Node ${process.version}, ${new Date().toISOString()}`);
console.log(
  '| Lab | n | Starter, ms/call | Solution, ms/call | Time ratio | Counter (starter vs solution) | ≥100× |',
);
console.log('| --- | ---: | ---: | ---: | ---: | --- | :---: |');
let failed = 0;
for (const lab of lib.labs) {
  if (only.length && !only.includes(lab.id)) continue;
  const request = lib.labRunRequest(lab, [
    ['starter', lab.starter],
    ['reference', lab.solution],
  ]);
  const state = await lib.runRequestInNode(request, { SQL });
  const f = lib.teachingFigure(lab, state);
  if (!f.holds) failed++;
  const c = f.counter
    ? `${f.counter.id}: ${f.counter.starter.toLocaleString('en-US')} vs ${f.counter.solution.toLocaleString('en-US')} (${fmtX(f.counter.ratio)}×)`
    : '—';
  console.log(
    `| ${lab.id} | ${f.n?.toLocaleString('en-US') ?? '—'} | ${fmtMs(f.starterMs)} | ${fmtMs(f.solutionMs)} | ` +
      `${fmtX(f.timeRatio)}× | ${c} | ${f.holds ? 'yes' : 'NO'} |`,
  );
}
process.exit(failed ? 1 : 0);
