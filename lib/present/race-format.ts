/** Short human figures for race slides. Pure. */

const fmt = (x: number) => Math.round(x).toLocaleString('en-US');

/** A whole number with thousands separators: 10001 → "10,001". */
export function formatCount(x: number): string {
  return fmt(x);
}

/** A duration in ns as a short human figure: "850 ns", "3.2 ms", "14 min". */
export function formatDuration(ns: number): string {
  if (!Number.isFinite(ns) || ns < 0) return '—';
  const ms = ns / 1e6;
  const sig = (x: number) => (x >= 100 ? fmt(x) : x >= 10 ? x.toFixed(0) : x.toFixed(1));
  if (ns < 1e3) return `${sig(ns)} ns`;
  if (ns < 1e6) return `${sig(ns / 1e3)} µs`;
  if (ms < 1e3) return `${sig(ms)} ms`;
  const s = ms / 1e3;
  if (s < 60) return `${sig(s)} s`;
  if (s < 3600) return `${sig(s / 60)} min`;
  if (s < 86400) return `${sig(s / 3600)} h`;
  if (s < 365 * 86400) return `${sig(s / 86400)} days`;
  return `${sig(s / (365 * 86400))} years`;
}

/** 1,000,000 → "1M", 30,000 → "30k". */
export function formatSize(n: number): string {
  if (n >= 1e6 && n % 1e5 === 0) return `${n / 1e6}M`;
  if (n >= 1e4 && n % 1e3 === 0) return `${n / 1e3}k`;
  return fmt(n);
}

/** A ratio as "300×", "2.5×". */
export function formatRatio(x: number): string {
  if (!Number.isFinite(x)) return '∞×';
  return x >= 10 ? `${fmt(x)}×` : `${x.toFixed(1)}×`;
}
