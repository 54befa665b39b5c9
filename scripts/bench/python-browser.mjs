// Part of `npm run bench`: Python in the real browser (headless Chromium against the production build).
// - cold start: a fresh browser context (empty HTTP cache), /playground#lang=python&code=…, click Run:
//   time to "Python ready" (as the worker measured its load) and to the first measured size;
// - new worker, warm cache: a second page in the same context (what a replaced worker costs: the files
//   come from the HTTP cache, the wasm's compiled code from V8's cache);
// - warm: a second run on the same page (the interpreter is loaded);
// - after Cancel of a runaway loop (the relay interrupts it; the interpreter is kept), and after a fatal
//   error (MemoryError: the worker is replaced and the fresh one preloads Python at once): the next run;
// - download: what Python fetches (bytes on the wire and as decoded), per file;
// - main-thread long tasks (> 50 ms) from the click on Run to the end of the cold run.
// `SKIP_BUILD=1 npm run bench -- python-browser` (needs `npm run build`). Prints markdown; writes nothing.
import { chromium } from '@playwright/test';
import lz from 'lz-string';
import { cpus, loadavg } from 'node:os';
import { CHROMIUM_ARGS, findChromium } from '../find-chromium.mjs';
import { startServer } from '../lib/serve.mjs';

const REPEATS = Number(process.env.PY_BENCH_REPEATS ?? 3);
const PORT = Number(process.env.PY_BENCH_PORT ?? 3198);
const LINEAR = `def make_input(n):
    return [(i * 31) % 1000 for i in range(n)]

def solve(values):
    total = 0
    for v in values:
        total += v * 2
    return total
`;
const PATH = `/playground#lang=python&code=${lz.compressToEncodedURIComponent(LINEAR)}`;
const ENDLESS = 'def make_input(n):\n    return n\n\ndef solve(n):\n    while True:\n        n += 1\n';
const HUGE = 'def make_input(n):\n    return n\n\ndef solve(n):\n    return [0] * 10**9\n';

const setCode = (page, code) => page.evaluate((c) => window.__hotpathEditor.setValue(c), code);
const clickRun = (page) => page.getByRole('button', { name: 'Run', exact: true }).click();
const phaseIs = (page, re, timeout = 120_000) =>
  page.waitForFunction(
    (src) =>
      new RegExp(src).test(
        document.querySelector('[data-testid="run-status"]')?.getAttribute('data-phase') ?? '',
      ),
    re.source,
    { timeout },
  );

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2 : NaN;
};
const range = (xs) => `${Math.round(Math.min(...xs))}–${Math.round(Math.max(...xs))}`;

/**
 * Clicks Run and measures in the page: ms to the first row of the results table, to the end of the
 * run, and the long tasks meanwhile; plus the worker's own figure for its Python load.
 */
async function timedRun(page) {
  await page.evaluate(() => {
    const w = window;
    w.__bench = { t0: performance.now(), first: null, long: [] };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__bench.long.push(e.duration);
    }).observe({ type: 'longtask' });
    const seen = () => document.querySelector('[data-testid="results-table"] tbody tr');
    const obs = new MutationObserver(() => {
      if (w.__bench.first === null && seen()) {
        w.__bench.first = performance.now() - w.__bench.t0;
        obs.disconnect();
      }
    });
    obs.observe(document.body, { childList: true, subtree: true });
    document.querySelector('button[data-testid="run"], button')?.blur();
    [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Run')?.click();
  });
  await page.waitForFunction(
    () => {
      const p = document.querySelector('[data-testid="run-status"]')?.getAttribute('data-phase');
      return p === 'done' || p === 'error' || p === 'stopped';
    },
    null,
    { timeout: 180_000 },
  );
  const phase = await page.getByTestId('run-status').getAttribute('data-phase');
  if (phase !== 'done')
    throw new Error(`run ended ${phase}: ${await page.getByTestId('run-status').textContent()}`);
  const r = await page.evaluate(() => ({
    firstMs: window.__bench.first,
    endMs: performance.now() - window.__bench.t0,
    long: window.__bench.long,
    stats: window.__hotpathRunner?.(),
  }));
  return r;
}

async function openPage(context, base, requests) {
  const page = await context.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('requestfinished', async (req) => {
    if (!req.url().includes('/pyodide/') || !requests) return;
    const res = await req.response();
    const sizes = await req.sizes();
    const body = (await res?.body().catch(() => null))?.byteLength ?? 0;
    requests.push({
      file: req.url().split('/pyodide/')[1],
      wire: sizes.responseBodySize + sizes.responseHeadersSize,
      decoded: body,
      encoding: res?.headers()['content-encoding'] ?? 'none',
    });
  });
  await page.goto(base + PATH);
  await page.locator('[data-editor-ready="true"]').waitFor({ timeout: 60_000 });
  await page.waitForTimeout(1000); // the editor and the sandbox settle: not part of a run
  return page;
}

