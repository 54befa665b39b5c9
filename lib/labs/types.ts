/**
 * The lab model. A lab is content: the learner's starter module, a reference solution, a harness (plain
 * JavaScript run inside the measuring worker, never shown as the learner's code), a budget, hints and prose.
 * Everything here is plain data so a server component can hand a Lab to the client.
 */
import type { ComplexityClass, MemoryClass } from '@/lib/runner/protocol';
import type { CounterRole, FindingKind } from '@/lib/tutor/run-diagnosis';

/** A counter the harness reports after one call at each size (deterministic, same on every machine). */
export interface CounterInfo {
  id: string;
  /** Short label for tables, e.g. "Queries". */
  label: string;
  /** Unit word for sentences, e.g. "queries", "rows", "%". */
  unit: string;
  /** Which direction is good, for progress figures. */
  better: 'lower' | 'higher';
  /** What the counter measures in general terms, so the tutor can read a run without knowing the lab. */
  role?: CounterRole;
}

/**
 * A limit on a counter, judged at the largest size the learner's code was measured at.
 * `perN`: the limit is `value × n` (e.g. "rows read ≤ 1% of the table"); otherwise a fixed number.
 */
export interface CounterLimit {
  counter: string;
  /** At most (`max`) or at least (`min`). */
  kind: 'max' | 'min';
  value: number;
  perN?: boolean;
  /** Said when the limit is missed, e.g. "one JOIN (or one IN query) is enough". */
  hint?: string;
}

export interface LabBudget {
  /** The learner's measured class must be no worse than this. */
  maxClass?: ComplexityClass;
  counters?: CounterLimit[];
  /** The learner's code must be at least this many times faster than the starter, in the same run. */
  minSpeedup?: number;
  /**
   * Python labs: the learner's peak memory per call (tracemalloc, in the run's memory pass) must grow no
   * faster than this. A lab with it asks the runner for a memory pass.
   */
  maxMemoryClass?: MemoryClass;
}

/** A figure from a stated model, never a measurement (e.g. the N+1 lab's per-query round trip). */
export interface LabModel {
  /** Milliseconds added per query to model a database across a network. */
  roundTripMs: number;
  /** How the UI labels it. */
  label: string;
}

/**
 * A lab's words. Before the first run the page shows only the task (`Lab.summary`) and the contract: the
 * rest explains what the learner has just measured, so it appears after their first run (or, a step at a
 * time, as hints they ask for).
 */
export interface LabProse {
  /** Markdown, our own words: why the starter is slow. Shown after the first run. */
  why: string;
  /** What the run just showed (which counter, which chart line). Shown after the first run. */
  see: string;
  /** The shape of the fix, without handing over the code. Shown after the first run, folded. */
  fix: string;
  /** The learner's contract: what to export and what the harness passes in. Shown from the start. */
  contract: string;
}

export interface Lab {
  /** The lab's slug in URLs and progress, e.g. "sorted-merge". */
  id: string;
  /** Order in the lesson, 1-based. */
  number: number;
  title: string;
  /** One line for lists. */
  summary: string;
  /** The lesson section this lab practises. */
  sectionId: string;
  /** Which of the lesson's patterns (its id in the lesson's pattern table) the starter shows. */
  pattern: string;
  /** What a run of the starter shows, in the tutor's generic terms (it then cites the section explaining it). */
  finding?: FindingKind;
  /** 'own-budget': the learner declares `perfBudget` in their module and the budget is theirs. */
  kind: 'fix' | 'own-budget';
  /** TypeScript source of the learner's module: slow but correct. */
  starter: string;
  /** TypeScript source of the reference fix. */
  solution: string;
  /** Names the learner's module must export (checked before running, shown as editor markers). */
  requiredExports: string[];
  /** Plain JavaScript (CommonJS shape): makeInput, run, counters, resetCounters, checks. */
  harness: string;
  /** True when the harness needs sql.js (env.SQL). */
  needsSqlite: boolean;
  /** Input sizes, ascending. */
  sizes: number[];
  /** Compare outputs with the reference's at every size (off when the harness checks behaviour itself). */
  checkCorrectness: boolean;
  budget: LabBudget;
  counters: CounterInfo[];
  hints: string[];
  prose: LabProse;
  /** Asked before the first run. */
  prediction?: LabPrediction;
  /** One line shown once the learner has passed and named the pattern: what made it this pattern. */
  patternNote: string;
  model?: LabModel;
  /** What `n` counts in this lab, e.g. "users", "requests". */
  sizeUnit: string;
  /** What the lab's own tests expect of it (never shown to the learner). */
  tests: LabTestPlan;
  /**
   * The language this Lab value runs in. Absent: TypeScript/JavaScript. A lab folder declares the
   * JavaScript lab; `labIn(lab, 'python')` (lib/labs/lab-language.ts) gives its Python form.
   */
  language?: 'python';
  /** The same task in Python (the folder's python/ files): absent when the lab is JavaScript only. */
  python?: PythonLab;
  /** A lab that exists only in Python (its JavaScript fields are the Python ones). */
  pythonOnly?: boolean;
}

/**
 * A lab's Python form: the same task, counters and budget, written in Python. Everything that names code
 * (sources, function names, hints, the contract) is its own; what is omitted is the JavaScript lab's.
 */
