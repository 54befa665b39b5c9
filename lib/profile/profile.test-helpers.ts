/** Shared by the profiler's tests: transpile like the page, instrument, evaluate with a probe. */
import { loadModule, type ModuleExports } from '@/lib/measure/load-code';
import { PLAYGROUND_EXPORTS } from '@/lib/runner/playground-request';
import { transpileModule, type SourceLanguage } from '@/lib/runner/transpile';

const transpileLearnerCode = (source: string, language: SourceLanguage) =>
  transpileModule(source, { language, requiredExports: PLAYGROUND_EXPORTS, contract: 'playground' });
import type { Clock } from '@/lib/measure/timer';
import { instrument, type InstrumentResult } from './instrument';
import { createProbe, type Probe, type ProbeLimits } from './probe';
import { PROBE_GLOBAL } from './probe-layout';
import { profileRun, type ProfileSettings, type ProfileTask } from './profile-run';

export type Instrumented = Extract<InstrumentResult, { ok: true }>;

/** Sucrase output of a source, as the playground makes it (a module without makeInput/solve is fine here). */
export function transpile(source: string, language: 'typescript' | 'javascript' = 'javascript'): string {
  let withContract = source;
  if (!/export (async )?function solve/.test(source)) withContract += '\nexport function solve() {}';
  if (!/export function makeInput/.test(source)) withContract += '\nexport function makeInput() {}';
  const t = transpileLearnerCode(withContract, language);
  if (!t.ok) throw new Error(t.problems.map((p) => `${p.line}: ${p.message}`).join('\n'));
  return t.code;
}

export function mustInstrument(code: string): Instrumented {
  const r = instrument(code);
  if (!r.ok) throw new Error(`${r.line}:${r.column} ${r.message}`);
  return r;
}

export interface Loaded {
  code: string;
  ins: Instrumented;
  plain: ModuleExports;
  profiled: ModuleExports;
  probe: Probe;
}

export interface LoadOptions {
  now?: Clock;
  language?: 'typescript' | 'javascript';
  globals?: Readonly<Record<string, unknown>>;
  limits?: ProbeLimits;
}

/** Both modules from one source; the probe is created stopped, with no probe cost. */
export function loadBoth(source: string, opts: LoadOptions = {}): Loaded {
  const { now = () => performance.now(), language = 'javascript', globals = {} } = opts;
  const code = transpile(source, language);
  const ins = mustInstrument(code);
  const probe = createProbe(now, ins.functions.length, ins.maxLine, opts.limits);
  const plain = loadModule(code, { globals });
  const profiled = loadModule(ins.code, { globals: { ...globals, [PROBE_GLOBAL]: probe.api } });
  return { code, ins, plain, profiled, probe };
}

/** A clock that moves only when told to (work done), read exactly. */
export function workClock() {
  let t = 0;
  return {
    now: () => t,
    work: (ms: number) => {
      t += ms;
    },
  };
}

/** Names of functions by id, for readable assertions. */
export function fnId(ins: Instrumented, name: string): number {
  const f = ins.functions.find((x) => x.name === name);
  if (!f) throw new Error(`no function ${name} in ${ins.functions.map((x) => x.name).join(', ')}`);
  return f.id;
}

/**
 * A clock for driver tests: each read costs 50 ns (as a real clock read does), and `work(ms)` stands for
 * time spent in a builtin. Deterministic, so a probe's cost is measured exactly and subtracted exactly.
 */
export function readCostClock(readMs = 0.00005) {
  let t = 0;
  return {
    now: () => (t += readMs),
    work: (ms: number) => {
      t += ms;
    },
  };
}

/** profileRun on a source, as the playground calls it (exports.solve, exports.makeInput), on a readCostClock. */
export async function profileSource(
  source: string,
  opts: {
    n?: number;
    language?: 'typescript' | 'javascript';
    settings?: Partial<ProfileSettings>;
    plainNsPerCall?: number;
    callOnce?: ProfileTask['callOnce'];
    onPhase?: ProfileTask['onPhase'];
  } = {},
) {
  const clock = readCostClock();
  const code = transpile(source, opts.language ?? 'javascript');
  const instrumented = mustInstrument(code);
  const outcome = await profileRun({
    n: opts.n ?? 100,
    now: clock.now,
    load: (c, globals) => loadModule(c, { globals: { ...globals, work: clock.work } }),
    code,
    instrumented,
    makeInput: (plain, n) => (plain.makeInput as (n: number) => unknown)(n),
    callOnce: opts.callOnce ?? ((exports, input) => (exports.solve as (i: unknown) => unknown)(input)),
    ...(opts.plainNsPerCall !== undefined ? { plainNsPerCall: opts.plainNsPerCall } : {}),
    ...(opts.onPhase ? { onPhase: opts.onPhase } : {}),
    settings: { targetMs: 20, capMs: 200, warmupMs: 2, plainBudgetMs: 50, ...opts.settings },
  });
  return { outcome, instrumented, code };
}
