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
  /** Root-mean-square relative error of the fit (0.05 = 5%). */
  err: number;
  /** Base of the exponential, for O(2ⁿ) only. */
  base?: number;
}

/**
 * Weighted least squares of t ≈ a + b·f(n) on relative error (weights 1/t²), with a, b ≥ 0.
 * Relative error treats a 10 ns miss at 100 ns like a 10 ms miss at 100 ms, which is what a log–log
 * chart shows. f is rescaled to at most 1 so n³ at 1M stays well inside double precision.
 */
export function fitModel(points: readonly Point[], model: Model): ModelFit {
  const fs = points.map((p) => model.f(p.n));
  const scale = Math.max(...fs.map(Math.abs), 1e-300);
  let sw = 0,
    sg = 0,
    sgg = 0,
    st = 0,
    sgt = 0;
  points.forEach((p, i) => {
    const w = 1 / (p.t * p.t);
    const g = (fs[i] ?? 0) / scale;
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
    const bs = (sw * sgt - sg * st) / det;
    if (a >= 0 && bs >= 0) candidates.push({ a, b: bs });
  }
  if (sgg > 0) candidates.push({ a: 0, b: Math.max(0, sgt / sgg) }); // pure growth
  candidates.push({ a: Math.max(0, st / sw), b: 0 }); // constant only
  let best = { a: 0, b: 0, err: Infinity };
  for (const c of candidates) {
    const err = relError(points, (i) => c.a + c.b * ((fs[i] ?? 0) / scale));
    if (err < best.err) best = { ...c, err };
  }
  return { cls: model.cls, rank: model.rank, a: best.a, b: best.b / scale, err: best.err };
}

function relError(points: readonly Point[], predict: (i: number) => number): number {
  let s = 0;
  points.forEach((p, i) => {
    const r = (predict(i) - p.t) / p.t;
    s += r * r;
  });
  return Math.sqrt(s / Math.max(points.length, 1));
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
export const SIMPLER_SLACK = 0.01;

/** Pick the best fit, preferring the simplest model whose error is close to the lowest. */
export function chooseFit(fits: readonly ModelFit[]): ModelFit {
  const sorted = [...fits].sort((x, y) => x.err - y.err);
  const best = sorted[0];
  if (!best) throw new Error('chooseFit: no fits');
  const limit = best.err * SIMPLER_WITHIN + SIMPLER_SLACK;
  const close = fits.filter((f) => f.err <= limit).sort((x, y) => x.rank - y.rank);
  return close[0] ?? best;
}
