/**
 * A Python profile run (RunSpec.profile), as lib/measure/profile-spec.ts is for JavaScript: the learner's
 * series alone at one size, its input built as a measuring run builds it (seeded per size), then the
 * series' own profiler (cProfile per function, sys.monitoring per line: lib/python/profile.ts). Posts
 * 'profile-phase' as it goes, then 'profile' with the report, or the error at the learner's line.
 */
import { makeConsole } from '@/lib/measure/console-capture';
import type { RunEnv } from '@/lib/measure/run-spec';
import type { RunErrorInfo, RunSpec, SeriesId } from '@/lib/runner/protocol';
import type { PyodideLike } from './bridge';
import { PythonError } from './errors';
import { loadPythonHarness } from './harness';
import { loadPythonSeries } from './load-python-series';
import { runErrorOf } from './python-run-errors';
import { flushOutput } from './print-output';

/**
 * Share of the run's budget the line-monitored pass may take. The whole profile is one silent call into
 * Python (plain pass, monitored pass, a cProfile pass of as many calls), so it must stay well inside the
 * watchdog's silence limit (budget + slack).
 */
export const PROFILE_PASS_SHARE = 0.3;

export interface PythonProfileContext {
  spec: RunSpec & { profile: NonNullable<RunSpec['profile']> };
  env: RunEnv;
  py: PyodideLike;
  fail: (series: SeriesId, e: RunErrorInfo) => void;
  done: () => void;
}

export function runPythonProfile({ spec, env, py, fail, done }: PythonProfileContext): void {
  const { post } = env;
  const runId = spec.runId;
  const n = spec.profile.n;
  const s1 = spec.series.find((x) => x.id === 'learner') ?? spec.series[0];
  if (!s1) return fail('learner', { name: 'ProfileError', message: 'There is no code to profile.' });
  const log = makeConsole(runId, s1.id, post);
  // A lab's harness.py builds the input and makes the call, as in a measuring run.
  const h = spec.harness ? loadPythonHarness(py, spec.harness) : null;
  if (h && !h.ok) return fail(s1.id, runErrorOf(h.error));
  const harness = h?.harness ?? null;
  const r = loadPythonSeries(py, s1.code, { id: s1.id, sizes: [n], harness });
  if (!r.ok) {
    harness?.dispose();
    return fail(s1.id, runErrorOf(r.error));
  }
  const s = r.series;
  try {
    post({ type: 'profile-phase', runId, phase: 'plain' });
    const input = s.makeInput(n);
    post({ type: 'profile-phase', runId, phase: 'profile' });
    const maxMs = Math.max(200, spec.perSizeBudgetMs * PROFILE_PASS_SHARE);
    const report = s.profile(input, { maxMs, minMs: Math.min(200, maxMs / 2) });
    flushOutput(s, log);
    s.dispose();
    harness?.dispose();
    post({ type: 'profile', runId, series: s.id, report });
    done();
  } catch (e) {
    if (!(e instanceof PythonError)) throw e;
    if (!e.info.fatal) {
      flushOutput(s, log);
      s.dispose();
      harness?.dispose();
    }
    fail(s.id, runErrorOf(e.info, n));
  }
}
