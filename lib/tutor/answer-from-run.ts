/**
 * In a lab, point the learner from their latest run to the part of the lesson that explains it.
 * The run's own numbers are quoted as measured; the explanation is cut from the lesson's passages.
 */
import type { ComplexityClass } from '@/lib/runner/protocol';
import { citationFor } from './compose-answer';
import { retrieve } from './retrieve';
import type { TutorIndex } from './search-index';
import { splitSentences } from './tokenize';
import type { Citation, TutorAnswer } from './types';

export interface RunPoint {
  n: number;
  /** Deterministic counters read at this size (queries, rowsRead, blockingCalls, ...). */
  counters?: Record<string, number>;
}

export interface RunContext {
  /** The lab's id; its own pattern is preferred when the run shows several. */
  labId?: string;
  /** The learner series' complexity verdict; null or absent when inconclusive. */
  verdict?: ComplexityClass | null;
  /** Measured sizes, any order. */
  points?: RunPoint[];
}

export type RunPattern =
  | 'n-plus-one'
  | 'quadratic'
  | 'blocking'
  | 'filter-at-source'
  | 'pagination'
  | 'hot-loop-allocation'
  | 'memory';

export interface RunFinding {
  pattern: RunPattern;
  sectionId: string;
  /** One sentence about the measurement itself, with the measured numbers. */
  evidence: string;
}

const ALIASES: Record<string, string[]> = {
  queries: ['queries', 'queryCount', 'sqlQueries', 'dbQueries', 'queriesIssued'],
  // Rows the database handed to the application (filter-at-source compares these with rows returned).
  rowsRead: ['rowsFetched', 'rowsRead', 'rowsMaterialised', 'rowsMaterialized', 'rowsLoaded', 'rowsScanned'],
  rowsReturned: ['rowsReturned', 'rowsOut', 'resultRows', 'recordsReturned', 'itemsReturned'],
  blocking: ['blockingCalls', 'syncCalls', 'blocking', 'blockingMs'],
  retained: ['entriesRetained', 'retained', 'retainedEntries', 'cacheEntries', 'cacheSize'],
  allocations: ['allocations', 'allocs', 'objectsAllocated', 'formattersBuilt', 'regexesBuilt'],
};

function counter(p: RunPoint | undefined, name: keyof typeof ALIASES): number | undefined {
  if (!p?.counters) return undefined;
  for (const key of ALIASES[name] ?? []) {
    const v = p.counters[key];
    if (typeof v === 'number' && Number.isFinite(v)) return v;
  }
  return undefined;
}

const fmt = (x: number) => Math.round(x).toLocaleString('en-US');

const SECTION: Record<RunPattern, string> = {
  'n-plus-one': 'n-plus-one',
  quadratic: 'six-patterns',
  blocking: 'six-patterns',
  'filter-at-source': 'six-patterns',
  pagination: 'six-patterns',
  'hot-loop-allocation': 'six-patterns',
  memory: 'memory',
};

/** Lab ids (lib/labs/types.ts) -> the pattern each lab teaches. */
const LAB_PATTERN: Record<string, RunPattern> = {
  'n-plus-one': 'n-plus-one',
  'quadratic-lookup': 'quadratic',
  'blocking-in-async': 'blocking',
  'filter-at-source': 'filter-at-source',
  pagination: 'pagination',
  'hot-loop-allocation': 'hot-loop-allocation',
  'unbounded-cache': 'memory',
};

/** What a lesson passage about each pattern says; used to pick the passage to quote. */
const HINT_QUERY: Record<RunPattern, string> = {
  'n-plus-one': 'N+1 one query per item in a loop join batch',
  quadratic: 'quadratic nested loop list lookup set',
  blocking: 'synchronous blocking call inside async await',
  'filter-at-source': 'load whole table file then filter at source where',
  pagination: 'no pagination returns all records cursor page',
  'hot-loop-allocation': 'allocating in a hot loop hoist',
  memory: 'memory retained grows cache without eviction',
};

