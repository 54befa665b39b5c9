// Measurement-engine bench: headless Chromium, a local static server (127.0.0.1, COOP/COEP so timers are
// 5 µs), one real Worker running the built runtime (public/runtime/measure-worker.js) plus a bench-only
// addon (tinybench + mitata, bundled into a temp dir). Prints, and records in BENCHMARKS.md under
// "## Measurement engine": our median vs tinybench and mitata, harness overhead, verdict accuracy on a
// labelled suite, and time to verdict. `node scripts/bench/engine.mjs [--reps 3] [--no-write]`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { findChromium } from '../find-chromium.mjs';
import { COMPARE, SUITE, TIMED } from './engine/suite.mjs';
import { renderSection, summarise, writeSection } from './engine/report.mjs';

const root = new URL('../../', import.meta.url).pathname;
const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const REPS = Number(arg('--reps', 5));
const ONLY = arg('--only', '');
const SKIP_COMPARE = process.argv.includes('--skip-compare');
const DEBUG = process.argv.includes('--debug');
// --dump FILE: also write every suite run's measured sizes (with raw samples) as JSON, to replay offline.
const DUMP = arg('--dump', '');
const dumped = [];
const BUDGET_MS = 1000;
const ROUNDS = Number(arg('--rounds', 5));
const started = Date.now();
const loadBefore = loadavg()[0];

// 1. Runtime (as prebuild does) and the bench-only addon, outside public/.
const b = spawnSync(process.execPath, ['scripts/build-runtime.mjs'], { cwd: root, stdio: 'inherit' });
if (b.status !== 0) process.exit(1);
const tmp = mkdtempSync(join(tmpdir(), 'hotpath-engine-bench-'));
await build({
  entryPoints: [join(root, 'scripts/bench/engine/compare-addon.mjs')],
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  outfile: join(tmp, 'addon.js'),
  // mitata mentions runtime-specific modules behind checks that never pass in a browser.
  external: ['bun:jsc', 'node:*', 'v8', 'perf_hooks'],
  logLevel: 'warning',
});
const workerJs =
  readFileSync(join(root, 'public/runtime/measure-worker.js'), 'utf8') +
  '\n;' +
  readFileSync(join(tmp, 'addon.js'), 'utf8');
const pageHtml = readFileSync(join(root, 'scripts/bench/engine/page.html'), 'utf8');

