/**
 * Fixes a learner or an assistant might write that must NOT pass, kept with each lab (its fixes.ts): fast
 * but wrong (correctness comes first), and correct but still slow. Each must get "Not yet" on the checklist
 * item it names, with a reason that says why. Run through the worker's own path with real SQLite. The
 * failure itself never depends on timing; the wording of a time-based reason may, so a run whose reason
 * does not match yet is retried.
 */
import { describe, expect, it } from 'vitest';
import type { LabFix } from '@/lib/labs/types';
import { explain, failing, tryLab, tryUntil, type TryLab } from '@/lib/labs/labs.test-helpers';
import { labFolders } from './lab-folders.test-helpers';

// Python-only labs keep their half-fixes in python/fixes.ts (python-labs-N.test.ts).
const folders = (await labFolders()).filter((f) => !f.lab.pythonOnly);

const says = (t: TryLab, fix: LabFix) => {
  const item = t.evaluation.items.find((i) => i.id === fix.fails);
  return !!item && !item.pass && new RegExp(fix.reason ?? '').test(item.reason);
};

describe.each(folders.map((f) => [f.lab.id, f] as const))('lab %s', (_id, { lab, halfFixes }) => {
  it('has at least three half-fixes, each naming the item it fails and why', () => {
    expect(halfFixes.length).toBeGreaterThanOrEqual(3);
    for (const fix of halfFixes) {
      expect(fix.fails, fix.name).toBeTruthy();
      expect(fix.reason, fix.name).toBeTruthy();
    }
  });

  it.each(halfFixes.map((f) => [f.name, f] as const))(
    '%s: Not yet',
    async (_name, fix) => {
      const t = await tryUntil(
        () =>
          tryLab(lab, fix.source, {
            sizes: fix.sizes ?? lab.tests.sizes,
            compare: fix.compare ?? ['reference'],
            budgetMs: fix.budgetMs ?? lab.tests.budgetMs ?? 2000,
          }),
        (x) => says(x, fix),
      );
      expect(t.evaluation.passed, explain(t)).toBe(false);
      expect(failing(t), explain(t)).toContain(fix.fails);
      const item = t.evaluation.items.find((i) => i.id === fix.fails)!;
      expect(item.reason).toMatch(new RegExp(fix.reason!));
    },
    120_000,
  );
});
