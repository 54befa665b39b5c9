/**
 * Fixes someone might write for the greeting batch, run by the lab's tests through the worker path
 * (labs.test.ts, fixes.test.ts, e2e/labs.spec.ts). Never shipped to a page.
 */
import type { LabFix } from '@/lib/labs/types';

const HANDLER = `async function handle(req, deps, read) {
  const session = await deps.sessions.get(req.token);
  if (!session) return { id: req.id, status: 401, body: 'Please sign in again' };
  const p = JSON.parse(await read('profiles/' + session.userId + '.json'));
  deps.metrics.increment('greetings.served');
  return { id: req.id, status: 200, body: 'Hello, ' + p.name + ' (' + p.plan + ')' };
}`;

export const halfFixes: LabFix[] = [
  {
    name: 'the async read, but still one request at a time',
    source: `${HANDLER}
export async function serveAll(requests, deps) {
  const out = [];
  for (const req of requests) out.push(await handle(req, deps, (p) => deps.files.readFile(p)));
  return out;
}`,
    fails: 'counter:maxInFlight',
    reason: 'needs at least 10 reads',
    sizes: [10, 30, 100],
    budgetMs: 2000,
  },
  {
    name: 'Promise.all over the requests, readFileSync still inside',
    source: `${HANDLER}
export async function serveAll(requests, deps) {
  return Promise.all(requests.map((req) => handle(req, deps, async (p) => deps.files.readFileSync(p))));
}`,
    fails: 'counter:blockingCalls',
    reason: 'allows at most 0 calls',
    sizes: [10, 30, 100],
    budgetMs: 2000,
  },
  {
    name: 'the blocking read wrapped in a promise',
    source: `${HANDLER}
export async function serveAll(requests, deps) {
  const read = (p) => new Promise((resolve) => resolve(deps.files.readFileSync(p)));
  return Promise.all(requests.map((req) => handle(req, deps, read)));
}`,
    fails: 'counter:blockingCalls',
    reason: 'allows at most 0 calls',
    sizes: [10, 30, 100],
    budgetMs: 2000,
  },
  {
    name: 'the blocking read pushed to a timer (it still blocks when the timer fires)',
    source: `${HANDLER}
export async function serveAll(requests, deps) {
  const read = (p) => new Promise((resolve) => setTimeout(() => resolve(deps.files.readFileSync(p)), 0));
  return Promise.all(requests.map((req) => handle(req, deps, read)));
}`,
    fails: 'counter:blockingCalls',
    reason: 'allows at most 0 calls',
    sizes: [10, 30, 100],
    budgetMs: 2000,
  },
  {
    name: 'answers without reading the profile (fast, wrong)',
    source: `export async function serveAll(requests) {
  return requests.map((r) => ({ id: r.id, status: 200, body: 'Hello, Member ' + r.token.slice(1) + ' (free)' }));
}`,
    fails: 'correct',
    reason: 'the output differs',
    sizes: [10, 30],
  },
];

export const otherFixes: LabFix[] = [
  {
    name: 'an async arrow per request inside Promise.all',
    source: `export const serveAll = (requests, deps) =>
  Promise.all(requests.map(async (r) => {
    const s = await deps.sessions.get(r.token);
    if (!s) return { id: r.id, status: 401, body: 'Please sign in again' };
    const p = JSON.parse(await deps.files.readFile('profiles/' + s.userId + '.json'));
    return { id: r.id, status: 200, body: 'Hello, ' + p.name + ' (' + p.plan + ')' };
  }));`,
    sizes: [50, 100],
    budgetMs: 2000,
  },
  {
    name: 'at most 20 requests at a time',
    source: `${HANDLER}
export async function serveAll(requests, deps) {
  const out = new Array(requests.length);
  let next = 0;
  async function worker() {
    while (next < requests.length) {
      const i = next++;
      out[i] = await handle(requests[i], deps, (p) => deps.files.readFile(p));
    }
  }
  await Promise.all(Array.from({ length: 20 }, worker));
  return out;
}`,
    sizes: [50, 100],
    budgetMs: 2000,
  },
];