// 2. Static server, loopback only, cross-origin isolated.
const server = createServer((req, res) => {
  const headers = {
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Embedder-Policy': 'require-corp',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  };
  if (req.url === '/' || req.url === '/index.html') {
    res.writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8' });
    res.end(pageHtml);
  } else if (req.url === '/bench-worker.js') {
    res.writeHead(200, { ...headers, 'Content-Type': 'text/javascript; charset=utf-8' });
    res.end(workerJs);
  } else {
    res.writeHead(404, headers);
    res.end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: findChromium(),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
});
let exitCode = 0;
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(base + '/');
  const isolated = await page.evaluate(() => window.isolated);
  const run = (code, extra = {}) =>
    page.evaluate((spec) => window.runSpec(spec), {
      series: [{ id: 'learner', code, lineOffset: 0 }],
      perSizeBudgetMs: BUDGET_MS,
      checkCorrectness: false,
      ...extra,
    });
  const verdictOf = (msgs) => msgs.find((m) => m.type === 'verdict')?.verdict;
  const startedOf = (msgs) => msgs.find((m) => m.type === 'started');

  // 3. Our median vs tinybench and mitata, same worker, same input; two alternating rounds.
  const compare = [];
  for (const c of SKIP_COMPARE ? [] : COMPARE.filter((x) => x.name.includes(ONLY))) {
    const ours = [];
    const tb = [];
    const mi = [];
    const tbc = [];
    let baselineNs = 0;
    for (let round = 0; round < ROUNDS; round++) {
      await page.evaluate(() => window.fresh());
      const msgs = await run(c.code, { sizes: [c.n], perSizeBudgetMs: 3000, keepSamples: DEBUG });
      // The last report of the size: it may have been measured twice (the faster look is kept).
      const size = msgs.findLast((m) => m.type === 'size');
      if (DEBUG)
        console.log(
          c.name,
          size.result.batch,
          size.result.mutatesInput,
          size.result.samplesNs.map((x) => (x / 1e3).toFixed(0)).join(' '),
        );
      if (!size) throw new Error(`no size for ${c.name}: ${JSON.stringify(msgs.at(-2))}`);
      ours.push(size.result.medianNs);
      baselineNs = startedOf(msgs).baselineNs;
      const t = await page.evaluate(([code, n]) => window.compare(code, n, 'tinybench', 500), [c.code, c.n]);
      const m = await page.evaluate(([code, n]) => window.compare(code, n, 'mitata', 500), [c.code, c.n]);
      const w = await page.evaluate(
        ([code, n]) => window.compare(code, n, 'tinybench-closure', 500),
        [c.code, c.n],
      );
      if (t.error || m.error || w.error) throw new Error(t.error ?? m.error ?? w.error);
      tb.push(t.ns);
      mi.push(m.ns);
      tbc.push(w.ns);
    }
    const med = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
    compare.push({
      name: c.name,
      oursNs: med(ours),
      tinybenchNs: med(tb),
      mitataNs: med(mi),
      closureNs: med(tbc),
      // Spread of our per-round medians (max / min): how far one round can land from another.
      oursSpread: Math.max(...ours) / Math.min(...ours),
      baselineNs,
    });
  }

  // 4. Verdict accuracy on the labelled suite, REPS repetitions, and time to verdict.
  const runs = [];
  let secondLooks = 0;
  for (let rep = 0; rep < REPS; rep++) {
    for (const s of SUITE.filter((x) => x.name.includes(ONLY))) {
      await page.evaluate(() => window.fresh());
      const msgs = await run(s.code, DUMP ? { keepSamples: true } : {});
      if (DUMP)
        dumped.push({
          name: s.name,
          cls: s.cls,
          ladder: ((m) => m?.seriesSizes?.learner ?? m?.sizes ?? null)(
            msgs.find((m) => m.type === 'started'),
          ),
          sizes: msgs.filter((m) => m.type === 'size').map((m) => m.result),
          verdict: verdictOf(msgs) ?? null,
        });
      if (DEBUG) {
        const sz = msgs
          .filter((m) => m.type === 'size')
          .map(
            (m) => `${m.result.n}:${(m.result.medianNs / 1e3).toPrecision(3)}${m.result.unstable ? '!' : ''}`,
          );
        const stp = msgs.find((m) => m.type === 'stopped');
        console.log(
          `\n${s.name}: ${sz.join(' ')}${stp ? ` stop@${stp.atN} ${stp.detail} pred ${stp.predictedCallMs?.toFixed(0)}ms` : ''} -> ${JSON.stringify(verdictOf(msgs)?.best)} ${verdictOf(msgs)?.reason ?? ''}`,
        );
      }
      const v = verdictOf(msgs);
      const err = msgs.find((m) => m.type === 'error');
      const stop = msgs.find((m) => m.type === 'stopped');
      const verdictAt = msgs.find((m) => m.type === 'verdict')?.atMs ?? null;
      const got = err ? `error: ${err.message}` : v?.inconclusive ? 'inconclusive' : v?.best;
      const seen = new Map();
      for (const m of msgs) if (m.type === 'size') seen.set(m.result.n, m.result);
      secondLooks += [...seen.values()].filter((r) => r.secondLook).length;
      runs.push({
        name: s.name,
        cls: s.cls,
        got,
        confidence: v?.confidence ?? 0,
        reason: v?.reason ?? '',
        stoppedAt: stop?.atN ?? null,
        verdictAtMs: verdictAt,
        sizes: new Set(msgs.filter((m) => m.type === 'size').map((m) => m.result.n)).size,
        predictions: v?.predictions ?? [],
        accept: s.accept ?? [s.cls],
        forbid: s.forbid ?? [],
      });
      process.stdout.write('.');
    }
  }
  process.stdout.write('\n');
  if (DUMP) writeFileSync(DUMP, JSON.stringify(dumped));
  const longTasks = await page.evaluate(() => window.longTasks);
  const timed = {
    linear: runs.filter((r) => r.name === TIMED.linear.name),
    quadratic: runs.filter((r) => r.name === TIMED.quadratic.name),
  };
  const meta = {
    date: new Date().toISOString(),
    chromium: browser.version(),
    isolated,
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`,
    reps: REPS,
    rounds: ROUNDS,
    budgetMs: BUDGET_MS,
    longTasks,
    load: [loadBefore, loadavg()[0]],
    benchSeconds: 0,
    secondLooks,
    runsCount: runs.length,
  };
  const summary = summarise({ compare, runs, timed });
  meta.benchSeconds = (Date.now() - started) / 1000;
  const section = renderSection({ meta, compare, summary, timed });
  console.log(section);
  if (!process.argv.includes('--no-write')) {
    writeSection(join(root, 'BENCHMARKS.md'), section);
    console.log('Wrote the "## Measurement engine" section of BENCHMARKS.md');
  }
  if (summary.forbiddenSeen > 0) exitCode = 1;
} finally {
  await browser.close();
  server.close();
  rmSync(tmp, { recursive: true, force: true });
}
process.exit(exitCode);