/** All findings for a run, strongest first. Pure and deterministic. */
export function diagnoseRun(ctx: RunContext): RunFinding[] {
  const pts = [...(ctx.points ?? [])].filter((p) => p.n > 0).sort((a, b) => a.n - b.n);
  const big = [...pts].reverse().find((p) => p.counters && Object.keys(p.counters).length > 0);
  const small = pts.find((p) => p.counters && p !== big);
  const out: RunFinding[] = [];
  const add = (pattern: RunPattern, evidence: string) =>
    out.push({ pattern, sectionId: SECTION[pattern], evidence });

  const q = counter(big, 'queries');
  if (big && q !== undefined && q >= big.n + 1) {
    add('n-plus-one', `Your last run issued ${fmt(q)} queries for ${fmt(big.n)} items: about one per item.`);
  }
  if (ctx.verdict === 'O(n²)' || ctx.verdict === 'O(n³)' || ctx.verdict === 'O(2ⁿ)') {
    add('quadratic', `Your last run's time was fitted as ${ctx.verdict}.`);
  }
  const blocking = counter(big, 'blocking');
  if (big && blocking !== undefined && blocking > 0) {
    add('blocking', `Your last run made ${fmt(blocking)} blocking calls at n = ${fmt(big.n)}.`);
  }
  const read = counter(big, 'rowsRead');
  const returned = counter(big, 'rowsReturned');
  if (
    big &&
    read !== undefined &&
    returned !== undefined &&
    read >= 100 &&
    read >= 10 * Math.max(returned, 1)
  ) {
    add('filter-at-source', `Your last run read ${fmt(read)} rows to return ${fmt(returned)}.`);
  } else if (big && returned !== undefined && big.n >= 1000 && returned >= big.n) {
    add('pagination', `Your last run returned all ${fmt(returned)} rows in one response.`);
  }
  const retBig = counter(big, 'retained');
  const retSmall = counter(small, 'retained');
  if (retBig !== undefined && retBig > 0 && (retSmall === undefined || retBig > retSmall)) {
    add('memory', `Your last run still held ${fmt(retBig)} entries after the calls finished.`);
  }
  const allocs = counter(big, 'allocations');
  if (big && allocs !== undefined && allocs >= big.n) {
    add('hot-loop-allocation', `Your last run built ${fmt(allocs)} objects for ${fmt(big.n)} items.`);
  }
  // In a lab, the lab's own pattern comes first when the run shows it.
  const own = ctx.labId ? LAB_PATTERN[ctx.labId] : undefined;
  return own ? [...out.filter((f) => f.pattern === own), ...out.filter((f) => f.pattern !== own)] : out;
}

/** The lesson passage that best explains a finding, if an index is loaded. */
function lessonSentences(
  index: TutorIndex,
  f: RunFinding,
): { text: string; passageId: number; citation: Citation } | null {
  const r = retrieve(index, HINT_QUERY[f.pattern]);
  const hit = r.passages.find((p) => p.passage.sectionId === f.sectionId) ?? r.passages[0];
  if (!hit) return null;
  // A pattern row or key term is quoted whole; prose is cut to its first two sentences.
  const whole = hit.passage.kind === 'pattern' || hit.passage.kind === 'term';
  const text = whole ? hit.passage.text : splitSentences(hit.passage.text).slice(0, 2).join(' ');
  return { text, passageId: hit.passage.id, citation: citationFor(hit.passage) };
}

/**
 * A short answer about the latest run, or null when the run shows none of the lesson's patterns.
 * Without an index, only the measured evidence and the section link are given.
 */
export function answerFromRun(ctx: RunContext, index?: TutorIndex | null): TutorAnswer | null {
  const finding = diagnoseRun(ctx)[0];
  if (!finding) return null;
  const title = index?.sections.find((s) => s.id === finding.sectionId)?.title ?? finding.sectionId;
  const fallback: Citation = { label: title, href: `#${finding.sectionId}`, sectionId: finding.sectionId };
  const quoted = index ? lessonSentences(index, finding) : null;
  // passageId -1 marks the measured evidence: it comes from the run, not from the lesson.
  const sentences = [{ text: finding.evidence, passageId: -1 }];
  if (quoted) sentences.push({ text: quoted.text, passageId: quoted.passageId });
  return {
    kind: 'answer',
    text: sentences.map((s) => s.text).join(' '),
    sentences,
    citations: [quoted?.citation ?? fallback],
  };
}
