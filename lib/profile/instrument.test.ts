import { describe, expect, it } from 'vitest';
import { instrument } from './instrument';
import { loadBoth, mustInstrument, transpile } from './profile.test-helpers';

/** Each case exports `run()`: its result (awaited, JSON) must be the same with and without probes. */
const CASES: Record<string, string> = {
  'declarations, expressions, arrows with expression bodies': `
    function add(a, b) { return a + b; }
    const mul = function (a, b) { return a * b; };
    const obj = () => ({ a: 1, b: [2] });
    const curry = (a) => (b) => a - b;
    export function run() { return [add(1, 2), mul(3, 4), obj(), curry(10)(3)]; }`,
  'names and .length survive': `
    function f(a, b) {}
    const g = (a, b = 1, ...rest) => a;
    const o = { m(x) {}, get v() { return 1; } };
    export function run() {
      return [f.name, f.length, g.name, g.length, o.m.name, o.m.length,
        Object.getOwnPropertyDescriptor(o, 'v').get.name];
    }`,
  'this, arguments, new.target, super, class fields': `
    class A { constructor(x) { this.x = x; } m() { return 'A' + this.x; } static s() { return 'S'; } }
    class B extends A {
      k = 5;
      getK = () => this.k;
      #p = 2;
      constructor(x) { super(x * 2); this.t = new.target.name; }
      m() { return super.m() + 'B' + this.#p; }
      get double() { return this.x * 2; }
      set double(v) { this.x = v / 2; }
      static s() { return super.s() + 'B'; }
    }
    function sum() { let s = 0; for (let i = 0; i < arguments.length; i++) s += arguments[i]; return s; }
    function who() { return new.target ? 'new' : 'call'; }
    export function run() {
      const b = new B(3);
      const g = b.getK;
      b.double = 20;
      return [b.m(), b.t, g(), b.double, B.s(), sum(1, 2, 3), who(), new who() instanceof who];
    }`,
  'control flow: labels, switch, do-while, early returns, finally': `
    function find(grid, v) {
      outer: for (let i = 0; i < grid.length; i++)
        for (let j = 0; j < grid[i].length; j++) if (grid[i][j] === v) break outer; else continue;
      let k = 0;
      do k++; while (k < 3)
      for (;;) { if (k++ > 5) break; }
      switch (v) { case 1: return 'one' + k; case 2: k += 10; default: k++ }
      try { if (k > 0) return 'early' + k; } finally { k = -1; }
      return 'late';
    }
    const nested = (n) => { if (n) if (n > 1) return 'big'; else return 'one'; return 'zero'; };
    export function run() { return [find([[1, 2], [3]], 3), find([[1]], 1), find([], 2), nested(0), nested(1), nested(2)]; }`,
  'exceptions keep their message': `
    function thrower(x) { if (x > 2) throw new RangeError('bad input: ' + x); return x; }
    export function run() {
      const out = [];
      for (const x of [1, 3]) { try { out.push(thrower(x)); } catch (e) { out.push(e.name + ': ' + e.message); } }
      return out;
    }`,
  'generators: values, sent values, return and throw': `
    function* g() { const x = yield 1; try { yield x * 2; yield* [7, 8]; } finally { yield 'cleanup'; } return 'done'; }
    function* inner() { yield 'a'; return 'r'; }
    function* outer() { const r = yield* inner(); yield r; }
    export function run() {
      const it = g();
      const a = [it.next(), it.next(5), it.next(), it.next(), it.return('early'), it.next(), it.next()];
      const t = g(); t.next(); t.next(1);
      let caught;
      try { t.throw(new Error('thrown in')); t.next(); t.next(); } catch (e) { caught = e.message; }
      return [a, [...outer()], caught];
    }`,
  'async functions: awaits, rejections caught, async arrows and methods': `
    const later = (v) => new Promise((r) => setTimeout(() => r(v), 1));
    async function f(x) { const a = await later(x); try { await Promise.reject(new Error('nope')); } catch (e) { return a + e.message; } }
    const g = async (x) => (await f(x)) + '!';
    const o = { async m() { return [await g(1), await 2]; } };
    export async function run() { return [await o.m(), await Promise.all([g(2), g(3)])]; }`,
  'async generators and for await': `
    async function* ag(n) { for (let i = 0; i < n; i++) yield await Promise.resolve(i * i); }
    export async function run() { const out = []; for await (const v of ag(4)) out.push(v); return out; }`,
  'for await over async and sync iterables, with an early break': `
    async function* ag() { yield 1; yield 2; yield 3; }
    function* sg() { yield Promise.resolve('a'); yield 'b'; }
    export async function run() {
      const out = [];
      for await (const v of ag()) { if (v === 3) break; out.push(v); }
      for await (const v of sg()) out.push(v);
      for await (const v of [Promise.resolve(7), 8]) out.push(v);
      let err = '';
      try { for await (const v of 5) out.push(v); } catch (e) { err = e.constructor.name; }
      return [out, err];
    }`,
  'directives stay first': `
    function f() { 'use strict'; return typeof this; }
    export function run() { return f(); }`,
  'recursion and closures': `
    function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
    function counter() { let c = 0; return { inc: () => ++c, get: () => c }; }
    export function run() { const k = counter(); k.inc(); k.inc(); return [fib(15), k.get()]; }`,
};

