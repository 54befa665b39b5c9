/**
 * Every lab folder and its own sources: listed once in index.ts in folder order, the starter and the
 * solution transpile, the solution diff reads right, and the prediction is answerable on the lab's sizes.
 */
import { describe, expect, it } from 'vitest';
import { lineDiff } from '@/lib/labs/line-diff';
import { predictionProblems } from '@/lib/labs/prediction';
import { transpileModule } from '@/lib/runner/transpile';
import { labs } from './index';
import { labFolders } from './lab-folders.test-helpers';

const folders = await labFolders();

describe('the lab folders', () => {
  it('each folder is one lab of index.ts, in folder order', () => {
    expect(folders.map((f) => f.lab)).toEqual([...labs]);
  });
});

describe.each(labs.map((lab) => [lab.id, lab] as const))('lab %s sources', (_id, lab) => {
  it('the starter and the solution transpile under the lab contract', () => {
    if (lab.pythonOnly) return; // Python: python-labs-N.test.ts loads them in the interpreter
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

  it('the prediction is answerable on the lab’s sizes', () => {
    expect(lab.prediction, 'every lab asks for a prediction').toBeDefined();
    expect(predictionProblems(lab.prediction!, lab.sizes, lab.starter)).toEqual([]);
  });

  it('the starter carries no comment that names its bug', () => {
    const comments =
      (lab.pythonOnly
        ? lab.starter.match(/#.*|"{3}[\s\S]*?"{3}/g)
        : lab.starter.match(/\/\/.*|\/\*[\s\S]*?\*\//g)) ?? [];
    const telling =
      /\b(slow|N\+1|quadratic|block(s|ing)?|leak|unbounded|grows|per (item|row|user|price)|every time|inside the loop)\b/i;
    expect(comments.filter((c) => telling.test(c))).toEqual([]);
  });
});
