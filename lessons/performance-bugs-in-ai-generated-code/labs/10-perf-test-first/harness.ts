/**
 * Leaderboard lab harness: n scores from a seeded sequence (ties included). The timed call is the
 * learner's `higherCounts(scores)`. The check hands the learner's declared `perfBudget` to the page,
 * which judges it against the measured series of the starter and of the learner's code.
 */
interface Learner {
  higherCounts(scores: number[]): unknown;
  perfBudget?: unknown;
}

export function makeInput(n: number): { scores: number[] } {
  const scores = new Array<number>(n);
  let x = 99;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    scores[i] = x % (n * 4);
  }
  return { scores };
}

export function run(learner: Learner, input: { scores: number[] }) {
  return learner.higherCounts(input.scores);
}

export function checks(learner: Learner) {
  const raw = learner.perfBudget;
  let data: unknown;
  try {
    data = raw === undefined ? null : (JSON.parse(JSON.stringify(raw)) as unknown);
  } catch {
    data = 'unreadable';
  }
  return [{ id: 'budget', label: 'Budget declared', pass: data !== null, detail: '', data }];
}
