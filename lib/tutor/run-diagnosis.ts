/**
 * What a measured run shows, in generic performance terms: one query per item, time that grows faster
 * than linearly, blocking calls, far more rows read than returned, every row returned at once, an object
 * built per item, memory still held after the calls. The caller says what each counter of the run stands
 * for (its role) and which lesson section explains each finding; nothing here knows a lesson or a lab.
 */
import type { ComplexityClass, MemoryClass } from '@/lib/runner/protocol';

/** The generic quantity a counter measures; a lab declares the role of each counter it reports. */
export type CounterRole = 'queries' | 'rowsRead' | 'rowsReturned' | 'blocking' | 'retained' | 'allocations';

/** One measured size of a run. */
export interface RunPoint {
  n: number;
  /** Deterministic counters read at this size, by role. */
  counters?: Partial<Record<CounterRole, number>>;
}

/** The learner's latest run, as the tutor needs it. */
export interface RunContext {
  /** The finding the lab teaches: listed first when the run shows it. */
  finding?: FindingKind;
  /** The lesson section the lab practises: findings that section explains come next. */
  sectionId?: string;
  /** The learner series' complexity verdict; null or absent when inconclusive. */
  verdict?: ComplexityClass | null;
  /** Measured sizes, any order. */
  points?: RunPoint[];
  /** Python runs with a memory pass: the learner series' memory class; null when inconclusive. */
  memory?: MemoryClass | null;
}

export const FINDING_KINDS = [
  'query-per-item',
  'superlinear-time',
  'blocking-calls',
  'over-read',
  'unbounded-result',
  'allocation-per-item',
  'growing-retention',
  'memory-per-call',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** Where a lesson explains a finding: its section, and words its explaining passage uses (to quote it). */
export interface RunExplainer {
  sectionId: string;
  query: string;
}
/** A lesson's explainers (its tutor/run-explainers.json); a finding without one is not reported. */
export type RunExplainers = Partial<Record<FindingKind, RunExplainer>>;

export interface RunFinding {
  kind: FindingKind;
  /** The section that explains it (from the explainers). */
  sectionId: string;
  /** One sentence about the measurement itself, with the measured numbers. */
  evidence: string;
}

const fmt = (x: number) => Math.round(x).toLocaleString('en-US');
const SUPERLINEAR: ReadonlySet<ComplexityClass> = new Set<ComplexityClass>(['O(n²)', 'O(n³)', 'O(2ⁿ)']);

function counter(p: RunPoint | undefined, role: CounterRole): number | undefined {
  const v = p?.counters?.[role];
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** Everything the run shows, strongest first, before the lesson has a say. */
function measuredFindings(ctx: RunContext): { kind: FindingKind; evidence: string }[] {
  const pts = [...(ctx.points ?? [])].filter((p) => p.n > 0).sort((a, b) => a.n - b.n);
  const big = [...pts].reverse().find((p) => p.counters && Object.keys(p.counters).length > 0);
  const small = pts.find((p) => p.counters && p !== big);
  const out: { kind: FindingKind; evidence: string }[] = [];
  const add = (kind: FindingKind, evidence: string) => out.push({ kind, evidence });

  const q = counter(big, 'queries');
  if (big && q !== undefined && q >= big.n + 1) {
    add(
      'query-per-item',
      `Your last run issued ${fmt(q)} queries for ${fmt(big.n)} items: about one per item.`,
    );
  }
  if (ctx.verdict && SUPERLINEAR.has(ctx.verdict)) {
    add('superlinear-time', `Your last run's time was fitted as ${ctx.verdict}.`);
  }
  const blocking = counter(big, 'blocking');
  if (big && blocking !== undefined && blocking > 0) {
    add('blocking-calls', `Your last run made ${fmt(blocking)} blocking calls at n = ${fmt(big.n)}.`);
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
    add('over-read', `Your last run read ${fmt(read)} rows to return ${fmt(returned)}.`);
  } else if (big && returned !== undefined && big.n >= 1000 && returned >= big.n) {
    add('unbounded-result', `Your last run returned all ${fmt(returned)} rows in one response.`);
  }
  const retBig = counter(big, 'retained');
  const retSmall = counter(small, 'retained');
  if (retBig !== undefined && retBig > 0 && (retSmall === undefined || retBig > retSmall)) {
    add('growing-retention', `Your last run still held ${fmt(retBig)} entries after the calls finished.`);
  }
  const allocs = counter(big, 'allocations');
  if (big && allocs !== undefined && allocs >= big.n) {
    add('allocation-per-item', `Your last run built ${fmt(allocs)} objects for ${fmt(big.n)} items.`);
  }
  if (ctx.memory && ctx.memory !== 'O(1)') {
    add('memory-per-call', `Your last run's peak memory per call was fitted as ${ctx.memory}.`);
  }
  return out;
}

/**
 * The findings of a run that the lesson explains, strongest first: the lab's own finding leads when the
 * run shows it, then findings its section explains, then the rest. Pure and deterministic.
 */
export function diagnoseRun(ctx: RunContext, explainers: RunExplainers): RunFinding[] {
  const found = measuredFindings(ctx).flatMap(({ kind, evidence }) => {
    const sectionId = explainers[kind]?.sectionId;
    return sectionId ? [{ kind, sectionId, evidence }] : [];
  });
  const rank = (f: RunFinding) => (f.kind === ctx.finding ? 0 : f.sectionId === ctx.sectionId ? 1 : 2);
  // Array.prototype.sort is stable: within a rank, strongest first as measured.
  return found.sort((a, b) => rank(a) - rank(b));
}