const load0 = loadavg();
const server = await startServer(PORT);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const cold = [];
const newWorker = [];
const warm = [];
const afterCancel = [];
const afterFatal = [];
const longTasks = [];
let files = [];
try {
  for (let i = 0; i < REPEATS; i++) {
    const context = await browser.newContext();
    const requests = [];
    const page = await openPage(context, server.base, requests);
    const c = await timedRun(page);
    cold.push({ loadMs: c.stats.lastPythonLoadMs, firstMs: c.firstMs });
    longTasks.push(...c.long);
    const w = await timedRun(page);
    warm.push({ firstMs: w.firstMs, endMs: w.endMs });
    if (i === 0) files = requests;
    // Cancel a runaway: the relay interrupts it and the interpreter stays.
    await setCode(page, ENDLESS);
    await clickRun(page);
    await phaseIs(page, /^running$/);
    await page.waitForTimeout(500);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await phaseIs(page, /^stopped$/);
    await setCode(page, LINEAR);
    const a = await timedRun(page);
    afterCancel.push({ firstMs: a.firstMs, kept: a.stats.generation === c.stats.generation });
    // Memory runs out: fatal, so the worker is replaced and the fresh one preloads Python.
    await setCode(page, HUGE);
    await clickRun(page);
    await phaseIs(page, /^(error|done|stopped)$/);
    await setCode(page, LINEAR);
    const f = await timedRun(page);
    afterFatal.push({ firstMs: f.firstMs, respawned: f.stats.generation > c.stats.generation });
    const again = await openPage(context, server.base, null);
    const n = await timedRun(again);
    newWorker.push({ loadMs: n.stats.lastPythonLoadMs, firstMs: n.firstMs });
    await context.close();
    process.stderr.write(`python-browser ${i + 1}/${REPEATS} done\n`);
  }
} finally {
  await browser.close();
  server.stop();
}
const load1 = loadavg();

console.log(`\n## Python in the browser — ${new Date().toISOString()}`);
console.log(
  `Headless Chromium, production build (next start), ${cpus().length} cores; load average ` +
    `${load0.map((x) => x.toFixed(2)).join(' ')} before, ${load1.map((x) => x.toFixed(2)).join(' ')} after. ` +
    `${REPEATS} repetitions; medians and (range). The snippet: an O(n) Python loop on the default ladder.`,
);
console.log('\n| Start | Python ready (worker load) | Click → first measured size |');
console.log('| --- | ---: | ---: |');
const row = (label, xs, load) =>
  console.log(
    `| ${label} | ${load ? `${Math.round(median(xs.map((x) => x.loadMs)))} ms (${range(xs.map((x) => x.loadMs))})` : '—'} | ` +
      `${Math.round(median(xs.map((x) => x.firstMs)))} ms (${range(xs.map((x) => x.firstMs))}) |`,
  );
row('cold: fresh context, empty HTTP cache', cold, true);
row('new worker, same context (files and compiled wasm cached)', newWorker, true);
row('warm: second run, interpreter loaded', warm, false);
row(
  `after Cancel of an endless loop (interpreter kept: ${afterCancel.filter((x) => x.kept).length} of ${afterCancel.length})`,
  afterCancel,
  false,
);
row(
  `after a MemoryError, the click right away (worker replaced: ${afterFatal.filter((x) => x.respawned).length} of ${afterFatal.length}; it preloads Python)`,
  afterFatal,
  false,
);
console.log('\n| Fetched under /pyodide/ (cold) | On the wire | Decoded | Encoding |');
console.log('| --- | ---: | ---: | --- |');
const seen = new Set();
let wire = 0;
let decoded = 0;
for (const f of files) {
  if (seen.has(f.file)) continue;
  seen.add(f.file);
  wire += f.wire;
  decoded += f.decoded;
  console.log(
    `| ${f.file} | ${(f.wire / 1e6).toFixed(2)} MB | ${(f.decoded / 1e6).toFixed(2)} MB | ${f.encoding} |`,
  );
}
console.log(`| total | ${(wire / 1e6).toFixed(2)} MB | ${(decoded / 1e6).toFixed(2)} MB | |`);
const longest = longTasks.length ? Math.max(...longTasks) : 0;
console.log(
  `\nMain-thread long tasks (> 50 ms) from the click on Run to the end of the cold runs: ${longTasks.length}` +
    `${longTasks.length ? `, longest ${Math.round(longest)} ms` : ''} (${REPEATS} runs).`,
);
