/**
 * Correct fixes written differently from the labs' own solutions must pass too: the harness judges
 * behaviour and budgets, not the shape of one reference answer.
 */
import { describe, expect, it } from 'vitest';
import { findLab } from './index';

import { explain, tryLab, tryUntil } from '@/lib/labs/labs.test-helpers';

const CASES: { lab: string; name: string; source: string; sizes?: number[] }[] = [
  {
    lab: 'n-plus-one',
    name: 'users, then one IN query for their teams, matched with a Map',
    source: `export function usersWithTeams(db) {
      const users = db.all('SELECT id, email, team_id FROM users');
      const ids = [...new Set(users.map((u) => u.team_id).filter((id) => id !== null))];
      const teams = db.all('SELECT id, name FROM teams WHERE id IN (' + ids.map(() => '?').join(',') + ')', ids);
      const byId = new Map(teams.map((t) => [t.id, t.name]));
      return users.map((u) => ({ id: u.id, email: u.email, team: byId.get(u.team_id) ?? null }));
    }`,
    sizes: [100, 300, 1000, 3000],
  },
  {
    lab: 'blocking-in-async',
    name: 'an async arrow per request inside Promise.all',
    source: `export const serveAll = (requests, deps) =>
      Promise.all(requests.map(async (r) => {
        const p = await deps.loadProfile(r.userId);
        return { id: r.id, body: 'Hello, ' + p.name + ' (' + p.plan + ')' };
      }));`,
    sizes: [50, 100],
  },
  {
    lab: 'filter-at-source',
    name: 'WHERE with a literal, no ORDER BY',
    source: `export function refundQueue(db) {
      return db.all("SELECT id, customer_id, total_cents FROM orders WHERE status = 'refund_requested'");
    }`,
    sizes: [1000, 3000, 10000],
  },
  {
    lab: 'pagination',
    name: 'keyset with an opaque string cursor and no look-ahead row',
    source: `export function listProducts(db, { cursor, limit }) {
      const items = cursor === null
        ? db.all('SELECT id, name, price_cents FROM products ORDER BY id DESC LIMIT ?', [limit])
        : db.all('SELECT id, name, price_cents FROM products WHERE id < ? ORDER BY id DESC LIMIT ?', [Number(cursor.slice(3)), limit]);
      return { items, next: items.length === limit ? 'id:' + items[items.length - 1].id : null };
    }`,
    sizes: [500, 1000, 3000],
  },
  {
    lab: 'hot-loop-allocation',
    name: 'one formatter per call, created inside the function',
    source: `export function formatPrices(cents) {
      const f = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EUR' });
      const out = [];
      for (const c of cents) out.push(f.format(c / 100));
      return out;
    }`,
    sizes: [100, 300, 1000, 3000],
  },
  {
    lab: 'unbounded-cache',
    name: 'an LRU class',
    source: `class Lru {
      constructor(limit) { this.limit = limit; this.map = new Map(); }
      get(k) { const v = this.map.get(k); if (v !== undefined) { this.map.delete(k); this.map.set(k, v); } return v; }
      set(k, v) { this.map.set(k, v); if (this.map.size > this.limit) this.map.delete(this.map.keys().next().value); }
    }
    export function createPriceLookup(computePrice) {
      const lru = new Lru(500);
      return { price(sku) { let p = lru.get(sku); if (p === undefined) { p = computePrice(sku); lru.set(sku, p); } return p; } };
    }`,
    sizes: [1000, 10000, 100000],
  },
  {
    lab: 'quadratic-lookup',
    name: 'a Set built with a loop, for..of instead of filter',
    source: `export function pendingInvites(invited, registered) {
      const seen = new Set();
      for (const e of registered) seen.add(e);
      const out = [];
      for (const e of invited) if (!seen.has(e)) out.push(e);
      return out;
    }`,
  },
  {
    lab: 'perf-test-first',
    name: 'a time budget of its own and a sort-based fix',
    source: `export const perfBudget = { size: 20000, maxMs: 40 };
    export function higherCounts(scores) {
      const sorted = [...scores].sort((a, b) => b - a);
      const first = new Map();
      sorted.forEach((s, i) => { if (!first.has(s)) first.set(s, i); });
      return scores.map((s) => first.get(s));
    }`,
  },
];

describe.each(CASES.map((c) => [c.lab, c.name, c] as const))('%s: %s', (_l, _n, c) => {
  it('passes', async () => {
    const lab = findLab(c.lab)!;
    const t = await tryUntil(
      () =>
        tryLab(lab, c.source, { sizes: c.sizes, budgetMs: c.lab === 'blocking-in-async' ? 2000 : undefined }),
      (x) => x.evaluation.passed,
    );
    expect(t.evaluation.passed, explain(t)).toBe(true);
  }, 180_000);
});
