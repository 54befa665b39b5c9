/**
 * Fixes a learner might write that must NOT pass: fast but wrong (correctness comes first), and correct
 * but still slow (fails with the budget's reason). Written here, apart from the labs' own solutions.
 */
import { describe, expect, it } from 'vitest';
import { findLab } from './index';

import { explain, failing, tryLab } from '@/lib/labs/labs.test-helpers';

const lab = (id: string) => findLab(id)!;

interface Case {
  lab: string;
  name: string;
  source: string;
  /** Checklist item that must fail. */
  fails: string;
  /** The reason must mention this. */
  reason?: RegExp;
  sizes?: number[];
  compare?: ('starter' | 'reference')[];
}

const CASES: Case[] = [
  {
    lab: 'n-plus-one',
    name: 'inner JOIN drops users without a team (fast, wrong)',
    source: `export function usersWithTeams(db) {
      return db.all('SELECT u.id, u.email, t.name AS team FROM users u JOIN teams t ON t.id = u.team_id ORDER BY u.id');
    }`,
    fails: 'correct',
    sizes: [100, 300, 1000],
  },
  {
    lab: 'n-plus-one',
    name: 'one query per distinct team (correct, still N+1 in teams)',
    source: `export function usersWithTeams(db) {
      const users = db.all('SELECT id, email, team_id FROM users ORDER BY id');
      const names = new Map();
      for (const id of new Set(users.map((u) => u.team_id))) {
        const t = db.get('SELECT name FROM teams WHERE id = ?', [id]);
        names.set(id, t ? t.name : null);
      }
      return users.map((u) => ({ id: u.id, email: u.email, team: names.get(u.team_id) ?? null }));
    }`,
    fails: 'counter:queries',
    reason: /the budget allows at most 2 queries/,
    sizes: [100, 300, 1000],
  },
  {
    lab: 'n-plus-one',
    name: 'tries to change the database (refused: it is read-only)',
    source: `export function usersWithTeams(db) {
      db.all('DELETE FROM users');
      return [];
    }`,
    fails: 'runs',
    reason: /read-only/,
    sizes: [100, 300],
  },
  {
    lab: 'quadratic-lookup',
    name: 'returns every invite (fast, wrong)',
    source: `export function pendingInvites(invited, registered) { return invited.slice(); }`,
    fails: 'correct',
    sizes: [100, 1000, 10000],
  },
  {
    lab: 'quadratic-lookup',
    name: 'indexOf instead of includes (correct, still quadratic)',
    source: `export function pendingInvites(invited, registered) {
      return invited.filter((e) => registered.indexOf(e) === -1);
    }`,
    fails: 'class',
  },
  {
    lab: 'blocking-in-async',
    name: 'async reads awaited one request at a time (correct, still serial)',
    source: `export async function serveAll(requests, deps) {
      const out = [];
      for (const req of requests) {
        const p = await deps.loadProfile(req.userId);
        out.push({ id: req.id, body: 'Hello, ' + p.name + ' (' + p.plan + ')' });
      }
      return out;
    }`,
    fails: 'speedup',
    reason: /the budget asks for 10×/,
    sizes: [10, 30, 100],
    compare: ['starter', 'reference'],
  },
  {
    lab: 'blocking-in-async',
    name: 'answers without reading the profile (fast, wrong)',
    source: `export async function serveAll(requests) {
      return requests.map((r) => ({ id: r.id, body: 'Hello, Member ' + r.userId + ' (free)' }));
    }`,
    fails: 'correct',
    sizes: [10, 30],
  },
  {
    lab: 'filter-at-source',
    name: 'LIMIT 10 (fast, wrong)',
    source: `export function refundQueue(db) {
      return db.all("SELECT id, customer_id, total_cents FROM orders WHERE status = 'refund_requested' ORDER BY id LIMIT 10");
    }`,
    fails: 'correct',
    sizes: [1000, 3000, 10000],
  },
  {
    lab: 'filter-at-source',
    name: 'lower(status) in SQL (correct, but scans the whole table)',
    source: `export function refundQueue(db) {
      return db.all('SELECT id, customer_id, total_cents FROM orders WHERE lower(status) = ? ORDER BY id', ['refund_requested']);
    }`,
    fails: 'counter:rowsScanned',
    reason: /the index/,
    sizes: [1000, 3000, 10000],
  },
  {
    lab: 'pagination',
    name: 'first page only, never a next cursor (fast, wrong)',
    source: `export function listProducts(db, request) {
      return { items: db.all('SELECT id, name, price_cents FROM products ORDER BY id DESC LIMIT ?', [request.limit]), next: null };
    }`,
    fails: 'check:walk',
    sizes: [500, 1000, 3000],
  },
  {
    lab: 'pagination',
    name: 'LIMIT/OFFSET pages (duplicates under inserts, deep pages slow)',
    source: `export function listProducts(db, request) {
      const offset = request.cursor === null ? 0 : Number(request.cursor);
      const items = db.all('SELECT id, name, price_cents FROM products ORDER BY id DESC LIMIT ? OFFSET ?', [request.limit, offset]);
      return { items, next: items.length < request.limit ? null : offset + items.length };
    }`,
    fails: 'check:walk-inserts',
    sizes: [500, 1000, 3000],
  },
  {
    lab: 'hot-loop-allocation',
    name: 'formats dollars instead of euros (fast, wrong)',
    source: `const f = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
      export function formatPrices(cents) { return cents.map((c) => f.format(c / 100)); }`,
    fails: 'correct',
    sizes: [100, 1000],
  },
  {
    lab: 'hot-loop-allocation',
    name: 'toLocaleString per price (no constructor in sight, still a formatter per call)',
    source: `export function formatPrices(cents) {
      return cents.map((c) => (c / 100).toLocaleString('en-US', { style: 'currency', currency: 'EUR' }));
    }`,
    fails: 'speedup',
    reason: /the budget asks for 5×/,
    sizes: [100, 300, 1000],
    compare: ['starter', 'reference'],
  },
  {
    lab: 'unbounded-cache',
    name: 'no cache at all (bounded, but every request recomputes)',
    source: `export function createPriceLookup(computePrice) { return { price: (sku) => computePrice(sku) }; }`,
    fails: 'counter:hitRatePct',
    reason: /needs at least 60%/,
    sizes: [1000, 10000, 100000],
  },
  {
    lab: 'unbounded-cache',
    name: 'a cap far above the limit (still too much retained)',
    source: `export function createPriceLookup(computePrice) {
      const cache = new Map();
      return { price(sku) {
        if (cache.has(sku)) return cache.get(sku);
        const p = computePrice(sku);
        cache.set(sku, p);
        if (cache.size > 50000) cache.delete(cache.keys().next().value);
        return p;
      } };
    }`,
    fails: 'counter:retained',
    sizes: [1000, 10000, 100000],
  },
];

