// The labelled snippets for the measurement-engine bench: every class, written the way a learner might
// (CommonJS shape: exports.makeInput(n) builds the input untimed, exports.solve(input) is timed).
// `accept` lists verdicts that count as right; `forbid` lists verdicts that must never appear.
const mapKeys = (n) => `const m = new Map(); for (let i = 0; i < ${n}; i++) m.set(i * 7 + 1, i);`;

export const SUITE = [
  // ---- O(1)
  {
    name: 'Map.get, random key (1k..1M entries)',
    cls: 'O(1)',
    accept: ['O(1)', 'inconclusive'],
    forbid: ['O(log n)', 'O(n)', 'O(n log n)', 'O(n²)', 'O(n³)', 'O(2ⁿ)'],
    code: `exports.sizes = [1000, 3000, 10000, 30000, 100000, 300000, 1000000];
exports.makeInput = (n) => { ${mapKeys('n')} return { m, n }; };
exports.solve = ({ m, n }) => m.get(Math.floor(Math.random() * n) * 7 + 1);`,
  },
  {
    name: 'Map.get, 1000 lookups per call',
    cls: 'O(1)',
    accept: ['O(1)', 'inconclusive'],
    forbid: ['O(log n)', 'O(n)', 'O(n log n)', 'O(n²)', 'O(n³)', 'O(2ⁿ)'],
    code: `exports.makeInput = (n) => { ${mapKeys('n')}
  const keys = Array.from({ length: 1000 }, () => Math.floor(Math.random() * n) * 7 + 1); return { m, keys }; };
exports.solve = ({ m, keys }) => { let s = 0; for (const k of keys) s += m.get(k); return s; };`,
  },
  {
    name: 'Set.has, random value',
    cls: 'O(1)',
    accept: ['O(1)', 'inconclusive'],
    forbid: ['O(log n)', 'O(n)', 'O(n log n)', 'O(n²)', 'O(n³)', 'O(2ⁿ)'],
    code: `exports.makeInput = (n) => ({ s: new Set(Array.from({ length: n }, (_, i) => i * 3)), n });
exports.solve = ({ s, n }) => s.has(Math.floor(Math.random() * n) * 3);`,
  },
  {
    name: 'middle item of an array, plus a little arithmetic',
    cls: 'O(1)',
    code: `exports.makeInput = (n) => Array.from({ length: n }, (_, i) => i);
exports.solve = (a) => { const m = a[a.length >> 1]; let h = m; for (let i = 0; i < 32; i++) h = (h * 31 + i) | 0; return h; };`,
  },
  {
    name: 'first and last of an array, formatted',
    cls: 'O(1)',
    code: `exports.makeInput = (n) => Array.from({ length: n }, (_, i) => i * 2);
exports.solve = (a) => \`\${a[0]}..\${a[a.length - 1]} (\${a.length})\`;`,
  },
  // ---- O(log n)
  {
    name: 'binary search, random target',
    cls: 'O(log n)',
    code: `exports.makeInput = (n) => ({ a: Array.from({ length: n }, (_, i) => i * 2), n });
exports.solve = ({ a, n }) => { const v = Math.floor(Math.random() * n) * 2; let lo = 0, hi = a.length - 1;
  while (lo <= hi) { const mid = (lo + hi) >> 1; if (a[mid] === v) return mid; if (a[mid] < v) lo = mid + 1; else hi = mid - 1; }
  return -1; };`,
  },
  {
    name: 'lower bound in a Float64Array',
    cls: 'O(log n)',
    code: `exports.makeInput = (n) => { const a = new Float64Array(n); for (let i = 0; i < n; i++) a[i] = i + 0.5; return a; };
exports.solve = (a) => { const v = Math.random() * a.length; let lo = 0, hi = a.length;
  while (lo < hi) { const mid = (lo + hi) >>> 1; if (a[mid] < v) lo = mid + 1; else hi = mid; } return lo; };`,
  },
  {
    name: 'power by repeated squaring (exponent n)',
    cls: 'O(log n)',
    code: `exports.makeInput = (n) => n;
exports.solve = (n) => { let base = 3, e = n, r = 1; const M = 1000003;
  while (e > 0) { if (e & 1) r = (r * base) % M; base = (base * base) % M; e >>= 1; } return r; };`,
  },
  {
    name: 'digits of n in base 2, as a string',
    cls: 'O(log n)',
    code: `exports.makeInput = (n) => n;
exports.solve = (n) => { let s = ''; for (let x = n; x > 0; x = Math.floor(x / 2)) s = (x % 2) + s; return s; };`,
  },
  // ---- O(n)
  {
    name: 'sum of an array',
    cls: 'O(n)',
    code: `exports.makeInput = (n) => Array.from({ length: n }, (_, i) => i % 97);
exports.solve = (a) => { let s = 0; for (let i = 0; i < a.length; i++) s += a[i]; return s; };`,
  },
  {
    name: 'string building with +=',
    cls: 'O(n)',
    code: `exports.makeInput = (n) => n;
exports.solve = (n) => { let s = ''; for (let i = 0; i < n; i++) s += i % 10; return s.length; };`,
  },
  {
    name: 'filter and map, then join',
    cls: 'O(n)',
    code: `exports.makeInput = (n) => Array.from({ length: n }, (_, i) => i);
exports.solve = (a) => a.filter((x) => x % 3 === 0).map((x) => x * 2).join(',').length;`,
  },
  {
    name: 'count words with a Map',
    cls: 'O(n)',
    code: `exports.makeInput = (n) => Array.from({ length: n }, () => 'w' + Math.floor(Math.random() * 100));
exports.solve = (words) => { const c = new Map(); for (const w of words) c.set(w, (c.get(w) || 0) + 1); return c.size; };`,
  },
  {
    name: 'de-duplicate with a Set',
    cls: 'O(n)',
    code: `exports.makeInput = (n) => Array.from({ length: n }, (_, i) => i % 1000);
exports.solve = (a) => new Set(a).size;`,
  },
  // ---- O(n log n)
  {
    name: 'sort numbers (copy)',
    cls: 'O(n log n)',
    code: `exports.makeInput = (n) => Array.from({ length: n }, () => Math.random());
exports.solve = (a) => a.slice().sort((x, y) => x - y)[0];`,
  },
  {
    name: 'sort strings (copy)',
    cls: 'O(n log n)',
    code: `exports.makeInput = (n) => Array.from({ length: n }, () => Math.random().toString(36).slice(2, 8));
exports.solve = (a) => [...a].sort()[0];`,
  },
  {
    name: 'merge sort by hand',
    cls: 'O(n log n)',
    code: `exports.makeInput = (n) => Array.from({ length: n }, () => Math.floor(Math.random() * 1e6));
function ms(a) { if (a.length < 2) return a; const m = a.length >> 1, l = ms(a.slice(0, m)), r = ms(a.slice(m));
  const out = []; let i = 0, j = 0; while (i < l.length && j < r.length) out.push(l[i] <= r[j] ? l[i++] : r[j++]);
  while (i < l.length) out.push(l[i++]); while (j < r.length) out.push(r[j++]); return out; }
exports.solve = (a) => ms(a)[0];`,
  },
  {
    name: 'binary heap: push all, pop all',
    cls: 'O(n log n)',
    code: `exports.makeInput = (n) => Array.from({ length: n }, () => Math.random());
exports.solve = (a) => { const h = [];
  for (const x of a) { h.push(x); let i = h.length - 1; while (i > 0) { const p = (i - 1) >> 1; if (h[p] <= h[i]) break; [h[p], h[i]] = [h[i], h[p]]; i = p; } }
  let last = 0; while (h.length) { last = h[0]; const end = h.pop(); if (h.length) { h[0] = end; let i = 0;
    for (;;) { const l = 2 * i + 1, r = l + 1; let m = i; if (l < h.length && h[l] < h[m]) m = l; if (r < h.length && h[r] < h[m]) m = r; if (m === i) break; [h[m], h[i]] = [h[i], h[m]]; i = m; } } }
  return last; };`,
  },
  // ---- O(n²)
  {
    name: 'duplicate check over all pairs',
    cls: 'O(n²)',
    code: `exports.makeInput = (n) => Array.from({ length: n }, (_, i) => i);
exports.solve = (a) => { for (let i = 0; i < a.length; i++) for (let j = i + 1; j < a.length; j++) if (a[i] === a[j]) return true; return false; };`,
  },
  {
    name: 'de-duplicate with includes() in a loop',
    cls: 'O(n²)',
    code: `exports.makeInput = (n) => Array.from({ length: n }, (_, i) => i);
exports.solve = (a) => { const out = []; for (const x of a) if (!out.includes(x)) out.push(x); return out.length; };`,
  },
  {
    name: 'insertion sort of reversed input',
    cls: 'O(n²)',
    code: `exports.makeInput = (n) => Array.from({ length: n }, (_, i) => n - i);
exports.solve = (src) => { const a = src.slice(); for (let i = 1; i < a.length; i++) { const v = a[i]; let j = i - 1;
  while (j >= 0 && a[j] > v) { a[j + 1] = a[j]; j--; } a[j + 1] = v; } return a[0]; };`,
  },
  {
    name: 'join lists with find() per item',
    cls: 'O(n²)',
    code: `exports.makeInput = (n) => ({ users: Array.from({ length: n }, (_, i) => ({ id: i, name: 'u' + i })),
  orders: Array.from({ length: n }, (_, i) => ({ userId: n - 1 - i })) });
exports.solve = ({ users, orders }) => { let c = 0; for (const o of orders) { const u = users.find((x) => x.id === o.userId); if (u) c++; } return c; };`,
  },
  // ---- O(n³)
  {
    name: 'matrix multiplication',
    cls: 'O(n³)',
    code: `exports.sizes = [10, 16, 25, 40, 63, 100, 160, 250, 400];
exports.makeInput = (n) => { const m = () => Array.from({ length: n }, () => Float64Array.from({ length: n }, () => Math.random())); return { a: m(), b: m(), n }; };
exports.solve = ({ a, b, n }) => { const c = Array.from({ length: n }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) { let s = 0; for (let k = 0; k < n; k++) s += a[i][k] * b[k][j]; c[i][j] = s; } return c[0][0]; };`,
  },
  {
    name: 'count triples summing to zero',
    cls: 'O(n³)',
    code: `exports.sizes = [10, 16, 25, 40, 63, 100, 160, 250, 400];
exports.makeInput = (n) => Array.from({ length: n }, () => Math.floor(Math.random() * 200) - 100);
exports.solve = (a) => { let c = 0; for (let i = 0; i < a.length; i++) for (let j = i + 1; j < a.length; j++) for (let k = j + 1; k < a.length; k++) if (a[i] + a[j] + a[k] === 0) c++; return c; };`,
  },
  // ---- O(2ⁿ)
  {
    name: 'naive Fibonacci',
    cls: 'O(2ⁿ)',
    code: `exports.sizes = [10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30];
exports.makeInput = (n) => n;
function fib(k) { return k < 2 ? k : fib(k - 1) + fib(k - 2); }
exports.solve = (n) => fib(n);`,
  },
  {
    name: 'subset sums by trying every subset',
    cls: 'O(2ⁿ)',
    code: `exports.sizes = [6, 8, 10, 12, 14, 16, 18, 20, 22];
exports.makeInput = (n) => Array.from({ length: n }, () => Math.floor(Math.random() * 50));
exports.solve = (a) => { let hits = 0; const go = (i, s) => { if (i === a.length) { if (s === 100) hits++; return; } go(i + 1, s); go(i + 1, s + a[i]); }; go(0, 0); return hits; };`,
  },
];

function byName(name) {
  return SUITE.find((s) => s.name === name).code;
}

/** Snippets that take ≥ 100 µs per call at the given n, for the comparison with tinybench and mitata. */
export const COMPARE = [
  { name: 'sum of 300k numbers', n: 300000, code: byName('sum of an array') },
  { name: 'all pairs, 1k items', n: 1000, code: byName('duplicate check over all pairs') },
  { name: 'matrix multiplication, 100×100', n: 100, code: byName('matrix multiplication') },
  { name: 'sort 20k numbers (copy)', n: 20000, code: byName('sort numbers (copy)') },
  { name: 'Set of 100k values', n: 100000, code: byName('de-duplicate with a Set') },
  { name: 'filter/map/join 50k', n: 50000, code: byName('filter and map, then join') },
];

/** Time-to-verdict cases. */
export const TIMED = {
  linear: SUITE.find((s) => s.name === 'sum of an array'),
  quadratic: SUITE.find((s) => s.name === 'de-duplicate with includes() in a loop'),
};
