import type { ComplexityClass, SizeResult, Verdict } from '@/lib/runner/protocol';
import { agreement } from './bootstrap';
import { classify, growthRatio, type Classification } from './classify';
import type { ModelFit, Point } from './fit';
import { growth, isSmallLadder } from './models';

export const CONFIDENCE_MIN = 0.6;
export const MIN_SIZES = 5;
export const MIN_SIZES_STEEP = 4;
/** n_max / n_min needed: two decades for growing code, three to call something O(1) or O(log n). */
export const MIN_SPAN = 100;
export const MIN_SPAN_SUBLINEAR = 1000;
/**
 * Steep growth separates classes over a shorter span: when time grows ≥ 100× across the sizes, one
 * decade is enough (over 10× in n, n² and n³ already differ 10× in growth). Slow code has to stop early,
 * so O(n³) could never show two decades within a budget.
 */
export const MIN_SPAN_STEEP = 10;
export const STEEP_GROWTH = 100;
/** On small-n ladders (exponential), sizes must span at least this many steps of n. */
export const MIN_SMALL_SPAN = 8;
export const BOOTSTRAP_COUNT = 200;
export const PREDICT_AT = 10_000_000;

export interface VerdictInput {
  results: readonly SizeResult[];
  /** The full planned ladder (to predict the sizes that were not measured). */
  ladder: readonly number[];
  seed?: number;
}

const inconclusive = (reason: string, extra: Partial<Verdict> = {}): Verdict => ({
  best: null,
  confidence: 0,
  inconclusive: true,
  reason,
  coefNs: 0,
  predictions: [],
  ...extra,
});

const fitsOut = (fits: readonly ModelFit[]) =>
  [...fits]
    .sort((a, b) => a.err - b.err)
    .map((f) => ({ cls: f.cls, err: f.err, coefNs: f.b, interceptNs: f.a }));

export function labelOf(c: Classification): ComplexityClass | null {
  return c.cls;
}

/** Turns measured sizes into a verdict: class, confidence, caveats and labelled predictions. */
export function makeVerdict({ results, ladder, seed = 12345 }: VerdictInput): Verdict {
  const usable = results.filter((r) => r.samplesNs.length > 0 && r.medianNs > 0);
  if (usable.length > 0 && usable.every((r) => r.nearBaseline)) {
    return nearBaselineVerdict(usable, ladder, seed);
  }
  const ns = usable.map((r) => r.n);
  const small = isSmallLadder(ns.length ? ns : ladder);
  const points: Point[] = usable.map((r) => ({ n: r.n, t: r.medianNs }));
  // Steep growth (≥ 100× across the sizes) is a strong signal: four sizes over one decade can place it.
  const steep = points.length >= 2 && growthRatio(points) >= STEEP_GROWTH;
  const minSizes = steep && !small ? MIN_SIZES_STEEP : MIN_SIZES;
  if (usable.length < minSizes) {
    return inconclusive(
      `only ${usable.length} size(s) measured; at least ${minSizes} are needed to tell a class`,
    );
  }
  const nMin = Math.min(...ns);
  const nMax = Math.max(...ns);
  if (small ? nMax - nMin < MIN_SMALL_SPAN : nMax / nMin < (steep ? MIN_SPAN_STEEP : MIN_SPAN)) {
    return inconclusive(`sizes ${nMin}…${nMax} are too close together to tell growth classes apart`);
  }
  const c = classify(points);
  const base = { fits: fitsOut(c.fits) };
  if (c.cls === null) return inconclusive(c.why, base);
  if ((c.cls === 'O(1)' || c.cls === 'O(log n)') && nMax / nMin < MIN_SPAN_SUBLINEAR) {
    return inconclusive(
      `time grows slowly, and slow growth needs sizes over three decades to be classed (these span ${nMin}…${nMax})`,
      base,
    );
  }
  if (small && c.cls !== 'O(2ⁿ)' && nMax / nMin < MIN_SPAN) {
    return inconclusive(
      'small sizes can show exponential growth, but are too close to separate polynomial classes',
      base,
    );
  }
  const confidence = agreement(usable, c.cls, (pts) => labelOf(classify(pts)), BOOTSTRAP_COUNT, seed);
  const caveats: string[] = [];
  const unstable = usable.filter((r) => r.unstable).length;
  if (unstable > usable.length / 3)
    caveats.push(`${unstable} of ${usable.length} sizes were unstable (noisy machine?)`);
  if ('memoryRise' in c && c.memoryRise) {
    caveats.push('time per item rises at large n as the data outgrows the CPU caches');
  }
  if (c.bounded && c.cls === 'O(1)' && points.at(-1)!.t > points[0]!.t * 2) {
    caveats.push('time per call still rises at large n as the data outgrows the CPU caches');
  }
  if (confidence < CONFIDENCE_MIN) {
    const pct = (x: number) => `${Math.round(x * 100)}%`;
    return inconclusive(
      `the best-fitting class changes between resampled runs: only ${pct(confidence)} agree (${pct(CONFIDENCE_MIN)} needed)`,
      { ...base, confidence },
    );
  }
  const fit = c.fit;
  const measuredLast = points.reduce((m, p) => (p.n > m.n ? p : m));
  const predictions = predictionSizes(ladder, ns, small).map((n) => {
    let t = fit.a + fit.b * growth(c.cls, n, fit.base);
    // A bounded (cache-limited) cost does not fall back once the data is out of cache.
    if (c.bounded && n > measuredLast.n) t = Math.max(t, measuredLast.t);
    return { n, ns: t };
  });
  return {
    best: c.cls,
    confidence,
    inconclusive: false,
    ...(caveats.length ? { reason: caveats.join('; ') } : {}),
    coefNs: fit.b,
    interceptNs: fit.a,
    ...(fit.base ? { expBase: fit.base } : {}),
    predictions,
    ...base,
  };
}