export interface PythonLab {
  /** python/starter.py as written. */
  starter: string;
  /** python/solution.py as written. */
  solution: string;
  /**
   * python/harness.py: `make_input(n, env)`, `run(learner, inp)`, and optionally `counters()`,
   * `reset_counters()`, `checks(learner, env)` and `SIZES` (lib/python/harness.ts).
   */
  harness: string;
  /** Functions the learner's module must define (snake_case), checked before the run. */
  requiredExports: string[];
  /** Python's ladder when it differs (CPython in WebAssembly runs 10–50× slower than JIT-compiled JS). */
  sizes?: number[];
  /** Prose that names code: the contract always, the rest when the JavaScript text names JS identifiers. */
  prose: Pick<LabProse, 'contract'> & Partial<LabProse>;
  hints?: string[];
  /** The line prediction's answer in the Python starter (for labs whose prediction is a line). */
  predictionLine?: number;
  /** The prediction's explanation when the JavaScript one names JavaScript code (the question is shared). */
  predictionExplain?: string;
  /** The pattern note when the JavaScript one names JavaScript code. */
  patternNote?: string;
  /** Budget overrides (e.g. a different minimum speed-up, or a memory class for a memory lab). */
  budget?: LabBudget;
  /** What the lab's Python tests expect. */
  tests: LabTestPlan;
}

/** How the lab's tests judge its starter and reference (lessons/<slug>/labs/*.test.ts read these). */
export interface LabTestPlan {
  /** The checklist item the starter must fail: the lab's own reason, never a wrong answer. */
  starterFails: string;
  /** Words (a regular expression's source) that item's reason must contain. */
  starterReason: string;
  /** The counter whose starter figure is at least 100× the reference's; none when the figure is time. */
  teachingCounter?: string;
  /** Measure the teaching counter at this one size (default: the largest size the starter finished). */
  teachingAt?: number;
  /** A shorter ladder for the unit tests (default: the lab's sizes). */
  sizes?: number[];
  /** Per-size time limit in the unit tests, ms (default: the page's). */
  budgetMs?: number;
}

/**
 * One quick question the learner answers about the starter before its first run (skippable), shown
 * afterwards beside what the run measured. Options are plausible answers; `answer` is what the starter
 * really does, which the run then shows.
 */
export interface ChoicePrediction {
  kind?: 'choice';
  question: string;
  /**
   * Plausible answers, each with the span of measured values (inclusive) that bears it out: in the
   * counter's unit, in ms per call, in bytes (memory), or (growth) as the factor by which the time grew over 10× the size.
   */
  options: PredictionOption[];
  /** The option the measurement will bear out (a test checks that the starter's run does). */
  answer: string;
  /**
   * What the run shows beside the prediction, read from the starter's series: a counter or the time per
   * call at one of the lab's sizes, or how much longer a call took when n grew 10× (the largest such step
   * the starter measured: a slow starter stops before a growth class can be named, a 10× step it always has).
   */
  measure: PredictionMeasure;
  /** One or two sentences, shown after the run, on why the measurement came out that way. */
  explain: string;
}

/**
 * Before the first profile: the learner marks the line of the starter they suspect takes the most time
 * (skippable); after a profile of the starter, their line is set beside the profiler's first hot spot.
 */
export interface LinePrediction {
  kind: 'line';
  question: string;
  /** The starter's line the profiler ranks first (a test profiles the starter to check it). */
  answer: number;
  /** One or two sentences, shown after the profile, on why the time goes there. */
  explain: string;
}

export type LabPrediction = ChoicePrediction | LinePrediction;

export interface PredictionOption {
  id: string;
  label: string;
  range: [number, number];
}

export type PredictionMeasure =
  | { kind: 'counter'; counter: string; n: number }
  | { kind: 'time'; n: number }
  | { kind: 'growth' }
  /** Python labs with a memory pass: the starter's peak memory of one call at n, in bytes. */
  | { kind: 'memory'; n: number };

/**
 * A fix someone might write for this lab, kept with the lab and run by its tests through the worker path.
 * A half-fix must get "Not yet" on the checklist item `fails`, for the reason its test names.
 */
export interface LabFix {
  name: string;
  /** The learner's module, TypeScript. */
  source: string;
  /** For a half-fix: the checklist item id that must fail (e.g. "counter:queries", "correct", "class"). */
  fails?: string;
  /** For a half-fix: what the failing item's reason must say (a regular expression's source). */
  reason?: string;
  /** Sizes to run it on in tests (a shorter ladder); the lab's own by default. */
  sizes?: number[];
  /** Per-size time limit in tests, ms; the lab's test plan's by default. */
  budgetMs?: number;
  /** Which of the lab's own bodies of code run beside it (default: the reference only). */
  compare?: ('starter' | 'reference')[];
}

/** What a lab folder's fixes.ts exports: kept out of lab.ts so pages never ship them. */
export interface LabFixes {
  /** Plausible wrong or partial fixes: each must get "Not yet", failing `fails` with `reason`. */
  halfFixes: LabFix[];
  /** Correct fixes written differently from the reference solution: each must pass. */
  otherFixes: LabFix[];
}

/** A lab folder's own files as text, read at build time (scripts/build-lab-sources.mjs). */
export interface LabSources {
  /** starter.ts as written. */
  starter: string;
  /** solution.ts as written. */
  solution: string;
  /** harness.ts bundled into one CommonJS-shaped script for the worker. */
  harness: string;
  /** python/starter.py, solution.py and harness.py as written, when the folder has them. */
  python?: { starter: string; solution: string; harness: string };
}

/** One line of the checklist the learner sees. */
export interface ChecklistItem {
  id: string;
  label: string;
  pass: boolean;
  /** Why it passed or failed, in a sentence with the figures. */
  reason: string;
}

export interface LabEvaluation {
  items: ChecklistItem[];
  passed: boolean;
}

/** A budget the learner writes in an own-budget lab: a class limit, a time limit at a size, or both. */
export interface DeclaredBudget {
  maxClass?: ComplexityClass;
  size?: number;
  maxMs?: number;
}
