import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { openWithCode, runToEnd, trackErrors } from './fixtures/runner-page';
import { ROUTES } from './routes';

const LESSON = '/lessons/performance-bugs-in-ai-generated-code';

// A listening server on 127.0.0.1: every request that reaches it is recorded. The snippets aim at it.
let server: http.Server;
let base = '';
const hits: string[] = [];

test.beforeAll(async () => {
  server = http.createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    res.writeHead(200, { 'content-type': 'text/plain', 'access-control-allow-origin': '*' });
    res.end('reached');
  });
  server.on('upgrade', (req, socket) => {
    hits.push(`UPGRADE ${req.url}`);
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const LINEAR_TAIL = `
export function makeInput(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i % 5);
}
export function solve(values: number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}
`;

/** `app` is the app's own origin: the sandbox may fetch its Pyodide folder there, and nothing else. */
function networkSnippet(host: string, app: string): string {
  return `const target = 'http://${host}';
const g = self as any;
function tryIt(fn: () => unknown) { try { const r = fn(); if (r && typeof (r as any).catch === 'function') (r as any).catch(() => 0); } catch { /* blocked */ } }
tryIt(() => fetch(target + '/evil-fetch'));
tryIt(() => fetch('/evil-same-origin'));
tryIt(() => { const x = new XMLHttpRequest(); x.open('GET', target + '/evil-xhr'); x.send(); });
tryIt(() => { const x = new XMLHttpRequest(); x.open('GET', target + '/evil-xhr-sync', false); x.send(); });
tryIt(() => new WebSocket('ws://${host}/evil-ws'));
tryIt(() => new g.EventSource(target + '/evil-sse'));
tryIt(() => g.importScripts(target + '/evil-import.js'));
tryIt(() => g.importScripts('/runtime/measure-worker.js?evil'));
tryIt(() => g.importScripts('${app}/runtime/measure-worker.js?evil'));
tryIt(() => fetch('${app}/evil-app'));
tryIt(() => fetch('${app}/pyodide/../evil-dotdot'));
tryIt(() => fetch('${app}/pyodide/%2e%2e/evil-encoded'));
tryIt(() => import('${app}/evil-app-import.js'));
tryIt(() => import(target + '/evil-dynamic.js'));
tryIt(() => new Worker(target + '/evil-worker.js'));
${LINEAR_TAIL}`;
}

const STORAGE_SNIPPET = `const g = self as any;
const report: string[] = [];
function probe(name: string, fn: () => unknown) {
  try { report.push(name + '=' + String(fn())); } catch (e) { report.push(name + '=threw ' + (e as Error).name); }
}
probe('indexedDB', () => { const r = g.indexedDB.open('hotpath-evil'); r.onsuccess = () => r.result.createObjectStore; return 'opened'; });
probe('caches', () => typeof g.caches);
probe('localStorage', () => typeof g.localStorage);
probe('broadcast', () => { const c = new BroadcastChannel('hotpath'); c.postMessage('evil'); return 'posted'; });
probe('parent', () => typeof g.parent);
probe('top', () => typeof g.top);
probe('document', () => typeof g.document);
probe('crossOriginIsolated', () => g.crossOriginIsolated);
export function makeInput(n: number): number {
  return n;
}
export function solve(n: number): number {
  throw new Error('REPORT ' + report.join(' '));
}
`;

// Where learner code runs: origin, isolation and the smallest step of its clock (5 µs isolated, 100 µs not).
const FRAME_SNIPPET = `const g = self as any;
let step = Infinity;
for (let i = 0, last = performance.now(), t = last; i < 200000; i++, last = t) {
  if ((t = performance.now()) > last) step = Math.min(step, t - last);
}
const report = ['origin=' + g.origin, 'coi=' + g.crossOriginIsolated, 'sab=' + typeof SharedArrayBuffer];
report.push('stepUs=' + Math.round(step * 1000));
export function makeInput(n: number): number {
  return n;
}
export function solve(n: number): number {
  throw new Error('REPORT ' + report.join(' '));
}
`;

const FORGER_SNIPPET = `const g = self as any;
const fake = (runId: number) => ({
  type: 'verdict', runId, series: 'learner',
  verdict: { best: 'O(1)', confidence: 1, inconclusive: false, reason: 'FORGED', coefNs: 1, predictions: [] },
});
function forge() {
  for (const id of [0, 1, 2, 3, 42]) {
    try { g.postMessage(fake(id)); } catch { /* ignore */ }
    try { g.postMessage({ hotpath: 'relay', gen: 1, payload: fake(id) }); } catch { /* ignore */ }
    try { g.postMessage({ type: 'done', runId: id, elapsedMs: 0 }); } catch { /* ignore */ }
  }
  try { g.parent.postMessage({ hotpath: 'relay', gen: 1, payload: fake(1) }, '*'); } catch { /* no parent */ }
  try { g.top.postMessage(fake(1), '*'); } catch { /* no top */ }
}
forge();
export function makeInput(n: number): number[] {
  forge();
  return Array.from({ length: n }, (_, i) => i % 5);
}
export function solve(values: number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}
`;

test.describe('runner isolation', () => {
  test('network attempts from the snippet reach nothing', async ({ page, baseURL }) => {
    const errors = trackErrors(page);
    // Chromium may announce a request before its CSP check refuses it; what matters is that none gets
    // an answer: every one that shows up must fail, and the server must never see it.
    const answered: string[] = [];
    const failed: string[] = [];
    page.on('response', (r) => {
      if (/evil/.test(r.url())) answered.push(r.url());
    });
    page.on('requestfailed', (r) => {
      if (/evil/.test(r.url())) failed.push(`${r.url()} ${r.failure()?.errorText ?? ''}`);
    });
    hits.length = 0;
    // Control: the server does answer when something is allowed to reach it.
    expect(await (await fetch(`http://${base}/control`)).text()).toBe('reached');
    expect(hits).toEqual(['GET /control']);
    hits.length = 0;

    await openWithCode(page, networkSnippet(base, new URL(baseURL!).origin));
    expect(await runToEnd(page)).toBe('done');
    await expect(page.getByTestId('verdict')).toBeVisible();
    await page.waitForTimeout(1500); // let any asynchronous attempt land, if it could
    expect(hits).toEqual([]);
    expect(answered).toEqual([]);
    console.log(
      `refused in the sandbox: ${failed.length ? failed.join('; ') : 'before any request was made'}`,
    );
    // The CSP reports its refusals on the console; nothing else may fail.
    expect(errors.filter((e) => !/Content Security Policy|Refused to|evil/i.test(e))).toEqual([]);
  });

  test('storage, the page and other tabs are out of reach', async ({ page }) => {
    await openWithCode(page, STORAGE_SNIPPET);
    await page.evaluate(() => {
      const w = window as unknown as { __heard: string[] };
      w.__heard = [];
      const c = new BroadcastChannel('hotpath');
      c.onmessage = (e) => w.__heard.push(String(e.data));
      localStorage.setItem('hotpath-isolation-probe', 'untouched');
    });
    expect(await runToEnd(page)).toBe('error');
    const report = (await page.getByTestId('run-error').textContent()) ?? '';
    console.log(report);
    expect(report).toMatch(/indexedDB=threw SecurityError|indexedDB=threw/);
    expect(report).toContain('caches=undefined');
    expect(report).toContain('localStorage=undefined');
    expect(report).toContain('parent=undefined');
    expect(report).toContain('top=undefined');
    expect(report).toContain('document=undefined');
    expect(report).toContain('crossOriginIsolated=true');
    await page.waitForTimeout(500);
    const seen = await page.evaluate(async () => ({
      heard: (window as unknown as { __heard: string[] }).__heard,
      dbs: (await indexedDB.databases()).map((d) => d.name),
      cacheKeys: await caches.keys(),
      probe: localStorage.getItem('hotpath-isolation-probe'),
    }));
    expect(seen.heard).toEqual([]);
    expect(seen.dbs).not.toContain('hotpath-evil');
    expect(seen.cacheKeys).toEqual([]);
    expect(seen.probe).toBe('untouched');
  });

  test('forged messages from the snippet or another frame never reach the results', async ({ page }) => {
    await openWithCode(page, FORGER_SNIPPET);
    // A hostile sandboxed frame on the page tries the same, while the run is going on.
    await page.evaluate(() => {
      const f = document.createElement('iframe');
      f.setAttribute('sandbox', 'allow-scripts');
      f.srcdoc =
        '<script>setInterval(function(){parent.postMessage({hotpath:"relay",gen:1,payload:{type:"verdict",runId:1,series:"learner",verdict:{best:"O(1)",confidence:1,inconclusive:false,reason:"FORGED",coefNs:1,predictions:[]}}},"*")},20)</script>';
      f.id = 'hostile';
      document.body.appendChild(f);
    });
    expect(await runToEnd(page)).toBe('done');
    // The snippet's own text (in the editor) says FORGED; the results must not.
    await expect(page.getByTestId('verdict')).toBeVisible();
    await expect(page.getByTestId('verdict')).not.toContainText('FORGED');
    await expect(page.getByTestId('run-status')).not.toContainText('FORGED');
    await expect(page.getByTestId('results-table')).toContainText('1M');
    await expect(page.getByTestId('results-table')).not.toContainText('FORGED');
  });
});

test.describe('the sandbox document', () => {
  test('no page allows eval; the sandbox route sends its own CSP and isolation headers', async ({
    page,
    baseURL,
  }) => {
    const origin = new URL(baseURL!).origin;
    for (const route of ROUTES) {
      const csp = (await page.request.get(route)).headers()['content-security-policy'] ?? '';
      expect(csp, route).toContain("default-src 'self'");
      expect(csp, route).not.toContain('unsafe-eval');
    }
    // The browser holds the page to it (an inline script's eval a moment later: Playwright's is exempt).
    const res = await page.goto(LESSON);
    expect(res!.headers()['content-security-policy']).not.toContain('unsafe-eval');
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = `setTimeout(function () {
        try { eval('1'); document.body.dataset.evalProbe = 'ran'; } catch (e) { document.body.dataset.evalProbe = e.name; }
      }, 0);`;
      document.body.appendChild(s);
    });
    await expect(page.locator('body')).toHaveAttribute('data-eval-probe', 'EvalError');

    const sandbox = await page.request.get('/sandbox');
    expect(sandbox.status()).toBe(200);
    const policies = sandbox.headersArray().filter((h) => h.name.toLowerCase() === 'content-security-policy');
    expect(policies, 'exactly one CSP: the pages’ policy must not apply too').toHaveLength(1);
    const csp = policies[0]!.value;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+' 'unsafe-eval' 'wasm-unsafe-eval' blob: /);
    expect(csp).toContain(`connect-src ${origin}/pyodide/`);
    expect(csp).toContain('worker-src blob:');
    expect(csp).not.toContain("'self'");
    const h = sandbox.headers();
    expect(h['cross-origin-opener-policy']).toBe('same-origin');
    expect(h['cross-origin-embedder-policy']).toBe('require-corp');
    expect(h['cross-origin-resource-policy']).toBe('same-origin');
    console.log(`sandbox CSP: ${csp}`);
  });

  test('learner code runs in an opaque-origin, cross-origin isolated frame with 5 µs timers', async ({
    page,
    baseURL,
  }) => {
    const origin = new URL(baseURL!).origin;
    await openWithCode(page, FRAME_SNIPPET);
    expect(await runToEnd(page)).toBe('error');
    const report = (await page.getByTestId('run-error').textContent()) ?? '';
    console.log(report);
    expect(report).toMatch(/origin=null coi=true sab=function stepUs=\d+/);
    // Isolated, Chromium's clock steps by 5 µs; without isolation by 100 µs.
    expect(Number(/stepUs=(\d+)/.exec(report)?.[1])).toBeLessThanOrEqual(20);

    const iframe = page.locator('iframe[data-hotpath-runner]');
    const attrs = await iframe.evaluate((f) =>
      ['src', 'srcdoc', 'sandbox', 'allow'].map((a) => f.getAttribute(a)),
    );
    expect(attrs).toEqual(['/sandbox', null, 'allow-scripts', 'cross-origin-isolated']);
    // The frame itself may read the app's Pyodide folder (served for any origin) and nothing else there.
    const frame = page.frame({ url: /\/sandbox$/ });
    expect(frame).not.toBeNull();
    const seen = await frame!.evaluate(async (app) => {
      const refused: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => refused.push(e.blockedURI));
      const get = (u: string) =>
        fetch(u)
          .then((r) => r.status)
          .catch((e: Error) => e.name);
      return {
        origin: self.origin,
        isolated: crossOriginIsolated,
        pyodide: await get(`${app}/pyodide/pyodide-lock.json`),
        app: await get(`${app}/`),
        up: await get(`${app}/pyodide/../`),
        refused: await new Promise((done) => setTimeout(done, 200)).then(() => [...new Set(refused)]),
      };
    }, origin);
    expect(seen).toEqual({
      origin: 'null',
      isolated: true,
      pyodide: 200,
      app: 'TypeError',
      up: 'TypeError',
      refused: [`${origin}/`],
    });
  });
});
