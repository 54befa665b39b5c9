/**
 * Every lab's Python form (its folder's python/), run in Node through the worker's own path with the real
 * Pyodide: the reference passes, the starter fails for the lab's own reason (its python test plan) and is
 * never wrong, each half-fix in python/fixes.ts gets "Not yet" on the item it names, and each other fix
 * passes. Timing-based items are retried; counters are exact. The labs are shared out among a few test
 * files (python-labs-N.test.ts), each with its own interpreter, so that they run in parallel.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { labIn } from '@/lib/labs/lab-language';
import { predictionOutcome } from '@/lib/labs/prediction';
import { seriesOf } from '@/lib/runner/run-queries';
import type { Lab, LabFix } from '@/lib/labs/types';
import { explain, failing, testPyodide, tryLab, tryUntil, type TryLab } from '@/lib/labs/labs.test-helpers';
import { PYODIDE_LOAD_TIMEOUT_MS } from '@/lib/python/pyodide.test-helpers';
import { labFolders } from './lab-folders.test-helpers';

const optsOf = (lab: Lab, fix?: LabFix) => ({
  sizes: fix?.sizes ?? lab.tests.sizes ?? lab.sizes,
  budgetMs: fix?.budgetMs ?? lab.tests.budgetMs ?? 2000,
  ...(fix?.compare ? { compare: fix.compare } : {}),
});
const says = (t: TryLab, fix: LabFix) => {
  const item = t.evaluation.items.find((i) => i.id === fix.fails);
  return !!item && !item.pass && new RegExp(fix.reason ?? '').test(item.reason);
};

/** The labs with a Python form, in order; part `part` (0-based) of `parts` takes every parts-th one. */
export async function pythonLabFolders(part = 0, parts = 1) {
  const all = (await labFolders()).filter((f) => f.lab.python || f.lab.pythonOnly);
  return { all, mine: all.filter((_, i) => i % parts === part) };
}

/** The Python tests of part `part` of `parts` of the labs. */
export async function describePythonLabs(part: number, parts: number) {
  const { all, mine: folders } = await pythonLabFolders(part, parts);
  beforeAll(async () => void (await testPyodide()), PYODIDE_LOAD_TIMEOUT_MS);
  it('at least one lab has a Python form', () => expect(all.length).toBeGreaterThan(0));
  describePythonFolders(folders);
}

function describePythonFolders(folders: Awaited<ReturnType<typeof labFolders>>) {
  describe.each(folders.map((f) => [f.lab.id, f] as const))('lab %s in Python', (_id, folder) => {
    const lab = labIn(folder.lab, 'python');
    const fixes = folder.python ?? { halfFixes: [], otherFixes: [] };

    it('is a Python lab with its own contract and functions', () => {
      expect(lab.language).toBe('python');
      expect(lab.requiredExports.every((n) => /^[a-z_][a-z0-9_]*$/.test(n))).toBe(true);
      for (const name of lab.requiredExports) expect(lab.starter).toContain(`def ${name}(`);
    });

    it('the reference solution passes', async () => {
      const t = await tryUntil(
        () => tryLab(lab, lab.solution, optsOf(lab)),
        (x) => x.evaluation.passed,
      );
      expect(t.evaluation.passed, explain(t)).toBe(true);
    }, 240_000);

    // A Python-only lab's prediction is its own (a lab with both forms asks the JavaScript run's question):
    // the starter's run must bear out its answer.
    const p = folder.lab.pythonOnly && lab.prediction?.kind !== 'line' ? lab.prediction : undefined;
    const outcome = (x: TryLab) => (p ? predictionOutcome(p, seriesOf(x.state, 'learner')) : null);

    it(`the starter fails for the lab's own reason, never a wrong answer`, async () => {
      const t = await tryUntil(
        () => tryLab(lab, lab.starter, optsOf(lab)),
        (x) => failing(x).includes(lab.tests.starterFails) && (!p || outcome(x)?.optionId === p.answer),
      );
      expect(t.evaluation.passed, explain(t)).toBe(false);
      expect(failing(t), explain(t)).toContain(lab.tests.starterFails);
      const item = t.evaluation.items.find((i) => i.id === lab.tests.starterFails)!;
      expect(item.reason).toMatch(new RegExp(lab.tests.starterReason));
      expect(failing(t)).not.toContain('correct');
      expect(failing(t)).not.toContain('runs');
      if (p) expect(outcome(t), JSON.stringify(outcome(t))).toMatchObject({ optionId: p.answer });
    }, 240_000);

    it('has at least two half-fixes in Python', () =>
      expect(fixes.halfFixes.length).toBeGreaterThanOrEqual(2));

    if (fixes.halfFixes.length)
      it.each(fixes.halfFixes.map((f) => [f.name, f] as const))(
        'half-fix %s: Not yet',
        async (_name, fix) => {
          const t = await tryUntil(
            () => tryLab(lab, fix.source, { compare: ['reference'], ...optsOf(lab, fix) }),
            (x) => says(x, fix),
          );
          expect(t.evaluation.passed, explain(t)).toBe(false);
          expect(failing(t), explain(t)).toContain(fix.fails);
          const item = t.evaluation.items.find((i) => i.id === fix.fails)!;
          expect(item.reason).toMatch(new RegExp(fix.reason!));
        },
        240_000,
      );

    if (fixes.otherFixes.length)
      it.each(fixes.otherFixes.map((f) => [f.name, f] as const))(
        'other fix %s: passes',
        async (_name, fix) => {
          const t = await tryUntil(
            () => tryLab(lab, fix.source, optsOf(lab, fix)),
            (x) => x.evaluation.passed,
          );
          expect(t.evaluation.passed, explain(t)).toBe(true);
        },
        240_000,
      );
  });
}
