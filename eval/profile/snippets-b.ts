/** Labelled profiling snippets, part two (see snippets.ts for the whole suite and the held-out rule). */
import { snippet } from './snippet-helpers';

export const snippetsB = [
  snippet(
    'bfs-visited-array',
    'js',
    'if (visited.includes(next)) continue;',
    'A breadth-first search keeps visited nodes in an array; decoys: queue.shift() (cheap in V8), building edges.',
    `
export function makeInput(n) {
  const edges = [];
  for (let i = 0; i < n; i++) edges.push([i, (i * 7 + 1) % n], [i, (i * 13 + 5) % n]);
  return { n, edges };
}

export function solve({ n, edges }) {
  const adj = Array.from({ length: n }, () => []);
  for (const [a, b] of edges) adj[a].push(b);
  const visited = [0];
  const queue = [0];
  while (queue.length > 0) {
    const node = queue.shift();
    for (const next of adj[node]) {
      if (visited.includes(next)) continue;
      visited.push(next);
      queue.push(next);
    }
  }
  return visited.length;
}
`,
    { fix: '      if (adj[next].seen) continue; adj[next].seen = true;' },
  ),
  snippet(
    'generator-pipeline',
    'ts',
    'if (!seen.some((s) => s === v)) seen.push(v);',
    'Generators filter and map a stream (yields look costly); the consumer dedupes with Array.some.',
    `
function* evens(xs: number[]): Generator<number> {
  for (const x of xs) if (x % 2 === 0) yield x;
}

function* scaled(xs: Iterable<number>, k: number): Generator<number> {
  for (const x of xs) yield x * k;
}

export function makeInput(n: number): number[] {
  return Array.from({ length: n }, (_, i) => (i * 7919) % n);
}

export function solve(xs: number[]): number {
  const seen: number[] = [];
  for (const v of scaled(evens(xs), 3)) {
    if (!seen.some((s) => s === v)) seen.push(v);
  }
  return seen.length;
}
`,
    { fix: '    if (true) seen.push(v);' },
  ),
  snippet(
    'async-promise-all-history',
    'ts',
    'const past = history.filter((h) => h.user === item.user).length;',
    'Scores items concurrently with Promise.all and awaits; the time goes into a helper filtering the whole history.',
    `
interface Item { id: number; user: string }

export function makeInput(n: number) {
  const items: Item[] = Array.from({ length: n }, (_, i) => ({ id: i, user: 'u' + (i % 300) }));
  return items;
}

const tick = () => Promise.resolve();

async function score(item: Item, history: Item[]): Promise<number> {
  await tick();
  const past = history.filter((h) => h.user === item.user).length;
  return past * 2 + (item.id % 3);
}

export async function solve(items: Item[]) {
  const history = items.slice();
  const scores = await Promise.all(items.map((item) => score(item, history)));
  let best = 0;
  for (const s of scores) if (s > best) best = s;
  return best;
}
`,
    { fix: '  const past = 1;' },
  ),
  snippet(
    'map-values-copied',
    'ts',
    '[...byId.values()].find((p) => p.sku === sku)',
    'Looks products up by SKU by copying all Map values into an array each time; decoys: Map get/set.',
    `
interface Product { id: number; sku: string; stock: number }

export function makeInput(n: number) {
  const products: Product[] = Array.from({ length: n }, (_, i) => ({ id: i, sku: 'S' + i, stock: i % 9 }));
  const wanted = Array.from({ length: n }, (_, i) => 'S' + ((i * 31) % n));
  return { products, wanted };
}

export function solve({ products, wanted }: { products: Product[]; wanted: string[] }) {
  const byId = new Map<number, Product>();
  for (const p of products) byId.set(p.id, p);
  let inStock = 0;
  for (const sku of wanted) {
    const product = [...byId.values()].find((p) => p.sku === sku);
    if (product && (byId.get(product.id)?.stock ?? 0) > 0) inStock++;
  }
  return inStock;
}
`,
    { heldOut: true, fix: '    const product = byId.get(Number(sku.slice(1)));' },
  ),
  snippet(
    'matrix-multiply',
    'js',
    'sum += a[i][k] * b[k][j];',
    'Multiplies two square matrices; decoys: a transpose and a formatted trace.',
    `
export function makeInput(n) {
  const m = (s) => Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => ((i + s) * (j + 1)) % 7));
  return { a: m(1), b: m(2) };
}

export function solve({ a, b }) {
  const n = a.length;
  const t = Array.from({ length: n }, (_, i) => a.map((row) => row[i]));
  const c = [];
  for (let i = 0; i < n; i++) {
    const row = [];
    for (let j = 0; j < n; j++) {
      let sum = 0;
      for (let k = 0; k < n; k++) {
        sum += a[i][k] * b[k][j];
      }
      row.push(sum);
    }
    c.push(row);
  }
  let trace = 0;
  for (let i = 0; i < n; i++) trace += c[i][i] + t[i][i];
  return trace.toFixed(1);
}
`,
    { fix: '        sum += k;' },
  ),
  snippet(
    'prepend-by-spread',
    'js',
    'history = [entry, ...history];',
    'Keeps a newest-first history by copying it into a new array per entry; decoys: building entries, a length check.',
    `
export function makeInput(n) {
  return Array.from({ length: n }, (_, i) => ({ at: i, action: i % 3 === 0 ? 'save' : 'edit' }));
}

export function solve(events) {
  let history = [];
  let saves = 0;
  for (const e of events) {
    const entry = { ...e, label: e.action.toUpperCase() + ' #' + e.at };
    history = [entry, ...history];
    if (e.action === 'save') saves++;
    if (history.length > 1e9) history.pop();
  }
  return { saves, newest: history[0]?.label };
}
`,
    { fix: '    history.push(entry);' },
  ),
  snippet(
    'sort-parses-dates',
    'ts',
    '(a, b) => new Date(a.at).getTime() - new Date(b.at).getTime()',
    'Sorts by parsing both dates in every comparison; decoys: filtering by status, formatting the result.',
    `
interface Ticket { id: number; at: string; status: 'open' | 'closed' }

export function makeInput(n: number): Ticket[] {
  return Array.from({ length: n }, (_, i) => ({
    id: i,
    at: new Date(Date.UTC(2024, 0, 1) + ((i * 7919) % n) * 60000).toISOString(),
    status: i % 4 === 0 ? 'closed' : 'open',
  }));
}

export function solve(tickets: Ticket[]) {
  const open = tickets.filter((t) => t.status === 'open');
  const sorted = open.sort(
    (a, b) => new Date(a.at).getTime() - new Date(b.at).getTime(),
  );
  const labels = sorted.slice(0, 20).map((t) => '#' + t.id + ' ' + t.at.slice(0, 10));
  return { count: sorted.length, labels };
}
`,
    { fix: '    (a, b) => a.id - b.id,' },
  ),
  snippet(
    'object-entries-lookup',
    'js',
    'Object.entries(index).find(([k]) => k === item.key)',
    'Looks keys up by scanning Object.entries of an index object; decoys: building the index, a reduce.',
    `
export function makeInput(n) {
  const rows = Array.from({ length: n }, (_, i) => ({ key: 'key' + i, weight: i % 10 }));
  const items = Array.from({ length: n }, (_, i) => ({ key: 'key' + ((i * 17) % n) }));
  return { rows, items };
}

export function solve({ rows, items }) {
  const index = {};
  for (const r of rows) index[r.key] = r.weight;
  let total = 0;
  for (const item of items) {
    const entry = Object.entries(index).find(([k]) => k === item.key);
    if (entry) total += entry[1];
  }
  const check = rows.reduce((s, r) => s + r.weight, 0);
  return total + check;
}
`,
    { heldOut: true, fix: '    const entry = [item.key, index[item.key]];' },
  ),
  snippet(
    'line-numbers-by-slice',
    'ts',
    "const line = text.slice(0, pos).split('\\n').length;",
    'Finds the line of each match by splitting everything before it; decoys: the indexOf search, building messages.',
    `
export function makeInput(n: number): string {
  return Array.from({ length: n }, (_, i) => (i % 5 === 0 ? 'TODO fix item ' + i : 'ok line ' + i)).join('\\n');
}

export function solve(text: string) {
  const found: string[] = [];
  let pos = text.indexOf('TODO');
  while (pos !== -1) {
    const line = text.slice(0, pos).split('\\n').length;
    found.push('line ' + line + ': TODO');
    pos = text.indexOf('TODO', pos + 4);
  }
  return found.length;
}
`,
    { fix: '    const line = pos;' },
  ),
  snippet(
    'regex-over-growing-log',
    'js',
    'if (/ERROR/.test(log)) errors++;',
    'Appends to a log string (looks slow, is cheap) and re-scans the whole log with a regex on each line.',
    `
export function makeInput(n) {
  return Array.from({ length: n }, (_, i) => (i % 1000 === 999 ? 'ERROR disk ' + i : 'info step ' + i));
}

export function solve(lines) {
  let log = '';
  let errors = 0;
  for (const line of lines) {
    log += line + '\\n';
    if (/ERROR/.test(log)) errors++;
  }
  return { errors, size: log.length };
}
`,
    { fix: "    if (line.startsWith('ERROR')) errors++;" },
  ),
  snippet(
    'recursive-tree-ids',
    'ts',
    'if (ids.indexOf(node.id) === -1) ids.push(node.id);',
    'Walks a tree recursively and collects ids in an array with an indexOf check; decoys: the recursion, depth.',
    `
interface Node { id: number; children: Node[] }

export function makeInput(n: number): Node {
  const nodes: Node[] = Array.from({ length: n }, (_, i) => ({ id: i, children: [] }));
  for (let i = 1; i < n; i++) nodes[(i - 1) >> 1]!.children.push(nodes[i]!);
  return nodes[0]!;
}

function walk(node: Node, ids: number[], depth: number): number {
  if (ids.indexOf(node.id) === -1) ids.push(node.id);
  let deepest = depth;
  for (const child of node.children) deepest = Math.max(deepest, walk(child, ids, depth + 1));
  return deepest;
}

export function solve(root: Node) {
  const ids: number[] = [];
  const depth = walk(root, ids, 0);
  return { depth, count: ids.length };
}
`,
    { fix: '  ids.push(node.id);' },
  ),
  snippet(
    'class-getter-sorts',
    'ts',
    'return [...this.scores].sort((a, b) => b - a);',
    'A leaderboard getter sorts a copy on every read; decoys: the add method, a constructor, formatting.',
    `
class Leaderboard {
  private scores: number[] = [];
  constructor(private readonly name: string) {}

  add(score: number): void {
    this.scores.push(score);
  }

  get ranked(): number[] {
    return [...this.scores].sort((a, b) => b - a);
  }

  title(): string {
    return this.name + ' (' + this.scores.length + ')';
  }
}

export function makeInput(n: number): number[] {
  return Array.from({ length: n }, (_, i) => (i * 7919) % 100000);
}

export function solve(scores: number[]) {
  const board = new Leaderboard('weekly');
  let topSum = 0;
  for (const s of scores) {
    board.add(s);
    topSum += board.ranked[0] ?? 0;
  }
  return board.title() + ' ' + topSum;
}
`,
    { heldOut: true, fix: '    return this.scores;' },
  ),
  snippet(
    'group-by-find-index',
    'js',
    'const at = groups.findIndex((g) => g.key === key);',
    'Groups rows by scanning the list of groups for each row; decoys: splitting keys, pushing to groups.',
    `
export function makeInput(n) {
  return Array.from({ length: n }, (_, i) => ({ path: 'team' + ((i * 31) % (n >> 1)) + ':member' + i, hours: i % 8 }));
}

export function solve(rows) {
  const groups = [];
  for (const row of rows) {
    const key = row.path.split(':')[0];
    const at = groups.findIndex((g) => g.key === key);
    if (at === -1) groups.push({ key, hours: row.hours, count: 1 });
    else {
      groups[at].hours += row.hours;
      groups[at].count++;
    }
  }
  return groups.length;
}
`,
    { fix: '    const at = -1;' },
  ),
  snippet(
    'async-pages-resorted',
    'js',
    'const ordered = all.slice().sort((a, b) => a.rank - b.rank);',
    'Fetches pages with awaits (the look of slowness) but re-sorts everything fetched after every page.',
    `
export function makeInput(n) {
  return Array.from({ length: n }, (_, i) => ({ id: i, rank: (i * 7919) % 100003 }));
}

async function fetchPage(rows, page, size) {
  await Promise.resolve();
  return rows.slice(page * size, page * size + size);
}

export async function solve(rows) {
  const all = [];
  let best = null;
  for (let page = 0; page * 50 < rows.length; page++) {
    const batch = await fetchPage(rows, page, 50);
    for (const r of batch) all.push(r);
    const ordered = all.slice().sort((a, b) => a.rank - b.rank);
    best = ordered[0];
  }
  return best?.id;
}
`,
    { fix: '    const ordered = batch;' },
  ),
  snippet(
    'prefix-sum-recomputed',
    'ts',
    'const upTo = weights.slice(0, i + 1).reduce((a, b) => a + b, 0);',
    'A TypeScript-heavy module (enum, generics) recomputes every prefix sum from scratch; decoys: typed mapping.',
    `
enum Kind {
  Small = 1,
  Large = 10,
}

interface Parcel<T extends Kind = Kind> {
  id: number;
  kind: T;
}

export function makeInput(n: number): Parcel[] {
  return Array.from({ length: n }, (_, i) => ({ id: i, kind: i % 3 === 0 ? Kind.Large : Kind.Small }));
}

function weightOf<P extends Parcel>(p: P): number {
  return p.kind === Kind.Large ? 10 : 1;
}

export function solve(parcels: Parcel[]): number {
  const weights: number[] = parcels.map((p) => weightOf(p));
  let heavy = 0;
  for (let i = 0; i < weights.length; i++) {
    const upTo = weights.slice(0, i + 1).reduce((a, b) => a + b, 0);
    if (upTo > 1000) heavy++;
  }
  return heavy;
}
`,
    { fix: '    const upTo = i;' },
  ),
  snippet(
    'concat-per-item',
    'js',
    'result = result.concat([x * 2]);',
    'Builds a result with concat, copying it for each item; decoys: a map, one sort, a small JSON summary.',
    `
export function makeInput(n) {
  return Array.from({ length: n }, (_, i) => (i * 7919) % 1000);
}

export function solve(values) {
  const shifted = values.map((v) => v + 1);
  let result = [];
  for (const x of shifted) {
    result = result.concat([x * 2]);
  }
  const top = shifted.slice(0, 100).sort((a, b) => a - b);
  return JSON.stringify({ length: result.length, min: top[0] });
}
`,
    { heldOut: true, fix: '    result.push(x * 2);' },
  ),
];
