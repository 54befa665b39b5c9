import type { ComplexityClass } from '@/lib/runner/protocol';
import { EXP_BASE_MAX, EXP_BASE_MIN, POLY_MODELS, expModel, type Model } from './models';

/** One size's time (ns per call). */
export interface Point {
  n: number;
  t: number;
}

export interface ModelFit {
  cls: ComplexityClass;
  rank: number;
  /** Constant overhead, ns (≥ 0). */
  a: number;
  /** Growth coefficient: time ≈ a + b · f(n) ns (≥ 0). */
  b: number;
  /** Robust root-mean-square relative error of the fit (0.05 = 5%; see robustError). */
  err: number;
  /** Base of the exponential, for O(2ⁿ) only. */
  base?: number;
}

/** Relative residuals beyond this are down-weighted (Huber): one disturbed size cannot drag a fit. */
export const HUBER_C = 0.15;
const IRLS_ROUNDS = 4;

/**
 * Fits t ≈ a + b·f(n) with a, b ≥ 0 by least squares on relative error (weights 1/t²), made robust by
 * iteratively reweighting with Huber weights: a size whose relative residual exceeds HUBER_C counts
 * linearly, not quadratically (on a busy machine one size can come out several times too slow).
 * Relative error treats a 10 ns miss at 100 ns like a 10 ms miss at 100 ms, which is what a log–log
 * chart shows. f is rescaled to at most 1 so n³ at 1M stays well inside double precision.
 */
export function fitModel(points: readonly Point[], model: Model): ModelFit {
  const fs = points.map((p) => model.f(p.n));
  const scale = Math.max(...fs.map(Math.abs), 1e-300);
  const gs = fs.map((f) => f / scale);
  let h = points.map(() => 1);
  let best = solveWeighted(points, gs, h);
  for (let round = 0; round < IRLS_ROUNDS; round++) {
    h = points.map((p, i) => {
      const r = Math.abs(logResidual(best.a + best.b * (gs[i] ?? 0), p.t));
      return r <= HUBER_C ? 1 : HUBER_C / r;
    });
    const next = solveWeighted(points, gs, h);
    if (next.err > best.err) break;
    best = next;
  }
  return { cls: model.cls, rank: model.rank, a: best.a, b: best.b / scale, err: best.err };
}

/** Best nonnegative (a, b) for the weights: the 2-parameter solution if feasible, else a pure term. */
function solveWeighted(points: readonly Point[], gs: readonly number[], h: readonly number[]) {
  let sw = 0,
    sg = 0,
    sgg = 0,
    st = 0,
    sgt = 0;
  points.forEach((p, i) => {
    const w = (h[i] ?? 1) / (p.t * p.t);
    const g = gs[i] ?? 0;
    sw += w;
    sg += w * g;
    sgg += w * g * g;
    st += w * p.t;
    sgt += w * g * p.t;
  });
  const candidates: { a: number; b: number }[] = [];
  const det = sw * sgg - sg * sg;
  if (Math.abs(det) > 1e-12 * sw * sgg) {
    const a = (st * sgg - sg * sgt) / det;
    const b = (sw * sgt - sg * st) / det;
    if (a >= 0 && b >= 0) candidates.push({ a, b });
  }
  if (sgg > 0) candidates.push({ a: 0, b: Math.max(0, sgt / sgg) }); // pure growth
  candidates.push({ a: Math.max(0, st / sw), b: 0 }); // constant only
  let best = { a: 0, b: 0, err: Infinity };
  for (const c of candidates) {
    const err = robustError(points, (i) => c.a + c.b * (gs[i] ?? 0));
    if (err < best.err) best = { ...c, err };
  }
  return best;
}

/**
 * Root of the mean Huber loss of log residuals ln(predicted / measured): symmetric, so a model that
 * predicts 30× too little is penalised like one that predicts 30× too much (a plain relative error is
 * capped at 1 on the low side, which let too-slow models win on noisy data). Equals the RMS relative
 * error when all residuals are small.
 */
export function robustError(points: readonly Point[], predict: (i: number) => number): number {
  let s = 0;
  points.forEach((p, i) => {
    const r = Math.abs(logResidual(predict(i), p.t));
    s += r <= HUBER_C ? r * r : HUBER_C * (2 * r - HUBER_C);
  });
  return Math.sqrt(s / Math.max(points.length, 1));
}

function logResidual(predicted: number, measured: number): number {
  return Math.log(Math.max(predicted, measured * 1e-9) / measured);
}

/** Exponential a + b·base^n, base searched on a log grid then refined (golden section). */
export function fitExponential(points: readonly Point[]): ModelFit {
  const at = (base: number) => ({ ...fitModel(points, expModel(base)), base });
  let best = at(EXP_BASE_MIN);
  const steps = 40;
  const ratio = Math.pow(EXP_BASE_MAX / EXP_BASE_MIN, 1 / steps);
  for (let i = 1; i <= steps; i++) {
    const f = at(EXP_BASE_MIN * Math.pow(ratio, i));
    if (f.err < best.err) best = f;
  }
  let lo = Math.max(EXP_BASE_MIN, (best.base ?? EXP_BASE_MIN) / ratio);
  let hi = Math.min(EXP_BASE_MAX, (best.base ?? EXP_BASE_MIN) * ratio);
  const phi = (Math.sqrt(5) - 1) / 2;
  for (let i = 0; i < 30; i++) {
    const m1 = hi - phi * (hi - lo);
    const m2 = lo + phi * (hi - lo);
    if (at(m1).err < at(m2).err) hi = m2;
    else lo = m1;
  }
  const refined = at((lo + hi) / 2);
  return refined.err < best.err ? refined : best;
}

/** Fit every candidate model. The exponential one only when asked (small-n ladders). */
export function fitAll(points: readonly Point[], withExponential: boolean): ModelFit[] {
  const fits = POLY_MODELS.map((m) => fitModel(points, m));
  if (withExponential) fits.push(fitExponential(points));
  return fits;
}

/** A simpler model wins when its error is within this factor of the best (plus a small absolute slack). */
export const SIMPLER_WITHIN = 1.15;
export const SIMPLER_SLACK = 0.005;
/** With few sizes (a series stopped early) one noisy size weighs more: a steeper class must win by more. */
export const SIMPLER_WITHIN_FEW = 1.3;
export const FEW_SIZES = 5;

/** Pick the best fit, preferring the simplest model whose error is close to the lowest. */
export function chooseFit(fits: readonly ModelFit[], within = SIMPLER_WITHIN): ModelFit {
  const sorted = [...fits].sort((x, y) => x.err - y.err);
  const best = sorted[0];
  if (!best) throw new Error('chooseFit: no fits');
  const limit = best.err * within + SIMPLER_SLACK;
  const close = fits.filter((f) => f.err <= limit).sort((x, y) => x.rank - y.rank);
  return close[0] ?? best;
}

/** Least-squares slope of log(t) on log(n): the exponent of the power law closest to the points. */
export function logLogSlope(points: readonly Point[]): number | null {
  if (points.length < 2) return null;
  const xs = points.map((p) => Math.log(p.n));
  const ys = points.map((p) => Math.log(p.t));
  const mx = xs.reduce((a, x) => a + x, 0) / xs.length;
  const my = ys.reduce((a, y) => a + y, 0) / ys.length;
  let sxy = 0;
  let sxx = 0;
  xs.forEach((x, i) => {
    sxy += (x - mx) * ((ys[i] ?? 0) - my);
    sxx += (x - mx) * (x - mx);
  });
  return sxx > 0 ? sxy / sxx : null;
}
