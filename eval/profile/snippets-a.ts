/** Labelled profiling snippets, part one (see snippets.ts for the whole suite and the held-out rule). */
import { snippet } from './snippet-helpers';

export const snippetsA = [
  snippet(
    'dedupe-includes',
    'ts',
    'if (!unique.includes(id))',
    'Dedupes ids with Array.includes on the growing result; decoys: trimming each id, a final sort.',
    `
export function makeInput(n: number): string[] {
  return Array.from({ length: n }, (_, i) => \` id-\${(i * 7919) % Math.ceil(n * 0.8)} \`);
}

export function solve(raw: string[]): string[] {
  const ids = raw.map((s) => s.trim());
  const unique: string[] = [];
  for (const id of ids) {
    if (!unique.includes(id)) unique.push(id);
  }
  unique.sort();
  return unique;
}
`,
    { fix: '    if (true) unique.push(id);' },
  ),
  snippet(
    'helper-find-user',
    'ts',
    'return users.find((u) => u.id === id);',
    'Joins orders to users through a helper that scans the user list; decoys: formatting, a Map of totals.',
    `
interface User { id: number; name: string }
interface Order { userId: number; amount: number }

export function makeInput(n: number) {
  const users: User[] = Array.from({ length: n }, (_, i) => ({ id: i, name: 'user' + i }));
  const orders: Order[] = Array.from({ length: n }, (_, i) => ({ userId: (i * 31) % n, amount: i % 97 }));
  return { users, orders };
}

function findUser(users: User[], id: number): User | undefined {
  return users.find((u) => u.id === id);
}

function label(user: User | undefined, amount: number): string {
  return (user ? user.name.toUpperCase() : 'UNKNOWN') + ': ' + amount.toFixed(2);
}

export function solve({ users, orders }: { users: User[]; orders: Order[] }) {
  const totals = new Map<number, number>();
  const lines: string[] = [];
  for (const o of orders) {
    const user = findUser(users, o.userId);
    totals.set(o.userId, (totals.get(o.userId) ?? 0) + o.amount);
    lines.push(label(user, o.amount));
  }
  return { lines: lines.length, totals: totals.size };
}
`,
    { fix: '  return users[id];' },
  ),
  snippet(
    'spread-in-reduce',
    'js',
    '(acc, row) => ({ ...acc, [row.key]: row.value })',
    'Builds an object by spreading the accumulator each step (quadratic); decoys: JSON of a small summary, a sum loop.',
    `
export function makeInput(n) {
  return Array.from({ length: n }, (_, i) => ({ key: 'k' + i, value: i % 13 }));
}

export function solve(rows) {
  let sum = 0;
  for (const row of rows) sum += row.value;
  const byKey = rows.reduce((acc, row) => ({ ...acc, [row.key]: row.value }), {});
  const summary = JSON.stringify({ count: rows.length, sum });
  return { summary, keys: Object.keys(byKey).length };
}
`,
    { fix: '  const byKey = rows.reduce((acc, row) => { acc[row.key] = row.value; return acc; }, {});' },
  ),
  snippet(
    'filter-indexof-dedupe',
    'js',
    'arr.indexOf(x) === i',
    'Dedupes with filter + indexOf; decoys: string concatenation in a loop, a regex test per item.',
    `
export function makeInput(n) {
  return Array.from({ length: n }, (_, i) => 'w' + ((i * 2654435761) % (n >> 1)));
}

export function solve(words) {
  const clean = words.filter((w) => /^w\\d+$/.test(w));
  let joined = '';
  for (const w of clean) joined += w + ',';
  const unique = clean.filter((x, i, arr) => arr.indexOf(x) === i);
  return unique.length + joined.length;
}
`,
    { heldOut: true, fix: '  const unique = clean;' },
  ),
  snippet(
    'nested-loop-join',
    'ts',
    'if (c.id === order.customerId)',
    'Joins orders to customers with a nested loop; decoys: a product Map built once, a sort by date.',
    `
interface Customer { id: number; region: string }
interface Order { id: number; customerId: number; productId: number; at: number }

export function makeInput(n: number) {
  const customers: Customer[] = Array.from({ length: n }, (_, i) => ({ id: i, region: 'r' + (i % 5) }));
  const orders: Order[] = Array.from({ length: n }, (_, i) => ({
    id: i,
    customerId: (i * 17) % n,
    productId: i % 50,
    at: (i * 7907) % 100000,
  }));
  return { customers, orders };
}

export function solve({ customers, orders }: { customers: Customer[]; orders: Order[] }) {
  const products = new Map<number, string>();
  for (let p = 0; p < 50; p++) products.set(p, 'product ' + p);
  const byRegion: Record<string, number> = {};
  for (const order of orders) {
    let region = '?';
    for (const c of customers) {
      if (c.id === order.customerId) {
        region = c.region;
        break;
      }
    }
    byRegion[region] = (byRegion[region] ?? 0) + 1;
  }
  const sorted = [...orders].sort((a, b) => a.at - b.at);
  return { byRegion, first: products.get(sorted[0]?.productId ?? 0) };
}
`,
    { fix: '      if (true) {' },
  ),
  snippet(
    'sort-to-find-max',
    'js',
    'const best = [...scores].sort((a, b) => b - a)[0];',
    'Sorts a copy of all scores on every step to read the maximum; decoys: a running average, string labels.',
    `
export function makeInput(n) {
  return Array.from({ length: n }, (_, i) => (i * 7919) % 10007);
}

export function solve(values) {
  const scores = [];
  const leaders = [];
  let total = 0;
  for (const v of values) {
    scores.push(v);
    total += v;
    const best = [...scores].sort((a, b) => b - a)[0];
    if (scores.length % 100 === 0) leaders.push('at ' + scores.length + ': ' + best);
  }
  return { leaders, average: total / values.length };
}
`,
    { fix: '    const best = v;' },
  ),
  snippet(
    'object-keys-length',
    'ts',
    'if (Object.keys(counts).length > limit)',
    'Checks the number of distinct words with Object.keys(...).length inside the loop; decoys: lower-casing, counting.',
    `
export function makeInput(n: number): string[] {
  return Array.from({ length: n }, (_, i) => 'Word' + i);
}

export function solve(words: string[]): number {
  const counts: Record<string, number> = {};
  const limit = 1e9;
  let overflow = 0;
  for (const raw of words) {
    const w = raw.toLowerCase();
    counts[w] = (counts[w] ?? 0) + 1;
    if (Object.keys(counts).length > limit) overflow++;
  }
  return overflow + words.length;
}
`,
    { fix: '    if (overflow > limit) overflow++;' },
  ),
  snippet(
    'set-rebuilt-per-item',
    'ts',
    'new Set(allowed).has(item.tag)',
    'Rebuilds a Set from the allow-list for every item; decoys: a Set built once for tags, mapping to labels.',
    `
interface Item { id: number; tag: string }

export function makeInput(n: number) {
  const allowed = Array.from({ length: Math.max(10, n >> 1) }, (_, i) => 't' + i * 2);
  const items: Item[] = Array.from({ length: n }, (_, i) => ({ id: i, tag: 't' + ((i * 13) % n) }));
  return { allowed, items };
}

export function solve({ allowed, items }: { allowed: string[]; items: Item[] }) {
  const seenTags = new Set(items.map((i) => i.tag));
  const kept = items.filter((item) => new Set(allowed).has(item.tag));
  const labels = kept.map((k) => \`#\${k.id} \${k.tag}\`);
  return { kept: labels.length, distinct: seenTags.size };
}
`,
    { heldOut: true, fix: '  const kept = items.filter((item) => seenTags.has(item.tag));' },
  ),
  snippet(
    'class-total-recomputed',
    'ts',
    'return this.items.reduce((sum, it) => sum + it.price * it.qty, 0);',
    'A cart class recomputes its total over every item after each add; decoys: constructor, add, a getter.',
    `
interface Line { sku: string; price: number; qty: number }

class Cart {
  private items: Line[] = [];
  private log: string[] = [];
  constructor(private readonly currency: string) {}

  add(line: Line): void {
    this.items.push(line);
    this.log.push(line.sku);
  }

  total(): number {
    return this.items.reduce((sum, it) => sum + it.price * it.qty, 0);
  }

  get size(): number {
    return this.items.length;
  }
}

export function makeInput(n: number): Line[] {
  return Array.from({ length: n }, (_, i) => ({ sku: 'sku' + i, price: (i % 50) + 0.99, qty: 1 + (i % 3) }));
}

export function solve(lines: Line[]) {
  const cart = new Cart('EUR');
  const totals: number[] = [];
  for (const line of lines) {
    cart.add(line);
    totals.push(cart.total());
  }
  return { size: cart.size, last: totals[totals.length - 1] };
}
`,
    { fix: '    return 0;' },
  ),
  snippet(
    'closure-recent-events',
    'js',
    'events.filter((e) => e.t > t - windowMs).length',
    'A closure counts recent events by filtering the whole history; decoys: a counter closure, building events.',
    `
export function makeInput(n) {
  return Array.from({ length: n }, (_, i) => ({ t: i * 3, user: 'u' + (i % 40) }));
}

function makeTracker(windowMs) {
  const events = [];
  let added = 0;
  return {
    add(e) {
      events.push(e);
      added++;
    },
    recent(t) {
      return events.filter((e) => e.t > t - windowMs).length;
    },
    get added() {
      return added;
    },
  };
}

export function solve(input) {
  const tracker = makeTracker(1e9);
  let busy = 0;
  for (const e of input) {
    tracker.add(e);
    if (tracker.recent(e.t) > 50) busy++;
  }
  return { busy, added: tracker.added };
}
`,
    { fix: '      return events.length;' },
  ),
  snippet(
    'recursive-flatten-concat',
    'ts',
    'acc.concat(Array.isArray(x) ? flatten(x) : [x])',
    'A recursive flatten copies the accumulator with concat at every element; decoys: a recursive leaf count.',
    `
type Nested = number | Nested[];

export function makeInput(n: number): Nested[] {
  const out: Nested[] = [];
  for (let i = 0; i < n; i += 4) out.push([i, [i + 1, i + 2], i + 3]);
  return out;
}

function countLeaves(xs: Nested[]): number {
  let c = 0;
  for (const x of xs) c += Array.isArray(x) ? countLeaves(x) : 1;
  return c;
}

function flatten(xs: Nested[]): number[] {
  return xs.reduce<number[]>((acc, x) => acc.concat(Array.isArray(x) ? flatten(x) : [x]), []);
}

export function solve(data: Nested[]) {
  const leaves = countLeaves(data);
  const flat = flatten(data);
  return { leaves, length: flat.length };
}
`,
    {
      fix: '  return xs.reduce<number[]>((acc, x) => (Array.isArray(x) ? acc.push(...flatten(x)) : acc.push(x), acc), []);',
    },
  ),
  snippet(
    'async-sequential-rank',
    'ts',
    'const rank = scores.filter((s) => s > user.score).length + 1;',
    'An async loop awaits each user (looks slow) but the time goes into ranking by filtering all scores.',
    `
interface User { id: number; score: number }

export function makeInput(n: number) {
  return Array.from({ length: n }, (_, i) => ({ id: i, score: (i * 7919) % 100003 }));
}

const cache = new Map<number, User>();

async function getUser(users: User[], id: number): Promise<User> {
  const hit = cache.get(id);
  if (hit && hit === users[id]) return hit;
  const u = users[id] as User;
  cache.set(id, u);
  return u;
}

export async function solve(users: User[]) {
  const scores = users.map((u) => u.score);
  const ranks: number[] = [];
  for (let id = 0; id < users.length; id++) {
    const user = await getUser(users, id);
    const rank = scores.filter((s) => s > user.score).length + 1;
    ranks.push(rank);
  }
  return ranks.length;
}
`,
    { heldOut: true, fix: '    const rank = user.score + 1;' },
  ),
  snippet(
    'split-text-per-query',
    'ts',
    'const words = text.split(/\\s+/);',
    'Splits the whole text again for every query; decoys: a regex check of each query, lower-casing.',
    `
export function makeInput(n: number) {
  const text = Array.from({ length: n }, (_, i) => 'word' + (i % 500)).join(' ');
  const queries = Array.from({ length: 200 }, (_, i) => (i % 7 === 0 ? 'Bad Query!' : 'word' + i));
  return { text, queries };
}

export function solve({ text, queries }: { text: string; queries: string[] }) {
  const hits: Record<string, number> = {};
  for (const raw of queries) {
    const q = raw.toLowerCase();
    if (!/^[a-z0-9]+$/.test(q)) continue;
    const words = text.split(/\\s+/);
    hits[q] = words.length > 0 ? 1 : 0;
  }
  return Object.keys(hits).length;
}
`,
    { fix: '    const words = [text];' },
  ),
  snippet(
    'json-clone-per-step',
    'ts',
    'const snapshot = JSON.parse(JSON.stringify(state));',
    'Deep-clones the whole state for every event to keep a snapshot; decoys: a small JSON of the result.',
    `
interface State { items: { id: number; done: boolean }[]; version: number }

export function makeInput(n: number) {
  const items = Array.from({ length: 400 }, (_, i) => ({ id: i, done: i % 2 === 0 }));
  const events = Array.from({ length: n }, (_, i) => i % 400);
  return { state: { items, version: 0 } as State, events };
}

export function solve({ state, events }: { state: State; events: number[] }) {
  let last: State | null = null;
  let flips = 0;
  for (const id of events) {
    const snapshot = JSON.parse(JSON.stringify(state));
    const item = snapshot.items[id];
    if (item) item.done = !item.done;
    snapshot.version++;
    last = snapshot;
    flips++;
  }
  return JSON.stringify({ flips, version: last?.version ?? 0 });
}
`,
    { fix: '    const snapshot = state;' },
  ),
  snippet(
    'splice-in-loop',
    'ts',
    'list.splice(i, 1);',
    'Removes expired entries one by one with splice (each call shifts the tail); decoys: a filter pass, a count loop.',
    `
interface Entry { key: string; expires: number }

export function makeInput(n: number): Entry[] {
  return Array.from({ length: n }, (_, i) => ({ key: 'k' + i, expires: i % 3 === 0 ? 0 : 1e12 }));
}

export function solve(entries: Entry[]) {
  const list = entries.filter((e) => e.key.length > 0);
  let live = 0;
  for (const e of list) if (e.expires > 0) live++;
  for (let i = list.length - 1; i >= 0; i--) {
    if ((list[i] as Entry).expires === 0) {
      list.splice(i, 1);
    }
  }
  return { live, left: list.length };
}
`,
    { fix: '      list.length;' },
  ),
  snippet(
    'lowercase-dictionary-per-word',
    'js',
    'dictionary.map((d) => d.toLowerCase()).includes(word.toLowerCase())',
    'Lower-cases the whole dictionary again for every word; decoys: splitting the text, counting unknowns.',
    `
export function makeInput(n) {
  const dictionary = Array.from({ length: 2000 }, (_, i) => 'Term' + i);
  const words = Array.from({ length: n }, (_, i) => 'term' + ((i * 37) % 3000));
  return { dictionary, text: words.join(' ') };
}

export function solve({ dictionary, text }) {
  const words = text.split(' ');
  let unknown = 0;
  for (const word of words) {
    const known = dictionary.map((d) => d.toLowerCase()).includes(word.toLowerCase());
    if (!known) unknown++;
  }
  return { unknown, total: words.length };
}
`,
    { heldOut: true, fix: '    const known = word.length > 5;' },
  ),
];
