import { describe, expect, it } from 'vitest';
import { refusedRun } from '@/lib/runner/run-state';
import { createRunStore } from './run-store';
import { lazyOnce } from './use-workbench';

describe('lazyOnce', () => {
  it('imports once and hands back the same promise', async () => {
    let calls = 0;
    const load = lazyOnce(async () => ++calls);
    const a = load();
    expect(load()).toBe(a);
    expect(await a).toBe(1);
    expect(await load()).toBe(1);
    expect(calls).toBe(1);
  });

  it('tries again after a failed load', async () => {
    let calls = 0;
    const load = lazyOnce(async () => {
      calls++;
      if (calls === 1) throw new Error('chunk failed');
      return 'ok';
    });
    await expect(load()).rejects.toThrow('chunk failed');
    expect(await load()).toBe('ok');
    expect(calls).toBe(2);
  });
});

describe('a refused run on a store', () => {
  const labels = [
    { id: 'learner' as const, label: 'Your code' },
    { id: 'starter' as const, label: 'Starter' },
  ];
  const problems = [{ line: 3, column: 7, message: 'Unexpected token.' }];

  it("puts the learner's problems on the editor and names the first in the status", () => {
    const store = createRunStore();
    store.getState().refuse(refusedRun(labels, 1000, 'learner', problems));
    const s = store.getState();
    expect(s.phase).toBe('error');
    expect(s.runs).toBe(1);
    expect(s.problems).toEqual(problems);
    expect(s.series.map((x) => x.id)).toEqual(['learner', 'starter']);
    expect(s.error).toMatchObject({ series: 'learner', name: 'Not run', line: 3, column: 7 });
    expect(s.error?.message).toBe('Unexpected token. Fix the marked line, then press Run.');
  });

  it('keeps the editor clean when the problem is in code the learner did not write', () => {
    const store = createRunStore();
    store.getState().refuse(refusedRun(labels, 1000, 'starter', problems));
    expect(store.getState().problems).toEqual([]);
    expect(store.getState().error?.series).toBe('starter');
  });
});
