/**
 * Every lab profiles: its starter and its solution, instrumented and run through the lab's harness in lab
 * mode (`harness.run(learner, input)`), at a small size, with the same driver the worker uses. The
 * instrumented module must give the harness the same output as the plain one.
 */
import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import { loadModule, type ModuleExports } from '@/lib/measure/load-code';
import { compileLearnerModule } from '@/lib/labs/load-module';
import { loadHarness } from '@/lib/labs/run-lab';
import { instrument } from '@/lib/profile/instrument';
import { createProbe } from '@/lib/profile/probe';
import { profileRun } from '@/lib/profile/profile-run';
import { labs } from './labs/index';

const sqlite = initSqlJs();
const now = () => performance.now();

describe('every lab profiles', () => {
  for (const lab of labs) {
    for (const which of ['starter', 'solution'] as const) {
      it(`${lab.id}: ${which}`, async () => {
        const env = lab.needsSqlite ? { SQL: await sqlite } : {};
        const harness = loadHarness(lab.harness);
        const code = compileLearnerModule(lab[which]);
        const ins = instrument(code);
        if (!ins.ok) throw new Error(`${ins.line}: ${ins.message}`);
        const load = (c: string, globals: Readonly<Record<string, unknown>>) =>
          loadModule(c, { globals, require: () => harness });
        const n = lab.sizes[0] ?? 10;
        const outcome = await profileRun({
          n,
          now,
          load,
          code,
          instrumented: ins,
          makeInput: (_plain, k) => harness.makeInput(k, env),
          callOnce: (exports: ModuleExports, input) => harness.run(exports, input),
          settings: { targetMs: 20, capMs: 400, plainBudgetMs: 100, warmupMs: 5 },
        });
        if (!outcome.ok) throw new Error(`${outcome.phase}: ${outcome.error.message}`);
        const r = outcome.report;
        expect(r.calls).toBeGreaterThanOrEqual(1);
        expect(r.lines.length).toBeGreaterThan(0);
        expect(r.lines.every((l) => l.line >= 1 && l.line <= lab[which].split('\n').length)).toBe(true);
        expect(r.lines.reduce((s, l) => s + l.share, 0)).toBeCloseTo(1, 6);

        // Same output from the harness with and without the probes.
        const probe = createProbe(now, ins.functions.length, ins.maxLine);
        const plain = load(code, {});
        const profiled = load(ins.code, { __hp: probe.api });
        const input = () => harness.makeInput(n, env);
        const a = await harness.run(plain, input());
        probe.start();
        const b = await harness.run(profiled, input());
        probe.stop();
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
        expect(probe.data().leftOpen).toBe(0);
      }, 30_000);
    }
  }
});
