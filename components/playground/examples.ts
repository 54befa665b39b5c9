/**
 * The playground's examples: in TypeScript one per complexity class; in Python the same kind of snippet,
 * two memory examples (a list built in memory against a generator) and the lesson's benchmark habit.
 * Each follows the snippet contract of its language. Only the default's code ships with the page; the
 * others load from example-sources.ts / example-sources-python.ts when picked.
 */
import type { ComplexityClass, MemoryClass } from '@/lib/runner/protocol';

export interface Example {
  id: string;
  label: string;
  language: 'typescript' | 'python';
  /** The time class it shows. */
  expected: ComplexityClass;
  /** Python: the memory class it shows, when it is about memory. */
  memory?: MemoryClass;
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

const ts = (id: string, label: string, expected: ComplexityClass): Example => ({
  id,
  label,
  language: 'typescript',
  expected,
});
const py = (id: string, label: string, expected: ComplexityClass, memory?: MemoryClass): Example => ({
  id,
  label,
  language: 'python',
  expected,
  ...(memory ? { memory } : {}),
});

export const EXAMPLES: readonly Example[] = [
  ts('quadratic-includes', 'O(n²): includes() inside a loop', 'O(n²)'),
  ts('linear-set', 'O(n): the same with a Set', 'O(n)'),
  ts('constant-preview', 'O(1): a fixed-size preview', 'O(1)'),
  ts('log-search', 'O(log n): binary search', 'O(log n)'),
  ts('nlogn-sort', 'O(n log n): sorting', 'O(n log n)'),
  ts('cubic-triples', 'O(n³): every triple', 'O(n³)'),
  ts('exponential-subsets', 'O(2ⁿ): every subset', 'O(2ⁿ)'),
  py('py-quadratic-in', 'O(n²): `in` on a list inside a loop', 'O(n²)'),
  py('py-linear-set', 'O(n): the same with a set', 'O(n)'),
  py('py-memory-list', 'Memory O(n): a list built in memory', 'O(n)', 'O(n)'),
  py('py-memory-generator', 'Memory O(1): a generator instead', 'O(n)', 'O(1)'),
  py('py-benchmark-habit', 'The benchmark habit: 100, 10k, 1M items', 'O(n)', 'O(n)'),
];

export const DEFAULT_EXAMPLE = { ...EXAMPLES[0]!, source: quadraticIncludes };
/** What the playground shows when it is switched to Python (its code loads with the Python examples). */
export const DEFAULT_PYTHON_EXAMPLE_ID = 'py-quadratic-in';
