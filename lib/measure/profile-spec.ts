/**
 * A profile run, the worker's other mode (RunSpec.profile): the learner's series alone, instrumented
 * (lib/profile/instrument.ts) and run through lib/profile/profile-run.ts at one size, exactly as a
 * measuring run calls it — the playground's `solve(input)`, or a lab's `harness.run(learner, input)` on
 * the harness's inputs, Math.random seeded per size. Posts 'profile-phase' as it goes (the page's
 * watchdog counts silence), then 'profile' with the report, or an error at the learner's line.
 */
import type { ModuleExports } from '@/lib/measure/load-code';
import { instrument } from '@/lib/profile/instrument';
import { profileRun } from '@/lib/profile/profile-run';
import type { RunErrorInfo, RunSpec, SeriesSpec, WorkerToPage } from '@/lib/runner/protocol';
import { makeConsole } from './console-capture';
import { loadModule } from './load-code';
import { harnessRequire, loadSeries, type Harness, type HarnessEnv } from './load-series';
import type { RunEnv } from './run-spec';

export interface ProfileContext {
  spec: RunSpec & { profile: NonNullable<RunSpec['profile']> };
  env: RunEnv;
  harness: Harness | null;
  harnessEnv: HarnessEnv;
  seedFor: (n: number) => number;
  fail: (e: RunErrorInfo, n?: number) => void;
  done: () => void;
}

export async function runProfile(ctx: ProfileContext): Promise<void> {
  const { spec, env, harness, harnessEnv, fail, done } = ctx;
  const { post, now } = env;
  const runId = spec.runId;
  const n = spec.profile.n;
  const s: SeriesSpec | undefined = spec.series.find((x) => x.id === 'learner') ?? spec.series[0];
  if (!s) return fail({ name: 'ProfileError', message: 'There is no code to profile.' });
  const log = makeConsole(runId, s.id, post);
  env.setConsole?.(log.api);
  try {
    // The same contract checks as a measuring run, with the same messages.
    const loaded = loadSeries(s, spec, harness, harnessEnv, log.api);
    if (!loaded.ok) return fail(loaded.error);
    const ins = instrument(s.code);
    if (!ins.ok) {
      return fail({
        name: 'ProfileError',
        message: `The profiler could not instrument this code: ${ins.message}`,
        line: ins.line,
        column: ins.column,
      });
    }
    const outcome = await profileRun({
      n,
      now,
      load: (code, globals) =>
        loadModule(code, { console: log.api, require: harnessRequire(harness), globals }),
      code: s.code,
      instrumented: ins,
      makeInput: (plain: ModuleExports, k: number) => {
        env.seedRandom?.(ctx.seedFor(k));
        if (harness?.makeInput) return harness.makeInput(k, harnessEnv);
        return (plain.makeInput as (k: number) => unknown)(k);
      },
      callOnce: harness?.run
        ? (exports, input) => harness.run!(exports, input)
        : (exports, input) => (exports.solve as (i: unknown) => unknown)(input),
      mutatesInput: loaded.series.mutatesInput,
      ...(spec.profile.plainNsPerCall !== undefined ? { plainNsPerCall: spec.profile.plainNsPerCall } : {}),
      onPhase: (phase) => post({ type: 'profile-phase', runId, phase } satisfies WorkerToPage),
    });
    if (!outcome.ok) return fail(outcome.error, n);
    post({ type: 'profile', runId, series: s.id, report: outcome.report });
    done();
  } finally {
    env.setConsole?.(null);
    log.flush();
  }
}
