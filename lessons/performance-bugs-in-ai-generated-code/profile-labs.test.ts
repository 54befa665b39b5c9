/**
 * Every lab profiles: its starter and its solution go through the worker's own path in profile mode
 * (the lab's request, `profileRequest`, runSpec through runRequestInNode), at a small size; and the
 * instrumented module gives the lab's harness the same output as the plain one. A lab that asks which line
 * is hot gets its answer from the profiler: at the sizes its Profile button offers by default, the first
 * hot spot of the starter is the line the lab names.
 */
import { describe, expect, it } from 'vitest';
import { sqlite } from '@/lib/labs/labs.test-helpers';
import { labRunRequest } from '@/lib/labs/lab-run-request';
import type { Harness } from '@/lib/measure/load-series';
import { loadModule } from '@/lib/measure/load-code';
import { runRequestInNode } from '@/lib/measure/run-spec-node';
import { hotSpots } from '@/lib/profile/hot-spots';
import { instrument } from '@/lib/profile/instrument';
import { createProbe } from '@/lib/profile/probe';
import { profileRequest } from '@/lib/runner/profile-request';
import { transpileModule } from '@/lib/runner/transpile';
import { labs } from './labs/index';

const now = () => performance.now();

// In Node without Pyodide: the JavaScript labs (a Python profile is tested in lib/python/profile.test.ts).
const jsLabs = labs.filter((lab) => !lab.pythonOnly);

describe.each(jsLabs.map((lab) => [lab.id, lab] as const))('lab %s profiles', (_id, lab) => {
  const n = lab.sizes[0] ?? 10;

  it.each(['starter', 'solution'] as const)(
    '%s, through the worker path',
    async (which) => {
      const request = profileRequest(labRunRequest(lab, [['learner', lab[which]]], { sizes: [n] }), { n });
      const state = await runRequestInNode(request, { SQL: lab.needsSqlite ? await sqlite() : undefined });
      expect(state.error).toBeNull();
      const r = state.profile;
      expect(r?.n).toBe(n);
      expect(r?.calls).toBeGreaterThanOrEqual(1);
      expect(r?.lines.length).toBeGreaterThan(0);
      expect(r?.lines.every((l) => l.line >= 1 && l.line <= lab[which].split('\n').length)).toBe(true);
      expect(r?.lines.reduce((s, l) => s + l.share, 0)).toBeCloseTo(1, 6);
    },
    60_000,
  );

  it.each(['starter', 'solution'] as const)(
    '%s gives the harness the same output instrumented',
    async (which) => {
      const env = lab.needsSqlite ? { SQL: await sqlite() } : {};
      const harness = loadModule(lab.harness) as Harness;
      const t = transpileModule(lab[which], {
        language: 'typescript',
        requiredExports: lab.requiredExports,
        contract: 'lab',
      });
      if (!t.ok) throw new Error(t.problems[0]?.message);
      const ins = instrument(t.code);
      if (!ins.ok) throw new Error(`${ins.line}: ${ins.message}`);
      const probe = createProbe(now, ins.functions.length, ins.maxLine);
      const plain = loadModule(t.code, { require: () => harness });
      const profiled = loadModule(ins.code, { require: () => harness, globals: { __hp: probe.api } });
      const input = () => harness.makeInput!(n, env);
      const a = await harness.run!(plain, input());
      probe.start();
      const b = await harness.run!(profiled, input());
      probe.stop();
      expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      expect(probe.data().leftOpen).toBe(0);
    },
    30_000,
  );
});

const lineLabs = labs.filter((lab) => lab.prediction?.kind === 'line');

describe.each(lineLabs.map((lab) => [lab.id, lab] as const))(
  'lab %s: the profile finds the hot line',
  (_id, lab) => {
    const answer = lab.prediction?.kind === 'line' ? lab.prediction.answer : 0;
    // The sizes the Profile button picks by default (before any run the first of at least 1,000; after one
    // the largest whose plain call stays within 10 ms: 500 or 1,000 for the revenue report), and one smaller.
    it.each([100, 500, 1000].filter((n) => lab.sizes.includes(n)))(
      'first at n = %i, through the worker path',
      async (n) => {
        const request = profileRequest(labRunRequest(lab, [['learner', lab.starter]], { sizes: [n] }), { n });
        const state = await runRequestInNode(request);
        expect(state.error).toBeNull();
        const spots = hotSpots(state.profile!, 3);
        const shown = spots.map((h) => `line ${h.line}: ${(h.share * 100).toFixed(1)}%`).join(', ');
        expect(spots[0]?.line, shown).toBe(answer);
      },
      60_000,
    );

    it('and the reference solution moves it: the answer line no longer leads', async () => {
      const n = 1000;
      const request = profileRequest(labRunRequest(lab, [['learner', lab.solution]], { sizes: [n] }), { n });
      const state = await runRequestInNode(request);
      const top = hotSpots(state.profile!, 1)[0];
      expect(top).toBeDefined();
      expect(lab.solution.split('\n')[top!.line - 1]).not.toBe(lab.starter.split('\n')[answer - 1]);
    }, 60_000);
  },
);
