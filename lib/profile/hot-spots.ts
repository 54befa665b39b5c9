/**
 * What the editor and the ranked list show from a report: lines ranked by share of self time, and per
 * line a heat level, an inline hit count and a hover text. Hits and times are shown per profiled call
 * (the report's figures are totals over `calls`), so they read against the input size.
 */
import { formatCount, formatDuration, formatShare } from '@/lib/format/format';
import type { ProfileLine, ProfileReport } from './types';

export interface HotSpot {
  line: number;
  /** 1 = hottest. */
  rank: number;
  share: number;
  selfNs: number;
  hits: number;
  /** The function the line is in, by name, when known. */
  fnName?: string;
}

/** Highest heat level; 0 is "no mark". */
export const HEAT_LEVELS = 5;
/** A line's share must reach these to get levels 1..5. */
export const HEAT_THRESHOLDS: readonly number[] = [0.01, 0.05, 0.15, 0.3, 0.5];

export interface LineDecoration {
  line: number;
  /** 0..HEAT_LEVELS, from the line's share. */
  heat: number;
  /** Shown after the line, e.g. "×10,000". */
  hitsText: string;
  /** Shown on hover: share, time and hits per call, the function. */
  hoverText: string;
}

type ReportLines = Pick<ProfileReport, 'lines' | 'functions' | 'calls'>;

/** Most time first; ties broken by more hits, then by the earlier line. */
export function compareLines(a: ProfileLine, b: ProfileLine): number {
  return b.share - a.share || b.hits - a.hits || a.line - b.line;
}

export function rankLines(report: Pick<ProfileReport, 'lines'>): ProfileLine[] {
  return [...report.lines].sort(compareLines);
}

/** The k hottest lines that took any time. */
export function hotSpots(report: ReportLines, k = 5): HotSpot[] {
  return rankLines(report)
    .filter((l) => l.share > 0)
    .slice(0, Math.max(0, k))
    .map((l, i) => {
      const fnName = l.fn === undefined ? undefined : report.functions[l.fn]?.name;
      return {
        line: l.line,
        rank: i + 1,
        share: l.share,
        selfNs: l.selfNs,
        hits: l.hits,
        ...(fnName ? { fnName } : {}),
      };
    });
}

/** 1-based rank of `line` among the ranked lines, or null when it never ran. */
export function rankOf(report: Pick<ProfileReport, 'lines'>, line: number): number | null {
  const i = rankLines(report).findIndex((l) => l.line === line);
  return i < 0 ? null : i + 1;
}

export function heatLevel(share: number): number {
  let level = 0;
  for (const t of HEAT_THRESHOLDS) if (share >= t) level++;
  return level;
}

export function lineDecorations(report: ReportLines): LineDecoration[] {
  const calls = Math.max(1, report.calls);
  return report.lines.map((l) => {
    const perCall = l.hits / calls;
    const fnName = l.fn === undefined ? undefined : report.functions[l.fn]?.name;
    const where = fnName ? ` in ${fnName}` : '';
    const total = calls > 1 ? ` (${formatCount(l.hits)} in ${formatCount(calls)} profiled calls)` : '';
    return {
      line: l.line,
      heat: heatLevel(l.share),
      hitsText: `×${formatCount(perCall)}`,
      hoverText:
        `Line ${l.line}${where}: ${formatShare(l.share)} of the time, ${formatDuration(l.selfNs / calls)} per call; ` +
        `ran ${formatCount(perCall)} times per call${total}.`,
    };
  });
}
