/**
 * What a surface asks to run — the playground's snippet, a lab's three bodies of code, a race's two — in
 * source form, and the one pure step that turns it into the worker's RunSpec: every series transpiled
 * (refused with editor-ready problems when one cannot be), the rest passed through. Python is not
 * transpiled (the worker's interpreter reports its syntax errors at their lines); only its size is
 * checked here. The page's controller and the Node path used by tests and benches both call
 * `buildRunSpec`, then the worker's `runSpec`.
 */
import type { ProfileRequest, RunSpec, SamplingOverrides, SeriesId, SeriesSpec } from './protocol';
import {
  MAX_SOURCE_CHARS,
  transpileModule,
  type Contract,
  type SourceLanguage,
  type SourceProblem,
} from './transpile';

/** The languages code is written in: the transpiler's two, and Python. */
export type CodeLanguage = SourceLanguage | 'python';

export interface SourceSeries {
  id: SeriesId;
  /** How the UI names it ("Your code", "Starter (slow)"). */
  label: string;
  source: string;
}

export interface RunRequest {
  /** The learner's series first when there is one. */
  series: SourceSeries[];
  language: CodeLanguage;
  contract: Contract;
  requiredExports: readonly string[];
  /** Input sizes, ascending; absent: the code's own `sizes` export or the default ladder. */
  sizes?: readonly number[];
  /** Per-size time budget, ms: a size that would take longer stops the series. */
  budgetMs: number;
  checkCorrectness: boolean;
  /** A lab's harness module, CommonJS-shaped JavaScript. */
  harness?: string;
  /** The harness needs SQLite: the caller hands its wasm bytes to the worker. */
  needsSqlite?: boolean;
  /** Profile the learner's series at one size instead of measuring the ladder. */
  profile?: ProfileRequest;
  /** Shorter sampling (tests and benches only). */
  sampling?: SamplingOverrides;
  /** Python: per-size budget of the memory pass that follows the timed pass, ms (absent: no memory pass). */
  memoryBudgetMs?: number;
}

export type BuiltSpec =
  | { ok: true; spec: Omit<RunSpec, 'runId' | 'sqliteWasm'> }
  /** The first series whose source has a problem (nothing is run). */
  | { ok: false; series: SeriesId; problems: SourceProblem[] };

export function buildRunSpec(request: RunRequest): BuiltSpec {
  const series: SeriesSpec[] = [];
  for (const s of request.series) {
    if (request.language === 'python') {
      const problems = pythonProblems(s.source);
      if (problems.length > 0) return { ok: false, series: s.id, problems };
      series.push({ id: s.id, code: s.source, lineOffset: 0, language: 'python' });
      continue;
    }
    const r = transpileModule(s.source, {
      language: request.language,
      requiredExports: request.requiredExports,
      contract: request.contract,
    });
    if (!r.ok) return { ok: false, series: s.id, problems: r.problems };
    series.push({ id: s.id, code: r.code, lineOffset: r.lineOffset });
  }
  return {
    ok: true,
    spec: {
      series,
      ...(request.sizes ? { sizes: [...request.sizes] } : {}),
      perSizeBudgetMs: request.budgetMs,
      checkCorrectness: request.checkCorrectness,
      ...(request.harness ? { harness: request.harness } : {}),
      ...(request.profile ? { profile: request.profile } : {}),
      ...(request.sampling ? { sampling: request.sampling } : {}),
      ...(request.language === 'python' && request.memoryBudgetMs && !request.profile
        ? { memoryBudgetMs: request.memoryBudgetMs }
        : {}),
    },
  };
}

/** Python is checked only for size on the page: its interpreter finds the rest, at the right lines. */
function pythonProblems(source: string): SourceProblem[] {
  if (source.length <= MAX_SOURCE_CHARS) return [];
  const size = source.length.toLocaleString('en-US');
  const limit = MAX_SOURCE_CHARS.toLocaleString('en-US');
  return [{ line: 1, column: 1, message: `The code is ${size} characters; the limit is ${limit}.` }];
}

/** The problems of one source alone, for live editor markers while the learner types. */
export function sourceProblems(
  source: string,
  request: Pick<RunRequest, 'language' | 'contract' | 'requiredExports'>,
): SourceProblem[] {
  if (request.language === 'python') return pythonProblems(source);
  const r = transpileModule(source, { ...request, language: request.language });
  return r.ok ? [] : r.problems;
}
