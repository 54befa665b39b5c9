/**
 * Every lab, run in node with real SQLite through its harness: the reference solution passes the
 * evaluation, the starter fails it for the lab's own reason (its test plan in lab.ts), the teaching figure
 * holds (the starter's counter at least 100× the solution's, or its time at least 20× here; the bench
 * records the figure), and the starter's run bears out the answer of the lab's prediction (a line
 * prediction is borne out by a profile instead: profile-labs.test.ts). Timing-based
 * items are retried (a busy machine can upset one run); counters are exact and never retried.
 */
import { describe, expect, it } from 'vitest';
import { labs } from './index';
import type { Lab } from '@/lib/labs/types';
import { seriesOf } from '@/lib/runner/run-queries';
import { counterLabel } from '@/lib/labs/lab-words';
import { predictionOutcome } from '@/lib/labs/prediction';
import { counterAt, explain, failing, tryLab, tryUntil } from '@/lib/labs/labs.test-helpers';

const sizesOf = (lab: Lab) => lab.tests.sizes ?? lab.sizes;
const optsOf = (lab: Lab) => ({ sizes: sizesOf(lab), budgetMs: lab.tests.budgetMs });

// Python-only labs (no JavaScript form) are run by python-labs-N.test.ts.
const jsLabs = labs.filter((lab) => !lab.pythonOnly);

describe.each(jsLabs.map((lab) => [lab.id, lab] as const))('lab %s', (_id, lab) => {
  it('the reference solution passes, and the teaching figure holds in the same run', async () => {
    const t = await tryUntil(
      () => tryLab(lab, lab.solution, optsOf(lab)),
      (x) => x.evaluation.passed,
    );
    expect(t.evaluation.passed, explain(t)).toBe(true);
    const counter = lab.tests.teachingCounter;
    const starter = seriesOf(t.state, 'starter')?.results ?? [];
    const n = starter[starter.length - 1]?.n ?? 0;
    if (counter && lab.tests.teachingAt === undefined) {
      const slow = counterAt(t.state, 'starter', n, counter)!;
      const fast = counterAt(t.state, 'learner', n, counter)!;
      expect(slow, `${counter} at n = ${n}`).toBeGreaterThanOrEqual(100 * Math.max(fast, 1));
    } else if (!counter) {
      // Time-based labs: a generous floor here; the bench records the measured figure.
      const s = starter[starter.length - 1]?.medianNs ?? 0;
      const l = seriesOf(t.state, 'learner')?.results.find((r) => r.n === n)?.medianNs ?? Infinity;
      expect(s / l, `time ratio at n = ${n}`).toBeGreaterThan(20);
    }
  }, 120_000);

  it(`the starter fails (${lab.tests.starterFails}), and its run bears out the prediction`, async () => {
    const p = lab.prediction?.kind === 'line' ? undefined : lab.prediction;
    const sizes = [...new Set([...sizesOf(lab), ...(p && p.measure.kind !== 'growth' ? [p.measure.n] : [])])];
    const unit = p?.measure.kind === 'counter' ? counterLabel(lab, p.measure.counter).unit : '';
    const run = () => tryLab(lab, lab.starter, { ...optsOf(lab), sizes: sizes.sort((a, b) => a - b) });
    // The learner series runs the starter here; the page reads the same figure from the starter series.
    const outcome = (x: Awaited<ReturnType<typeof run>>) =>
      p ? predictionOutcome(p, seriesOf(x.state, 'learner'), unit) : null;
    const t = await tryUntil(run, (x) => !p || outcome(x)?.optionId === p.answer);
    expect(t.evaluation.passed, explain(t)).toBe(false);
    expect(failing(t), explain(t)).toContain(lab.tests.starterFails);
    const item = t.evaluation.items.find((i) => i.id === lab.tests.starterFails)!;
    expect(item.reason).toMatch(new RegExp(lab.tests.starterReason));
    // The starter is correct, only slow: its failure is never a wrong answer.
    expect(failing(t)).not.toContain('correct');
    expect(failing(t)).not.toContain('runs');
    if (p) expect(outcome(t), JSON.stringify(outcome(t))).toMatchObject({ optionId: p.answer });
  }, 120_000);

  // Only where the lab's test plan names a size of its own for the teaching counter.
  if (lab.tests.teachingAt !== undefined)
    it('the teaching counter holds at its own size (starter ≥ 100× the reference)', async () => {
      const n = lab.tests.teachingAt!;
      const counter = lab.tests.teachingCounter!;
      // One size only: nothing to predict from, so a busy machine cannot stop the series before it.
      const opts = { sizes: [n], compare: [], budgetMs: 10_000 };
      const slow = await tryLab(lab, lab.starter, opts);
      const fast = await tryLab(lab, lab.solution, opts);
      const s = counterAt(slow.state, 'learner', n, counter)!;
      const f = counterAt(fast.state, 'learner', n, counter)!;
      expect(s, `${counter}: starter ${s}, reference ${f}`).toBeGreaterThanOrEqual(100 * Math.max(f, 1));
    }, 60_000);
});
