// The profiler in a browser worker: the same labelled suite as profile.mjs, run inside a dedicated worker
// of a cross-origin-isolated page (COOP same-origin + COEP require-corp, as the app's sandbox is) in
// headless Chromium, so the clock is the one learners get (performance.now(), 5 µs steps). Prints the
// clock's cost per read, then per snippet the known line's ranks, the overhead factor, the profiling wall
// time and the measured probe costs. Needs no build: the profiler is bundled here with esbuild.
// `node scripts/bench/profile-chromium.mjs [--reps 3] [snippet-id ...]`.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { ROOT } from '../build-tutor-index.mjs';
import { CHROMIUM_ARGS, findChromium } from '../find-chromium.mjs';

const argv = process.argv.slice(2);
const at = argv.indexOf('--reps');
const reps = at >= 0 ? Number(argv[at + 1]) : 3;
const only = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--reps');

const atAlias = {
  name: 'at-alias',
  setup(b) {
    b.onResolve({ filter: /^@\// }, (a) =>
      b.resolve(`./${a.path.slice(2)}`, { resolveDir: ROOT, kind: a.kind }),
    );
  },
};
const bundled = await build({
  stdin: {
    contents: `export { profileSnippets } from '@/eval/profile/snippets';
      export { transpileModule } from '@/lib/runner/transpile';
      export { instrument } from '@/lib/profile/instrument';
      export { profileRun } from '@/lib/profile/profile-run';
      export { rankOf } from '@/lib/profile/hot-spots';
      export { loadModule } from '@/lib/measure/load-code';`,
    resolveDir: ROOT,
    loader: 'ts',
  },
  bundle: true,
  format: 'iife',
  globalName: 'HP',
  platform: 'browser',
  write: false,
  logLevel: 'silent',
  plugins: [atAlias],
});

// Runs in the worker: picks a size per snippet (least of 5 plain calls ≥ 4 ms), then profiles it `reps` times.
const WORKER = `importScripts('/profiler.js');
const now = () => performance.now();
const load = (code, globals = {}) => HP.loadModule(code, { globals });
const call = async (m, input) => m.solve(input);
onmessage = async (e) => {
  const { reps, only } = e.data;
  let x = 0;
  const c0 = now();
  for (let i = 0; i < 1e6; i++) x += now();
  const clockNs = now() - c0;
  const rows = [];
  for (const s of HP.profileSnippets.filter((s) => !only.length || only.includes(s.id))) {
    const t = HP.transpileModule(s.source, { language: s.language === 'ts' ? 'typescript' : 'javascript', requiredExports: ['makeInput', 'solve'], contract: 'playground' });
    const ins = HP.instrument(t.code);
    const plain = load(t.code);
    let n = 64, ms = 0;
    for (; n <= 1 << 22; n *= 2) {
      await call(plain, plain.makeInput(n));
      ms = Infinity;
      for (let i = 0; i < 5; i++) {
        const input = plain.makeInput(n);
        const a = now();
        await call(plain, input);
        ms = Math.min(ms, now() - a);
      }
      if (ms >= 4) break;
    }
    const row = { id: s.id, heldOut: s.heldOut, n, ms, ranks: [], overhead: [], wall: [], costs: [] };
    for (let r = 0; r < reps; r++) {
      const out = await HP.profileRun({ n, now, load, code: t.code, instrumented: ins,
        makeInput: (m, k) => m.makeInput(k), callOnce: (m, input) => m.solve(input) });
      if (!out.ok) { row.error = out.error.message; break; }
      row.ranks.push(HP.rankOf(out.report, s.hotLine));
      row.overhead.push(out.report.overhead);
      row.wall.push(out.elapsedMs);
      row.costs.push([out.report.probeCostNs, out.report.callProbeCostNs]);
    }
    rows.push(row);
  }
  postMessage({ rows, clockNs, isolated: self.crossOriginIsolated });
};`;

const PAGE = `<!doctype html><script>
const w = new Worker('/worker.js');
window.result = new Promise((resolve) => { w.onmessage = (e) => resolve(e.data); });
window.start = (reps, only) => w.postMessage({ reps, only });
</script>`;

const isolation = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};
const server = createServer((req, res) => {
  const [type, body] =
    req.url === '/profiler.js'
      ? ['text/javascript', bundled.outputFiles[0].text]
      : req.url === '/worker.js'
        ? ['text/javascript', WORKER]
        : ['text/html', PAGE];
  res.writeHead(200, { ...isolation, 'Content-Type': type });
  res.end(body);
}).listen(0, '127.0.0.1');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2 : NaN;
};
const loadavg = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  console.log(
    `Chromium ${browser.version()}, ${new Date().toISOString()}, load average before: ${loadavg()}`,
  );
  await page.evaluate(([r, o]) => window.start(r, o), [reps, only]);
  const out = await page.evaluate(() => window.result);
  console.log(
    `Worker cross-origin isolated: ${out.isolated}; performance.now() costs ${out.clockNs.toFixed(0)} ns a read. ` +
      `${reps} profiles per snippet.`,
  );
  console.log(
    '| Snippet | Set | n | Plain ms/call | Ranks of known line | Overhead (median) | Wall ms (median) | Probe cost, statement / call (ns) |',
  );
  console.log('| --- | --- | ---: | ---: | --- | ---: | ---: | ---: |');
  const tally = { dev: [0, 0, 0], 'held out': [0, 0, 0] };
  for (const r of out.rows) {
    const set = r.heldOut ? 'held out' : 'dev';
    if (r.error) {
      console.log(`| ${r.id} | ${set} | ${r.n} | — | error: ${r.error} | | | |`);
      continue;
    }
    const t = tally[set];
    t[0] += r.ranks.length;
    t[1] += r.ranks.filter((x) => x === 1).length;
    t[2] += r.ranks.filter((x) => x !== null && x <= 3).length;
    const cost = (i) => median(r.costs.map((c) => c[i])).toFixed(0);
    console.log(
      `| ${r.id} | ${set} | ${r.n.toLocaleString('en-US')} | ${r.ms.toFixed(2)} | ${r.ranks.map((x) => x ?? '—').join(' ')} | ` +
        `${median(r.overhead).toFixed(1)}× | ${median(r.wall).toFixed(0)} | ${cost(0)} / ${cost(1)} |`,
    );
  }
  for (const [set, [runs, first, top3]] of Object.entries(tally)) {
    if (!runs) continue;
    const pct = (a) => `${((100 * a) / runs).toFixed(1)}%`;
    console.log(
      `${set}: ${runs} runs; first hot spot is the known line in ${pct(first)}, top three contain it in ${pct(top3)}.`,
    );
  }
  console.log(`Load average after: ${loadavg()} (2 cores shared).`);
} finally {
  await browser.close();
  server.close();
}
