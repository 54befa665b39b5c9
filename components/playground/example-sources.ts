/** Code of the playground's examples (see examples.ts), loaded when the learner picks one. */
import { DEFAULT_EXAMPLE } from './examples';

const linearSet = `// The same count with a Set: each lookup costs about the same at any size, so O(n) overall.
export function makeInput(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i * 3 + 1);
}

export function solve(ids: number[]): number {
  const seen = new Set<number>();
  let repeats = 0;
  for (const id of ids) {
    if (seen.has(id)) repeats++;
    else seen.add(id);
  }
  return repeats;
}
`;

const constantPreview = `// Builds a short preview from the first 40 items: the work does not grow with n, O(1).
export function makeInput(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i * 7);
}

export function solve(values: number[]): number {
  return values.slice(0, 40).join(', ').length;
}
`;

const logSearch = `// 64 binary searches in a sorted array: each halves the range, O(log n) per call.
export function makeInput(n: number): Int32Array {
  const sorted = new Int32Array(n);
  for (let i = 0; i < n; i++) sorted[i] = i * 2;
  return sorted;
}

export function solve(sorted: Int32Array): number {
  const len = sorted.length;
  let found = 0;
  for (let k = 0; k < 64; k++) {
    const target = 2 * ((k * len) >> 6); // 64 evenly spread values that are present
    let lo = 0;
    let hi = len - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = sorted[mid];
      if (v === target) {
        found++;
        break;
      }
      if (v < target) lo = mid + 1;
      else hi = mid - 1;
    }
  }
  return found;
}
`;

const nLogNSort = `// Sorting a copy of shuffled numbers: O(n log n).
export function makeInput(n: number): number[] {
  let x = 12345;
  return Array.from({ length: n }, () => (x = (x * 1103515245 + 12345) % 2147483648));
}

export function solve(values: number[]): number {
  const copy = values.slice();
  copy.sort((a, b) => a - b);
  return copy[copy.length >> 1] ?? 0;
}
`;

const cubicTriples = `// Checks every triple for a zero sum: three nested loops, O(n³). Small sizes keep it quick.
export const sizes = [10, 20, 40, 80, 160, 320, 640];

export function makeInput(n: number): number[] {
  return Array.from({ length: n }, (_, i) => (i % 2 === 0 ? i + 1 : -(i + 1)) * 7);
}

export function solve(values: number[]): number {
  let zeroTriples = 0;
  for (let i = 0; i < values.length; i++)
    for (let j = i + 1; j < values.length; j++)
      for (let k = j + 1; k < values.length; k++)
        if (values[i] + values[j] + values[k] === 0) zeroTriples++;
  return zeroTriples;
}
`;

const exponentialSubsets = `// Counts subsets with a zero sum by trying every subset: O(2ⁿ), so only tiny n.
export const sizes = [8, 10, 12, 14, 16, 18, 20, 22];

export function makeInput(n: number): number[] {
  return Array.from({ length: n }, (_, i) => (i % 3) - 1 + (i % 5));
}

function count(values: number[], i: number, sum: number): number {
  if (i === values.length) return sum === 0 ? 1 : 0;
  return count(values, i + 1, sum) + count(values, i + 1, sum + values[i]);
}

export function solve(values: number[]): number {
  return count(values, 0, 0);
}
`;

const SOURCES: Readonly<Record<string, string>> = {
  'quadratic-includes': DEFAULT_EXAMPLE.source,
  'linear-set': linearSet,
  'constant-preview': constantPreview,
  'log-search': logSearch,
  'nlogn-sort': nLogNSort,
  'cubic-triples': cubicTriples,
  'exponential-subsets': exponentialSubsets,
};

export function exampleSource(id: string): string | undefined {
  return SOURCES[id];
}
