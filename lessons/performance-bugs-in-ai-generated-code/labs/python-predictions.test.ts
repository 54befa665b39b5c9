/**
 * Each lab's prediction holds for its Python form too: the question is the JavaScript lab's, so the Python
 * starter's run must bear out the same answer (a counter at the same size, or the same growth over 10× the
 * size), and a line prediction's answer (`python.predictionLine`) must be a line of the Python starter.
 * The profile that bears out a line prediction is checked in python-profile-labs.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { labIn } from '@/lib/labs/lab-language';
import { counterLabel } from '@/lib/labs/lab-words';
import { explain, testPyodide, tryLab, tryUntil } from '@/lib/labs/labs.test-helpers';
import { predictionOutcome, predictionProblems } from '@/lib/labs/prediction';
import { PYODIDE_LOAD_TIMEOUT_MS } from '@/lib/python/pyodide.test-helpers';
import { seriesOf } from '@/lib/runner/run-queries';
import { labFolders } from './lab-folders.test-helpers';

const labs = (await labFolders()).filter((f) => f.lab.python).map((f) => labIn(f.lab, 'python'));

beforeAll(async () => void (await testPyodide()), PYODIDE_LOAD_TIMEOUT_MS);

describe.each(labs.map((lab) => [lab.id, lab] as const))('lab %s in Python: its prediction', (_id, lab) => {
  const p = lab.prediction;

  it('is answerable on the Python sizes and starter', () => {
    if (!p) return;
    if (p.kind === 'line') expect(lab.python?.predictionLine, 'python.predictionLine').toBeDefined();
    expect(predictionProblems(p, lab.sizes, lab.starter, 'python')).toEqual([]);
  });

  if (p && p.kind !== 'line')
    it('is borne out by the Python starter’s run', async () => {
      const base = lab.tests.sizes ?? lab.sizes;
      const extra = p.measure.kind === 'growth' ? [] : [p.measure.n];
      const sizes = [...new Set([...base, ...extra])].sort((a, b) => a - b);
      const unit = p.measure.kind === 'counter' ? counterLabel(lab, p.measure.counter).unit : '';
      const run = () =>
        tryLab(lab, lab.starter, { sizes, compare: [], budgetMs: lab.tests.budgetMs ?? 2000 });
      const outcome = (x: Awaited<ReturnType<typeof run>>) =>
        predictionOutcome(p, seriesOf(x.state, 'learner'), unit);
      const t = await tryUntil(run, (x) => outcome(x).optionId === p.answer);
      expect(outcome(t), `${JSON.stringify(outcome(t))}\n${explain(t)}`).toMatchObject({
        optionId: p.answer,
      });
    }, 240_000);
});