describe.each(CASES.map((c) => [c.lab, c.name, c] as const))('%s: %s', (_l, _n, c) => {
  it(`fails ${c.fails}`, async () => {
    const t = await tryLab(lab(c.lab), c.source, {
      sizes: c.sizes,
      compare: c.compare ?? ['reference'],
      budgetMs: 2000,
    });
    expect(t.evaluation.passed, explain(t)).toBe(false);
    expect(failing(t), explain(t)).toContain(c.fails);
    const item = t.evaluation.items.find((i) => i.id === c.fails)!;
    if (c.reason) expect(item.reason).toMatch(c.reason);
  }, 60_000);
});

describe('perf-test-first', () => {
  const l = lab('perf-test-first');
  const declaration = 'export const perfBudget: PerfBudget | null = null;';
  const withBudget = (budget: string) => {
    expect(l.starter).toContain(declaration);
    return l.starter.replace(declaration, `export const perfBudget: PerfBudget = ${budget};`);
  };

  it('a budget the slow starter already meets is refused', async () => {
    const t = await tryLab(l, withBudget("{ maxClass: 'O(n³)' }"), { compare: ['starter', 'reference'] });
    expect(failing(t), explain(t)).toContain('budget-fails-starter');
  }, 60_000);

  it('a good budget on the slow code fails "Your code meets your budget" (step 1 of the lab)', async () => {
    const t = await tryLab(l, withBudget('{ size: 50000, maxMs: 100 }'), {
      compare: ['starter', 'reference'],
    });
    expect(failing(t), explain(t)).toContain('budget-passes-yours');
    expect(failing(t), explain(t)).not.toContain('budget-fails-starter');
  }, 60_000);

  it('a budget at a size the lab does not measure is explained', async () => {
    const t = await tryLab(l, withBudget('{ size: 12345, maxMs: 50 }'), { sizes: [100, 1000], compare: [] });
    const item = t.evaluation.items.find((i) => i.id === 'budget-declared')!;
    expect(item.pass).toBe(false);
    expect(item.reason).toMatch(/one of the sizes this lab measures/);
  }, 60_000);
});
