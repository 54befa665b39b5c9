/**
 * How a lab's counters and limits are said in the checklist: "10,001 queries", "Rows read: at most 1% of
 * n". Pure.
 */
import type { CounterLimit, Lab } from './types';

export const fmtN = (n: number) => n.toLocaleString('en-US');

export function counterLabel(lab: Pick<Lab, 'counters'>, id: string): { label: string; unit: string } {
  const c = lab.counters.find((x) => x.id === id);
  return { label: c?.label ?? id, unit: c?.unit ?? '' };
}

export function withUnit(value: number, unit: string): string {
  const v = Number.isInteger(value) ? fmtN(value) : value.toFixed(1);
  return unit === '%' ? `${v}%` : unit ? `${v} ${unit}` : v;
}

export function limitValue(limit: CounterLimit, n: number): number {
  return limit.perN ? Math.floor(limit.value * n) : limit.value;
}

export function describeLimit(lab: Lab, limit: CounterLimit): string {
  const { label, unit } = counterLabel(lab, limit.counter);
  const op = limit.kind === 'max' ? 'at most' : 'at least';
  const amount = limit.perN ? `${+(limit.value * 100).toFixed(2)}% of n` : withUnit(limit.value, unit);
  return `${label}: ${op} ${amount}`;
}
