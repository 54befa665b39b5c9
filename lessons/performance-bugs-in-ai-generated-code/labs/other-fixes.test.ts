/**
 * Correct fixes written differently from the labs' own solutions (kept in each lab's fixes.ts) must pass
 * too: the harness judges behaviour and budgets, not the shape of one reference answer.
 */
import { describe, expect, it } from 'vitest';
import { explain, tryLab, tryUntil } from '@/lib/labs/labs.test-helpers';
import { labFolders } from './lab-folders.test-helpers';

// Python-only labs keep theirs in python/fixes.ts (python-labs-N.test.ts).
const cases = (await labFolders())
  .filter((f) => !f.lab.pythonOnly)
  .flatMap(({ lab, otherFixes }) => otherFixes.map((fix) => [lab.id, fix.name, lab, fix] as const));

describe.each(cases)('%s: %s', (_id, _name, lab, fix) => {
  it('passes', async () => {
    const t = await tryUntil(
      () =>
        tryLab(lab, fix.source, {
          sizes: fix.sizes ?? lab.tests.sizes,
          compare: fix.compare,
          budgetMs: fix.budgetMs ?? lab.tests.budgetMs,
        }),
      (x) => x.evaluation.passed,
    );
    expect(t.evaluation.passed, explain(t)).toBe(true);
  }, 180_000);
});
