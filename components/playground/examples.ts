/**
 * The playground's examples, one per complexity class, each following the snippet contract. Only the
 * default's code ships with the page; the others load from example-sources.ts when picked.
 */
import type { ComplexityClass } from '@/lib/runner/protocol';

export interface Example {
  id: string;
  label: string;
  expected: ComplexityClass;
}

const quadraticIncludes = `// Counts values seen before — the kind of loop an assistant writes happily.
// \`seen\` is an array, so every includes() walks it from the start: O(n²).
export function makeInput(n: number): number[] {
  // n distinct ids, so includes() never stops early
  return Array.from({ length: n }, (_, i) => i * 3 + 1);
}

export function solve(ids: number[]): number {
  const seen: number[] = [];
  let repeats = 0;
  for (const id of ids) {
    if (seen.includes(id)) repeats++;
    else seen.push(id);
  }
  return repeats;
}
`;

export const EXAMPLES: readonly Example[] = [
  { id: 'quadratic-includes', label: 'O(n²): includes() inside a loop', expected: 'O(n²)' },
  { id: 'linear-set', label: 'O(n): the same with a Set', expected: 'O(n)' },
  { id: 'constant-preview', label: 'O(1): a fixed-size preview', expected: 'O(1)' },
  { id: 'log-search', label: 'O(log n): binary search', expected: 'O(log n)' },
  { id: 'nlogn-sort', label: 'O(n log n): sorting', expected: 'O(n log n)' },
  { id: 'cubic-triples', label: 'O(n³): every triple', expected: 'O(n³)' },
  { id: 'exponential-subsets', label: 'O(2ⁿ): every subset', expected: 'O(2ⁿ)' },
];

export const DEFAULT_EXAMPLE = { ...EXAMPLES[0]!, source: quadraticIncludes };