/**
 * Every size ran within 1.42× of an empty call. Time that does not grow is O(1) by definition, so on a
 * wide enough ladder we say so, with the caveat that the work may have been optimised away. Confidence is
 * the share of bootstrap resamples whose times stay flat (under 2× from smallest to largest size).
 */
function nearBaselineVerdict(
  usable: readonly SizeResult[],
  ladder: readonly number[],
  seed: number,
): Verdict {
  const caveat =
    'every size ran within 1.42× of an empty function: the work is tiny, or was optimised away (return or use ' +
    'the result)';
  const ns = usable.map((r) => r.n);
  const nMin = Math.min(...ns);
  const nMax = Math.max(...ns);
  if (usable.length < MIN_SIZES || nMax / nMin < MIN_SPAN_SUBLINEAR) {
    return inconclusive(
      `${caveat}; flat times like these are consistent with O(1) but these sizes cannot show it`,
    );
  }
  const flat = (pts: readonly Point[]) => (growthRatio(pts) < 2 ? 'O(1)' : null);
  const confidence = agreement(usable, 'O(1)', flat, BOOTSTRAP_COUNT, seed);
  if (confidence < CONFIDENCE_MIN) {
    return inconclusive(`${caveat}; resampled runs disagree on whether the time stays flat`, { confidence });
  }
  const medians = usable.map((r) => r.medianNs).sort((a, b) => a - b);
  const typical = medians[Math.floor(medians.length / 2)]!;
  const predictions = predictionSizes(ladder, ns, false).map((n) => ({ n, ns: typical }));
  return { best: 'O(1)', confidence, inconclusive: false, reason: caveat, coefNs: typical, predictions };
}

/** Unmeasured ladder sizes, the largest ladder size, and 10M on ordinary ladders. */
export function predictionSizes(
  ladder: readonly number[],
  measured: readonly number[],
  small: boolean,
): number[] {
  const set = new Set<number>(ladder.filter((n) => !measured.includes(n)));
  const largest = Math.max(...ladder, ...measured);
  if (Number.isFinite(largest)) set.add(largest);
  if (!small) set.add(PREDICT_AT);
  return [...set].sort((a, b) => a - b);
}
