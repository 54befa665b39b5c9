/**
 * Every lab's Python form profiles, as profile-labs.test.ts checks the JavaScript labs: the starter and the
 * solution go through the worker's own path in profile mode (the lab's request, `profileRequest`, runSpec
 * through runRequestInNode with the worker's Python runner over the real Pyodide), the lab's harness.py
 * building the input and making the call. A lab that asks which line is hot gets its answer from the
 * profiler: at the sizes its Profile button offers by default, the first hot spot of the Python starter is
 * the lab's `predictionLine`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { labIn } from '@/lib/labs/lab-language';
import { labRunRequest } from '@/lib/labs/lab-run-request';
import { nodePythonRunner, testPyodide } from '@/lib/labs/labs.test-helpers';
import type { Lab } from '@/lib/labs/types';
import { runRequestInNode } from '@/lib/measure/run-spec-node';
import { hotSpots } from '@/lib/profile/hot-spots';
import { PYODIDE_LOAD_TIMEOUT_MS } from '@/lib/python/pyodide.test-helpers';
import { profileRequest } from '@/lib/runner/profile-request';
import { labs } from './labs/index';

const pythonLabs = labs.filter((lab) => lab.python).map((lab) => labIn(lab, 'python'));

const profileOf = async (lab: Lab, source: string, n: number) => {
  const request = profileRequest(labRunRequest(lab, [['learner', source]], { sizes: [n] }), { n });
  return runRequestInNode(request, { runPython: nodePythonRunner() });
};

beforeAll(async () => void (await testPyodide()), PYODIDE_LOAD_TIMEOUT_MS);

it('at least one lab has a Python form', () => expect(pythonLabs.length).toBeGreaterThan(0));

describe.each(pythonLabs.map((lab) => [lab.id, lab] as const))('lab %s profiles in Python', (_id, lab) => {
  const n = lab.sizes[0] ?? 10;

  it.each(['starter', 'solution'] as const)(
    '%s, through the worker path with its harness',
    async (which) => {
      const state = await profileOf(lab, lab[which], n);
      expect(state.error).toBeNull();
      const r = state.profile;
      expect(r?.n).toBe(n);
      expect(r?.calls).toBeGreaterThanOrEqual(1);
      expect(r?.lines.length).toBeGreaterThan(0);
      expect(r?.lines.every((l) => l.line >= 1 && l.line <= lab[which].split('\n').length)).toBe(true);
    },
    120_000,
  );
});

const lineLabs = pythonLabs.filter((lab) => lab.prediction?.kind === 'line');

describe.each(lineLabs.map((lab) => [lab.id, lab] as const))(
  'lab %s in Python: the profile finds the hot line',
  (_id, lab) => {
    const answer = lab.prediction?.kind === 'line' ? lab.prediction.answer : 0;

    it('the Python form names its own line', () => {
      expect(answer).toBe(lab.python?.predictionLine);
      expect(lab.starter.split('\n')[answer - 1]?.trim()).not.toBe('');
    });

    // The sizes the Profile button picks by default (before any run the first of at least 1,000; after one
    // the largest whose plain call stays within 10 ms), and one smaller.
    it.each([100, 500, 1000].filter((n) => lab.sizes.includes(n)))(
      'first at n = %i, through the worker path',
      async (n) => {
        const state = await profileOf(lab, lab.starter, n);
        expect(state.error).toBeNull();
        const spots = hotSpots(state.profile!, 3);
        const shown = spots.map((h) => `line ${h.line}: ${(h.share * 100).toFixed(1)}%`).join(', ');
        expect(spots[0]?.line, shown).toBe(answer);
      },
      120_000,
    );

    it('and the reference solution moves it: the answer line no longer leads', async () => {
      const state = await profileOf(lab, lab.solution, 1000);
      const top = hotSpots(state.profile!, 1)[0];
      expect(top).toBeDefined();
      expect(lab.solution.split('\n')[top!.line - 1]).not.toBe(lab.starter.split('\n')[answer - 1]);
    }, 120_000);
  },
);
