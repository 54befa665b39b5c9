/**
 * "Show solution": the starter against the reference as kept / removed / added lines, computed by jsdiff
 * (`diff`, a well-kept library; Myers' algorithm) and flattened to one entry per line.
 */
import { diffLines } from 'diff';

export interface DiffLine {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

export function lineDiff(before: string, after: string): DiffLine[] {
  const out: DiffLine[] = [];
  for (const change of diffLines(before.replace(/\n$/, ''), after.replace(/\n$/, ''))) {
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    for (const text of change.value.replace(/\n$/, '').split('\n')) out.push({ kind, text });
  }
  return out;
}
