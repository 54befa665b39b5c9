/**
 * The one formatting module: every figure the app writes goes through one of these, and each name has one
 * meaning. `formatSize` is an input size, compact ("10k"); `formatCount` is an exact count with
 * separators ("10,001"); `formatDuration` is a time from nanoseconds ("12.3 µs", "14 min");
 * `formatRatio` is a "times" figure ("300×"); `formatBytes` is an amount of memory ("2.3 MB"). Pure functions, the same output on every machine.
 */

const SMALL_UNITS: readonly { unit: string; ns: number }[] = [
  { unit: 'ns', ns: 1 },
  { unit: 'µs', ns: 1e3 },
  { unit: 'ms', ns: 1e6 },
  { unit: 's', ns: 1e9 },
];

const LARGE_UNITS: readonly { unit: string; ns: number }[] = [
  { unit: 'min', ns: 60e9 },
  { unit: 'h', ns: 3600e9 },
  { unit: 'days', ns: 86_400e9 },
  { unit: 'years', ns: 365.25 * 86_400e9 },
];

const SUPERSCRIPT: Record<string, string> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴',
  '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '-': '⁻',
}; // prettier-ignore

/** Rounds to `digits` significant digits and drops trailing zeros: 12.30 → "12.3", 950 → "950". */
export function significant(value: number, digits: number): string {
  if (value === 0) return '0';
  const rounded = Number(value.toPrecision(digits));
  if (Math.abs(rounded) >= 1e21 || (Math.abs(rounded) < 1e-6 && rounded !== 0)) {
    return rounded.toPrecision(digits);
  }
  // toString of the rounded number never has trailing zeros after the point.
  return String(rounded);
}

/** Writes a large number as "3.2 × 10¹³". */
function scientific(value: number): string {
  const exponent = Math.floor(Math.log10(value));
  const mantissa = Number((value / 10 ** exponent).toPrecision(2));
  const sup = String(exponent)
    .split('')
    .map((c) => SUPERSCRIPT[c] ?? c)
    .join('');
  return `${mantissa} × 10${sup}`;
}

/**
 * Formats a duration given in nanoseconds with a sensible unit:
 * 950 → "950 ns", 12_345 → "12.3 µs", 4.2e9 → "4.2 s", 8.4e11 → "14 min".
 * Up to a minute: 3 significant digits. Longer: 2 significant digits in min / h / days / years.
 */
export function formatDuration(ns: number): string {
  if (Number.isNaN(ns)) return '—';
  if (ns < 0) return `-${formatDuration(-ns)}`;
  if (!Number.isFinite(ns)) return '∞';
  if (ns === 0) return '0 ns';

  if (ns < 60e9) {
    for (let i = SMALL_UNITS.length - 1; i >= 0; i--) {
      const u = SMALL_UNITS[i]!;
      if (ns >= u.ns || i === 0) {
        const value = Number((ns / u.ns).toPrecision(3));
        // Rounding can carry into the next unit (999.96 ns → 1000 ns → "1 µs").
        const next = SMALL_UNITS[i + 1];
        if (value >= 1000 && next) return `${significant(ns / next.ns, 3)} ${next.unit}`;
        if (u.unit === 's' && value >= 60) break;
        return `${significant(value, 3)} ${u.unit}`;
      }
    }
  }

  for (let i = LARGE_UNITS.length - 1; i >= 0; i--) {
    const u = LARGE_UNITS[i]!;
    if (ns >= u.ns || i === 0) {
      const value = ns / u.ns;
      if (u.unit === 'years' && value >= 1e6) return `${scientific(value)} years`;
      const shown = value >= 10 ? String(Math.round(value)) : significant(value, 2);
      const next = LARGE_UNITS[i + 1];
      const limit = u.unit === 'min' || u.unit === 'h' ? 60 : u.unit === 'days' ? 365.25 : Infinity;
      if (next && Number(shown) >= limit) return `${significant(ns / next.ns, 2)} ${next.unit}`;
      return `${shown} ${u.unit}`;
    }
  }
  return `${significant(ns, 3)} ns`;
}

/** Formats an input size for axes and tables: 100 → "100", 1_000 → "1k", 250_000 → "250k", 1e7 → "10M". */
export function formatSize(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const abs = Math.abs(n);
  if (abs >= 1e9) return `${significant(n / 1e9, 3)}G`;
  if (abs >= 1e6) return `${significant(n / 1e6, 3)}M`;
  if (abs >= 1e3) return `${significant(n / 1e3, 3)}k`;
  return significant(n, 3);
}

/**
 * A count with thousands separators: 10001 → "10,001" (counted figures: queries, rows, hits). An average
 * count (hits per call) keeps one decimal below 100: 2.5 → "2.5", 1234.4 → "1,234".
 */
export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (!Number.isInteger(n) && Math.abs(n) < 100) return n.toFixed(1);
  const whole = Math.round(n);
  const digits = String(Math.abs(whole)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return whole < 0 ? `-${digits}` : digits;
}

/** A share (0..1) as a percentage: 0.624 → "62.4%", 0.0004 → "<0.1%", 0 → "0%". */
export function formatShare(share: number): string {
  const pct = share * 100;
  if (pct >= 10) return `${Math.round(pct)}%`;
  if (pct >= 0.1) return `${pct.toFixed(1)}%`;
  return pct > 0 ? '<0.1%' : '0%';
}

/** A ratio as "300×" (whole from 10 up) or "2.5×"; infinite → "∞×"; unknown or not positive → "—". */
export function formatRatio(x: number): string {
  if (Number.isNaN(x) || x <= 0) return '—';
  if (!Number.isFinite(x)) return '∞×';
  return x >= 10 ? `${formatCount(x)}×` : `${x.toFixed(1)}×`;
}

/** Bytes in decimal units: 312 → "312 B", 45_000 → "45 kB", 2_270_000 → "2.3 MB". */
export function formatBytes(b: number): string {
  if (!Number.isFinite(b)) return String(b);
  if (b < 1000) return `${Math.round(b)} B`;
  if (b < 1e6) return `${(b / 1e3).toFixed(b < 1e4 ? 1 : 0)} kB`;
  if (b < 1e9) return `${(b / 1e6).toFixed(b < 1e7 ? 1 : 0)} MB`;
  return `${(b / 1e9).toFixed(1)} GB`;
}
