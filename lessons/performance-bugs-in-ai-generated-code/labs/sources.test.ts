/** Every lab's own sources: the starter and the solution transpile, and the solution diff reads right. */
import { describe, expect, it } from 'vitest';
import { lineDiff } from '@/lib/labs/line-diff';
import { transpileModule } from '@/lib/runner/transpile';
import { labs } from './index';

describe.each(labs.map((lab) => [lab.id, lab] as const))('lab %s sources', (_id, lab) => {
  it('the starter and the solution transpile under the lab contract', () => {
    for (const source of [lab.starter, lab.solution]) {
      const r = transpileModule(source, {
        language: 'typescript',
        requiredExports: lab.requiredExports,
        contract: 'lab',
      });
      expect(r.ok, r.ok ? '' : JSON.stringify(r.problems)).toBe(true);
    }
  });

  it('the diff turns the starter into the solution', () => {
    const d = lineDiff(lab.starter, lab.solution);
    const side = (skip: string) =>
      d
        .filter((l) => l.kind !== skip)
        .map((l) => l.text)
        .join('\n');
    expect(side('added')).toBe(lab.starter.replace(/\n$/, ''));
    expect(side('removed')).toBe(lab.solution.replace(/\n$/, ''));
    expect(d.some((l) => l.kind !== 'same')).toBe(true);
  });
});
