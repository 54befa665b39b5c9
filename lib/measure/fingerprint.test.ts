import { describe, expect, it } from 'vitest';
import { fingerprint } from './fingerprint';
import { cleanSizes } from './ladder';

describe('fingerprint', () => {
  it('is stable for equal structures and changes when content changes', () => {
    const a = { xs: [1, 2, 3], m: new Map([['k', 1]]), s: new Set([1]), t: new Int32Array([1, 2]) };
    const h = fingerprint(a);
    expect(fingerprint(a)).toBe(h);
    a.xs.reverse();
    expect(fingerprint(a)).not.toBe(h);
    const h2 = fingerprint(a);
    a.m.set('k', 2);
    expect(fingerprint(a)).not.toBe(h2);
    const h3 = fingerprint(a);
    a.t[0] = 9;
    expect(fingerprint(a)).not.toBe(h3);
  });
  it('notices a popped array and a deleted key', () => {
    const xs = [1, 2, 3];
    const h = fingerprint(xs);
    xs.pop();
    expect(fingerprint(xs)).not.toBe(h);
    const o: Record<string, number> = { a: 1, b: 2 };
    const ho = fingerprint(o);
    delete o.b;
    expect(fingerprint(o)).not.toBe(ho);
  });
  it('notices sorting and popping in a long (sampled) array', () => {
    const xs = Array.from({ length: 300_000 }, (_, i) => (i * 7919) % 300_000);
    const h = fingerprint(xs);
    xs.sort((a, b) => a - b);
    expect(fingerprint(xs)).not.toBe(h);
    const h2 = fingerprint(xs);
    xs.pop();
    expect(fingerprint(xs)).not.toBe(h2);
  });
  it('survives cycles and stays within its budget', () => {
    const o: Record<string, unknown> = { a: 1 };
    o.self = o;
    expect(() => fingerprint(o)).not.toThrow();
    const big = Array.from({ length: 100_000 }, (_, i) => i);
    expect(typeof fingerprint(big, 1000)).toBe('number');
  });
});

describe('cleanSizes', () => {
  it('sorts, rounds and de-duplicates', () => {
    expect(cleanSizes([1000, 100, 100.4, 300])).toEqual({ sizes: [100, 300, 1000] });
  });
  it('explains what is wrong', () => {
    expect(cleanSizes('x')).toMatchObject({ error: expect.stringMatching(/array/) });
    expect(cleanSizes([1, 'a'])).toMatchObject({ error: expect.stringMatching(/numbers/) });
    expect(cleanSizes([0, 5])).toMatchObject({ error: expect.stringMatching(/from 1/) });
    expect(cleanSizes([])).toMatchObject({ error: expect.stringMatching(/empty/) });
    expect(cleanSizes(undefined)).toBeNull();
  });
});
