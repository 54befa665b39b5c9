/**
 * Step 1: write your performance budget here, before touching the code below. Either a growth class,
 *   export const perfBudget: PerfBudget = { maxClass: 'O(n log n)' };
 * or a time limit at one of the lab's sizes (median time of one call, in ms),
 *   export const perfBudget: PerfBudget = { size: 50000, maxMs: 100 };
 * or both. Run: the budget should fail on this code. Step 2: make the code meet it.
 */
type PerfBudget = {
  maxClass?: 'O(1)' | 'O(log n)' | 'O(n)' | 'O(n log n)' | 'O(n²)' | 'O(n^2)' | 'O(n³)' | 'O(2ⁿ)';
  size?: number;
  maxMs?: number;
};

export const perfBudget: PerfBudget | null = null;

export interface Standing {
  player: string;
  score: number;
  rank: number;
}

/** How many of the scores are strictly higher than this one. */
function countHigher(scores: number[], score: number): number {
  let higher = 0;
  for (const other of scores) {
    if (other > score) higher++;
  }
  return higher;
}

/** For each player's score, how many players scored strictly higher (0 for the leaders). */
export function higherCounts(scores: number[]): number[] {
  return scores.map((score) => countHigher(scores, score));
}

/** The table shown after a round: tied players share a rank ("1, 2, 2, 4"). */
export function standings(players: string[], scores: number[]): Standing[] {
  const higher = higherCounts(scores);
  return players
    .map((player, i) => ({ player, score: scores[i] ?? 0, rank: (higher[i] ?? 0) + 1 }))
    .sort((a, b) => a.rank - b.rank || a.player.localeCompare(b.player));
}