async function both(source: string) {
  const { plain, profiled, probe } = loadBoth(source);
  const want = JSON.stringify(await (plain.run as () => unknown)());
  probe.start();
  const got = JSON.stringify(await (profiled.run as () => unknown)());
  probe.stop();
  return { want, got };
}

describe('instrument: behaviour is preserved', () => {
  for (const [name, source] of Object.entries(CASES)) {
    it(name, async () => {
      const { want, got } = await both(source);
      expect(got).toBe(want);
    });
  }

  it('keeps every line where it was (only inserts on existing lines)', () => {
    for (const source of Object.values(CASES)) {
      const code = transpile(source);
      const out = mustInstrument(code).code;
      expect(out.split('\n').length).toBe(code.split('\n').length);
    }
  });

  it("keeps a function's 'use strict' directive first in its body", () => {
    const out = mustInstrument(`function f() { 'use strict'; return 1; }`).code;
    expect(out).toMatch(/^function f\(\) \{ 'use strict';__hp\.e\(0,1\);try\{ return 1; \}finally/);
  });

  it('an uncaught exception propagates with the same name and message, and stack line', () => {
    const src = `export function run(x) {\n  const y = x.missing.deep;\n  return y;\n}`;
    const { plain, profiled, probe } = loadBoth(src);
    const err = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e as Error;
      }
      throw new Error('did not throw');
    };
    const a = err(() => (plain.run as (x: unknown) => unknown)({}));
    probe.start();
    const b = err(() => (profiled.run as (x: unknown) => unknown)({}));
    probe.stop();
    expect([b.name, b.message]).toEqual([a.name, a.message]);
  });
});

describe('instrument: names and refusals', () => {
  it('names functions as the learner wrote them', () => {
    const code = transpile(
      `export class Report { format() {} static of() {} get size() { return 1; } field = () => 1; }
const tools = { parse() {}, load: function () {}, save: () => 1 };
export const usersWithTeams = (u) => u.map((x) => x).filter(function (y) { return y; });
export function solve(input) { setTimeout(() => 1); return [1].map(function named() {}); }
module.exports.other = () => 2;`,
      'typescript',
    );
    const names = mustInstrument(code).functions.map((f) => f.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Report.format',
        'Report.of',
        'Report.size (getter)',
        'Report.field',
        'tools.parse',
        'tools.load',
        'tools.save',
        'usersWithTeams',
        '<arrow in .map, line 3>',
        '<function in .filter, line 3>',
        'solve',
        '<arrow in setTimeout, line 4>',
        'named',
        'other',
      ]),
    );
  });

  it('refuses names reserved for the probes, and reports syntax errors with a position', () => {
    const r = instrument('function f() {\n  const __hpK = 1;\n}');
    expect(r).toMatchObject({ ok: false, line: 2 });
    const s = instrument('function (');
    expect(s.ok).toBe(false);
    if (!s.ok) expect(s.line).toBe(1);
  });

  it('does not probe top-level statements (they run once, when the module loads)', () => {
    const r = mustInstrument('const a = 1;\nfor (const x of [1]) a + x;\nfunction f() {\n  return a;\n}');
    expect(r.probes.map((p) => p.line)).toEqual([4]);
  });
});
