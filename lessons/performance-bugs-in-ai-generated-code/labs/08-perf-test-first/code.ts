const BUDGET_TYPE = String.raw`/**
 * Step 1: write your performance budget here, before touching the code below. Either a growth class,
 *   export const perfBudget: PerfBudget = { maxClass: 'O(n log n)' };
 * or a time limit at one of the lab's sizes (median time of one call, in ms),
 *   export const perfBudget: PerfBudget = { size: 50000, maxMs: 100 };
 * or both. Run: the budget should fail on this slow code. Step 2: make the code meet it.
 */
type PerfBudget = {
  maxClass?: 'O(1)' | 'O(log n)' | 'O(n)' | 'O(n log n)' | 'O(n²)' | 'O(n^2)' | 'O(n³)' | 'O(2ⁿ)';
  size?: number;
  maxMs?: number;
};`;

export const starter = String.raw`${BUDGET_TYPE}

export const perfBudget: PerfBudget | null = null;

/** For each player's score, how many players scored strictly higher (0 for the leaders). */
export function higherCounts(scores: number[]): number[] {
  return scores.map((mine) => {
    let higher = 0;
    for (const other of scores) if (other > mine) higher++;
    return higher;
  });
}
`;

export const solution = String.raw`${BUDGET_TYPE}

export const perfBudget: PerfBudget = { maxClass: 'O(n log n)', size: 50000, maxMs: 100 };

/** For each player's score, how many players scored strictly higher (0 for the leaders). */
export function higherCounts(scores: number[]): number[] {
  // Sort a copy once (n log n). In ascending order, the scores above s start at the first position
  // holding a value greater than s; a binary search finds it in log n steps.
  const sorted = Float64Array.from(scores).sort();
  const n = sorted.length;
  return scores.map((s) => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! > s) hi = mid;
      else lo = mid + 1;
    }
    return n - lo;
  });
}
`;

export const harness = String.raw`
exports.makeInput = function (n) {
  var scores = new Array(n);
  var x = 99;
  for (var i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    scores[i] = x % (n * 4);
  }
  return { scores: scores };
};
exports.run = function (learner, input) {
  return learner.higherCounts(input.scores);
};
// Hands the learner's declared budget to the page, which judges it against the measured series.
exports.checks = function (learner) {
  var raw = learner.perfBudget;
  var data;
  try {
    data = raw === undefined ? null : JSON.parse(JSON.stringify(raw));
  } catch (e) {
    data = 'unreadable';
  }
  return [{ id: 'budget', label: 'Budget declared', pass: data !== null, detail: '', data: data }];
};
`;
